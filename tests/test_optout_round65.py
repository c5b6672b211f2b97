"""Opt-outs round 65 (after the replies_fresh84 first look), in every language: a yes below our quoted stop
sentence is a yes only when it stands alone or before a courtesy or a stop mark, never the French "Si"
(if) opening a question ("Si je réponds ça, est-ce que je perds …"); the wish not to be unsubscribed with
the pronoun between ("Ne me désabonnez surtout pas", "No me den de baja", "Non mi disiscrivete", "Não me
descadastrem") is no opt-out."""

from __future__ import annotations

import pytest

from responder.reading import said_yes_to_stop
from responder.reasons import classify_reason
from tests.test_optout_round64 import _STOP_QUOTED


@pytest.mark.parametrize(("answer", "stops"), [
    ("Si je réponds ça, est-ce que je perds aussi l'accès à l'édition numérique?", False),
    ("Yes I have a question first: what happens to my voucher?", False),
    ("Sí, por favor.", True),
    ("Oui merci", True),
    ("Yes please - no sense once we've gone.", True),
    ("Ja", True),
])
def test_a_yes_stands_alone(answer: str, stops: bool) -> None:
    assert bool(said_yes_to_stop(_STOP_QUOTED + answer + "\n")) is stops


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Ne me désabonnez surtout pas des courriels!"),
    ("fr", "Ne me désabonnez pas des courriels!"),
    ("es", "No me den de baja de los correos, por favor."),
    ("it", "Non mi disiscrivete dalla newsletter!"),
    ("pt", "Não me descadastrem da lista, por favor."),
])
def test_not_to_be_unsubscribed_is_no_opt_out(lang: str, text: str) -> None:
    assert not classify_reason(text, lang).opt_out, classify_reason(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Désabonnez-moi des courriels."),
    ("es", "Denme de baja de los correos."),
])
def test_unsubscribe_me_still_opts_out(lang: str, text: str) -> None:
    assert classify_reason(text, lang).opt_out, classify_reason(text, lang)
