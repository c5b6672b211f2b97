"""The booking a cancellation is about: its date and time, found in the customer's words.

``find_booking`` reads what the customer wrote now (``Detection.text``: the subject line,
then the body with quotes, signatures and footers stripped) and returns the one date of the
booking, with its time when one is clearly stated, or ``None`` when it is not sure. A wrong
date in a reply is far worse than none, so it gives up when:

- two different dates are mentioned ("cancel Tuesday and book me next month", a stay from
  the 24th to the 26th, "after this Thursday … from 5 June"), or a date cannot be pinned
  down ("12/03" in English, "next Monday" sent on a Sunday, a weekday with no Date header);
- the date lies more than a day before the message was sent;
- the wording is recurring, a period, a subscription, a reschedule or tentative ("every
  Tuesday", "the rest of the term", "my membership", "I might cancel Friday");
- no mention of the date sits in the subject or next to a booking word or a cancel verb,
  or the only dates are in a block of labelled booking-system lines ("Arrival: …").

Weekdays resolve to the next such day after the message's Date, in the sender's own offset
(their "tomorrow"). Times count only when unambiguous: "3pm", "15:00", "à 10h", "um 10 Uhr",
"alle 18", "om 14.30 uur"; an English "at 5" or "4:30" without am/pm is dropped, not guessed.
``when`` is written in the customer's language without a leading article or preposition
(weekday and month names from CLDR, in :mod:`responder.calendar_names`; the patterns are
ours). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from functools import cache
from typing import Literal

from responder.calendar_names import DAYS, MONTHS
from responder.language import SUPPORTED
from responder.timehints import fold


@dataclass(frozen=True)
class Booking:
    """The booking found: ``when`` in the customer's language, ``what`` as they named it."""

    day: date
    at: time | None
    when: str
    what: str = ""
    where: str = ""
    for_when: str = ""  # "para el jueves 10 de diciembre" (:func:`format_when`, phrase "for")
    on_when: str = ""  # "el jueves 10 de diciembre" (phrase "on")

    @property
    def summary(self) -> str:
        return f"{self.what}, {self.when}" if self.what else self.when

    def as_context(self) -> dict[str, str]:
        """The template variable ``booking`` (docs/templates.md)."""
        return {"summary": self.summary, "what": self.what, "when": self.when, "where": self.where,
                "for_when": self.for_when or self.when, "on_when": self.on_when or self.when}


# --- formatting --------------------------------------------------------------------------------


@dataclass(frozen=True)
class DateGrammar:
    """How one language writes a booking's date in a sentence (weekday and month names come
    from CLDR, :mod:`responder.calendar_names`). ``{weekday}``, ``{day}``, ``{month}`` and
    ``{date}`` are filled in; the patterns are ours, checked by tests/test_booking.py."""

    date: str  # the date alone, as in a list: "jueves 10 de diciembre"
    year: str  # added after the month when the year is not this year's
    time_joiner: str  # between the date and "at 10:00"
    for_: str  # "we received your cancellation ___": "para el {date}"
    on: str  # "your appointment ___": "el {date}"
    date_for: str = ""  # the date inside ``for_`` when its case differs (German "den")
    date_on: str = ""  # the date inside ``on`` when its case differs (German "dem")
    on_weekend: str = ""  # ``on`` for Saturday and Sunday when the article's gender differs
    first: str = "1"  # the first of the month: "1er" in French


GRAMMAR: dict[str, DateGrammar] = {
    # British usage: no comma, no ordinal suffix.
    "en": DateGrammar("{weekday} {day} {month}", " {year}", " ", "for {date}", "on {date}"),
    # A date in running text takes the article: "para el jueves 10 de diciembre".
    "es": DateGrammar("{weekday} {day} de {month}", " de {year}", " ", "para el {date}", "el {date}"),
    # "pour le jeudi 10 décembre", "le jeudi 1er décembre".
    "fr": DateGrammar("{weekday} {day} {month}", " {year}", " ", "pour le {date}", "le {date}",
                      first="1er"),
    # The apposition takes the article and the case of the preposition: "für Donnerstag, den
    # 10. Dezember" (accusative), "am Donnerstag, dem 10. Dezember" (dative).
    "de": DateGrammar("{weekday}, {day}. {month}", " {year}", ", ", "für {date}", "am {date}",
                      date_for="{weekday}, den {day}. {month}",
                      date_on="{weekday}, dem {day}. {month}"),
    # "para quinta-feira, 10 de dezembro"; "na quinta-feira", but "no sábado", "no domingo".
    "pt": DateGrammar("{weekday}, {day} de {month}", " de {year}", ", ", "para {date}", "na {date}",
                      on_weekend="no {date}"),
    # No article before a weekday date: "per giovedì 10 dicembre"; "1º dicembre".
    "it": DateGrammar("{weekday} {day} {month}", " {year}", " ", "per {date}", "{date}", first="1º"),
    "nl": DateGrammar("{weekday} {day} {month}", " {year}", " ", "voor {date}", "op {date}"),
}

