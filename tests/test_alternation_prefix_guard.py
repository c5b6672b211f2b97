"""The three-character guard of :mod:`responder.alternation` (issue 11, item 8, eighth round).

An alternative that starts with lookarounds had a guard for its first character only
(``(?=\\b[mv])``): at every word starting with that letter the engine then ran its lookbehinds
and lookaheads, some of which scan 120 characters. Where every match starts at a word boundary
and its first three characters are known, the guard now names them (``(?=\\b(?:mei|ven))``),
and a stretch of alternatives shares the union of theirs. The matches stay the same."""

from __future__ import annotations

import random
import re

import pytest

from responder import alternation
from responder.alternation import guarded


@pytest.mark.parametrize(("source", "expected"), [
    (r"(?![^.]{0,120}\bmoney)\b(?:verkocht|verkauft|sold)",
     r"(?=\b(?:sol|ver))(?![^.]{0,120}\bmoney)\b(?:verkocht|verkauft|sold)"),
    (r"(?<!\bif )\b(?:no|nie)\w+", r"(?=\b(?:n(?:ie|o)))(?<!\bif )\b(?:no|nie)\w+"),
    (r"(?<!x)\bst(?:op|ay)s?\b", r"(?=\b(?:st(?:a|o)))(?<!x)\bst(?:op|ay)s?\b"),
    (r"(?<!x)(?:[£$] ?\d+|\bfee|\d+ eur)", r"(?=[\$\d£]|\b(?:fee))(?<!x)(?:[£$] ?\d+|\bfee|\d+ eur)"),
])
def test_an_alternative_is_guarded_by_its_first_three_characters(source: str, expected: str) -> None:
    assert guarded(source) == expected


@pytest.mark.parametrize(("source", "why"), [
    (r"(?<!x)\b(?:\d+ ?eur|fee)", "a digit at a word boundary: any digit"),
    (r"(?<!x)\b(?:a|be)\b", "a one-letter word"),
    (r"(?<!x)\b\w+ing", "a word of any letters"),
])
def test_where_the_first_characters_are_not_known_the_one_character_guard_stays(source: str,
                                                                                  why: str) -> None:
    assert "(?=\\b(?:" not in guarded(source), why


def test_the_rule_alternations_carry_three_character_guards() -> None:
    from responder import detect, reasons  # their patterns are registered when compiled

    assert {detect.__name__, reasons.__name__}
    assert sum(p.pattern.count("(?=\\b(?:") for _, _, p in alternation.REWRITTEN) > 200


def test_guarded_and_factored_alternatives_find_what_they_found() -> None:
    rng = random.Random(88)
    pieces = [r"\b", r"(?<!\bif )", r"(?![^.]{0,20}\bmoney)", r"(?:no|not)", r"(?:ab|abc)", r"st(?:op|ay)",
              r"[bd]", r"\w+", r"e?", r"s?\b", r" ", r"(?:\bno|yes)", r"(?:x)?", r"can(?:cel)*"]
    words = ["if no", "money", "not", "abc", "ab", "stop", "stay", "stops", "yes", "nope", "cancel",
             "cancelcancel", "can", "xno", "b", "d", "e", ".", "if stop",
             "£3", "$ 12", "12 eur", "3eur", "٣ eur", "fee", "cost", "if fee", "x12 eur"]
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(300)]
    leads = ["", r"(?<!\bif )", r"(?![^.]{0,20}\bmoney)", r"(?<!x)(?<!no )"]
    starts = [r"(?:no|not)", r"(?:ab|abc)", r"st(?:op|ay)", r"can(?:cel)*", r"ye?s", r"(?:ab|st)\w*", r"no",
              r"(?:[£$] ?\d+|fee)", r"(?:\d+ ?eur|cost)", r"\s?no"]
    tails = ["", r"\b", r"s?\b", r" \w+", r"(?: stop)?"]
    tried = 0
    for _ in range(500):
        source = "|".join(
            rng.choice(leads) + r"\b" + rng.choice(starts) + rng.choice(tails) if rng.random() < 0.8
            else "".join(rng.choice(pieces) for _ in range(rng.randint(1, 4)))
            for _ in range(rng.randint(1, 4)))
        try:
            original = re.compile(source)
        except re.error:
            continue
        rewritten = alternation.factored(source)
        one = guarded(source)
        tried += "(?=\\b(?:" in rewritten.pattern or "(?=\\b(?:" in one
        for text in texts:
            expected = [m.span() for m in original.finditer(text)]
            assert [m.span() for m in rewritten.finditer(text)] == expected, (source, rewritten.pattern, text)
            assert [m.span() for m in re.finditer(one, text)] == expected, (source, one, text)
    assert tried > 100
