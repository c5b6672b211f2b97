"""Rules round 72 (after the inbound_fresh82 first look, a hard set: 0.371 of cancellations answered or
shown to a person with the rules alone), told with no cancel word the rules knew, in every language where
the form exists: a person reads them, never answered, never when asked as a question (the names taken
off the list excepted: "can you take Nala and Mango off your list for the 21st?")."""

from __future__ import annotations

import pytest

from tests.test_detect import judge

_TO_A_PERSON = [
    "Und was ich noch sagen wollte: Den Kindergeburtstag für Emil am 24. brauchen wir jetzt doch nicht.",
    "De saunadag hebben we toch niet meer nodig, mijn schoonmoeder viert het thuis.",
    "Mit dem Gips chan i nöd a d Schiibe sitze. Drum chum i leider nöd.",
    "Meine Mitgliedschaft läuft zum 30. Juni aus, und ich habe mich entschieden, sie nicht zu verlängern.",
    "Mijn abonnement loopt eind juni af en ik heb besloten het niet te verlengen.",
    "Mon abonnement se termine fin juin et j'ai décidé de ne pas le renouveler.",
    "Long story short, can you take Nala and Mango off your list for the 21st? Sorry!!",
    "hiya jess can u scratch murphy off 4 2moro 10am pls. sorry 4 short notice",
    "Her appointment on the 20th will be her last one with you, we're moving up north.",
    "Las prácticas que me quedan no las voy a hacer, y el lunes que viene tampoco voy a estar.",
    "M. Roussel me charge de vous informer que le transfert du 12 septembre n'aura finalement pas lieu.",
    "On va se débrouiller avec les copains. Désolée de vous faire faux bond pour le 14.",
    "Ça fait que le camion pis l'équipe du 30 juin, on n'en aura pas besoin.",
    "Mon mari a été hospitalisé. Le déménagement de samedi ne peut pas se faire.",
    "La situazione è cambiata: lasciate pure i due posti a qualcun altro.",
    "Con un'allergia così seria non posso rischiare. Lo tolgo dal corso di luglio.",
    "Met de nieuwe prijs wordt het me te gortig. Ik laat het abonnement dus na 1 juni aflopen.",
    "Eerlijk gezegd heb ik geen zin meer om de overige zes keer te komen.",
    "We gaan er morgen jammer genoeg niet geraken, onze kleine ligt met koorts in de zetel.",
    "Mogen jullie de privésauna van 14u dus vrijgeven?",
    "Acabámos por ficar em Peniche, por isso o material pode ficar para outros clientes.",
    "vcs vao me desculpar mas nao rola a aula de amanha 9h",
    "Vou aprender a nadar primeiro, e as outras quatro aulas do pacote não vou fazer por agora.",
    "Así que lo dejamos aquí. Las clases de repaso podéis dárselas a otros alumnos.",
    "Di conseguenza l'evento di team building del 22 ottobre non potrà avere luogo.",
]


@pytest.mark.parametrize("body", _TO_A_PERSON)
def test_a_person_reads_it(body: str) -> None:
    intent, confidence = judge(body)
    assert intent == "cancellation" and 0.5 <= confidence < 0.8, (intent, confidence)


@pytest.mark.parametrize("body", [
    "Will her appointment on the 20th be her last one before the summer break?",
    "Please take me off your list for the newsletter.",
    "Estaremos allí el lunes, no vamos a estar antes de las diez.",
    "Le cours de samedi n'aura pas lieu ? Merci de confirmer.",
])
def test_not_a_cancellation(body: str) -> None:
    assert judge(body)[0] != "cancellation", judge(body)
