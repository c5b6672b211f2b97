"""Time hints in a customer's words -> the date of the next follow-up.

"not until the spring", "maybe in three weeks", "after my surgery in March", "next month",
"dans trois semaines", "después del verano", "na de zomer", "tra un mese", "daqui a duas
semanas", "nach Ostern" … in en, es, fr, de, pt, it, nl. Every hint found is resolved
against ``now`` and the latest one wins (the customer is not ready before it); the date is
clamped to ``[now + min_days, now + max_days]``. Seasons are the northern hemisphere's.
Month names and seasons count only in a clause that looks ahead ("I'll be back in March",
not "the colour I had in March"). Pure: ``now`` is passed in.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from responder.calendar_names import MONTHS

# --- text folding (shared with responder.reasons) ----------------------------------------------


class _FoldTable(dict[int, str]):
    """``str.translate`` table filled on demand: one character in, one character out."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        low = ch.lower()
        if len(low) != 1:
            low = ch
        out = unicodedata.normalize("NFD", low)[0]  # the base letter of "é", "ñ", "ü"
        self[code] = out
        return out


_FOLD = _FoldTable({ord(k): v for k, v in {"\u2019": "'", "\u2018": "'", "\u00b4": "'", "`": "'",
                                           "\u201c": '"', "\u201d": '"', "\u00a0": " "}.items()})


def fold(text: str) -> str:
    """Lower-case, accents removed, apostrophes unified; the result has the same length."""
    return text.translate(_FOLD)


# --- vocabulary (folded) -------------------------------------------------------------------------

_NUMBERS: dict[str, int] = {
    # en
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2, "a couple": 2, "couple of": 2,
    "a few": 3, "few": 3, "several": 3, "some": 3,
    # es
    "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "un par de": 2, "unos": 3, "unas": 3,
    "unos pocos": 3, "unas pocas": 3, "algunos": 3, "algunas": 3,
    # fr
    "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
    "onze": 11, "douze": 12, "quelques": 3,
    # de
    "ein": 1, "eine": 1, "einem": 1, "einen": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "funf": 5,
    "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwolf": 12, "ein paar": 2,
    "paar": 2, "einigen": 3, "einige": 3, "wenigen": 3,
    # pt
    "um": 1, "uma": 1, "dois": 2, "duas": 2, "quatro": 4, "sete": 7, "oito": 8, "nove": 9, "dez": 10,
    "alguns": 3, "algumas": 3, "poucas": 3, "poucos": 3,
    # it
    "due": 2, "tre": 3, "quattro": 4, "sei": 6, "sette": 7, "otto": 8, "dieci": 10, "undici": 11,
    "dodici": 12, "qualche": 3, "un paio di": 2, "alcune": 3, "alcuni": 3,
    # nl
    "een": 1, "twee": 2, "drie": 3, "vijf": 5, "zes": 6, "zeven": 7, "negen": 9, "tien": 10, "twaalf": 12,
    "een paar": 2, "enkele": 3,
}
_UNITS: dict[str, int] = {}  # unit word -> days per unit (months are 30, resolved by calendar)
for _words, _days in (
    ("day days dia dias jour jours tag tage tagen giorno giorni dag dagen", 1),
    ("week weeks semana semanas semaine semaines woche wochen settimana settimane weken", 7),
    ("month months mes meses mois monat monate monaten mese mesi maand maanden", 30),
    ("year years ano anos an ans annee annees jahr jahre jahren anno anni jaar jaren", 365),
):
    for _w in _words.split():
        _UNITS[_w] = _days

#: Month names, folded: CLDR's wide names in the seven languages, plus common short and
#: regional forms (Austrian "Jänner", Latin American "setiembre").
_MONTHS: dict[str, int] = {
    fold(_name): _i % 12 + 1
    for _widths in MONTHS.values()
    for _i, _name in enumerate(_widths["wide"]["format"] + _widths["wide"]["stand-alone"])
}
_MONTHS.update({"jan": 1, "janner": 1, "feb": 2, "sept": 9, "setiembre": 9, "oct": 10, "nov": 11, "dec": 12})
# Words that are also ordinary words: they count only after a preposition ("in May", "en mai").
_AMBIGUOUS_MONTHS = {"may", "mai", "jan", "feb", "oct", "nov", "dec", "sept", "marco", "mars"}

