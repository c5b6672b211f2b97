"""Rules round 62 (after the inbound_fresh71 first look): not coming said in the present, in every language
(to a person); Flemish "niet geraken"; "spostiamola a domenica" and a cancel taken back ("anzi no") before a
move; "queda anulado el servicio"; "mettre fin à son inscription"; "non avremo quindi più bisogno"; "ze
zegt de afspraak af"; "mijn abonnement mag stoppen"; "lo de las clases lo voy a tener que dejar"."""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


@pytest.mark.parametrize("body", [
    "Purtroppo sono a letto con la febbre a 39, domani non vengo. Scusate per il preavviso. Stefano",
    "Sorry, I'm not coming tomorrow, I've got the flu. Sam",
    "Hallo, morgen komme ich leider nicht, ich bin krank. Jan",
    "Hola, mañana no voy, estoy malo. Pedro",
    "Bonjour, demain je ne viens pas, je suis malade. Léa",
    "Hoi, morgen kom ik niet, ik ben ziek. Eva",
    "Olá, amanhã não vou, estou doente. Rita",
    "Dag Els, ik ga er donderdag niet geraken voor de salsales, ik lig plat met griep. Jens",
    "Hoi Ruud, we hebben een eigen pand gevonden, dus mijn flexplekabonnement mag per 1 juni stoppen. Sanne",
    "Hallo, ik mail namens mijn vriendin. Ze is zwanger, dus ze zegt de afspraak af. Tim",
    "Por cierto, lo de las clases de los jueves lo voy a tener que dejar a partir de este mes. Lucía",
])
def test_goes_at_least_to_a_person(body: str) -> None:
    assert judge(body)[0] == "cancellation", judge(body)


@pytest.mark.parametrize("body", [
    "Hi, I'm not coming back to the UK until May, so no rush with the invoice. Sam",
    "Hallo, ich komme mit der neuen App nicht klar. Können Sie helfen? Jan",
    "Hola, no voy bien de tiempo esta semana, ¿me mandáis la factura? Pedro",
    "Hoi, ik kom er niet uit met de online agenda. Kun je helpen? Eva",
    "Hallo, hij zegt dat de les af is, klopt dat? Tim",
])
def test_not_a_cancellation(body: str) -> None:
    assert judge(body)[0] != "cancellation", judge(body)


@pytest.mark.parametrize("body", [
    "Buongiorno, devo annullare la prenotazione del gozzo per sabato 13, mia moglie ha un impegno... anzi "
    "no, "
    "se possibile spostiamola a domenica 14, stessa ora (9:30). Lorenzo",
    "Hi, I need to cancel Saturday's session... actually no, could you move it to Sunday at 10? Sam",
])
def test_a_cancel_taken_back_before_a_move_is_a_move(body: str) -> None:
    assert judge(body)[0] == "reschedule", judge(body)


def test_a_no_before_a_move_still_denies_it() -> None:
    assert answered("Hi, I need to cancel Saturday's session, no, we can't move it to Sunday. Sam")


@pytest.mark.parametrize("body", [
    "Estimada Sra. Quintana: por indicación del Sr. Albor, le comunico que queda anulado el servicio de "
    "catering contratado para la comida de empresa del 22 de junio. Atentamente, Inmaculada Soler",
    "Madame, je vous écris au nom de mon père, inscrit au cours d'aquagym du mardi. Il vient d'entrer en "
    "maison de retraite. Je vous remercie de mettre fin à son inscription. Olivier Fontaine",
    "Gentile Sig. Ferrante, il matrimonio del 23 settembre è saltato. Non avremo quindi più bisogno del "
    "servizio fotografico. Rosaria De Luca",
])
def test_formal_and_on_behalf_are_answered(body: str) -> None:
    assert answered(body), judge(body)


def test_a_question_whether_it_is_off_is_not_answered() -> None:
    assert not answered("Hola, si llueve, ¿queda anulada la excursión del sábado? Gracias")
