"""Language of the customer's text, restricted to the seven languages responder answers in.

``lingua`` is built once, lazily, with only those languages and in low-accuracy mode
(trigram models: about 0.15 ms per short text, a few MB of memory). Only the first
:data:`MAX_CHARS` characters are read; text with too few letters falls back to ``default``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

#: ISO 639-1 codes of the supported languages.
SUPPORTED = ("en", "es", "fr", "de", "pt", "it", "nl")
#: Characters of text looked at (the start of a message says enough).
MAX_CHARS = 200
_MIN_LETTERS = 3
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    languages = [Language.ENGLISH, Language.SPANISH, Language.FRENCH, Language.GERMAN,
                 Language.PORTUGUESE, Language.ITALIAN, Language.DUTCH]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def detect_language(text: str, default: str = "en") -> str:
    """ISO code of the most likely of :data:`SUPPORTED` for ``text``; ``default`` if unsure."""
    sample = text[:MAX_CHARS]
    if len(_LETTERS.findall(sample)) < _MIN_LETTERS:
        return default
    try:
        found = _detector().detect_language_of(sample)
    except Exception:
        return default
    if found is None:
        return default
    code = str(found.iso_code_639_1.name).lower()
    return code if code in SUPPORTED else default
