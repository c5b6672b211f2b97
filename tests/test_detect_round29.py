"""Rules round 29: phrase families found after the first look at tests/data/inbound_fresh39, each
written anew here in all seven languages (en de es fr it nl pt), with the sentences that must not
be read as a cancellation beside them (precision first)."""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


@pytest.mark.parametrize("body", [
    "Could you take me off the book for Tuesday at 4? Something's come up.",
    "Nehmt mich bitte aus dem Kurs am Mittwoch raus, ich bin krank.",
    "Sacadme de la clase de spinning del miércoles, porfa, tengo fiebre.",
    "Enlevez-moi du cours de mercredi soir, je suis malade.",
    "Toglietemi dalla lezione di mercoledì sera, ho la febbre.",
    "Haal me maar van de lijst voor woensdagavond, ik ben ziek.",
    "Tirem-me da aula de quarta à noite, estou doente.",
])
def test_take_me_off_the_class_is_a_cancellation(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "Please take me off the list. I never signed up for your offers.",
    "Please take me off the waiting list, thanks.",
    "Quitadme de la lista de correo, por favor.",
    "Retirez-moi de la liste d'attente, merci.",
    "Toglietemi dalla lista d'attesa, grazie.",
    "Tirem-me da lista de espera, por favor.",
    "Can you take her off the list for Saturday? She rang in sick.",
    "Can you take me off the rota for Saturday? My daughter is ill.",
])
def test_a_list_that_is_no_booking_of_the_sender_is_not_answered(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "My seat at Sunday's workshop: please give it to someone else, I'm stuck abroad.",
    "Meinen Platz beim Workshop am Sonntag geben Sie bitte jemand anderem, ich sitze im Ausland fest.",
    "Mi plaza del taller del domingo, dásela a otra persona, me quedo fuera.",
    "Ma place à l'atelier de dimanche, donnez-la à quelqu'un d'autre, je suis coincée à l'étranger.",
    "Il mio posto al laboratorio di domenica lascialo pure a qualcun altro, sono bloccata all'estero.",
    "Mijn plek in de workshop van zondag mag je aan iemand anders geven, ik zit vast in het buitenland.",
    "A minha vaga no workshop de domingo, podem dá-la a outra pessoa, estou retida no estrangeiro.",
])
def test_give_my_place_to_someone_else_is_a_cancellation(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "Did you give my place to someone else? I was on the list for Sunday.",
    "You gave my slot to someone else and now I have nowhere to go on Sunday!",
])
def test_a_complaint_about_a_place_given_away_is_not_answered(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "I'm going to have to cancel my massage on Wednesday, my back is out.",
    "Ich werde meinen Termin am Mittwoch leider absagen müssen.",
    "Vamos a tener que anular la mesa del miércoles.",
    "On va devoir annuler la réservation de mercredi.",
    "Dovrò disdire l'appuntamento di mercoledì, mi dispiace.",
    "Ik ga mijn behandeling van woensdag moeten afzeggen.",
    "Vamos ter de cancelar a marcação de quarta-feira.",
])
def test_the_periphrastic_future_of_cancelling_is_a_request(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "Ich werde meinen Termin am Mittwoch nicht absagen müssen, es geht mir besser.",
    "Ik ga mijn behandeling van woensdag niet moeten afzeggen, het gaat beter.",
    "Dovrò disdire? Quanto costa la penale di cancellazione?",
    "I'm going to have to ask about the cancellation fee before I decide.",
    "Letzte Woche haben wir den Kurs absagen müssen, jetzt möchten wir neu buchen.",
    "Il va falloir annuler la réservation si la route reste fermée.",
])
def test_the_periphrastic_future_negated_or_asked_is_not_answered(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "Je vais devoir canceller mon soin de mercredi, je suis malade.",
    "Ich muss meinen Friseurtermin am Mittwoch leider canceln.",
    "Necesito cancelear mi cita del miércoles, estoy enferma.",
    "Pouvez-vous canceller ma réservation de vendredi soir ?",
])
def test_the_borrowed_english_cancel_verb_is_a_cancel_verb(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "Est-ce que je peux canceller sans frais jusqu'à la veille ?",
    "Kann man den Termin kostenlos canceln, und bis wann?",
    "Je ne vais pas canceller mon rendez-vous, je serai là.",
])
def test_the_borrowed_verb_in_a_question_or_negated_is_not_answered(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "We'll no be needing the cleaner on Tuesdays any more, we've sold the flat.",
    "Die Putzfrau brauchen wir ab Dezember nimmer, wir ziehen weg.",
    "No la vamos a precisar más a la chica de la limpieza, nos mudamos.",
    "On n'aura pu besoin du ménage le mardi, on déménage.",
    "Per favore non mandate più nessuno per le pulizie del martedì, ci trasferiamo.",
    "We hebben de poetsvrouw op dinsdag nie meer nodig, we verhuizen.",
    "Não nos mandem mais ninguém para a limpeza de terça, vamos mudar de casa.",
])
def test_no_longer_needing_the_service_said_regionally_is_a_cancellation(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "nn mandate + nessuno martedì x le pulizie, grazie",
])
def test_texting_plus_for_more_is_read_as_the_word(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "We won't be needing any extra towels, thanks, the room is perfect.",
    "Do you still need anyone on Tuesdays? I could clean for you.",
    "No lo vamos a precisar, el presupuesto está bien así.",
])
def test_not_needing_something_else_is_not_answered(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "We've decided to cancel the engagement we confirmed with you in June.",
    "Wir haben beschlossen, den Auftrag, den wir Ihnen erteilt haben, zu stornieren.",
    "Hemos decidido anular el encargo que os hicimos en junio.",
    "Nous avons décidé d'annuler la mission que nous vous avions confiée en juin.",
    "Abbiamo deciso di annullare l'incarico che vi abbiamo affidato a giugno.",
    "We hebben besloten de opdracht die we u gaven te annuleren.",
    "Decidimos cancelar a encomenda que vos fizemos em junho.",
])
def test_a_decision_to_cancel_what_we_ordered_from_you_is_a_request(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "We have decided to cancel the class on Thursday because of the storm.",
    "Hemos decidido anular la clase del jueves por la tormenta.",
])
def test_an_organiser_deciding_to_cancel_is_not_answered(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "Could you put my appointment on Thursday afternoon? Wednesday clashes with a funeral.",
    "Können wir den Termin auf Donnerstag Nachmittag machen? Mittwoch habe ich eine Beerdigung.",
    "¿Podéis pasar mi cita al jueves por la tarde? El miércoles tengo un entierro.",
    "Pourriez-vous passer mon rendez-vous au jeudi après-midi ? Mercredi j'ai un enterrement.",
    "Possiamo passare l'appuntamento a giovedì pomeriggio? Mercoledì ho un funerale.",
    "Kunnen we de afspraak naar donderdagnamiddag zetten? Woensdag heb ik een begrafenis.",
    "Podem passar a revisão para quinta à tarde? Na quarta tenho um funeral.",
])
def test_putting_the_booking_on_another_day_is_a_move(body: str) -> None:
    assert judge(body)[0] == "reschedule"


@pytest.mark.parametrize("body", [
    "¿Podéis pasar la factura al jueves?",
    "Could you put the invoice on Thursday's bill?",
    "Pasaré a recoger el pedido el jueves.",
])
def test_putting_something_else_on_a_day_is_not_a_move(body: str) -> None:
    assert judge(body)[0] != "reschedule"


@pytest.mark.parametrize(("subject", "body"), [
    ("Re: Cancellation of the cleans",
     "Sorry, please ignore my email from yesterday, we are staying after all. Same time on Fridays."),
    ("Re: Cancelamento das limpezas",
     "Peço desculpa, esqueçam o email de ontem em que pedi para cancelar as limpezas. Ficamos."),
    ("Re: Annulation du ménage",
     "Désolée, oubliez le message d'hier où je demandais d'annuler le ménage, on reste."),
])
def test_a_cancellation_taken_back_is_not_answered(subject: str, body: str) -> None:
    assert judge(body, subject)[0] == "other"