Phrase = Literal["date", "for", "on"]


def _time_text(language: str, at: time) -> str:
    hh, mm = at.hour, f"{at.minute:02d}"
    return {
        "en": f"at {hh}:{mm}" if hh >= 10 else f"at {hh:02d}:{mm}",
        "es": f"a la {hh}:{mm}" if hh == 1 else f"a las {hh}:{mm}",  # "a la una"
        "fr": f"à {hh} h" if at.minute == 0 else f"à {hh} h {mm}",
        "de": f"um {hh}:{mm} Uhr",
        "pt": f"à {hh}h{mm}" if hh == 1 else f"às {hh}h{mm}",  # "à uma"
        "it": f"all'{hh}:{mm}" if hh == 1 else f"alle {hh}:{mm}",  # "all'una"
        "nl": f"om {hh}.{mm} uur",
    }[language]


def format_when(language: str, day: date, at: time | None, today: date | None = None,
                phrase: Phrase = "date") -> str:
    """The booking's date (and time) in ``language``; the year only when it is not ``today``'s.

    ``phrase="date"``: the date alone ("Thursday 10 December at 10:00", "jueves 10 de
    diciembre a las 10:00"); ``"for"``: after "we received your cancellation" ("para el
    jueves …", "pour le jeudi …", "für Donnerstag, den 10. Dezember …"); ``"on"``: when it
    happens ("el jueves …", "am Donnerstag, dem 10. Dezember …", "no sábado, …")."""
    lang = language if language in GRAMMAR else "en"
    g = GRAMMAR[lang]
    pattern = {"date": g.date, "for": g.date_for or g.date, "on": g.date_on or g.date}[phrase]
    if today is not None and day.year != today.year:
        pattern += g.year
    text = pattern.format(weekday=DAYS[lang]["wide"][day.weekday()],
                          day=g.first if day.day == 1 else day.day,
                          month=MONTHS[lang]["wide"]["format"][day.month - 1], year=day.year)
    if at is not None:
        text = f"{text}{g.time_joiner}{_time_text(lang, at)}"
    if phrase == "for":
        return g.for_.format(date=text)
    if phrase == "on":
        return (g.on_weekend if g.on_weekend and day.weekday() >= 5 else g.on).format(date=text)
    return text


# --- vocabulary (folded: lower case, no accents) -----------------------------------------------


def _words(names: Iterable[str]) -> str:
    unique = sorted({fold(n).rstrip(".") for n in names if len(n.rstrip(".")) >= 3}, key=len,
                    reverse=True)
    return "|".join(re.escape(n) for n in unique)


@cache
def _months(language: str) -> tuple[dict[str, int], re.Pattern[str]]:
    table: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in enumerate(MONTHS[language][width][context], start=1):
                key = fold(name).rstrip(".")
                if len(key) >= 3:
                    table[key] = number
    if language == "en":
        table.update({"sept": 9})
    return table, re.compile(rf"\b({_words(table)})\b\.?")


_EXTRA_DAYS: dict[str, dict[str, int]] = {
    "en": {"tues": 1, "weds": 2, "thur": 3, "thurs": 3},
    "pt": {"segunda": 0, "terca": 1, "quarta": 2, "quinta": 3, "sexta": 4},
    "de": {"sonnabend": 5},
}
# Short forms that are also ordinary words count only where they are plainly a weekday.
_SHORT_DAY_GUARD: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"^(mon|tue|wed|thu|fri|sat|sun)$"),  # must be capitalised: "Sat", "Fri"
    "pt": re.compile(r"^(segunda|terca|quarta|quinta|sexta)$"),  # needs "na", "nesta", "-feira"
}


@cache
def _weekdays(language: str) -> tuple[dict[str, int], re.Pattern[str]]:
    table: dict[str, int] = {}
    widths: tuple[Literal["wide", "abbreviated"], ...] = (
        ("wide", "abbreviated") if language == "en" else ("wide",))
    for width in widths:
        for number, name in enumerate(DAYS[language][width]):
            table[fold(name).rstrip(".")] = number
    table.update(_EXTRA_DAYS.get(language, {}))
    return table, re.compile(rf"\b({_words(table)})\b")


