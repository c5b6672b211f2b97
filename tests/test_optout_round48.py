"""Opt-outs round 48 (after the replies_fresh62 first look): "afgemeld" said of the course the sender left,
with our newsletter named only as something they still like to read, is no opt-out; with the mail named as
what to leave it still is. The Québec "oubliez-moi pour le rendez-vous" forgets the appointment, not
our mail."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason


@pytest.mark.parametrize("text", [
    "Ik heb me destijds wel afgemeld voor de cursus, maar jullie nieuwsbrief lees ik nog steeds graag hoor!",
    "Ik heb me afgemeld bij de yogagroep, de mails van jullie vind ik leuk.",
])
def test_leaving_the_course_is_no_opt_out(text: str) -> None:
    assert not classify_reason(text, "nl").opt_out


@pytest.mark.parametrize("text", [
    "Graag afmelden voor de nieuwsbrief, dank je.",
    "Ik wil me afmelden voor jullie mails.",
])
def test_leaving_the_mail_still_is(text: str) -> None:
    assert classify_reason(text, "nl").opt_out


def test_forget_me_for_the_appointment_is_no_opt_out() -> None:
    forget = "Oubliez-moi pour le rendez-vous de mardi 10h, je vous rappellerai."
    assert not classify_reason(forget, "fr").opt_out
    assert classify_reason("Oubliez-moi, je ne veux plus de vos mails.", "fr").opt_out
