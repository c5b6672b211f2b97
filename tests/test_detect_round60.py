"""Rules round 60 (after the inbound_fresh69 first look): a line that ends in a smiley ends its sentence
("… nao da p mim agr :( ⏎ oq eu preciso fazer?"); "¿me dan de baja?"; not able to go on with the classes,
in every language (to a person); "pásenla al domingo", "me lo sposti a martedì?", "necesitaría cambiarla al
13"; "instead" after another provider chosen; Bavarian "i ko … ned kemma"."""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


def test_a_line_ending_in_a_smiley_is_not_joined_to_the_question_after_it() -> None:
    body = ("oi gente, tudo bem? \nvou ter q cancelar meu plano da academia, ta mto puxado pagar esse mes, "
            "nao da p mim agr :( \noq eu preciso fazer? tem multa? \nbjs thais")
    assert answered(body, "plano"), judge(body)
    body = ("Hi all, I have to cancel my gym membership from next month, money is tight right now 😞\n"
            "what do I need to do? is there a fee?\nThanks, Tess")
    assert answered(body), judge(body)


def test_a_hard_wrapped_line_is_still_joined() -> None:
    body = ("Hello, I was wondering whether there is any chance that you could tell me how\n"
            "to cancel my membership, and whether there is a fee?\nThanks, Tess")
    assert not answered(body), judge(body)


@pytest.mark.parametrize("body", [
    "holaa profe!! me dan de baja de las clases porfa?? gracias",
    "Hola, ¿nos dais de baja del curso de cerámica a partir de enero, por favor? Marta",
])
def test_asked_to_be_taken_off_in_the_present_is_answered(body: str) -> None:
    assert answered(body), judge(body)


def test_sick_leave_is_no_cancellation() -> None:
    body = "Hola, mañana me dan de baja médica, así que estaré en casa unos días. Saludos"
    assert judge(body)[0] != "cancellation", judge(body)


@pytest.mark.parametrize("body", [
    "Hi Jo, I'm afraid I won't be able to continue with the Tuesday pottery classes after this term. Ann",
    "Hallo, ich kann den Kurs leider nicht weiter besuchen. Viele Grüße, Jan",
    "q pena pero no voy a poder seguir con las clases de salsa, gracias por todo",
    "Bonjour, je ne pourrai pas continuer les cours de danse après les vacances. Léa",
    "Ciao, non potrò continuare il corso di chitarra da febbraio. Luca",
    "Hoi, ik kan helaas niet verder met de lessen na de zomer. Groet, Eva",
    "Oi, não vou poder continuar as aulas de inglês no próximo semestre. Bia",
    "Hola Jordi, lo hemos hablado en la junta y no seguiremos adelante con vosotros, lo siento. Lucía",
])
def test_not_able_to_go_on_goes_at_least_to_a_person(body: str) -> None:
    assert judge(body)[0] == "cancellation", judge(body)


@pytest.mark.parametrize("body", [
    "Hi Jo, I'm so glad I can continue with the Tuesday pottery classes after this term. Ann",
    "Hola, ¿voy a poder seguir con las clases si me cambio al grupo de la tarde? Gracias",
])
def test_going_on_is_no_cancellation(body: str) -> None:
    assert judge(body)[0] != "cancellation", judge(body)


@pytest.mark.parametrize("body", [
    "Por favor, anulen la reserva del sábado para el taller (2 personas) y pásenla al domingo. Óscar",
    "Hola, tengo la reserva IB-55 del 12 al 19 de agosto. Necesitaría cambiarla al 13-20 de agosto. Gabriela",
    "Ciao Ciro, sabato non ce la faccio a venire. Me lo sposti a martedì pomeriggio? Gennaro",
    "Ciao, puoi spostarmelo a giovedì? Grazie, Anna",
])
def test_moved_to_another_day(body: str) -> None:
    assert judge(body)[0] == "reschedule", judge(body)


def test_to_send_again_is_no_move() -> None:
    body = ("Buongiorno, mi servirebbero le fatture delle due visite fatte a gennaio e febbraio. Potreste "
            "rimandarmele via mail? Grazie, Paola")
    assert judge(body)[0] == "other", judge(body)


def test_instead_after_another_venue_chosen_is_no_move() -> None:
    body = ("Hi Brenda, my sister-in-law got us the function room at her golf club for the same evening, "
            "so we've decided to go with that for the party instead. That means we won't be needing the main "
            "hall after all - could you release the booking? Tom")
    assert answered(body), judge(body)
    body = "Hi, we went with the earlier slot last time, can we do 3pm on Friday instead? Tom"
    assert judge(body)[0] == "reschedule", judge(body)


def test_bavarian_cannot_come_is_answered() -> None:
    body = ("Servus Moni,\ni ko am Samstag um neune ned kemma. Streichts mi bittschea aus eicham Buach, "
            "gell.\nSepp")
    assert answered(body, "Samstag"), judge(body)
