"""Rules round 51 (after the inbound_fresh62 first look): the Dutch "we gaan er niet bij zijn", pt-BR "pode
tirar meu nome da agenda", German "nicht mehr beziehen", plural and regional booked words (behandelingen,
afspraken, Lektionen, la orden) and the Italian "domenica salta" (a person reads it)."""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


@pytest.mark.parametrize("body", [
    "Dag, wij gaan er zaterdag om 14u niet bij zijn voor de workshop, ons dochter is ziek. Groetjes, Veerle",
    "Hoi, kunnen jullie zijn behandelingen stopzetten? Hij is verhuisd. Groet, Ingrid",
    "Beste, kunnen jullie mijn afspraken van volgende week annuleren? Groet, Jan",
    "fala Rafa, pode tirar meu nome da agenda de segunda e quarta, tô sem grana. valeu",
    "Grüezi, die restlichen 6 Lektionen möchte ich nicht mehr beziehen. Freundliche Grüsse, Anna",
    "Buen día, la orden 5521 ya no la vamos a necesitar, el paciente desiste. Saludos, Karla",
])
def test_read_and_answered(body: str) -> None:
    assert answered(body), judge(body)


def test_a_day_that_is_off_goes_to_a_person() -> None:
    intent, confidence = judge("Ciao Marco, domenica salta. È troppo per noi. Chiara")
    assert intent == "cancellation" and confidence < 0.8


@pytest.mark.parametrize("body", [
    "Hoi, gaan jullie zaterdag niet open? Dan kom ik maandag. Jan",
    "Pode tirar uma dúvida? O meu nome está na lista de espera? Valeu",
    "Ich möchte die Rechnung nicht mehr per Post beziehen, bitte nur per Mail. Anna",
    "Ciao, salta la corrente ogni volta che accendo il phon nel vostro bagno. Chiara",
    "Todo en orden con la reserva del jueves, gracias. Karla",
])
def test_look_alikes_are_not_answered(body: str) -> None:
    assert not answered(body), judge(body)