_REL: dict[str, tuple[tuple[str, int], ...]] = {  # (folded pattern, days from the Date)
    "en": ((r"today|tonight|this (?:morning|afternoon|evening)", 0),
           (r"tomorrow|tomorow|tmrw|tmr|2moro|2morrow|tomoz", 1)),
    "es": ((r"hoy|esta (?:noche|tarde)", 0), (r"pasado manana", 2),
           (r"(?<!la )(?<!esta )(?<!por la )(?<!de la )manana", 1)),
    "fr": ((r"aujourd'hui|ce soir|ce matin|cet apres-midi", 0), (r"apres-demain", 2),
           (r"(?<!apres-)demain", 1)),
    "de": ((r"heute(?: abend| nachmittag| morgen)?", 0), (r"ubermorgen", 2),
           (r"(?<!guten )(?<!am )(?<!jeden )(?<!heute )(?<!uber)morgen", 1)),
    "pt": ((r"hoje|esta (?:noite|tarde)", 0), (r"depois de amanha", 2),
           (r"amanha", 1)),
    "it": ((r"oggi|stasera|stamattina|stamani|oggi pomeriggio", 0), (r"dopodomani", 2),
           (r"domani", 1)),
    "nl": ((r"vandaag|vanavond|vanochtend|vanmiddag|vanmorgen", 0), (r"overmorgen", 2),
           (r"(?<!goede)(?<!over)morgen", 1)),
}

# "this Friday" / "next Friday" / "last Friday"
_THIS = {"en": "this", "es": "este|esta", "fr": "ce", "de": "diesen|diese|kommenden|kommende",
         "pt": "nesta|neste|esta|este", "it": "questo|questa", "nl": "deze|komende"}
_NEXT = {"en": "next", "es": "proximo|proxima|el otro", "fr": "prochain", "de": "nachsten|nachste",
         "pt": "proximo|proxima", "it": "prossimo|prossima", "nl": "volgende"}
_LAST = {"en": "last|past", "es": "pasado|pasada", "fr": "dernier", "de": "letzten|letzte|vergangenen",
         "pt": "passado|passada", "it": "scorso|scorsa", "nl": "vorige|afgelopen"}
_PT_DAY_LEAD = re.compile(r"(?:\bna|\bnesta|\besta|\bproxima|\bdesta|\bate a|\bda)\s+$")

# Booked things, by language; the noun next to the date becomes ``what``.
_NOUNS = {
    "en": r"appointments?|appt|booking|reservation|session|class|lesson|visit|consultation|check-?up|"
          r"massage|facial|haircut|trim|colou?r|clean|cleaning|demo|meeting|viewing|tour|workshop|"
          r"shoot|table|dinner|lunch|slot|spot|treatment|exam|fitting|installation|install|mot|"
          r"tutoring|training|service|booster|vaccination|extraction|bootcamp|ride|flow",
    "es": r"cita|reserva|sesion|clase|visita|consulta|revision|masaje|corte|limpieza|mesa|cena|"
          r"comida|turno|tratamiento|taller|servicio",
    "fr": r"rendez-vous|rdv|reservation|seance|cours|visite|consultation|massage|coupe|soin|"
          r"menage|table|diner|dejeuner|atelier|creneau",
    "de": r"termin|buchung|reservierung|sitzung|kurs|stunde|besuch|beratung|massage|behandlung|"
          r"tisch|abendessen|training|workshop|untersuchung|haarschnitt",
    "pt": r"marcacao|consulta|reserva|sessao|aula|visita|massagem|corte|limpeza|mesa|jantar|"
          r"tratamento|agendamento|servico",
    "it": r"appuntamento|prenotazione|sessione|lezione|visita|consulenza|massaggio|taglio|tavolo|"
          r"cena|pranzo|trattamento|seduta",
    "nl": r"afspraak|boeking|reservering|sessie|les|bezoek|consult|massage|behandeling|tafel|"
          r"diner|etentje|training|workshop|knipbeurt",
}
_GENERIC_NOUNS = frozenset({"slot", "spot", "table", "mesa", "tafel", "tisch", "tavolo", "service",
                            "servicio", "servico", "stunde", "flow", "ride", "clean"})
