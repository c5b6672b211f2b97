"""The first-character guard of :func:`responder.alternation.guarded` (issue 11, item 8, sixth
round): an alternative that starts with lookarounds gets a lookahead for the characters it can
start with; the matches stay the same."""

from __future__ import annotations

import random
import re

import pytest

from responder import alternation
from responder.alternation import guarded


@pytest.mark.parametrize(("source", "expected"), [
    (r"(?<!\bif )(?:\bverkocht|\b(?:mein|vend(?:i|u)))x",
     r"(?=\b(?:mei|ve(?:n|r)))(?<!\bif )(?:\bverkocht|\b(?:mein|vend(?:i|u)))x"),  # eighth round
    (r"(?![^.]{0,120}\bmoney)(?:\bsold|keep)", r"(?=[k]|\b(?:sol))(?![^.]{0,120}\bmoney)(?:\bsold|keep)"),
    (r"\b(?<!to )(?:a|b?c)", r"(?=\b[abc])\b(?<!to )(?:a|b?c)"),
    (r"(?:x)?\b(?<!to )a", r"(?=[x]|\b[a])(?:x)?\b(?<!to )a"),  # an a only after \b
    (r"(?<!if )(?:[£$€] ?\d+|\d+ ?eur)", r"(?=[\$\d£€])(?<!if )(?:[£$€] ?\d+|\d+ ?eur)"),
    (r"(?<!if )(?:[£$] ?\d+|\bfee)", r"(?=[\$£]|\b(?:fee))(?<!if )(?:[£$] ?\d+|\bfee)"),
])
def test_an_alternative_starting_with_lookarounds_is_guarded_by_its_first_characters(
        source: str, expected: str) -> None:
    assert guarded(source) == expected


@pytest.mark.parametrize("source", [
    r"(?<!x)(?:a|)",  # may match empty: no first character
    r"(?<!x).b",  # any character
    r"(?<!x)[^a]b",  # a negated class
    r"(?<!x)(a)b",  # a capturing group
    r"(?<!x)(?i:a)b",  # case-insensitive inside
    r"abc",  # starts with its literal already
])
def test_what_cannot_be_guarded_is_left_as_it_was(source: str) -> None:
    assert guarded(source) == source


def test_a_guarded_alternative_finds_what_it_found() -> None:
    rng = random.Random(11)
    pieces = [r"\b", r"(?<!\bif )", r"(?![^.]{0,20}\bmoney)", r"(?:x)?", r"(?:ab|c)", r"[bd]", r"\d+",
              r"(?:\bno|yes)", r"e?", r"(?:f|g\b)", r" ", r"[£$]"]
    words = ["if ab", "money", "x", "ab", "c", "no", "yes", "12", "£3", "e", "f", "g", "bd", "if no", "."]
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(300)]
    tried = 0
    for _ in range(400):
        source = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 5)))
        rewritten = guarded(source)
        tried += rewritten != source
        original, guard = re.compile(source), re.compile(rewritten)
        for text in texts:
            assert [m.span() for m in guard.finditer(text)] == [m.span() for m in original.finditer(text)], (
                source, rewritten, text)
    assert tried > 100


def test_the_rule_alternations_carry_guards() -> None:
    from responder import detect, reasons  # their patterns are registered when compiled

    assert {detect.__name__, reasons.__name__}
    assert sum("(?=\\b[" in p.pattern or "(?=[" in p.pattern for _, _, p in alternation.REWRITTEN) > 20


def test_guarded_alternatives_side_by_side_share_one_guard_and_find_what_they_found() -> None:
    assert alternation.rewrite(r"\bcancel|\bstop|(?<!if )\bquit|x+|\bab|(?<!x)\bno") == (
        r"(?=\b(?:can|qui|sto))(?:\b(?:cancel|stop)|(?=\b(?:qui))(?<!if )\bquit)|x+"
        r"|(?=\b(?:ab|no))(?:\b(?:ab)|(?=\b(?:no))(?<!x)\bno)")
    rng = random.Random(8)
    alternatives = [r"\bcancel", r"\bcan", r"(?<!if )\bcancel\w*", r"(?<!no )\bstop", r"\bst\w+", r"x+",
                    r"(?<!x)(?:\bno|\bnot)", r"\bno\b", r"(?<!\bif )\d+ ?eur", r"(?=\w)\w{2}\b", r"\bif",
                    r"(?<!x)(?:[£$]\d|\bst)", r"(?:x)?\b(?<!o )(?:no|3)"]
    words = ["cancel", "cancelled", "can", "if", "stop", "no", "not", "x", "xx", "3", "3 eur", "ifcan", "stx",
             "£3", "xno", "x3"]
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 10))) for _ in range(200)]
    for _ in range(300):
        source = "|".join(rng.choice(alternatives) for _ in range(rng.randint(2, 6)))
        original, rewritten = re.compile(source), alternation.factored(source)
        for text in texts:
            found = [m.span() for m in rewritten.finditer(text)]
            assert found == [m.span() for m in original.finditer(text)], (source, rewritten.pattern, text)


def test_an_alternative_that_may_start_inside_any_word_is_left_out_of_the_shared_guard() -> None:
    # (seventh round: one rule, ``\w*(?:stunden|termine) … entfallen``, put ``\w`` into the guard of
    # all 1,894 alternatives of the soft cancels, which then held at every letter of every text)
    assert alternation.rewrite(r"(?<!x)\bstop|(?<!y)\bquit|\w*stunden entfallen|(?<!z)\bend") == (
        r"(?=\b(?:qui|sto))(?:(?=\b(?:sto))(?<!x)\bstop|(?=\b(?:qui))(?<!y)\bquit)|\w*stunden entfallen"
        r"|(?=\b(?:end))(?<!z)\bend")
    from responder import detect, reasons  # their patterns are registered when compiled

    assert {detect.__name__, reasons.__name__}
    broad = re.compile(r"\(\?=\[[^\]]*\\w")
    assert [p.pattern[:80] for _, _, p in alternation.REWRITTEN if broad.search(p.pattern)] == []


@pytest.mark.parametrize(("text", "spelt"), [
    ("nn vengo", "non vengo"), ("ich muss den kurs kuendigen", "ich muss den kurs kündigen"),
    ("see you tmrw", "see you tomorrow"),
    ("hoi, wil mn afspraak annuleren", "hoi, ik wil mijn afspraak annuleren"),
    ("no va a podé ir ar campamento", "no va a poder ir al campamento"), ("jpeux pas", "je peux pas"),
    ("bitte streichens ma den termin", "bitte streichen sie ma den termin"),
])
def test_texting_is_spelt_out_after_the_one_search_for_any_of_it(text: str, spelt: str) -> None:
    from responder import detect

    assert detect._ANY_TEXTING.search(text)
    assert detect._spell_out(text) == spelt
    assert detect._ANY_TEXTING.search("ich möchte den kurs kündigen, danke") is None
