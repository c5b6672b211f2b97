"""Language of the customer's text, restricted to the seven languages responder answers in.

Two steps, cheapest first:

1. **Function words.** Words that belong to one language only ("the", "please", "quiero",
   "je", "bitte", "obrigado", "vorrei", "graag", plus booking words such as "appointment" or
   "afspraak") are counted. When one language has at least two of them and at least twice
   as many as any other, it is the answer: no model is run (most mail, and cheaply).
2. **lingua**, built once, lazily, with only those languages and in low-accuracy mode
   (trigram models, a few MB). On short text its guess is unreliable ("cancel current
   process" comes out Italian), so a guess with confidence below :data:`MIN_CONFIDENCE`
   on fewer than :data:`SHORT_WORDS` words gives way to the word counts, then to ``default``.

Only the first :data:`MAX_CHARS` characters are read; text with too few letters is ``default``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Literal, get_args

#: ISO 639-1 code of a supported language (the one list: config, templates and dates use it).
Language = Literal["en", "es", "fr", "de", "pt", "it", "nl"]
#: ISO 639-1 codes of the supported languages.
SUPPORTED: tuple[Language, ...] = get_args(Language)
#: Characters of text looked at (the start of a message says enough).
MAX_CHARS = 200
#: Below this lingua confidence, a guess on a short text is not trusted.
MIN_CONFIDENCE = 0.6
#: A text with fewer words than this is "short".
SHORT_WORDS = 8
_MIN_LETTERS = 3
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)

# Frequent words, each listed for the one language it marks. Words that appear in two lists
# are dropped below, so the lists can be written naturally.
_MARKERS: dict[str, str] = {
    "en": "the and you your my our is are was were have has had with this that for not please"
          " would could should can be been thanks thank hi hello what just get from they there"
          " want need don't dont i'm im i've i'll won't can't cannot it's appointment booking"
          " order reservation cancel cancelled canceled cancelling tomorrow today week sorry"
          " able make it of to at any anything appt pls plz thx asap",
    "es": "el los las que del y por para mi mis con es lo al gracias hola quiero quería"
          " quisiera necesito cita reserva cancelar anular mañana semana pero muy tengo puedo"
          " usted ustedes saludos buenos días",
    "fr": "le les des du et je vous mon ma mes pour pas est une merci bonjour annuler"
          " rendez-vous demain semaine mais très avec suis sur cordialement votre nous",
    "de": "der die das und ich ist nicht mit für den dem ein eine einen meinen meine bitte"
          " danke hallo termin absagen morgen woche aber sehr habe kann ihnen grüße leider"
          " muss möchte",
    "pt": "os do da dos das não em um uma com obrigado obrigada olá minha meu consulta"
          " marcação cancelar desmarcar amanhã semana mas muito tenho posso gostaria você"
          " vocês preciso",
    "it": "il di che non per grazie buongiorno vorrei ciao mio mia appuntamento"
          " prenotazione annullare disdire domani settimana ma molto sono ho posso devo"
          " della delle alla salve cordiali",
    "nl": "het een ik niet met voor mijn dat op graag bedankt afspraak annuleren afzeggen"
          " morgen week maar heel heb kan jullie u wij groeten vriendelijke helaas moet",
}


def _marker_table() -> dict[str, str]:
    seen: dict[str, str] = {}
    shared: set[str] = set()
    for lang, words in _MARKERS.items():
        for word in words.split():
            if word in seen and seen[word] != lang:
                shared.add(word)
            seen[word] = lang
    return {w: lang for w, lang in seen.items() if w not in shared}


_MARKER = _marker_table()


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    languages = [Language.ENGLISH, Language.SPANISH, Language.FRENCH, Language.GERMAN,
                 Language.PORTUGUESE, Language.ITALIAN, Language.DUTCH]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def _marker_counts(words: list[str]) -> list[tuple[int, str]]:
    counts: dict[str, int] = {}
    for word in words:
        lang = _MARKER.get(word.replace("’", "'"))
        if lang:
            counts[lang] = counts.get(lang, 0) + 1
    return sorted(((n, lang) for lang, n in counts.items()), reverse=True)


def detect_language(text: str, default: str = "en") -> str:
    """ISO code of the most likely of :data:`SUPPORTED` for ``text``; ``default`` if unsure."""
    sample = text[:MAX_CHARS]
    if len(_LETTERS.findall(sample)) < _MIN_LETTERS:
        return default
    words = _WORDS.findall(sample.lower())
    counts = _marker_counts(words)
    best_n, best = counts[0] if counts else (0, default)
    second_n = counts[1][0] if len(counts) > 1 else 0
    if best_n >= 2 and best_n >= 2 * second_n:
        return best
    try:
        values = _detector().compute_language_confidence_values(sample)
    except Exception:
        return default
    if not values:
        return default
    top = values[0]
    code = str(top.language.iso_code_639_1.name).lower()
    if len(words) < SHORT_WORDS and top.value < MIN_CONFIDENCE:
        return best if best_n > second_n else default
    return code if code in SUPPORTED else default
