"""Rules round 48 (after the inbound_fresh60 first look): a move asked with the booking named first and the
span after it ("could my appointment on Tuesday be a week later?"), in the seven languages, never money, a
document or a parcel sent later; and the Mexican "ya no voy a ocupar la cita"."""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


@pytest.mark.parametrize("body", [
    "Could my appointment on Tuesday be a week later? I'm away that day. Sam",
    "Kann der Termin am Dienstag (10 Uhr) vielleicht eine Woche später sein? Ich bin verreist. Sam",
    "¿Se puede correr mi cita del martes para la otra semana? Me toca trabajar. Sam",
    "¿Podemos pasar la clase del martes a la semana siguiente? Sam",
    "Est-ce que le rendez-vous de mardi pourrait être une semaine plus tard ? Sam",
    "L'appuntamento di martedì potrebbe essere una settimana dopo? Sam",
    "Kan de keuring van dinsdag (8:00) een week later? Ik ben dan weg. Sam",
    "Bom dia, a consulta é amanhã às 10h. Seria possível passar para a parte da tarde? Sam",
])
def test_span_asked_after_the_booking_is_a_move(body: str) -> None:
    assert judge(body)[0] == "reschedule", judge(body)


@pytest.mark.parametrize("body", [
    "Could the refund be paid a week later? Sam",
    "Can you send the invoice a day earlier? Sam",
    "Kann die Rechnung eine Woche später bezahlt werden? Sam",
    "Kan de factuur een week later betaald worden? Sam",
    "Potrebbe la fattura essere pagata una settimana dopo? Sam",
])
def test_money_or_a_document_later_is_no_move(body: str) -> None:
    assert judge(body)[0] != "reschedule", judge(body)


def test_mexican_ocupar_is_a_cancellation() -> None:
    assert answered("Buenas tardes, les aviso que ya no voy a ocupar la cita del jueves a las 5. Lupe")
    assert not answered("Buenas tardes, ¿voy a ocupar la cita del jueves o la de las 5? Saludos, Lupe")
