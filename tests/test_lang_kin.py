"""One kin vocabulary (responder/lang/kin.py), every language side by side, from which the reasons'
relative patterns are built (review mend of the twentieth session: four lists had drifted apart, so that
"a nossa mãe" and "Maman" were a relative in one pattern and not in another)."""

from __future__ import annotations

import re

import pytest

from responder.lang import kin
from responder.reasons import classify_reason, fold_text


def test_every_language_names_every_relation() -> None:
    assert set(kin.KIN) == set(kin.POSSESSIVES) == {"en", "de", "es", "fr", "it", "nl", "pt"}
    for lang, table in kin.KIN.items():
        assert set(table) == set(kin.ALL), lang
        for relation, words in table.items():
            assert words, (lang, relation)
            assert all(fold_text(word) == word for word in words), (lang, relation)


def test_the_longer_word_wins() -> None:
    rx = re.compile(rf"\b(?:{kin.possessed('parent', 'grandparent', 'parent_in_law')})\b")
    found = rx.search("ma grand-mere est malade")
    assert found and found.group() == "ma grand-mere"
    assert rx.search("a minha mae")
    assert not rx.search("mon ami")


@pytest.mark.parametrize(("lang", "text"), [
    ("pt", "A nossa mãe está doente, por isso paramos."),  # "a nossa" was no possessive before
    ("fr", "Maman est tombée malade, j'arrête."),  # "Maman" alone was no relative before
    ("en", "Our mum is very ill at the moment, so we'll stop the lessons."),
    ("de", "Unsere Oma ist schwer krank geworden."),
])
def test_a_relatives_illness_is_personal_in_every_form(lang: str, text: str) -> None:
    assert classify_reason(text, lang).reason == "personal", classify_reason(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Je suis malade, maman me soigne."),
    ("en", "My husband was admitted to hospital last week."),  # a spouse: often the co-user
])
def test_ones_own_illness_stays_illness(lang: str, text: str) -> None:
    assert classify_reason(text, lang).reason == "illness", classify_reason(text, lang)
