"""detect_language: one of the seven supported languages, fast, with a fallback."""

from __future__ import annotations

import pytest

from responder.language import detect_language


@pytest.mark.parametrize(("text", "lang"), [
    ("Hi, I need to cancel my appointment on Friday, sorry.", "en"),
    ("Hola, quería cancelar mi cita del viernes, lo siento.", "es"),
    ("Bonjour, je dois annuler mon rendez-vous de vendredi, désolée.", "fr"),
    ("Hallo, ich muss meinen Termin am Freitag leider absagen.", "de"),
    ("Olá, preciso de cancelar a minha consulta de sexta-feira.", "pt"),
    ("Buongiorno, devo disdire l'appuntamento di venerdì, mi scusi.", "it"),
    ("Hallo, ik moet mijn afspraak van vrijdag helaas afzeggen.", "nl"),
])
def test_detects_each_supported_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", ["", "   ", "12:30", "ok"])
def test_too_little_text_falls_back_to_default(text: str) -> None:
    assert detect_language(text, default="de") == "de"


@pytest.mark.parametrize("text", [
    "what is the status of my online order of coffee pods",
    "I don't want order 5521 anymore",
    "get rid of my reservation at chez martin for anna",
    "cancel current process",
    "Cancel appt Thurs 4pm - R. Okafor",
])
def test_short_english_text_is_english(text: str) -> None:
    assert detect_language(text) == "en"


@pytest.mark.parametrize(("text", "lang"), [
    ("Termin absagen bitte", "de"),
    ("annuleer mijn les", "nl"),
    ("disdire lezione", "it"),
    ("quiero anular la cita", "es"),
    ("merci d'annuler mon rdv", "fr"),
    ("preciso desmarcar a consulta", "pt"),
])
def test_short_text_in_other_languages_keeps_its_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_weak_guess_on_short_text_gives_the_default() -> None:
    assert detect_language("hmm ok then", default="de") == "de"
