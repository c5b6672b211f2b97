"""Rules round 58 (after the inbound_fresh67 first look): told with no cancel word, for a person, in every
language: a child who stops an activity named ("dat ze stopt met ballet"), taken out of the lessons, who
will not take part ("elle ne participera pas à votre stage"), who no longer comes; "libérer la place si
tard" (the "si" of degree after the act); Dutch texting "wil mn afspraak … annuleren"; a cancel with
"ne prendo uno per venerdì 28" is a move."""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


@pytest.mark.parametrize("body", [
    "Dear Ms Okafor, I'm afraid we need to take him out of lessons for the rest of this term. Helen",
    "Wir müssen ihn leider aus dem Kurs nehmen. Viele Grüße",
    "Vamos ter de tirá-lo das aulas. Obrigada",
    "Du coup, elle ne participera pas à votre stage de la semaine du 14 avril. Sandrine",
    "Lea non parteciperà al laboratorio di primavera. Grazie",
    "Léa no participará en el taller de primavera. Gracias",
    "A Lea não vai participar no workshop de sábado. Obrigada",
    "Lea wird am Workshop nicht teilnehmen. Grüße",
    "We hebben samen besloten dat ze stopt met ballet. Zaterdag komt ze dus niet meer. Marloes",
    "Hi, she's decided to stop ballet after Easter. Thanks, Jo",
    "Elle arrête la danse à la fin du mois. Merci",
    "Sie hört mit Ballett auf, leider. Grüße",
    "Ela vai parar com o balé no fim do mês. Beijos",
])
def test_told_without_a_cancel_word_goes_at_least_to_a_person(body: str) -> None:
    assert judge(body)[0] == "cancellation", judge(body)


@pytest.mark.parametrize("body", [
    "Bonjour Claire, elle a une place ailleurs. Je suis désolée de libérer la place si tard. Sandrine",
    "hoi, wil mn afspraak vrijdag 11u annuleren. bedankt! grt Sanne",
])
def test_read_and_answered(body: str) -> None:
    assert answered(body), judge(body)


def test_cancel_and_take_another_is_a_move() -> None:
    body = ("Ciao ragazze, disdico l'appuntamento di venerdì 14 per il colore e ne prendo uno per "
            "venerdì 28, stessa ora se possibile. Alessandra")
    assert judge(body)[0] == "reschedule", judge(body)


@pytest.mark.parametrize("body", [
    "Olá, queria marcar uma aula para a natação do Pedro na quinta. Obrigada",
    "Hi, could she stop by for a ballet trial on Friday? Jo",
    "Hola, ¿hay plazas para el ballet de los martes? Ana",
    "Bonjour, est-ce que Léa peut participer au stage de printemps ? Sandrine",
])
def test_not_a_cancellation(body: str) -> None:
    assert judge(body)[0] != "cancellation", judge(body)
