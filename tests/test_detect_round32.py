"""Rules round 32: phrase families found after the first look at tests/data/inbound_fresh41, each
written anew here in all seven languages (en de es fr it nl pt), with the sentences that must not be
read so beside them (precision first: fee questions, "I'm not cancelling" with nothing moved, staff
mail, news of something not booked, a business cancelling its own event)."""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


@pytest.mark.parametrize("body", [
    "I'm not cancelling, but could we do the massage at 5pm on Friday?",
    "Ich will den Termin nicht absagen, aber ginge es auch am Donnerstag?",
    "No quiero cancelar, pero ¿se podría pasar la sesión a las 18h?",
    "Je ne veux pas annuler, mais est-ce qu'on peut passer à 17h ?",
    "Non voglio disdire, ma si può fare alle 17 invece che alle 10?",
    "Ik wil niet afzeggen, maar kan het ook op donderdag?",
    "Não quero cancelar não, mas dá pra ser às 18h?",
])
def test_not_cancelling_but_another_time_is_a_reschedule(body: str) -> None:
    intent, confidence = judge(body)
    assert intent == "reschedule" and confidence >= 0.8


@pytest.mark.parametrize("body", [
    "I'm not cancelling, thanks for the reminder, see you at 2.",
    "I'm not cancelling, but what is the fee if I cancel on Friday?",
    "Ich will nicht absagen, aber wann öffnen Sie am Samstag?",
    "No quiero cancelar, pero ¿cuánto cuesta si anulo el jueves?",
    "Je ne veux pas annuler, merci du rappel, à mardi.",
    "Non voglio disdire, ma quanto costa se annullo venerdì?",
    "Ik wil niet afzeggen, maar wat kost het als ik op vrijdag afzeg?",
    "Não quero cancelar, mas a que horas abre a loja no sábado?",
    "I'm not cancelling, but I'll be 10 minutes late.",
])
def test_not_cancelling_with_nothing_moved_is_neither(body: str) -> None:
    intent, _ = judge(body)
    assert intent != "reschedule"
    assert not answered(body)
