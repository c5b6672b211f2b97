"""Rules round 41: who the sender speaks of, in all seven languages. A soft phrase ("won't be coming
any more", "is no longer necessary") is the sender's request when the sender or their own family is in
the sentence; not when someone else's plan is told to the sender ("my neighbour told me she won't be
coming"), not when the only "our" is the business's own newsletter, not when the Italian article "i"
looks like the English pronoun, and a sentence that starts with an impersonal "is no longer
necessary" is no command."""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


@pytest.mark.parametrize("body", [
    "My neighbour told me she won't be coming any more, so can I have her Tuesday slot?",
    "Meine Nachbarin hat mir gesagt, dass sie nicht mehr kommt. Kann ich ihren Dienstagstermin haben?",
    "Mi vecina me dijo que ya no vendrá a las clases; ¿me puedo quedar con su hora del martes?",
    "Ma voisine m'a dit qu'elle ne viendra plus au cours, je peux prendre son créneau du mardi ?",
    "La mia vicina mi ha detto che non verrà più al corso, posso prendere il suo turno del martedì?",
    "Mijn buurvrouw zei dat ze niet meer komt naar de les, mag ik haar plek op dinsdag?",
    "A minha vizinha disse-me que já não vem às aulas, posso ficar com a vaga dela de terça?",
])
def test_someone_elses_plan_told_to_the_sender_is_not_answered(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "Our newsletter: the booking is no longer necessary for Sunday brunch.",
    "Notre lettre d'information : la réservation n'est plus nécessaire le dimanche.",
    "Newsletter di aprile: la prenotazione non è più necessaria per i gruppi piccoli.",
    "Newsletter: já não é necessária marcação para o brunch de domingo.",
    "Nuestro boletín: la reserva ya no es necesaria para el brunch del domingo.",
])
def test_the_business_newsletter_saying_no_booking_is_needed_is_not_answered(body: str) -> None:
    assert not answered(body)


# The sender's own family or booking in the sentence still makes it theirs: answered or read by a person.
@pytest.mark.parametrize("body", [
    "My husband won't be needing his Thursday appointment, he is fine now.",
    "Mein Mann braucht den Termin am Donnerstag nicht mehr, es geht ihm gut.",
    "Mi marido ya no necesita la cita del jueves, ya está bien.",
    "Mon mari n'a plus besoin du rendez-vous de jeudi, il va mieux.",
    "Mio marito non ha più bisogno dell'appuntamento di giovedì, sta bene.",
    "Mijn man heeft de afspraak van donderdag niet meer nodig, het gaat goed.",
    "O meu marido já não precisa da consulta de quinta, já está bem.",
])
def test_the_senders_family_still_counts(body: str) -> None:
    intent, confidence = judge(body)
    assert intent == "cancellation" and confidence >= 0.5
