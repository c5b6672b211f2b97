"""Opt-outs round 67 (after the replies_fresh87 first look, a hard set), in every language where the form
exists:

- our stop sentence is recognised when it promises "keine weiteren E-Mails" or "altre email" ("Wenn Sie
  keine weiteren E-Mails von uns bekommen möchten, antworten Sie einfach mit dem Wort RUHE", "Se non
  desideri ricevere altre email da noi, rispondi … BASTA"), and when the promise is the question just
  before ("Wilt u geen mails meer van ons krijgen? Antwoord dan gewoon met het woord GENOEG"): a yes
  below it ("Ja, bitte.", "Ja.") opts out;
- the quoted mail's own word added to the subject after a space alone ("RE : Confirmation de votre
  désinscription FINI", "Re: Confirmação do cancelamento CHEGA") opts out; never a word the quoted mail
  did not promise, never a subject all in capitals.
"""

from __future__ import annotations

import pytest

from responder.optout import appended_stop_word, offers_stop, quoted_stop_words
from responder.reading import said_yes_to_stop


@pytest.mark.parametrize(("quoted", "word"), [
    ("> Wenn Sie keine weiteren E-Mails von uns bekommen möchten, antworten Sie\n"
     "> einfach mit dem Wort RUHE.", "ruhe"),
    ("> Se non desideri ricevere altre email da noi, rispondi a questo messaggio\n> con la parola BASTA.",
     "basta"),
    ("> Wilt u geen mails meer van ons krijgen? Antwoord dan gewoon met het woord\n> GENOEG.", "genoeg"),
])
def test_our_stop_sentence_is_recognised(quoted: str, word: str) -> None:
    text = "Am 02.11.50 schrieb Studio:\n> Hallo,\n>\n" + quoted + "\n"
    assert offers_stop(text)
    assert word in quoted_stop_words(text)
    assert said_yes_to_stop(text + "\nJa, bitte.\n\nLG Bernhard\n")
    assert said_yes_to_stop(text + "\nJa.\n\nJoke\n")


@pytest.mark.parametrize("subject", [
    "RE : Confirmation de votre désinscription FINI",
    "Re: Confirmação do cancelamento CHEGA",
])
def test_the_promised_word_added_to_the_subject(subject: str) -> None:
    assert appended_stop_word(subject, frozenset({"fini", "chega"}))


@pytest.mark.parametrize(("subject", "also"), [
    ("RE : Confirmation de votre désinscription FINI", frozenset({"stop"})),  # (not the promised word)
    ("RE: CONFIRMATION FINI", frozenset({"fini"})),  # (a subject all in capitals)
    ("Re: Votre cours de jeudi", frozenset({"fini"})),
])
def test_not_the_promised_word_added(subject: str, also: frozenset[str]) -> None:
    assert not appended_stop_word(subject, also)
