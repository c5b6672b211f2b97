"""Rules round 54 (the inbound_fresh62 misses read again): the thing booked elsewhere instead, told with no
cancel word (a person reads it), Bavarian and Austrian verb forms ("mia miassn … stornian", "i muass
absogn"), the Colombian "nos toca aplazar" as a request, and "kan die les van dinsdag ff naar donderdag"."""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


@pytest.mark.parametrize("body", [
    "Servus miteinand, mia miassn an Skikurs fia unsern Maxi leider stornian. Pfiat eich, Sepp",
    "Servus, i muass den Termin am Freitag leider absogn. Pfiat di, Resi",
    "Hola, me toca cancelar la cita del lunes, lo siento. Andrés",
])
def test_read_and_answered(body: str) -> None:
    assert answered(body), judge(body)


@pytest.mark.parametrize("body", [
    "Buenos días, nos toca aplazar la visita a la finca del sábado porque a mi papá le salió una cita "
    "médica. Andrés",
    "yo kan die les van dinsdag ff naar donderdag?? heb dinsdag een toets. thx dani",
])
def test_moves(body: str) -> None:
    assert judge(body)[0] == "reschedule", judge(body)


@pytest.mark.parametrize("body", [
    "Bonsoir, finalement on a pris un vol avec un club à Chamonix, plus près de notre location. Julien",
    "Hi, we ended up booking with another company, sorry for the late notice. Jess",
    "Hallo, wir haben jetzt doch woanders gebucht, sorry für die späte Nachricht. Jonas",
    "Hola, al final reservamos con otra empresa, perdón por avisar tan tarde. Marta",
    "Ciao, alla fine abbiamo prenotato altrove, scusate il preavviso. Chiara",
    "Hoi, we hebben uiteindelijk ergens anders geboekt, sorry voor het late bericht. Sanne",
    "Olá, acabámos por reservar noutro sítio, desculpem o aviso tardio. Rita",
])
def test_booked_elsewhere_goes_to_a_person(body: str) -> None:
    intent, confidence = judge(body)
    assert intent == "cancellation" and confidence < 0.8, (intent, confidence)


@pytest.mark.parametrize("body", [
    "Have you booked with another supplier for the flowers?",
    "Hola, ¿nos toca a nosotros traer las toallas?",
    "Servus, mia miassn no de Rechnung zoin, passt des so?",
])
def test_look_alikes_are_not_answered(body: str) -> None:
    assert not answered(body), judge(body)
