"""Rules round 64 (after the inbound_fresh73 first look): a move phrase that holds its new time ("können
wir die auf nächste Woche schieben?", "kunnen we die naar volgende week schuiven?") after a cancel is a
move, never answered; a booking moved from one hour to another ("passar meu horário das 10h pras 14h?",
"¿me pasas la clase de las 10 a las 12?"); another day asked "also" at the same times in the plural
("Zou dat ook op zondag kunnen, zelfde tijden?")."""

from __future__ import annotations

import pytest

from tests.test_detect import judge


@pytest.mark.parametrize("body", [
    "Hallo, die Stunde am Dienstag schaff ich leider nicht, ich hab da eine Prüfung. Können wir die auf"
    " nächste Woche schieben? Danke, Tim",
    "Hoi, de les van donderdag lukt me helaas niet. Kunnen we die naar volgende week schuiven? Groet, Bas",
    "Den Termin am Freitag muss ich leider absagen. Bitte auf nächste Woche verlegen, danke. Eva",
    "oi, da pra passar meu horário de sexta das 9h pras 11h? bjs Carla",
    "Olá, posso trocar a minha aula das 18h para as 19h na quinta? Obrigada, Rita",
    "Hola, ¿me pasas la clase del jueves de las 10 a las 12? Gracias, Lucía",
    "Hoi, we hebben de sloep voor zaterdag gereserveerd. Zou dat ook op zondag kunnen, zelfde tijden?"
    " Groet, Anne",
    "Hallo, wir haben die Kanus für Samstag gebucht. Ginge das auch am Sonntag, zu den gleichen Zeiten? Ute",
    "Bonjour, nous avons réservé les vélos pour samedi. Ce serait possible aussi dimanche, mêmes horaires ?",
])
def test_a_move_is_read(body: str) -> None:
    assert judge(body)[0] == "reschedule", judge(body)


@pytest.mark.parametrize("body", [
    "Bonjour, serait-il possible d'avoir un rendez-vous samedi, mêmes horaires que d'habitude ?",
    "Hello, are the opening hours the same times as last year?",
    "Tenho de passar no banco das 10h às 12h, por isso chego atrasada 10 minutos.",
    "Quais são os vossos horários? O estúdio abre das 10h às 14h ao sábado?",
])
def test_look_alikes_are_no_move(body: str) -> None:
    assert judge(body)[0] != "reschedule", judge(body)


def test_a_cancel_without_a_move_is_still_answered() -> None:
    body = "Den Termin am Freitag muss ich leider absagen, ich bin krank. Ich melde mich wieder. Jan"
    assert judge(body)[0] == "cancellation" and judge(body)[1] >= 0.8
