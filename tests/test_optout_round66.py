"""Opt-outs round 66 (after the replies_fresh86 first look), in every language: someone else's address to
be taken off our list ("die alte Adresse meiner Frau … aus Ihrem Verteiler", "retirem da vossa lista o
e-mail do meu filho") is not the customer's own opt-out: a person decides; no point in more of our mail
("no tiene sentido que me sigan mandando promos") is no wish to keep it."""

from __future__ import annotations

import pytest

from responder.maybe_stop import keeps_mail
from responder.reasons import classify_reason


@pytest.mark.parametrize("text", [
    "bitte nehmen Sie die alte Adresse meiner Frau (c.moser@example.net) aus Ihrem Verteiler, Ihre E-Mails"
    " kommen bei uns doppelt an.",
    "Peço-vos que retirem da vossa lista o e-mail do meu filho, tomas.rocha@example.net. Ele tem 15 anos.",
    "Please take my husband's email address off your mailing list.",
    "Quiten de su lista el correo de mi hijo, por favor.",
    "Retirez l'adresse de ma fille de votre liste d'envoi.",
    "Togliete l'indirizzo di mia moglie dalla vostra lista.",
    "Haal het e-mailadres van mijn vrouw van jullie mailinglijst.",
])
def test_someone_elses_address_is_held_for_a_person(text: str) -> None:
    read = classify_reason(text, "en")
    assert not read.opt_out and read.maybe_stop, read


@pytest.mark.parametrize("text", [
    "Please take me off your mailing list. My wife's address can stay.",
    "Bitte nehmen Sie mich aus Ihrem Verteiler.",
    "Retirem-me da vossa lista, por favor.",
])
def test_ones_own_address_still_opts_out(text: str) -> None:
    assert classify_reason(text, "en").opt_out


@pytest.mark.parametrize("text", [
    "Me mudé a Valencia, no tiene sentido que me sigan mandando promos de Córdoba.",
    "Non ha senso che continuiate a mandarmi le offerte.",
    "There's no point you keep sending me offers.",
])
def test_no_point_in_more_mail_is_no_wish_to_keep_it(text: str) -> None:
    assert not keeps_mail(text)


def test_the_stop_word_with_no_point_in_more_mail_opts_out() -> None:
    from tests.test_optout_round65 import _QUOTE, _crlf_reply

    assert _crlf_reply("Basta, por favor. Me mudé a Valencia en agosto, no tiene sentido que me sigan"
                       " mandando promos de Córdoba.\n\nAgustín" + _QUOTE)
