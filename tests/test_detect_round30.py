"""Rules round 30: phrase families found after the first look at tests/data/inbound_fresh40, each
written anew here in all seven languages (en de es fr it nl pt), with the sentences that must not
be read otherwise beside them (precision first)."""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


@pytest.mark.parametrize("body", [
    "Please cancel my haircut on Thursday at 5. If possible, I'd like to rebook for the week after next.",
    "Bitte sagen Sie meinen Termin am Donnerstag um 17 Uhr ab. Falls möglich, würde ich ihn gern auf die"
    " Woche danach umbuchen.",
    "Merci d'annuler mon rendez-vous de jeudi à 17h. Si possible, j'aimerais le reprogrammer la semaine"
    " suivante.",
    "Kunt u mijn afspraak van donderdag om 17 uur annuleren? Als het kan, wil ik hem verzetten naar de week"
    " erna.",
    "Por favor, cancelem a minha marcação de quinta às 17h. Se possível, gostaria de a remarcar para a"
    " semana seguinte.",
    "Anulad mi cita del jueves a las 17, por favor. Si es posible, quisiera reprogramarla para la semana"
    " siguiente.",
    "Vi chiedo di annullare l'appuntamento di giovedì alle 17. Se possibile vorrei spostarlo alla settimana"
    " dopo.",
])
def test_if_possible_before_a_new_date_is_a_courtesy_not_a_condition(body: str) -> None:
    assert judge(body)[0] == "reschedule"


@pytest.mark.parametrize("body", [
    "Please cancel the lesson on Friday. Could you rebook him after Easter?",
    "Sagen Sie bitte den Kurs am Freitag ab. Können Sie mich nach Ostern neu eintragen?",
    "Annulez le cours de vendredi svp. Vous pouvez me le reprogrammer après Pâques ?",
    "Il corso di venerdì devo disdirlo. Me lo riprenoti dopo Pasqua?",
    "Ik moet de les van vrijdag afzeggen. Kun je me na Pasen opnieuw inplannen?",
    "Tenho de cancelar a aula de sexta. Dá para remarcar para depois da Páscoa?",
    "Cancela la clase del viernes, porfa. ¿Me la puedes reprogramar para después de Semana Santa?",
])
def test_cancel_and_rebook_after_a_feast_is_a_reschedule(body: str) -> None:
    assert judge(body)[0] == "reschedule"


@pytest.mark.parametrize("body", [
    "Please cancel my lesson on Friday, we're away over Easter.",
    "Bitte sagen Sie meinen Termin am Freitag ab, wir sind über Ostern verreist.",
    "Por favor, cancelad mi clase del viernes, nos vamos en Semana Santa.",
    "Merci d'annuler mon cours de vendredi, nous partons pour Pâques.",
    "Vi prego di annullare la lezione di venerdì, siamo via per Pasqua.",
    "Wilt u mijn les van vrijdag annuleren? We zijn met Pasen weg.",
    "Por favor, cancelem a minha aula de sexta, vamos viajar na Páscoa.",
    "Please cancel my booking for Friday, if possible without the fee.",
    "Please cancel my appointment on Friday. I'll rebook myself online when I'm better.",
])
def test_a_feast_or_a_courtesy_in_a_plain_cancellation_keeps_it_answered(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "We regret to cancel the delivery planned for Friday (order 5512). We can offer you rye flour instead.",
    "Wir bedauern, die für Freitag geplante Lieferung stornieren zu müssen. Als Ersatz können wir Ihnen"
    " Dinkelmehl anbieten.",
    "Lamentamos tener que anular la entrega prevista para el viernes. Podemos ofrecerle harina de centeno"
    " en su lugar.",
    "Nous regrettons de devoir annuler la livraison prévue vendredi. Nous pouvons vous proposer de la"
    " farine de seigle en remplacement.",
    "Siamo spiacenti di dover annullare la consegna prevista per venerdì. Possiamo offrirvi farina di"
    " segale in sostituzione.",
    "Het spijt ons, maar we moeten de levering van vrijdag annuleren. Ter vervanging kunnen we u roggemeel"
    " aanbieden.",
    "Lamentamos, mas temos de cancelar a entrega prevista para sexta-feira. Podemos oferecer-lhe farinha"
    " de centeio em substituição.",
])
def test_a_supplier_cancelling_its_delivery_to_the_business_is_other(body: str) -> None:
    assert judge(body)[0] == "other"


@pytest.mark.parametrize("body", [
    "Please cancel the delivery of my sofa on Friday, we are moving abroad.",
    "We regret to say we must cancel the delivery of our new kitchen on Friday, the builders are late.",
    "Bitte stornieren Sie die Lieferung meines Sofas am Freitag, wir ziehen ins Ausland.",
    "Por favor, anulad la entrega de mi sofá del viernes, nos mudamos al extranjero.",
    "Merci d'annuler la livraison de mon canapé vendredi, nous déménageons à l'étranger.",
    "Per favore annullate la consegna del mio divano di venerdì, ci trasferiamo all'estero.",
    "Wilt u de levering van mijn bank op vrijdag annuleren? We verhuizen naar het buitenland.",
    "Por favor, cancelem a entrega do meu sofá de sexta-feira, vamos emigrar.",
])
def test_a_customer_cancelling_a_delivery_is_still_answered(body: str) -> None:
    assert answered(body)
