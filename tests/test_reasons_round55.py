"""Reasons round 55 (after the replies_fresh72 first look), in the languages they were missing from: no
need to keep going now that what the lessons were for is over; classes too full in Spanish and
Portuguese; a relative gone into a care home in Dutch, Spanish and Portuguese (personal, not the
customer's move); Brazilian "me mudei pro Porto"."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason


@pytest.mark.parametrize(("language", "text", "reason"), [
    ("en", "The exam is behind me now, so there's no real need to keep going with the tutoring.",
     "no_longer_needed"),
    ("de", "Die Prüfung ist geschafft, da brauchen wir ja nicht mehr weiterzumachen.",
     "no_longer_needed"),
    ("de", "Der Abschlussball ist vorbei, also müssen wir jetzt nicht mehr weitermachen.",
     "no_longer_needed"),
    ("es", "Las clases eran demasiado abarrotadas y casi no había sitio en la sala.", "dissatisfied"),
    ("es", "Las sesiones eran muy masificadas, más de veinte personas.", "dissatisfied"),
    ("es", "Con cariño: los grupos de los martes estaban demasiado llenos, casi veinte personas.",
     "dissatisfied"),
    ("pt", "As turmas andavam cheias demais, mal dava para nos mexermos.", "dissatisfied"),
    ("pt", "As sessões estavam lotadas demais ao fim do dia.", "dissatisfied"),
    ("nl", "Mijn moeder is vorige week naar een verzorgingshuis verhuisd, er moet veel geregeld worden.",
     "personal"),
    ("es", "Mi abuela acaba de ingresar en una residencia y ahora voy a verla todas las tardes.", "personal"),
    ("pt", "A minha mãe entrou num lar em janeiro e passo lá as tardes.", "personal"),
    ("pt", "Me mudei pro Recife no fim do ano, vou sentir falta.", "moved_away"),
])
def test_the_reason_is_read(language: str, text: str, reason: str) -> None:
    assert classify_reason(text, language).reason == reason


@pytest.mark.parametrize(("language", "text", "not_reason"), [
    ("en", "If there is no need to keep going after the exam, I'll tell you.", "no_longer_needed"),
    ("es", "Las clases no estaban demasiado llenas, no fue por eso.", "dissatisfied"),
    ("nl", "We zijn samen met mijn vader naar Utrecht verhuisd.", "personal"),
    ("pt", "Mudei pro turno da manhã no trabalho.", "moved_away"),
])
def test_look_alikes_are_not(language: str, text: str, not_reason: str) -> None:
    assert classify_reason(text, language).reason != not_reason
