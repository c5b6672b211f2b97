"""Rules round 49 (after the inbound_fresh61 first look): more ways to end a booking with no cancel word,
where the language has them, "it may be that we have to cancel" as tentative in every language, a staff
member's order with a supplier, and an address's "instead" (precision first)."""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


@pytest.mark.parametrize("body", [
    "Buongiorno, le lezioni di giugno non ci servono più, quindi può liberare il lunedì. Grazie, Anna",
    "Geachte heer, de deelname van mevrouw Jansen aan de cursus kan daarom vervallen. Met groet, HR",
    "Hola Rocío, por recortes tendremos que dejar sin efecto el encargo del catering del día 14. Marta",
    "Olá, infelizmente vamos ter de deixar sem efeito a encomenda do bolo de sábado. Marta",
    "Bonjour Sylvie, je vais devoir lâcher mes cours de natation, je déménage. Max",
    "Hi, please don't send any more boxes after this Friday's delivery, money is tight. Gemma",
])
def test_plain_endings_without_a_cancel_word_are_answered(body: str) -> None:
    assert answered(body), judge(body)


# No longer coming, in dialect or texting, and "hoeft niet meer": a person reads them (never answered, never
# left alone).
@pytest.mark.parametrize("body", [
    "ciao scusa nn vengo + domani x la piega delle 11, sn al verde. giulia",
    "Ao' Stefano, nun ce vengo più ar corso, me so' rotto er polso. Fabrizio",
    "Non vengo più al corso del sabato, mi sono trasferita. Anna",
    "Hoeft niet meer hoor, we zijn verhuisd. Lotte",
])
def test_no_longer_coming_goes_to_a_person(body: str) -> None:
    intent, confidence = judge(body)
    assert intent == "cancellation" and 0.5 <= confidence < 0.8, (intent, confidence)


@pytest.mark.parametrize("body", [
    "Nun ist es leider so, dass ich den Kurs kündigen muss. Jo",
    "Je hoeft niet meer te bellen, ik heb de factuur al betaald. Jo",
])
def test_look_alikes_of_the_dialect_forms(body: str) -> None:
    intent, _confidence = judge(body)
    assert (intent == "cancellation") == body.startswith("Nun"), judge(body)


# "It may be that we have to cancel": tentative, never answered, in every language.
@pytest.mark.parametrize("body", [
    "Es kann leider sein, dass wir ihn abmelden müssen. Ich gebe Ihnen bis Freitag Bescheid.",
    "It may well be that we have to cancel the booking; I'll let you know on Friday.",
    "Het kan zijn dat we de reservering moeten annuleren, ik laat het vrijdag weten.",
    "Pode ser que tenhamos de cancelar a reserva, aviso na sexta.",
    "Può darsi che dobbiamo annullare la prenotazione, vi faccio sapere venerdì.",
])
def test_it_may_be_that_we_cancel_is_not_answered(body: str) -> None:
    assert not answered(body), judge(body)


@pytest.mark.parametrize("body", [
    "Oi Dani, cancela aquele pedido de esmaltes da distribuidora que fizemos segunda, por favor? Jo",
    "Hi Sam, can you cancel the order with the wholesaler for the towels? We found them cheaper. Jo",
    "Hallo Tim, storniere bitte die Bestellung beim Großhändler für die Farben. Jo",
])
def test_an_order_with_a_supplier_is_not_answered(body: str) -> None:
    assert not answered(body), judge(body)


def test_a_customers_order_is_still_answered() -> None:
    assert answered("Please cancel my order from your shop, thanks. Jo")


def test_an_address_instead_is_no_move() -> None:
    body = ("The courier left the last box at number 21 instead of 12. Please don't send any more boxes"
            " after this Friday's delivery.")
    assert judge(body)[0] == "cancellation"
    assert judge("Could I come on Thursday instead of Friday? Jo")[0] == "reschedule"
