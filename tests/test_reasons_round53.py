"""Reasons and opt-outs round 53 (after the replies_fresh70 first look): not making ends meet, in every
language; "it wasn't the price"; a leg in a cast; "I'd rather you took me off the list" is an opt-out,
"I just unsubscribed from netflix" is not."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason


@pytest.mark.parametrize(("language", "text"), [
    ("es", "¡Me caso en junio! Y entre el banquete y la entrada del piso no llegamos a fin de mes."),
    ("en", "We're getting married in June and with the wedding we can't make ends meet right now."),
    ("fr", "On a du mal à boucler les fins de mois depuis la naissance."),
    ("it", "Con il mutuo non arriviamo a fine mese, mi dispiace."),
    ("nl", "We kunnen op dit moment moeilijk rondkomen."),
])
def test_not_making_ends_meet_is_cost(language: str, text: str) -> None:
    assert classify_reason(text, language).reason == "cost"


def test_it_was_not_the_price() -> None:
    text = "It wasn't the price, honestly the box is good value. Since the twins arrived we live on toast."
    assert classify_reason(text, "en").reason != "cost"


def test_a_leg_in_a_cast_is_illness() -> None:
    text = "Seit dem Sturz vom Fahrrad steckt mein rechtes Bein bis zur Hüfte in Gips."
    assert classify_reason(text, "de").reason == "illness"


def test_rather_you_took_me_off_the_list() -> None:
    assert classify_reason("Thanks Mara, but I'd rather you took me off the list now.", "en").opt_out


def test_unsubscribing_from_a_streaming_service_is_no_opt_out() -> None:
    text = "lol i literally just unsubscribed from netflix to make rent so the veg box will have to wait"
    assert not classify_reason(text, "en").opt_out


@pytest.mark.parametrize(("language", "text"), [
    ("it", "Mi basta sapere che ci siete! A giugno ho la maturità, ma da luglio sono libera."),
    ("de", "Abistress hoch zehn, ich komm grad zu gar nix. Im Herbst dann vielleicht wieder."),
    ("en", "Sorry, my finals are in May and I can't fit anything else in."),
])
def test_school_exams_are_a_schedule_conflict(language: str, text: str) -> None:
    assert classify_reason(text, language).reason == "schedule_conflict"


def test_medical_tests_are_no_exams() -> None:
    assert classify_reason("Ho fatto gli esami del sangue, tutto bene.", "it").reason != "schedule_conflict"