_CANCEL = {
    "en": r"cancel\w*|cancle|call(?:ing)? off|count me out|won't be (?:coming|at|there|able)|"
          r"can't (?:come|make)|not be able to (?:come|make)|release",
    "es": r"cancel\w*|anul\w*|desmarc\w*|no (?:podre|puedo) (?:ir|asistir)",
    "fr": r"annul\w*|desist\w*|ne pourr\w* pas (?:venir|etre)",
    "de": r"absag\w*|abzusagen|stornier\w*|abmelden|nicht kommen|sage\b.{0,40}\bab",
    "pt": r"cancel\w*|desmarc\w*|anul\w*|nao (?:vou|poderei|posso) (?:ir|comparecer)",
    "it": r"annull\w*|disdi\w*|disdett\w*|cancell\w*|non (?:potro|posso) (?:venire|esserci)",
    "nl": r"annuleer\w*|annuler\w*|afzeg\w*|zeg\b.{0,40}\baf|afmeld\w*|niet komen",
}
# Anywhere in the text: recurring bookings, periods, subscriptions, reschedules.
_BLOCK = {
    "en": r"enrol\w*|registration|starts|begins|every|each|"
          r"weekly|fortnightly|monthly|biweekly|rest of|remaining|onwards|from now on|"
          r"standing|until|till|through|membership|subscription|plan|renewal|renew|billing|contract|"
          r"term|series|last one|final|effective|starting|from|reschedul\w*|rebook\w*|postpone\w*|"
          r"instead|move (?:it|my|the|our)|another (?:day|time|date|slot)|new (?:date|time|appointment)|"
          r"book (?:me|us) (?:in|for)|(?:mon|tues|wednes|thurs|fri|satur|sun)days",
    "es": r"inscripci\w*|matricula|empieza|comienza|"
          r"cada|tod[oa]s l[oa]s|semanal\w*|mensual\w*|resto de|restantes|a partir de|desde el|"
          r"hasta|suscripcion|membresia|abono|cuota|contrato|renovacion|ultim[oa]|reprogram\w*|"
          r"cambiar (?:la|mi) (?:cita|fecha|hora)|otr[oa] (?:fecha|hora|dia)|en su lugar|"
          r"aplaz\w*|pospon\w*|los (?:lunes|martes|miercoles|jueves|viernes|sabados|domingos)",
    "fr": r"(?:du|le|les) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?(?! \d)|"
          r"inscri\w*|commenc\w*|chaque|tous les|toutes les|hebdomadaire|mensuel\w*|reste d\w*|restant\w*|"
          r"a partir d\w*|jusqu\w*|abonnement|adhesion|contrat|renouvel\w*|derni[e]re?s?|"
          r"des le|report\w*|decal\w*|deplac\w*|une autre date|un autre (?:jour|creneau)|plutot",
    "de": r"anmeldung|beginnt|jeden|jede|jeweils|wochentlich|monatlich|restlich\w*|ab dem|ab sofort|bis|"
          r"abo|abonnement|mitgliedschaft|vertrag|verlangerung|letzte\w*|kundig\w*|"
          r"verschieb\w*|verleg\w*|umbuch\w*|anderen termin|neuen termin|stattdessen|"
          r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)s",
    "pt": r"inscricao|matricula|comeca|"
          r"cada|todas as|todos os|semanal|mensal|restantes|resto d\w*|a partir d\w*|ate|"
          r"assinatura|mensalidade|adesao|contrato|renovacao|ultim[oa]|plano|remarc\w*|"
          r"reagend\w*|adiar|outra data|outro dia|outro horario|em vez",
    "it": r"iscrizion\w*|inizia|che mi restano|"
          r"ogni|tutti i|tutte le|settimanal\w*|mensil\w*|restanti|resto d\w*|a partire d\w*|"
          r"fino a\w*|abbonamento|iscrizione|contratto|rinnovo|ultim[oa]|piano|spost\w*|"
          r"rimand\w*|posticip\w*|un'altra data|un altro giorno|invece",
    "nl": r"inschrijving|begint|elke|iedere|wekelijks|maandelijks|resterende|rest van|vanaf|tot en met|tot|"
          r"abonnement|lidmaatschap|contract|verlenging|laatste|verzet\w*|verplaats\w*|"
          r"omboek\w*|andere datum|andere dag|ander tijdstip|nieuwe afspraak|in plaats|"
          r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)s",
}
# In the sentence that holds the date: tentative or negated.
_DOUBT = {
    "en": r"might|maybe|perhaps|possibly|probably|not sure|may (?:have|need)|thinking (?:of|about)|"
          r"considering|in case|wondering|not cancel\w*|n't (?:want to )?cancel",
    "es": r"quiza\w*|tal vez|puede que|a lo mejor|no estoy segur\w*|pensando en|igual tengo|"
          r"no (?:quiero )?cancel\w*",
    "fr": r"peut-etre|il se peut|pas sur|envisag\w*|si jamais|pas annul\w*|n'annul\w* pas",
    "de": r"vielleicht|eventuell|moglicherweise|nicht sicher|uberleg\w*|falls|nicht absag\w*|"
          r"nicht stornier\w*",
    "pt": r"talvez|se calhar|pode ser que|nao tenho certeza|pensando em|a pensar em|caso",
    "it": r"forse|magari|puo darsi|non sono sicur\w*|sto pensando|nel caso|potrei",
    "nl": r"misschien|wellicht|mogelijk|eventueel|niet zeker|overweeg\w*|zou kunnen|indien",
}


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{pattern})\b")


