"""Rules round 77 (after the inbound_fresh87 first look, an ordinary week), in every language where the
form exists:

- a move only thought possible ("we may have to cancel or postpone the wedding", "es kann sein, dass wir
  die Hochzeit verschieben müssen", "es posible que tengamos que aplazar", "il se peut que nous devions
  reporter", "potremmo dover rimandare", "het kan zijn dat we moeten verplaatsen", "é possível que
  tenhamos de adiar") is no reschedule; asking to move ("Could we move it to Friday?") still is;
- the thanks in advance that frames a request ("I would be grateful if you would cancel my place", "Ich
  wäre Ihnen dankbar, wenn Sie … stornieren könnten", "Le agradecería que cancelara mi cita", "Le sarei
  grato se potesse annullare", "Ik zou het op prijs stellen als u … zou annuleren", "Agradecia que
  cancelassem a consulta") asks: its "if" is no condition; a rule for anyone's appointments stays no
  request;
- at most a person: the agreement not carried on, told in the future ("não daremos continuidade ao
  contrato", "we won't be renewing the contract", …); the one cared for not brought to the booked visit
  ("no lo voy a llevar al control del viernes", "I won't bring him to Friday's check-up", …); the German
  "komme morgen nicht" without its subject;
- a new booking asked for after a negation in another clause ("Però non voglio perdere il posto: me ne
  potete fissare un'altra …?") is still asked.
"""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


@pytest.mark.parametrize("body", [
    "I'm writing to let you know early: we may have to cancel or postpone the wedding on 18 September."
    " For now everything stays as it is.",
    "We might have to postpone Saturday's shoot, I'll know by Thursday.",
    "Ich schreibe Ihnen, um Sie frühzeitig zu warnen: Es kann sein, dass wir die Hochzeit am 18. September"
    " absagen oder verschieben müssen. Vorerst bleibt alles wie geplant.",
    "Le escribo para avisarle con tiempo: es posible que tengamos que cancelar o aplazar la boda del 18 de"
    " septiembre. Por ahora todo sigue igual.",
    "Je vous écris pour vous prévenir : il est possible que nous devions annuler ou reporter le mariage du"
    " 18 septembre. Pour l'instant tout reste comme prévu.",
    "Le scrivo per avvisarla per tempo: è possibile che dobbiamo annullare o rimandare il matrimonio del 18"
    " settembre. Per ora resta tutto com'è.",
    "Ik schrijf u om u vroeg te waarschuwen: het kan zijn dat we de bruiloft van 18 september moeten"
    " annuleren of verplaatsen. Voorlopig blijft alles zoals het is.",
    "Escrevo para a avisar com antecedência: é possível que tenhamos de cancelar ou adiar o casamento"
    " de 18 de setembro. Para já mantemos tudo como está.",
])
def test_a_move_only_thought_possible_is_no_reschedule(body: str) -> None:
    assert judge(body)[0] == "other", judge(body)


@pytest.mark.parametrize("body", [
    "Could we move my appointment to Friday?",
    "Können wir den Termin auf Freitag verschieben?",
    "¿Podemos aplazar la cita al viernes?",
    "Pourrait-on reporter le rendez-vous à vendredi ?",
    "Possiamo spostare l'appuntamento a venerdì?",
    "Kunnen we de afspraak naar vrijdag verplaatsen?",
    "Podemos adiar a consulta para sexta?",
])
def test_asking_to_move_is_still_a_reschedule(body: str) -> None:
    assert judge(body)[0] == "reschedule", judge(body)


