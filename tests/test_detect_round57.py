"""Rules round 57 (after the inbound_fresh66 first look): the French "si" of degree ("désolée de vous
prévenir si tard") and the Italian reflexive "si ferma" are no "if"; a booking reference in brackets
inside a request; "brauchen … vom 14. bis 17. August nicht mehr" past a dotted date; holiday lets and
camps as booked things; told with no cancel word, for a person: a child who will not go on with a
course, done with it after this term, the last lot of lessons, the next payment not to be taken."""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


@pytest.mark.parametrize("body", [
    "Bonjour Sandrine, je suis désolée de vous prévenir si tard, mais je dois annuler mon rendez-vous de "
    "samedi à 10h (couleur + coupe). Véronique",
    "Liebe Frau Bode, die Hochzeit findet nicht statt. Damit brauchen wir die Ferienwohnung vom 14. bis "
    "17. August nicht mehr. Herzliche Grüße",
    "Hi, please cancel the holiday cottage for the week of 3 August. Thanks, Claire",
    # (answered before this round: its "won't go on with" stays answered)
    "Boa tarde Professor Nuno, o Tomás não vai continuar com as aulas de guitarra a partir de janeiro. "
    "Ana Ribeiro",
])
def test_read_and_answered(body: str) -> None:
    assert answered(body), judge(body)


@pytest.mark.parametrize("body", [
    "Hello, we can't stretch to two places this year, so please take Maisie (WW-7703) off the list. "
    "Alfie is still coming. Helen",
    "Hi Jo, Owen got his badge, so he's done with swimming after this term - the Easter holidays will be "
    "his last lot of lessons with you. Gareth",
    "Hi Jo, could you make sure the direct debit doesn't go out again in April? Gareth",
    "Buenos días: les escribo porque Ane no va a continuar este curso en el grupo de B1. Begoña",
    "Buenos días, les agradecería que no pasaran el recibo de octubre. Begoña",
    "Boa noite, o Tomás já não vai ao campo; a inscrição da Inês mantém-se. Sofia",
    "Olá, a Ane não vai continuar o curso de inglês. Obrigada",
    "Buonasera Maestro, Tommaso con la chitarra per ora si ferma qui: quella di giovedì prossimo sarà la "
    "sua ultima lezione. Davide",
    "Bonjour, Léa ne continuera pas les cours de danse en janvier. Merci, Paul",
])
def test_told_without_a_cancel_word_goes_at_least_to_a_person(body: str) -> None:
    assert judge(body)[0] == "cancellation", judge(body)


@pytest.mark.parametrize("body", [
    "Bonjour, si jamais il pleut samedi, je devrai peut-être annuler. Je vous dirai. Paul",
    "Hola, si el tiempo está mal, tendré que cancelar la clase. Ana",
    "Hi, Ane will continue the course next term, and the direct debit can go out as usual. Thanks",
    "Buenos días, Ane va a continuar el curso el año que viene. Begoña",
    "Hi, don't worry, the direct debit doesn't go out until May anyway. Gareth",
])
def test_not_a_cancellation(body: str) -> None:
    assert judge(body)[0] != "cancellation" or judge(body)[1] < 0.5, judge(body)


@pytest.mark.parametrize(("subject", "body"), [
    ("lesson", "hiya its kayden any chance we cud push thurs lesson to the week after same time got a uni "
               "thing on that day sorry"),
    ("Afspraak dinsdag", "Goedemorgen, kan mijn afspraak van dinsdag 18 juni om 14.30 uur naar een andere "
                         "dag? Ik moet naar een begrafenis. Hans"),
])
def test_a_move_asked_is_a_reschedule(subject: str, body: str) -> None:
    assert judge(body, subject)[0] == "reschedule", judge(body, subject)


@pytest.mark.parametrize("body", [
    "Bonjour Camille, avant de réserver, pourriez-vous nous préciser les conditions en cas d'annulation : "
    "l'acompte de 30 % est-il remboursable ? Julie",
    "Hi, before we book: what are the terms in case of cancellation? Is the deposit refundable? Ann",
    "Hola, antes de reservar, ¿qué pasa con la señal en caso de cancelación? Ana",
])
def test_terms_in_case_of_a_cancellation_are_a_question_not_a_cancel(body: str) -> None:
    assert judge(body)[0] != "cancellation", judge(body)
