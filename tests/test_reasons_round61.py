"""Reasons round 61 and opt-outs, the families the seventeenth session left: a weak price word that is
only a name signing off ("Caro", "Cara", "Price" alone on the last line: not "expensive"); a verdict only
supposed ("If the group got too big, I'd leave") or denied ("Not because the vegetables were wilted",
"it wasn't that the group was too big"); the stop word in a reply told, not done: the Italian past
participle ("Ho quasi risposto BASTA") and the Dutch and German verb at the end ("Bijna had ik AFMELDEN
geantwoord", "Fast hätte ich RUHE geschrieben")."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason, sentence_stop


@pytest.mark.parametrize(("language", "text"), [
    ("es", "¡Gracias por todo! Ni loca dejo de leerlos.\n\nCaro"),
    ("es", "Ya no puedo ir los jueves, lo siento.\n\nCaro"),
    ("it", "Grazie mille e a presto,\nCara"),
    ("pt", "Obrigada pelo convite, vou ver se dá.\nCara"),
    ("en", "Thanks, and good luck with the new ovens!\nPrice"),
])
def test_a_name_signing_off_is_no_price(language: str, text: str) -> None:
    assert classify_reason(text, language).reason != "cost", classify_reason(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("es", "Caro."),  # the answer itself: "expensive."
    ("es", "Lo dejo porque es caro.\n\nCaro"),
    ("es", "CARO"),
    ("it", "Troppo caro per noi adesso.\nCara"),
])
def test_the_price_word_still_counts(language: str, text: str) -> None:
    assert classify_reason(text, language).reason == "cost", classify_reason(text, language)


@pytest.mark.parametrize(("language", "text", "reason"), [
    ("en", "If the group got too big, I'd leave. For now I just have no time with the new job.",
     "schedule_conflict"),
    ("en", "Not because the vegetables were wilted, honestly, we just moved to Cork.", "moved_away"),
    ("en", "It wasn't that the group was too big; my knee is the problem.", "illness"),
    ("en", "The group was far too big and noisy.", "dissatisfied"),
    ("en", "Honestly the group got too big, so I stopped.", "dissatisfied"),
    ("en", "Not because of the price: the group got too big.", "dissatisfied"),
])
def test_a_verdict_supposed_or_denied_is_not_the_reason(language: str, text: str, reason: str) -> None:
    assert classify_reason(text, language).reason == reason, classify_reason(text, language)


@pytest.mark.parametrize(("text", "word"), [
    ("Ho quasi risposto BASTA, poi ho pensato che magari a primavera torno.", ""),
    ("Bijna had ik AFMELDEN geantwoord, maar ik lees jullie mails toch graag.", ""),
    ("Fast hätte ich RUHE geschrieben, aber dann doch nicht.", ""),
    ("Ik heb al twee keer AFMELDEN gestuurd.", ""),
    ("AFMELDEN graag.", "AFMELDEN graag"),
    ("Ik antwoord AFMELDEN zoals gevraagd.", "AFMELDEN"),
    ("BASTA, grazie.", "BASTA"),
])
def test_the_stop_word_told_is_not_the_wish(text: str, word: str) -> None:
    assert sentence_stop(text, frozenset({"basta", "afmelden", "ruhe"})) == word
