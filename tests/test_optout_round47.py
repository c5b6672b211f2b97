"""Opt-outs round 47: "stop sending" with our mail named and no "me" ("smettete di mandare email", "dejen
de mandar correos"), the French "m'envoyez plus de mails" without "ne", and "Bitte nicht mehr mailen." on
its own; never a technician, a van, an invoice or photos, nor a comparison ("plus de mails que ma
banque")."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason


@pytest.mark.parametrize(("language", "text"), [
    ("it", "Smettete di mandare email, grazie. Luca"),
    ("it", "Per favore smettete di inviare newsletter a questo indirizzo."),
    ("es", "Dejen de mandar correos, gracias. Ana"),
    ("es", "Dejad de enviar promociones, por favor."),
    ("fr", "M'envoyez plus de mails svp. Paul"),
    ("fr", "Merci, et ne m'envoyez plus d'offres."),
    ("de", "Bitte nicht mehr mailen. Danke, Jan"),
    ("de", "Alles gut. Bitte uns nicht mehr anschreiben."),
])
def test_stop_sending_our_mail_is_an_opt_out(language: str, text: str) -> None:
    assert classify_reason(text, language).opt_out


@pytest.mark.parametrize(("language", "text"), [
    ("es", "Dejen de mandar el técnico, ya está arreglado."),
    ("it", "Smettete di mandare il furgone il lunedì, passo io."),
    ("de", "Bitte die Rechnung nicht mehr mailen, lieber per Post."),
    ("de", "Die Fotos bitte nicht mehr mailen, ich habe sie schon."),
    ("fr", "Vous m'envoyez plus de mails que ma banque, mais j'adore !"),
])
def test_something_else_or_a_comparison_is_no_opt_out(language: str, text: str) -> None:
    assert not classify_reason(text, language).opt_out
