"""Rules round 73 (after the inbound_fresh82 first look): another slot asked with no move verb, by someone
who says what they booked, in words the rules did not know ("¿Será que hay chance el lunes …?", "Zou het
ook in de week na Pasen kunnen?", the Roman "Me fate venì er giovedì dopo?"), is a move; so are the
booking told as "ik heb … geboekt", "mi práctica" and the Roman "nun ce la posso fa'"."""

from __future__ import annotations

import pytest

from tests.test_detect import judge


@pytest.mark.parametrize(("body", "subject"), [
    ("Ustedes me disculpan, el miércoles 4 me pusieron la cita del dentista justo a la misma hora de mi"
     " práctica. ¿Será que hay chance el lunes o el martes de la semana que viene, en ese mismo horario?",
     "clase del miércoles"),
    ("Ik heb voor vrijdag 3 april het arrangement 'Warme Stenen' geboekt. Nu logeert mijn schoonzus die"
     " week bij ons. Zou het ook in de week na Pasen kunnen, de dinsdag of woensdag?", "Arrangement 3 april"),
    ("Ciao Chiara, giovedì nun ce la posso fa', m'hanno messo 'na trasferta a Milano. Me fate venì er"
     " giovedì dopo, er 29?", "giovedì"),
])
def test_another_slot_asked_is_a_move(body: str, subject: str) -> None:
    assert judge(body, subject)[0] == "reschedule", judge(body, subject)


@pytest.mark.parametrize("body", [
    "Hola, ¿hay chance de reservar una clase el lunes? Nunca he venido.",
    "Ik heb vorig jaar bij jullie geboekt en vond het geweldig. Hebben jullie nog cadeaubonnen?",
])
def test_no_booking_no_move(body: str) -> None:
    assert judge(body)[0] != "reschedule", judge(body)