_SEASONS: dict[str, str] = {}
for _season, _names in (
    ("spring", "spring|primavera|printemps|fruhling|fruhjahr|lente|voorjaar"),
    # French "ete" alone is also "been" (j'ai ete malade): only with an article or preposition.
    ("summer", "summer|verano|l'ete|cet ete|en ete|sommer|verao|estate|zomer"),
    ("autumn", "autumn|fall|otono|automne|herbst|outono|autunno|herfst|najaar"),
    ("winter", "winter|invierno|hiver|inverno"),
):
    for _w in _names.split("|"):
        _SEASONS[_w] = _season
#: (month, day) a season starts; it ends where the next one starts.
_SEASON_START = {"spring": (3, 21), "summer": (6, 21), "autumn": (9, 23), "winter": (12, 21)}
_SEASON_NEXT = {"spring": "summer", "summer": "autumn", "autumn": "winter", "winter": "spring"}

#: "after X": the end of X. (Dutch "na de"; Portuguese "na" alone means "in the".)
_AFTER = (r"after|despues de(?:l| la| las| los)?|pasad[oa]s?|tras(?: el| la)?|apres(?: l'| le| la| les)?"
          r"|nach(?: dem| der| den)?|erst nach|depois d[eoa]s?|passad[oa]s?|dopo(?: l'| il| la| le)?"
          r"|passat[oa]"
          r"|finit[oa]|na (?:de|het|afloop van)")
#: "from/until X": the start of X.
_FROM = (r"not (?:until|before)|until|till|from|starting|a partir de|hasta|desde|jusqu'(?:a|en)|pas avant|des"
         r"|ab|erst (?:im|ab)|bis|ate|a partir d[eoa]|fino a|entro|da|vanaf|pas (?:in|vanaf)|tot")
_REL_PREP = (r"in|within|after|for|about|around|maybe in|en|dentro de|durante|dans|d'ici|apres|pendant"
             r"|nach|fur|daqui a|em|por|depois de|tra|fra|per|entro|over|binnen|na|voor")

_NUM_ALT = "|".join(sorted((re.escape(k) for k in _NUMBERS), key=len, reverse=True))
_UNIT_ALT = "|".join(sorted(_UNITS, key=len, reverse=True))
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_SEASON_ALT = "|".join(sorted((re.escape(k) for k in _SEASONS), key=len, reverse=True))

_DURATION = re.compile(
    rf"\b(?P<prep>{_REL_PREP})\s+(?:(?:about|around|roughly|maybe|unos|unas|environ|etwa|cerca de|circa"
    rf"|ongeveer|ca\.?)\s+)?(?P<num>\d{{1,2}}|{_NUM_ALT})\s+(?:(?:more|de|of"
    rf"|extra)\s+)?(?P<unit>{_UNIT_ALT})\b"
    rf"|\b(?P<num2>\d{{1,2}}|{_NUM_ALT})\s+(?:of\s+)?(?P<unit2>{_UNIT_ALT})\s+(?:from now|time|de ahora)\b"
)
_NEXT = re.compile(
    r"\b(?:next|the coming|la semana que viene|la proxima|el proximo|el mes que viene|el ano que viene"
    r"|la semaine prochaine|le mois prochain|l'annee prochaine|l'an prochain|nachste|nachsten|nachstes"
    r"|kommende"
    r"|kommenden|proxima|proximo|para o ano|ano que vem|mes que vem|semana que vem|la prossima|il prossimo"
    r"|il mese prossimo|l'anno prossimo|l'anno prossimo|la settimana prossima|volgende|volgend|komende)\s*"
    r"(?P<unit>week|month|year|semana|mes|ano|woche|monat|jahr|settimana|mese|anno|maand|jaar)?\b"
)
_NEXT_PHRASE = {  # whole phrases that carry their unit
    "la semana que viene": 7, "el mes que viene": 30, "el ano que viene": 365, "la semaine prochaine": 7,
    "le mois prochain": 30, "l'annee prochaine": 365, "l'an prochain": 365, "para o ano": 365,
    "ano que vem": 365, "mes que vem": 30, "semana que vem": 7, "il mese prossimo": 30,
    "l'anno prossimo": 365, "la settimana prossima": 7,
}
_NEW_YEAR = re.compile(r"\b(?:new year|nuevo ano|ano nuevo|nouvel an|nouvelle annee|neuen jahr|neujahr"
                       r"|ano novo"
                       r"|anno nuovo|nieuwe jaar|nieuwjaar)\b")
