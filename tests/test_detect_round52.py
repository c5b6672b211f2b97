"""Rules round 52 (the inbound_fresh62 misses read again): a running course or lessons stopped in the
finite, inverted and progressive forms of every language ("daarom stop ik met de cursus", "we'll be
stopping Lily's Wednesday lessons", "ab Januar hören wir mit dem Unterricht auf"), and the Spanish
"te pido que me des de baja"; never denied, asked, or said of another school."""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


@pytest.mark.parametrize("body", [
    "So after the recital, we'll be stopping Lily's Wednesday lessons. Thank you for everything. Rebecca",
    "Hi, Lily will be stopping her lessons after Christmas, money is tight. Best, Rebecca",
    "Liebe Frau Graf, ab Januar hören wir mit dem Unterricht auf. Viele Grüße, Anna",
    "Hallo, wir möchten ab Januar mit dem Kurs aufhören. Grüße, Jonas",
    "Hola Silvina, así que te pido que me des de baja del abono mensual a partir de abril. Graciela",
    "Hola, a partir de enero Lucía deja las clases de piano. Un saludo, Marta",
    "Bonjour, nous arrêtons les cours à partir de janvier. Cordialement, Claire",
    "Beste Wietske, daarom stop ik met de cursus: de resterende drie lessen hoef ik niet meer. Pieter",
    "Hallo, daarom stoppen wij met de zwemlessen. Groet, Ingrid",
    "Olá, a partir de janeiro paramos com as aulas. Abraço, Rita",
])
def test_read_and_answered(body: str) -> None:
    assert answered(body), judge(body)


def test_a_child_stopping_with_no_request_goes_at_least_to_a_person() -> None:
    intent, _ = judge("Ciao Marco, Giulia smette con il corso dopo il saggio. Grazie di tutto, Chiara")
    assert intent == "cancellation"


@pytest.mark.parametrize("body", [
    "Hi, the school is stopping the lessons for the summer, is ours too?",
    "Hi, are you stopping the lessons in August?",
    "Hi, I'm stopping my lessons at the other school so I can join yours. Rebecca",
    "We are not stopping the lessons, just checking the invoice. Rebecca",
    "Hallo, hört ihr im August mit dem Unterricht auf?",
    "Hallo, wir hören nicht mit dem Kurs auf, keine Sorge. Anna",
    "Ich höre mit dem Rauchen auf, deshalb möchte ich den Kurs buchen. Anna",
    "Bonjour, vous arrêtez les cours pendant les vacances ?",
    "Ciao, smettete con le lezioni ad agosto?",
    "Olá, vocês param com as aulas em agosto?",
    "Hola, ¿dejan las clases en agosto?",
    "Hallo, stoppen jullie in augustus met de lessen?",
    "Hallo, wij stoppen niet met de lessen. Groet, Ingrid",
])
def test_look_alikes_are_not_answered(body: str) -> None:
    assert not answered(body), judge(body)