@cache
def _compiled(language: str) -> dict[str, re.Pattern[str]]:
    """Every per-language pattern, compiled once."""
    mon = _months(language)[1].pattern.removesuffix(r"\.?")
    ordinal, of = _ORDINAL[language], _OF[language]
    return {"noun": _rx(_NOUNS[language]), "cancel": _rx(_CANCEL[language]),
            "block": _rx(_BLOCK[language]), "doubt": _rx(_DOUBT[language]),
            "this": _rx(_THIS[language]), "next": _rx(_NEXT[language]), "last": _rx(_LAST[language]),
            "pm_after": re.compile(rf"\s*(?:{_PM[language]})"),
            "at_before": re.compile(rf"\b(?:{_AT_HOUR[language]})\s+$"),
            "day_month": re.compile(rf"\b(\d{{1,2}}){ordinal}{of}\s*(?:-|\s)?\s*{mon}\.?"),
            "month_day": re.compile(rf"{mon}\.?\s+(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\b(?![:.]\d)")}


# --- times ---------------------------------------------------------------------------------------

_AMPM = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\b\.?")
_NOON = re.compile(r"\b(?:noon|midday|mediodia|midi|mittag|meio-dia|mezzogiorno)\b")
_COLON = re.compile(r"(?<![\d.,:])(\d{1,2})(:|\.|\s?h\s?)(\d{2})(?![\d:]|[.,]\d)(\s*(?:uur|uhr|h\b))?")
_HOUR_WORD = re.compile(r"(?<![\d.,:])(\d{1,2})\s*(?:uur|uhr|h|horas|heures|hrs?)\b(?!\s*\d)")
_AT_HOUR = {"en": r"at", "es": r"a las|a la", "fr": r"a", "de": r"um", "pt": r"as|a", "it": r"alle|all'",
            "nl": r"om"}
_PM = {"en": r"in the (?:afternoon|evening)|tonight", "es": r"de la (?:tarde|noche)",
       "fr": r"du soir|de l'apres-midi", "de": r"abends|nachmittags|am (?:abend|nachmittag)",
       "pt": r"da (?:tarde|noite)", "it": r"di sera|del pomeriggio|di pomeriggio",
       "nl": r"'s (?:middags|avonds)|in de middag"}
_CURRENCY = re.compile(r"[£$€]\s*$|\b(?:eur|usd|gbp|chf)\s*$")


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    value: object  # a date, a time, or None when it cannot be pinned down


def _times(f: str, language: str) -> list[_Mention]:
    """Every time of day mentioned; value None when the hour is ambiguous (no am/pm)."""
    out: list[_Mention] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, value: time | None) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        out.append(_Mention(start, end, value))

    pm_after = _compiled(language)["pm_after"]
    for m in _AMPM.finditer(f):
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if 1 <= hour <= 12 and minute < 60 and not _CURRENCY.search(f[:m.start()]):
            add(m.start(), m.end(), time((hour % 12) + (12 if m.group(3) == "p" else 0), minute))
    for m in _NOON.finditer(f):
        add(m.start(), m.end(), time(12, 0))
    at_before = _compiled(language)["at_before"]
    for m in _COLON.finditer(f):
        hour, minute = int(m.group(1)), int(m.group(3))
        sep, unit = m.group(2), m.group(4)
        if hour > 23 or minute > 59 or _CURRENCY.search(f[:m.start()]):
            continue
        if sep == "." and not unit and not at_before.search(f[:m.start()]):
            continue  # "18.50" is a price until "at", "om" or "uur" says otherwise
        add(m.start(), m.end(), _clock(language, hour, minute, m.group(1),
                                      bool(pm_after.match(f, m.end()))))
    for m in _HOUR_WORD.finditer(f):
        hour = int(m.group(1))
        if hour <= 23:
            add(m.start(), m.end(), _clock(language, hour, 0, m.group(1),
                                          bool(pm_after.match(f, m.end())), unit=True))
    for m in re.finditer(rf"\b(?:{_AT_HOUR[language]})\s+(\d{{1,2}})\b(?![:.]\d|\s*(?:[ap]\.?m|%))", f):
        hour = int(m.group(1))
        if hour <= 23:
            add(m.start(1), m.end(1), _clock(language, hour, 0, m.group(1),
                                            bool(pm_after.match(f, m.end())), unit=False))
    return out