_MONTH = re.compile(rf"\b(?P<prep>(?:{_AFTER}|{_FROM}|in|by|early|late|mid|end of|start of|beginning of|this"
                    rf"|next|en|au mois de|de|d'|para|em|no|a fines de|a principios de|im|anfang|ende"
                    rf"|mitte|a|di"
                    rf"|inizio|fine|per|tegen|begin|eind|half|in)\s+)?"
                    rf"(?:(?:the|el|le|la|o|il|de)\s+)?(?P<month>{_MONTH_ALT})\b")
_SEASON = re.compile(rf"(?P<prep>\b(?:{_AFTER}|{_FROM}|in|en|im|no|na|em|in|d'|a|al"
                     rf"|au)\b\s*)?(?P<art>(?:the|this"
                     rf"|next|el|la|le|al|o|il|de|het|der|den|dem|diesen|deze"
                     rf"|l')\s+)?\b(?P<season>{_SEASON_ALT})\b")
_HOLIDAY = re.compile(
    r"\b(?P<prep>(?:" + _AFTER + r")\s+)?(?:(?:the|el|la|le|o|il|de|het)\s+)?(?:"
    r"(?P<xmas>christmas|xmas|navidad|noel|weihnachten|natal|natale|kerst(?:mis)?)"
    r"|(?P<easter>easter|semana santa|pascua|paques|ostern|pascoa|pasqua|pasen)"
    r"|(?P<rentree>rentree|vuelta al cole|herbstferien|herfstvakantie|toussaint)"
    r"|(?P<quarter>q[1-4])"
    r")\b"
)
# A clause that looks ahead: future tense, plans, hopes, "back", "again".
_LOOKS_AHEAD = re.compile(
    r"\b(?:will|'ll|going to|gonna|maybe|perhaps|hope\w*|again|see you|try|plan\w*|intake|look out|reach"
    r"|contact"
    r"|touch|return\w*|until|till|after|once|wait|rebook|book|sign up|not before|next|then|probably|start"
    r"|volv\w*|vuelva|quiza\w*|tal vez|capaz|seguramente|ojala|intentar\w*|apuntar\w*|hasta|despues|espero"
    r"|compte|reviendr\w*|revenir|peut-etre|esper\w*|prochain\w*|apres|jusqu\w*|reprendr\w*|inscri\w*|stage"
    r"|wieder|vielleicht|hoffe\w*|erst|bis|melde\w*|werde\w*|wollen|mochte\w*"
    r"|volt\w*|talvez|quando|estarei|torn\w*|forse|spero|prossim\w*|dopo|fino|riprend\w*"
    r"|weer|misschien|hoop|pas|opnieuw|proberen|terug|gaan|zullen|willen|zeker)\b"
    r"|\w(?:remos|rai|rons|rei|remo)\b"
)
_CLAUSE_END = re.compile(r"[.!?;\n]")


@dataclass(frozen=True)
class _Spec:
    kind: str  # "days", "months", "next", "month", "season", "season_end", "new_year", "holiday"
    value: int | str
    after: bool
    text: str
    start: int = 0


