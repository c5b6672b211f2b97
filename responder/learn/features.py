"""The text the second reader reads, and its features: exactly scikit-learn's ``char_wb``
and ``word`` analyzers.

Pure and dependency-free: :func:`char_wb_ngrams` reproduces
``TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), lowercase=True)`` n-gram by
n-gram, and :func:`word_ngrams` ``TfidfVectorizer(analyzer="word", ngram_range=(1, 2),
token_pattern=WORD_PATTERN)`` (tests compare them), so a table trained with scikit-learn
scores the same here.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import chain

NGRAM_RANGE = (2, 5)
#: Word n-grams read beside the character n-grams (scikit-learn's ``analyzer="word"``).
WORD_RANGE = (1, 2)
#: The words: every run of letters or digits, one letter too (scikit-learn's default skips
#: one-letter words, which would lose "y", "à", "é", "a" of seven languages).
WORD_PATTERN = r"(?u)\b\w+\b"
_WORD = re.compile(WORD_PATTERN)
#: The model reads at most this much (a giant or hostile mail costs no more than a long one;
#: the labelled mail it learns from is far shorter).
MAX_CHARS = 4000


def reader_text(detection_text: str) -> str:
    """What the model reads: what the rules read (:attr:`Detection.text`, the subject and
    the customer's new text, quotes and footers stripped), at most :data:`MAX_CHARS`."""
    return detection_text[:MAX_CHARS]


#: Words whose n-grams are kept (most words of mail are common ones: "the", "thanks", …).
_CACHE_WORDS = 50_000
#: Per n-gram range, each word's n-grams.
_WORD_GRAMS: dict[tuple[int, int], dict[str, tuple[str, ...]]] = {}


def _word_grams(word: str, lo: int, hi: int) -> tuple[str, ...]:
    """The n-grams of one lower-cased word, in the order :func:`char_wb_ngrams` lists them."""
    cache = _WORD_GRAMS.setdefault((lo, hi), {})
    found = cache.get(word)
    if found is not None:
        return found
    grams: list[str] = []
    w = f" {word} "
    size = len(w)
    for n in range(lo, hi + 1):
        if size <= n:  # a short word counts once, whole
            grams.append(w)
            break
        grams += [w[i:i + n] for i in range(size - n + 1)]
    if len(cache) >= _CACHE_WORDS:
        cache.clear()
    found = cache[word] = tuple(grams)
    return found


def char_wb_ngrams(text: str, ngram_range: tuple[int, int] = NGRAM_RANGE) -> Counter[str]:
    """Counts of the character n-grams inside word boundaries (words padded with a space),
    lower-cased, as scikit-learn's ``char_wb`` analyzer makes them. Each word's n-grams are
    made once and kept (the same n-grams in the same order: the scores add up alike)."""
    lo, hi = ngram_range
    words = text.lower().split()
    parts = list(map(_WORD_GRAMS.setdefault((lo, hi), {}).get, words))
    if None in parts:
        for i, found in enumerate(parts):
            if found is None:
                parts[i] = _word_grams(words[i], lo, hi)
    return Counter(chain.from_iterable(parts))  # type: ignore[arg-type] # (no None left)


def word_ngrams(text: str, ngram_range: tuple[int, int] = WORD_RANGE) -> Counter[str]:
    """Counts of the word n-grams of lower-cased ``text`` (words joined by one space), as
    scikit-learn's ``TfidfVectorizer(analyzer="word", token_pattern=WORD_PATTERN)`` makes
    them: every n-gram of the shortest length first, then the next length."""
    lo, hi = ngram_range
    words = _WORD.findall(text.lower())
    grams: list[str] = []
    for n in range(lo, min(hi, len(words)) + 1):
        grams += words if n == 1 else [" ".join(words[i:i + n]) for i in range(len(words) - n + 1)]
    return Counter(grams)