def _clock(language: str, hour: int, minute: int, written: str, pm: bool,
           unit: bool = True) -> time | None:
    """The time meant, or None when "at 5" could be morning or evening."""
    if pm and hour < 12:
        return time(hour + 12, minute)
    if hour >= 13 or (len(written) == 2 and written.startswith("0")):
        return time(hour, minute)
    if language == "en":
        return None  # a 12-hour clock without am/pm
    if unit or minute or hour >= 7:
        return time(hour, minute) if hour >= 7 else None
    return None


# --- dates ---------------------------------------------------------------------------------------

_ORDINAL = {"en": r"(?:st|nd|rd|th)?", "es": r"(?:º|o)?", "fr": r"(?:er|e)?", "de": r"\.?",
            "pt": r"(?:º|o)?", "it": r"(?:º|°)?", "nl": r"(?:e|ste|de)?"}
_OF = {"en": r"(?:\s+of)?", "es": r"\s+de", "fr": "", "de": "", "pt": r"\s+de", "it": "", "nl": ""}
_DAY_ONLY = {  # a day of the month alone: "the 12th", "el día 12", "le 12", "am 12."
    "en": r"\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b",
    "es": r"\bd[i]a\s+(\d{1,2})\b",
    "fr": r"\ble\s+(\d{1,2})(?:er)?\b",
    "de": r"\bam\s+(\d{1,2})\.(?!\d)",
    "pt": r"\bdia\s+(\d{1,2})\b",
    "it": r"\bil\s+(\d{1,2})\b",
    "nl": r"\bde\s+(\d{1,2})(?:e|ste|de)\b",
}
_NOT_A_DAY = re.compile(r"\s*(?:[:.,]\d|h\b|uhr|uur|%|€|\$|euro|eur\b|ore\b|horas|heures|minut|min\b|"
                        r"[ap]\.?m\b|persone|personas|personnes|personen|pessoas|people|x\b)")
_NUMERIC = re.compile(r"(?<![\d/.:-])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(\.)?(?![\d/:-]|\.\d)")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_LISTED = re.compile(r"\d(?:st|nd|rd|th|er|º|°|e)?\.?\s*(?:[,&+–-]|\b(?:to|and|or|a|al|au|bis|tot|till|until|"
                     r"e|y|o|et|ou|und|oder|en|of|t/m)\b)\s*"
                     r"(?:(?:the|el|del|le|du|au|il|dal|al|de|den|dem|am|op|o|do|da|a)\s+)?$")
_SMALL_HOURS_END = 5
_YEAR = re.compile(r"[\s,]*(?:de\s+)?(20\d{2})\b")


def _make_date(year: int | None, month: int, day: int, today: date) -> date | None:
    """A valid date not more than a day in the past: this year's, else next year's when that
    is within half a year (December mail about January); None otherwise."""
    try:
        if year is not None:
            found = date(year, month, day)
            return found if today - timedelta(days=1) <= found <= today + timedelta(days=3 * 366) else None
        found = date(today.year, month, day)
        if found >= today - timedelta(days=1):
            return found
        later = date(today.year + 1, month, day)
    except ValueError:
        return None
    return later if (later - today).days <= 183 else None


def _day_of_month(day: int, today: date) -> date | None:
    """"the 12th": this month's, or next month's when this month's has gone."""
    for step in (0, 1):
        month = today.month + step
        year = today.year + (month - 1) // 12
        try:
            found = date(year, (month - 1) % 12 + 1, day)
        except ValueError:
            continue
        if found >= today - timedelta(days=1):
            return found
    return None