def _clause(folded: str, start: int, end: int) -> str:
    left = max((m.end() for m in _CLAUSE_END.finditer(folded, 0, start)), default=0)
    right_m = _CLAUSE_END.search(folded, end)
    return folded[left:right_m.start() if right_m else len(folded)]


def _after(prep: str | None) -> bool:
    return bool(prep) and re.fullmatch(rf"(?:{_AFTER})", (prep or "").strip()) is not None


def _bounded(prep: str | None) -> bool:
    """"after X" / "until X" look ahead by themselves."""
    return _after(prep) or (bool(prep) and re.fullmatch(rf"(?:{_FROM})", (prep or "").strip()) is not None)


def _specs(folded: str) -> list[_Spec]:
    specs: list[_Spec] = []
    for m in _DURATION.finditer(folded):
        num_s = m.group("num") or m.group("num2") or ""
        unit = m.group("unit") or m.group("unit2") or ""
        prep = (m.group("prep") or "").strip()
        num = int(num_s) if num_s.isdigit() else _NUMBERS.get(num_s, 0)
        if num <= 0:
            continue
        before = folded[max(0, m.start() - 12):m.start()]
        if re.search(r"\b(?:every|each|last|past|twice|cada|chaque|alle|ogni|elke|todos|tous)\s*$", before):
            continue
        tail = folded[m.end():m.end() + 12]
        if re.match(r"\s*(?:ago|atras|hace|il y a|her|geleden"
                    r"|fa)\b", tail) or (prep in ("for",) and re.search(
                r"\b(?:was|were|had|been|spent)\b", _clause(folded, m.start(), m.end()))):
            continue
        days = _UNITS[unit]
        if days == 30:
            specs.append(_Spec("months", num, prep in ("after", "apres", "nach", "depois de", "dopo", "na"),
                               m.group(0), m.start()))
        elif days == 365:
            specs.append(_Spec("months", 12 * num, False, m.group(0), m.start()))
        else:
            specs.append(_Spec("days", num * days, False, m.group(0), m.start()))
    for m in _NEXT.finditer(folded):
        phrase = m.group(0).strip()
        next_unit = m.group("unit")
        next_days = _NEXT_PHRASE.get(phrase, 0)
        if not next_days and next_unit:
            next_days = _UNITS.get(next_unit, {"ano": 365, "mes": 30, "semana": 7}.get(next_unit, 0))
        if next_days:
            specs.append(_Spec("next", next_days, False, phrase, m.start()))
    for m in _NEW_YEAR.finditer(folded):
        specs.append(_Spec("new_year", 1, False, m.group(0), m.start()))
    for m in _MONTH.finditer(folded):
        word = m.group("month")
        prep = (m.group("prep") or "").strip()
        if word in _AMBIGUOUS_MONTHS and not prep:
            continue
        if re.match(r"\s*\d{1,2}\b", folded[m.end():m.end() + 4]) and not prep:
            continue  # "March 8th" is a booking date, not a hint
        clause = _clause(folded, m.start(), m.end())
        if not _bounded(prep) and not _LOOKS_AHEAD.search(clause):
            continue
        after = _after(prep) or ((not prep or prep in ("in", "en", "im", "em", "no", "a")) and re.search(
            rf"\b(?:{_AFTER})\b[^,]{{0,40}}$", folded[max(0, m.start() - 45):m.start()]) is not None)
        specs.append(_Spec("month", _MONTHS[word], after, m.group(0), m.start()))
    for m in _SEASON.finditer(folded):
        prep = m.group("prep")
        if m.group("season") == "fall" and not (prep or m.group("art")):
            continue  # "had a fall"
        clause = _clause(folded, m.start(), m.end())
        if not _bounded(prep) and not _LOOKS_AHEAD.search(clause):
            continue
        specs.append(_Spec("season", _SEASONS[m.group("season")], _after(prep), m.group(0), m.start()))
    for m in _HOLIDAY.finditer(folded):
        clause = _clause(folded, m.start(), m.end())
        if not _bounded(m.group("prep")) and not _LOOKS_AHEAD.search(clause):
            continue
        kind = next(k for k in ("xmas", "easter", "rentree", "quarter") if m.group(k))
        specs.append(_Spec("holiday", kind if kind != "quarter" else m.group("quarter"),
                           _after(m.group("prep")), m.group(0), m.start()))
    return specs


