"""Rules round 68 (after the inbound_fresh78 first look, a hard set: two wrong answers), in every
language:

- wanting to know, said in the polite conditional ("nous voudrions savoir jusqu'à quelle date nous
  pourrions annuler"), is a question, as "vorrei sapere se" already was; "nous pourrions annuler" is
  said, not asked;
- a staff member off sick who names their own clients of the day ("le mie clienti di stamattina") writes
  from the provider's side: at most a person reads it;
- the booked time said to be off ("klappt bei uns leider nicht", "non ce la fa", "zaterdag wordt het
  niks") with another time asked for after it is a move;
- answered now: the Swiss "das Abo per Ende Oktober künden"; to a person: "fällt aus bei uns morgen",
  "wont make my 3 oclock today", "no va a renovar el bono", "no va a ir más a la escuelita", "t'auras
  pu besoin de passer", "on va devoir laisser tomber", the Roman "lasciamo perde'", "please don't keep
  the 11th for us" (and "something smaller at ours instead" is no move).
"""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


@pytest.mark.parametrize("body", [
    "Bonjour, pourriez-vous me rappeler vos conditions d'annulation ? Nous voudrions savoir jusqu'à quelle"
    " date nous pourrions annuler sans perdre les arrhes, au cas où.",
    "Buongiorno, vorremmo sapere fino a quando possiamo disdire la prenotazione senza penale.",
    "Hola, nos gustaría saber hasta cuándo podemos cancelar la reserva sin perder la señal.",
    "Hallo, wir würden gern wissen, bis wann wir die Buchung kostenlos stornieren können.",
    "Ciao Sabri, scusa ma oggi non posso venire al salone, Leo ha la febbre. Le mie clienti di stamattina"
    " sono la signora Bassi alle 9 e la Pellegrini alle 11. Le sposti tu? Elisa",
])
def test_not_answered(body: str) -> None:
    assert not answered(body), judge(body)


@pytest.mark.parametrize("body", [
    "Hallo Frau Lindqvist, das Familienshooting am Sonntag klappt bei uns leider nicht. Hätten Sie am"
    " Samstag, 28.10., oder Sonntag, 29.10., noch einen Termin frei? Julia",
    "Buongiorno prof., giovedì Matteo resta a scuola fino alle 17, quindi alla lezione delle 16 non ce la fa."
    " Si potrebbe fare venerdì pomeriggio o sabato mattina? Paola",
    "Goedemorgen Joris, zaterdag wordt het volgens mij niks met de herfstshoot. Zullen we kijken naar"
    " zondag 29 oktober of het weekend daarna? Eva",
])
def test_the_time_off_and_another_asked_is_a_move(body: str) -> None:
    assert judge(body)[0] == "reschedule", judge(body)


def test_a_time_instead_is_still_a_move() -> None:
    assert judge("Hi, I can't do Tuesday after all. Could we do Thursday instead?")[0] == "reschedule"


def test_the_swiss_kuenden_is_answered() -> None:
    assert answered("Grüezi Frau Imhof, wir ziehen nach Winterthur. Ich möchte deshalb mein Jahresabo per"
                    " Ende Oktober künden. Herzliche Grüsse")


@pytest.mark.parametrize("body", [
    "Hallo Frau Brandt, fällt aus bei uns morgen, Paul liegt mit Fieber flach. LG Sandra",
    "hiya its jade, wont make my 3 oclock today for the balayage, been up all nite with a stomach bug x",
    "Buenos días: Elena se ha apuntado a un gimnasio en su oficina, así que no va a renovar el bono de"
    " noviembre.",
    "Hola Caro, te quería avisar que Benja no va a ir más a la escuelita de los martes y jueves.",
    "Allô Sophie! Mon chum travaille de la maison astheure, ça fait qu'à partir de la semaine prochaine,"
    " t'auras pu besoin de passer le midi pour Gaston.",
    "Bonjour Élodie, pour la séance grossesse du 28 octobre, on va devoir laisser tomber : Jules est né !",
    "Ciao Marco, senti, pe' la festa de Tommaso de sabato 28 lasciamo perde, nun ce stamo dentro co' le"
    " spese.",
    # a plan of their own "at ours instead" is no move; the date given back goes to a person
    "Hi Lou, we just can't justify spending this much on a party this year. We're going to do something"
    " much smaller at ours instead, so please don't keep the 11th for us.",
])
def test_a_person_reads_it(body: str) -> None:
    intent, confidence = judge(body, "Hello")
    assert intent == "cancellation" and 0.5 <= confidence < 0.8, (intent, confidence)


@pytest.mark.parametrize("body", [
    # customers, not the Swiss verb; "lasciamo perdere" in full stays what it was (a cancel word)
    "Wir bringen Ihre Website auf Platz 1. Über 2.500 zufriedene Kunden in Deutschland.",
    "Keine Vertragsbindung, jederzeit kündbar. Verlieren Sie keine Kunden mehr!",
    "Pourrions-nous décaler la séance de mardi à jeudi ?",
])
def test_look_alikes_are_not_cancellations(body: str) -> None:
    assert judge(body)[0] != "cancellation", judge(body)
