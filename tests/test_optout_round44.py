"""Opt-outs round 44: "could you please not send me any marketing emails?" and the German compound
("keine Werbemails mehr"), with guards: a document or a confirmation not received or not wanted is no
opt-out."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason


@pytest.mark.parametrize(("language", "text"), [
    ("en", "P.S. Could you please not send me any marketing emails from now on? Thanks, Jo"),
    ("en", "Would you mind not sending, I mean, could you not send us any more newsletters?"),
    ("de", "Könnten Sie mir bitte keine Werbemails mehr schicken? Danke, Jo"),
    ("de", "Und bitte keine Newsletter-Mails mehr an diese Adresse."),
    ("es", "¿Podrían no enviarme más correos de publicidad, por favor?"),
    ("fr", "Pourriez-vous ne plus m'envoyer de mails publicitaires, s'il vous plaît ?"),
    ("it", "Potreste non mandarmi più email promozionali, per favore?"),
    ("nl", "Zouden jullie me geen reclamemails meer willen sturen?"),
    ("pt", "Podem não me enviar mais e-mails de marketing, por favor?"),
])
def test_asked_not_to_be_sent_our_mail_is_an_opt_out(language: str, text: str) -> None:
    assert classify_reason(text, language).opt_out


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Could you please not send me the paper invoice any more? A PDF is fine."),
    ("en", "I did not send you any emails about this, it must have been my wife."),
    ("de", "Ich habe leider keine Bestätigungsmail erhalten, und auch keine Infomail zum Kurs."),
])
def test_a_document_or_a_missing_confirmation_is_no_opt_out(language: str, text: str) -> None:
    assert not classify_reason(text, language).opt_out
