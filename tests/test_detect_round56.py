"""Rules round 56 (after the inbound_fresh65 first look): "não é que eu vá cancelar" denies the cancel,
in every language (never "…, nicht dass ich nicht gern gekommen wäre" after a real one); "no need to
come" to the visitor in French, Spanish and Italian (a person reads it); "interrompere il servizio";
the Dutch "dat de proeverij niet doorgaat"; "kan het vrijdag een uurtje later?" moves."""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


@pytest.mark.parametrize("body", [
    "Oi pessoal! Se eu precisar cancelar eu perco o sinal? Não é que eu vá cancelar, só quero saber. Bjs",
    "Hi, it's not that I want to cancel, I just want to know how the deposit works. Ann",
    "Hola, no es que quiera cancelar, solo quiero saber cómo funciona la señal. Ana",
])
def test_not_that_i_cancel_is_not_answered(body: str) -> None:
    assert judge(body)[0] == "other", judge(body)


@pytest.mark.parametrize("body", [
    "Ik zeg de les van vrijdag af, niet dat ik het niet leuk vind. Groet, Sanne",
    "Ciao Elisa, ti scrivo per dirti che da aprile dobbiamo interrompere il servizio di passeggiate. Chiara",
])
def test_read_and_answered(body: str) -> None:
    assert answered(body), judge(body)


@pytest.mark.parametrize("body", [
    "Bonjour, nous avons vendu le piano, il est donc inutile de passer le 20. Cordialement, J.-M. Fabre",
    "Hola, no hace falta que vengas el martes, ya vendimos el piano. Un saludo",
    "Buongiorno, non c'è bisogno che passiate martedì, abbiamo venduto il pianoforte. Grazie",
    "Geachte heer Smit, ik laat u weten dat de wijnproeverij op donderdag 22 maart niet doorgaat. Marieke",
])
def test_told_without_a_cancel_word_goes_at_least_to_a_person(body: str) -> None:
    assert judge(body)[0] == "cancellation", judge(body)


def test_an_hour_later_is_a_move() -> None:
    body = "Hoi! Kan het vrijdag ook een uurtje later, om 11:00? Ik red het anders niet. Liefs Lotte"
    assert judge(body)[0] == "reschedule", judge(body)


@pytest.mark.parametrize("body", [
    "Bonjour, pas besoin de passer avant 10h, la porte sera ouverte.",
    "Non c'è bisogno che passiate prima delle 9, grazie.",
    "Hallo, ik laat u weten dat de proeverij gewoon doorgaat. Marieke",
])
def test_look_alikes_are_not_answered(body: str) -> None:
    assert not answered(body), judge(body)