def _dates(f: str, original: str, language: str, sent: datetime | None) -> list[_Mention]:
    """Every date mentioned, with its date, or None when it cannot be pinned down. "Today",
    "tonight" and "tomorrow" written between midnight and 5 a.m. may mean either day."""
    today = None if sent is None else sent.date()
    small_hours = sent is not None and sent.hour < _SMALL_HOURS_END
    months = _months(language)[0]
    found: list[_Mention] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, value: date | None) -> None:
        if not any(s < end and start < e for s, e in taken):
            taken.append((start, end))
            found.append(_Mention(start, end, value))

    def resolve(year: str | None, month: int, day: int) -> date | None:
        return None if today is None else _make_date(int(year) if year else None, month, day, today)

    day_month, month_day = _compiled(language)["day_month"], _compiled(language)["month_day"]
    for m in _ISO.finditer(f):
        add(m.start(), m.end(), resolve(m.group(1), int(m.group(2)), int(m.group(3))))
    for rx, day_group, month_group in ((day_month, 1, 2), (month_day, 2, 1)):
        if language != "en" and rx is month_day:
            continue
        for m in rx.finditer(f):
            written = _YEAR.match(f, m.end())
            end = written.end() if written else m.end()
            add(m.start(), end, resolve(written.group(1) if written else None,
                                        months[m.group(month_group)], int(m.group(day_group))))
    for m in _NUMERIC.finditer(f):
        if _CURRENCY.search(f[:m.start()]):
            continue
        a, b, year, sep = int(m.group(1)), int(m.group(3)), m.group(4), m.group(2)
        if sep == "-" and not year:
            continue  # "24-26" is a range
        if sep == "." and not year and not m.group(5):
            continue  # "14.30" is a time, "12.03." a date
        if language == "en":
            pair = (a, b) if a > 12 else (b, a) if b > 12 else (a, b) if a == b else None
        else:
            pair = (a, b)
        full_year = None if year is None else (year if len(year) == 4 else f"20{year}")
        add(m.start(), m.end(), None if pair is None else resolve(full_year, pair[1], pair[0]))
    for index, x in enumerate(found):  # "25-27 aprile", "dal 25 al 27", "3 e 5 giugno"
        if _LISTED.search(f[max(0, x.start - 16):x.start]):
            found[index] = _Mention(x.start, x.end, None)
    for m in re.finditer(_DAY_ONLY[language], f):
        if _NOT_A_DAY.match(f, m.end()) or today is None:
            if today is None:
                add(m.start(), m.end(), None)
            continue
        add(m.start(), m.end(), _day_of_month(int(m.group(1)), today))
    for rel, days in _REL[language]:
        for m in re.finditer(rf"\b(?:{rel})\b", f):
            add(m.start(), m.end(),
                None if today is None or small_hours else today + timedelta(days=days))
    _weekday_mentions(f, original, language, today, found, add)
    return sorted(found, key=lambda x: x.start)


def _weekday_mentions(f: str, original: str, language: str, today: date | None,
                      found: list[_Mention], add: Callable[[int, int, date | None], None]) -> None:
    """Weekdays; one that sits next to a date ("Thursday 12 February") must agree with it."""
    days, day_rx = _weekdays(language)
    words = _compiled(language)
    guard = _SHORT_DAY_GUARD.get(language)
    for m in day_rx.finditer(f):
        name = m.group(1)
        start, end = m.start(), m.end()
        if language == "pt" and f.startswith("-feira", end):
            end += len("-feira")
        elif guard is not None and guard.match(name):
            if language == "en" and not original[start].isupper():
                continue
            if language == "pt" and not _PT_DAY_LEAD.search(f[:start]):
                continue
        weekday = days[name]
        before = f[max(0, start - 12):start]
        joined = next((x for x in found if 0 <= x.start - end <= 6
                       and re.fullmatch(r"[\s,(]*(?:the|el|le|den|der|il|de|o|op|on|am)?[\s,(]*",
                                        f[end:x.start])), None)
        if joined is None:
            joined = next((x for x in found if 0 <= start - x.end <= 3
                           and re.fullmatch(r"[\s,(]*", f[x.end:start])), None)
        if joined is not None:
            if isinstance(joined.value, date) and joined.value.weekday() != weekday:
                found.remove(joined)
                found.append(_Mention(joined.start, joined.end, None))
            continue
        value = None if today is None else _resolve_weekday(weekday, today, before, words)
        add(start, end, value)


def _resolve_weekday(weekday: int, today: date, before: str,
                     words: dict[str, re.Pattern[str]]) -> date | None:
    """The next such day after ``today``; None when the wording leaves it open."""
    ahead = (weekday - today.weekday()) % 7
    if words["last"].search(before):
        return None
    if words["next"].search(before):
        # "next Tuesday" is clear when the coming Tuesday is already in next week, or is a
        # week away; from Monday, "next Friday" may mean either Friday.
        if ahead == 0:
            return today + timedelta(days=7)
        return today + timedelta(days=ahead) if weekday < today.weekday() else None
    if ahead == 0:
        return None  # today, or a week today?
    if words["this"].search(before) and weekday < today.weekday():
        return None
    return today + timedelta(days=ahead)


