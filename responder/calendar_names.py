"""CLDR weekday and month names for the seven languages (generated from babel by
scripts/gen_calendar_names.py; do not edit by hand).

``MONTHS[lang][width][context]`` lists January to December; ``DAYS[lang][width]``
lists Monday to Sunday (the ``format`` context)."""

# ruff: noqa: E501 (generated: one list of names per line)

MONTHS: dict[str, dict[str, dict[str, list[str]]]] = {
    "en": {
        "wide": {
            "format": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
            "stand-alone": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        },
        "abbreviated": {
            "format": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
            "stand-alone": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        },
    },
    "es": {
        "wide": {
            "format": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
            "stand-alone": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        },
        "abbreviated": {
            "format": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
            "stand-alone": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
        },
    },
    "fr": {
        "wide": {
            "format": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
            "stand-alone": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        },
        "abbreviated": {
            "format": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
            "stand-alone": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
        },
    },
    "de": {
        "wide": {
            "format": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
            "stand-alone": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
        },
        "abbreviated": {
            "format": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
            "stand-alone": ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"],
        },
    },
    "pt": {
        "wide": {
            "format": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
            "stand-alone": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
        },
        "abbreviated": {
            "format": ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."],
            "stand-alone": ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."],
        },
    },
    "it": {
        "wide": {
            "format": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
            "stand-alone": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
        },
        "abbreviated": {
            "format": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
            "stand-alone": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
        },
    },
    "nl": {
        "wide": {
            "format": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
            "stand-alone": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        },
        "abbreviated": {
            "format": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
            "stand-alone": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
        },
    },
}

DAYS: dict[str, dict[str, list[str]]] = {
    "en": {
        "wide": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        "abbreviated": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    },
    "es": {
        "wide": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
        "abbreviated": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    },
    "fr": {
        "wide": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        "abbreviated": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    },
    "de": {
        "wide": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
        "abbreviated": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    },
    "pt": {
        "wide": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
        "abbreviated": ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."],
    },
    "it": {
        "wide": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
        "abbreviated": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    },
    "nl": {
        "wide": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
        "abbreviated": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    },
}