def mentions_time(text: str, *, strict: bool = False) -> bool:
    """Whether the text holds a hint of when to come back ("in the spring", "dans trois semaines").

    ``strict``: only hints in a clause that looks ahead ("I'll be back in three weeks"), not
    "after running a tender in October" or "for two weeks".
    """
    folded = fold(text)
    specs = _specs(folded)
    if not strict:
        return bool(specs)
    return any(_LOOKS_AHEAD.search(_clause(folded, s.start, s.start + len(s.text))) for s in specs)


# --- resolution ----------------------------------------------------------------------------------


def _add_months(d: datetime, months: int) -> datetime:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    last = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)).day
    return d.replace(year=year, month=month, day=min(d.day, last))


def _on(now: datetime, year: int, month: int, day: int) -> datetime:
    return now.replace(year=year, month=month, day=day)


def _easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _next_on(now: datetime, month: int, day: int) -> datetime:
    """The next (month, day) on or after today."""
    candidate = _on(now, now.year, month, day)
    return candidate if candidate.date() >= now.date() else _on(now, now.year + 1, month, day)


def _resolve(spec: _Spec, now: datetime) -> datetime:
    if spec.kind == "days":
        return now + timedelta(days=int(spec.value))
    if spec.kind == "months":
        return _add_months(now, int(spec.value) + (1 if spec.after else 0))
    if spec.kind == "next":
        step = int(spec.value)
        if step == 7:
            return now + timedelta(days=7)
        if step == 30:
            return _on(now, now.year + (now.month == 12), now.month % 12 + 1, 1)
        return _on(now, now.year + 1, 1, 10)
    if spec.kind == "new_year":
        return _on(now, now.year + 1, 1, 10) if now.month > 2 else now
    if spec.kind == "month":
        month = int(spec.value)
        if spec.after:
            month = month % 12 + 1
        if month == now.month and not spec.after:
            return now
        year = now.year if month > now.month else now.year + 1
        return _on(now, year, month, 1)
    if spec.kind == "season":
        season = str(spec.value)
        start = _SEASON_START[season]
        end = _SEASON_START[_SEASON_NEXT[season]]
        if spec.after:
            return _next_on(now, *end)
        if _in_season(now, season):
            return now
        return _next_on(now, *start)
    value = str(spec.value)
    if value == "xmas":
        return _next_on(now, 1, 6) if spec.after else _next_on(now, 12, 1)
    if value == "easter":
        easter = _easter(now.year)
        if easter <= now.date():
            easter = _easter(now.year + 1)
        target = easter + timedelta(days=8 if spec.after else -14)
        return _on(now, target.year, target.month, target.day)
    if value == "rentree":
        return _next_on(now, 9, 1)
    quarter = int(value[1])
    return _next_on(now, 3 * quarter - 2, 1)


def _in_season(now: datetime, season: str) -> bool:
    md = (now.month, now.day)
    start = _SEASON_START[season]
    end = _SEASON_START[_SEASON_NEXT[season]]
    if start < end:
        return start <= md < end
    return md >= start or md < end


def follow_up_hint(text: str, language: str, now: datetime, *, min_days: int = 7,
                   max_days: int = 365) -> datetime | None:
    """The date the customer's words point to, clamped to [now+min_days, now+max_days]; None if none."""
    del language  # all languages are read: the detected language may be wrong
    specs = _specs(fold(text))
    if not specs:
        return None
    when = max(_resolve(s, now) for s in specs)
    low, high = now + timedelta(days=min_days), now + timedelta(days=max_days)
    return min(max(when, low), high)
