"""Rules round 32: phrase families found after the first look at tests/data/inbound_fresh41, each
written anew here in all seven languages (en de es fr it nl pt), with the sentences that must not be
read so beside them (precision first: fee questions, "I'm not cancelling" with nothing moved, staff
mail, news of something not booked, a business cancelling its own event)."""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


@pytest.mark.parametrize("body", [
    "I'm not cancelling, but could we do the massage at 5pm on Friday?",
    "Ich will den Termin nicht absagen, aber ginge es auch am Donnerstag?",
    "No quiero cancelar, pero ¿se podría pasar la sesión a las 18h?",
    "Je ne veux pas annuler, mais est-ce qu'on peut passer à 17h ?",
    "Non voglio disdire, ma si può fare alle 17 invece che alle 10?",
    "Ik wil niet afzeggen, maar kan het ook op donderdag?",
    "Não quero cancelar não, mas dá pra ser às 18h?",
])
def test_not_cancelling_but_another_time_is_a_reschedule(body: str) -> None:
    intent, confidence = judge(body)
    assert intent == "reschedule" and confidence >= 0.8


@pytest.mark.parametrize("body", [
    "I'm not cancelling, thanks for the reminder, see you at 2.",
    "I'm not cancelling, but what is the fee if I cancel on Friday?",
    "Ich will nicht absagen, aber wann öffnen Sie am Samstag?",
    "No quiero cancelar, pero ¿cuánto cuesta si anulo el jueves?",
    "Je ne veux pas annuler, merci du rappel, à mardi.",
    "Non voglio disdire, ma quanto costa se annullo venerdì?",
    "Ik wil niet afzeggen, maar wat kost het als ik op vrijdag afzeg?",
    "Não quero cancelar, mas a que horas abre a loja no sábado?",
    "I'm not cancelling, but I'll be 10 minutes late.",
])
def test_not_cancelling_with_nothing_moved_is_neither(body: str) -> None:
    intent, _ = judge(body)
    assert intent != "reschedule"
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "I would like to end the free trial of the e-bike, I'll bring it back on Monday.",
    "Ich möchte die Probezeit für das E-Bike beenden, ich bringe es am Montag zurück.",
    "Quisiera terminar el período de prueba de la bici eléctrica, la devuelvo el lunes.",
    "Je voudrais mettre fin à la période d'essai du vélo électrique, je le rapporte lundi.",
    "Vorrei terminare il periodo di prova della bici elettrica, la riporto lunedì.",
    "Ik wil de proefperiode van de e-bike beëindigen, ik breng hem maandag terug.",
    "Queria terminar o período experimental da bicicleta elétrica, devolvo-a na segunda.",
])
def test_ending_a_trial_is_a_cancellation(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "Quisiera terminar mi contrato de limpieza a final de mayo.",
    "Vorrei terminare il contratto delle pulizie a fine maggio.",
    "Vamos terminar o contrato de limpeza no fim de maio.",
])
def test_ending_a_contract_is_a_cancellation(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "How much does it cost to end the trial early?",
    "Was kostet es, die Probezeit früher zu beenden?",
    "¿Cuánto cuesta terminar el contrato antes de tiempo?",
    "Combien coûte la fin de la période d'essai ?",
    "Quanto costa terminare il contratto prima?",
    "Wat kost het om de proefperiode eerder te beëindigen?",
    "Quanto custa terminar o contrato mais cedo?",
    "Our free trial week for new members ends on Sunday, come and try us!",
])
def test_a_question_about_ending_a_trial_or_contract_is_not_one(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "Wir haben uns entschieden, den Umzug am 18. doch nicht durchzuführen.",
    "We hebben besloten om niet door te gaan met de verhuizing op de 18e.",
])
def test_we_decided_not_to_go_ahead_goes_to_a_person(body: str) -> None:
    intent, confidence = judge(body)
    assert intent == "cancellation" and 0.5 <= confidence < 0.8


@pytest.mark.parametrize("body", [
    "We have decided not to go ahead with the summer fair this year, sorry everyone.",
    "Wir haben beschlossen, das Sommerfest dieses Jahr nicht durchzuführen.",
    "Hemos decidido no seguir adelante con la fiesta de verano este año.",
    "Nous avons décidé de ne pas donner suite à la fête d'été cette année.",
    "Abbiamo deciso di non procedere con la festa d'estate quest'anno.",
    "We hebben besloten om niet door te gaan met het zomerfeest dit jaar.",
    "Decidimos não avançar com a festa de verão este ano.",
])
def test_a_business_deciding_not_to_hold_its_own_event_is_not_answered(body: str) -> None:
    assert not answered(body)
