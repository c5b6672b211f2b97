"""Rules round 50 (after the inbound_fresh61 first look): a cancel only reported (something with another
company, or done before) while the sender says the booking with us goes on is other, in every language;
"I was all set to email you to cancel" is a cancel only thought of. A request beside it is still read."""

from __future__ import annotations

import pytest

from tests.test_detect import judge


@pytest.mark.parametrize("body", [
    "Hi, I cancelled my flight with the airline, so I'll drive. Our booking with you still stands, of course."
    " Can I pick up the keys at 11pm?",
    "Hallo, wir haben unseren Stromvertrag beim alten Anbieter gekündigt. Unser Wartungsvertrag mit Ihnen"
    " läuft natürlich weiter. Können Sie am Montag kommen?",
    "Hola, he cancelado el vuelo con la aerolínea, iré en coche. Nuestra reserva con ustedes se mantiene."
    " ¿Se pueden recoger las llaves tarde?",
    "Bonjour, j'ai annulé mon vol avec la compagnie, je viendrai en voiture. Notre réservation pour le"
    " week-end est bien maintenue. Peut-on récupérer les clés tard ?",
    "Buongiorno, ho annullato il volo con la compagnia, vengo in macchina. La prenotazione con voi è"
    " confermata. Posso ritirare le chiavi tardi?",
    "Hoi, ik heb mijn vlucht bij de maatschappij geannuleerd, ik kom met de auto. Onze reservering bij jullie"
    " blijft gewoon staan. Kan ik de sleutel laat ophalen?",
    "Olá, cancelei o voo com a companhia, vou de carro. A nossa reserva convosco mantém-se. Posso levantar"
    " a chave tarde?",
    "Hi, honestly I was all set to email you to cancel my membership, but I came in on Saturday and changed"
    " my mind. So I'm staying! Is there a couples discount?",
])
def test_reported_cancel_with_our_booking_going_on_is_other(body: str) -> None:
    assert judge(body)[0] == "other", judge(body)


@pytest.mark.parametrize("body", [
    "Please cancel my Friday massage. Our booking for the room still stands.",
    "Bitte stornieren Sie den Kurs am Montag. Die Buchung für das Zimmer bei Ihnen läuft weiter.",
])
def test_a_request_beside_it_is_still_read(body: str) -> None:
    assert judge(body)[0] == "cancellation", judge(body)
