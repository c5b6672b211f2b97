"""Reasons round 65 (review mends of the twentieth session), in every language: living somewhere for a
long time is no move ("Vivo en Madrid desde hace diez años", "Ich wohne seit Jahren in Graz"), while a
month named still is ("Vivo en Valencia desde enero"); the trouble of writing spared is an opt-out, never
work or money ("Ahórrense el trabajo de escribirme", "Sparen Sie sich die Mühe")."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Vivo en Madrid desde hace diez años y me encanta el barrio."),
    ("es", "Vivo en Sevilla desde siempre."),
    ("de", "Ich wohne seit Jahren in Graz und komme gern wieder."),
    ("fr", "J'habite depuis toujours à Lyon."),
    ("it", "Abito da sempre a Como."),
    ("nl", "Ik woon sinds jaren in Gent."),
    ("pt", "Moro desde sempre em Braga."),
])
def test_a_long_time_in_a_place_is_no_move(lang: str, text: str) -> None:
    assert classify_reason(text, lang).reason != "moved_away", classify_reason(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Vivo en Valencia desde enero."),
    ("de", "Ich wohne seit März in Hamburg."),
    ("nl", "Ik woon sinds maart in Antwerpen."),
    ("pt", "Moro desde março em Lisboa."),
    ("fr", "J'habite depuis mars à Lille."),
])
def test_a_month_named_is_still_a_move(lang: str, text: str) -> None:
    assert classify_reason(text, lang).reason == "moved_away", classify_reason(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Ahórrense el trabajo de escribirme, gracias."),
    ("pt", "Poupem-se ao trabalho de me escrever."),
    ("de", "Sparen Sie sich die Mühe, mir zu schreiben."),
])
def test_the_trouble_spared_is_an_opt_out_with_no_reason(lang: str, text: str) -> None:
    read = classify_reason(text, lang)
    assert read.opt_out and read.reason == "none", read


def test_saving_money_is_still_cost() -> None:
    assert classify_reason("Ich muss sparen, der Kurs ist zu teuer.", "de").reason == "cost"