@pytest.mark.parametrize("body", [
    "I would be grateful if you would cancel my place on the course, and refund the fee if your terms allow.",
    "I'd appreciate it if you could cancel my appointment on Friday.",
    "Ich wäre Ihnen dankbar, wenn Sie meinen Platz im Kurs stornieren könnten.",
    "Le agradecería que cancelara mi cita del viernes.",
    "Le agradecería si pudiera cancelar mi cita del viernes.",
    "Le sarei grato se potesse annullare il mio appuntamento di venerdì.",
    "Ik zou het op prijs stellen als u mijn afspraak van vrijdag zou annuleren.",
    "Agradecia que cancelassem a minha consulta de sexta.",
    "Ficaria grato se pudessem cancelar a minha consulta de sexta.",
])
def test_a_thanks_in_advance_asks(body: str) -> None:
    assert answered(body), judge(body)


@pytest.mark.parametrize("body", [
    "I would be grateful if you could tell me whether I can cancel my appointment.",
    "I'd appreciate it if you would not cancel my appointment.",
    "We would be grateful if you could cancel any appointments you cannot attend 24 hours in advance.",
    "I would be grateful if you could cancel my appointment if the weather is bad.",
])
def test_a_thanks_in_advance_for_something_else_does_not(body: str) -> None:
    assert judge(body)[0] == "other", judge(body)


@pytest.mark.parametrize("body", [
    "We won't be renewing the contract after March.",
    "Wir werden den Vertrag nicht verlängern.",
    "No daremos continuidad al contrato a partir de abril.",
    "Nous ne renouvellerons pas le contrat en avril.",
    "Non daremo continuità al contratto da aprile.",
    "We verlengen het contract niet.",
    "Não daremos continuidade ao contrato a partir de abril.",
    "I won't bring him to Friday's check-up.",
    "Así que no lo voy a llevar al control del viernes, no creo que haga falta.",
    "Je ne l'amènerai pas au contrôle de vendredi.",
    "Non lo porterò al controllo di venerdì.",
    "Ik breng hem vrijdag niet naar de controle.",
    "Não o vou levar à consulta de sexta.",
    "Ich bringe ihn am Freitag nicht zur Kontrolle.",
    "komme morgen nicht. danke",
])
def test_at_most_a_person(body: str) -> None:
    intent, confidence = judge(body)
    assert intent == "cancellation" and 0.5 <= confidence < 0.8, (intent, confidence)


@pytest.mark.parametrize("body", [
    "The school will not renew the contract with the supplier.",
    "We won't bring the kids to the class if it rains?",
    "Ich komme morgen nicht mit dem Auto, sondern mit dem Bus.",
])
def test_not_even_a_person(body: str) -> None:
    assert judge(body)[0] == "other", judge(body)



def test_a_new_booking_asked_after_a_negation_in_another_clause_is_a_reschedule() -> None:
    body = ("Annullate pure la consulenza di giovedì, purtroppo sono ancora a Londra. Però non voglio perdere"
            " il posto: me ne potete fissare un'altra nella settimana dopo Pasquetta?")
    assert judge(body)[0] == "reschedule", judge(body)


# Rules round 78 (after the inbound_fresh88 first look, a hard set), in every language: "I'm not writing to
# cancel" is no request.
@pytest.mark.parametrize("body", [
    "I'm not writing to cancel my treatment: the therapy is helping.",
    "Ich schreibe Ihnen nicht, um meinen Termin abzusagen.",
    "No les escribo para darme de baja: la terapia me está ayudando y quiero terminar mi tratamiento.",
    "Je ne vous écris pas pour annuler mon abonnement.",
    "Non vi scrivo per disdire il mio abbonamento.",
    "Ik schrijf niet om mijn afspraak af te zeggen.",
    "Não escrevo para cancelar a minha consulta.",
])
def test_not_writing_to_cancel_is_no_request(body: str) -> None:
    assert judge(body)[0] == "other", judge(body)


@pytest.mark.parametrize("body", [
    "Les escribo para darme de baja.",
    "Vi scrivo per disdire il mio abbonamento.",
    "Ich schreibe Ihnen, um meinen Termin abzusagen.",
])
def test_writing_to_cancel_still_asks(body: str) -> None:
    assert judge(body)[0] == "cancellation", judge(body)