def _month_mentions(f: str, original: str, language: str) -> list[tuple[int, int]]:
    """Month names alone ("in April"): (start, month); English ones capitalised."""
    months, _ = _months(language)
    out: list[tuple[int, int]] = []
    for m in re.finditer(rf"\b({'|'.join(re.escape(k) for k in months if len(k) >= 4)})\b", f):
        if language == "en" and not original[m.start()].isupper():
            continue
        out.append((m.start(), months[m.group(1)]))
    return out


# --- where the words are -------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[!?;\n]|(?<!\d)\.(?=\s)")
_LABEL_LINE = re.compile(r"^\s*[^\W\d][\w .'/-]{0,30}:\s+\S")


def _sentence(f: str, pos: int) -> tuple[int, int]:
    start = max((m.end() for m in _SENTENCE_END.finditer(f, 0, pos)), default=0)
    nxt = _SENTENCE_END.search(f, pos)
    return start, nxt.start() if nxt else len(f)


def _footer_spans(text: str) -> list[tuple[int, int]]:
    """Blocks of two or more labelled lines ("Arrival: …", "Room: …"): a booking system's."""
    spans: list[tuple[int, int]] = []
    pos = 0
    lines = []
    for line in text.split("\n"):
        lines.append((pos, pos + len(line), bool(_LABEL_LINE.match(line))))
        pos += len(line) + 1
    for i, (s, e, labelled) in enumerate(lines):
        if labelled and ((i > 0 and lines[i - 1][2]) or (i + 1 < len(lines) and lines[i + 1][2])):
            spans.append((s, e))
    return spans


def _near(rx: re.Pattern[str], f: str, mention: _Mention, reach: int = 50) -> re.Match[str] | None:
    s_start, s_end = _sentence(f, mention.start)
    lo, hi = max(s_start, mention.start - reach), min(s_end, mention.end + reach)
    best: re.Match[str] | None = None
    for m in rx.finditer(f, lo, hi):
        if best is None or _gap(m, mention) < _gap(best, mention):
            best = m
    return best


def _gap(m: re.Match[str], mention: _Mention) -> int:
    return max(mention.start - m.end(), m.start() - mention.end, 0)


# --- the whole ---------------------------------------------------------------------------------


def find_booking(text: str, language: str, sent_at: datetime | None, tz: tzinfo,
                 subject: str = "") -> Booking | None:
    """The booking's date (and time) in ``text``, or None when it is not sure (see above).

    ``sent_at`` is the message's Date; "today" is its day in the sender's own offset (in
    ``tz`` when it has none). ``subject``, when given, marks the first line as the subject.
    """
    lang = language if language in SUPPORTED else "en"
    f = fold(text)
    words = _compiled(lang)
    if words["block"].search(f):
        return None
    sent = None if sent_at is None else (
        sent_at if sent_at.tzinfo is not None else sent_at.replace(tzinfo=tz))
    today = None if sent is None else sent.date()
    mentions = _dates(f, text, lang, sent)
    if not mentions or any(not isinstance(m.value, date) for m in mentions):
        return None
    days = {m.value for m in mentions}
    if len(days) != 1:
        return None
    day = mentions[0].value
    assert isinstance(day, date)
    if any(month != day.month for _, month in _month_mentions(f, text, lang)):
        return None
    footers = _footer_spans(text)
    first_line = text.split("\n", 1)[0]
    subject_end = len(first_line) if subject and " ".join(subject.split()) == first_line.strip() else 0
    chosen: _Mention | None = None
    for m in mentions:
        if any(s <= m.start < e for s, e in footers):
            continue
        in_subject = m.start < subject_end
        if in_subject or _near(words["noun"], f, m) or _near(words["cancel"], f, m, reach=80):
            s_start, s_end = _sentence(f, m.start)
            if words["doubt"].search(f, s_start, s_end):
                return None
            chosen = chosen or m
    if chosen is None:
        return None
    at = _booking_time(f, lang, mentions)
    noun = _near(words["noun"], f, chosen, reach=30)
    what = ""
    if noun is not None and noun.group(0) not in _GENERIC_NOUNS:
        written = text[noun.start():noun.end()]
        what = written[:1].upper() + written[1:]
    return Booking(day, at, format_when(lang, day, at, today), what,
                   for_when=format_when(lang, day, at, today, "for"),
                   on_when=format_when(lang, day, at, today, "on"))


def _booking_time(f: str, language: str, dates: list[_Mention]) -> time | None:
    """The one time stated, when it sits in a sentence with the date; else None."""
    times = _times(f, language)
    values = {t.value for t in times}
    if len(values) != 1:
        return None
    (value,) = values
    if not isinstance(value, time):
        return None
    for t in times:
        t_start, t_end = _sentence(f, t.start)
        if any(t_start <= d.start < t_end for d in dates):
            return value
    return None
