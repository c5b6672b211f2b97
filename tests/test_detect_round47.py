"""Rules round 47 (after the inbound_fresh60 first look): ways to cancel with no cancel word said plainly
enough to answer (the place given away, the act announced in the near future, "you can forget the
appointment", the Dutch verb split, rooms and a coworking desk as booked things), and a cancel only thought
of, which is no request. Seven languages each, with the sentences that must still be read otherwise."""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


# The sender's own place given to someone else, named by its time or its word.
@pytest.mark.parametrize("body", [
    "Hi, you can give my Wednesday 10.30 to someone else, I've found a clinic near my office. Thanks, Ann",
    "Guten Tag, Sie können meinen Platz am Freitag gern jemand anderem geben, das Knie ist wieder gut. Ann",
    "Hola, podés darle mi turno del viernes a otra persona, ya me atendieron en otro lado. Ana",
    "Hola, ya no vamos a ir. Podés liberar todos los turnos que le quedaban a mi papá. Gracias, Ana",
    "Bonjour, vous pouvez donner ma place de vendredi à quelqu'un d'autre. Merci, Anne",
    "Buongiorno, potete dare il mio posto di venerdì a qualcun altro. Grazie, Anna",
    "Dag Els, ge moogt mijn plaats van vrijdag gerust aan iemand anders geven. Groetjes, An",
    "Olá, podem dar a minha vaga de sexta a outra pessoa. Obrigada, Ana",
])
def test_place_given_away_is_answered(body: str) -> None:
    assert answered(body), judge(body)


@pytest.mark.parametrize("body", [
    "Could you give them to someone else? We got the wrong size. Jo",
    "You can give my number to someone else who needs a plumber, I was very happy. Jo",
])
def test_something_else_given_away_is_not_answered(body: str) -> None:
    assert not answered(body), judge(body)


# The act announced in the near future ("je vais annuler", "vou desistir", "ich werde kündigen"): answered;
# with a condition after it, never.
@pytest.mark.parametrize("body", [
    "Bonjour, je vais annuler le rendez-vous de jeudi, j'ai un empêchement. Paul",
    "Olá, vou desistir do pacote de fotos de novembro, já não há casamento. Ana",
    "Hallo, ich werde den Kurs zum Monatsende kündigen, ich ziehe um. Jan",
    "Hoi, ik ga mijn abonnement opzeggen per 1 mei, het is te duur geworden. Jan",
])
def test_act_in_the_near_future_is_answered(body: str) -> None:
    assert answered(body), judge(body)


@pytest.mark.parametrize("body", [
    "Bonjour, je vais annuler le rendez-vous de jeudi si mon fils est encore malade. Paul",
    "Olá, não vou desistir do pacote, só queria saber o preço das fotos extra. Ana",
    "Hallo, ich werde den Kurs kündigen, falls der Preis wieder steigt. Jan",
    "Hoi, ik ga mijn abonnement opzeggen als de prijs weer stijgt. Jan",
])
def test_act_in_the_future_with_a_condition_or_denied_is_not_answered(body: str) -> None:
    assert not answered(body), judge(body)


# "You can forget the appointment", the Dutch verb split ("zet mijn lidmaatschap stop"), rooms and a
# coworking desk.
@pytest.mark.parametrize("body", [
    "Bonjour, vous pouvez donc oublier le rendez-vous du 22, nous avons choisi un autre entrepreneur. Marc",
    "Hallo, den Termin am Dienstag können Sie vergessen, ich habe schon einen anderen Arzt. Marc",
    "Hola, pueden olvidar la cita del martes, ya me atendieron. Marcos",
    "Buongiorno, potete dimenticare l'appuntamento di martedì, ho già risolto. Marco",
    "Hoi, de afspraak van dinsdag mag je vergeten, het is al opgelost. Marco",
    "Olá, podem esquecer a marcação de terça, já resolvi noutro sítio. Marco",
    "Zet mijn lidmaatschap per 1 september stop aub. Bram",
    "Hola, me doy de baja del coworking a fin de mes, no me da el presupuesto. Andrés",
    "Please release both rooms for 18-20 November, the fair is off. Marta",
])
def test_other_plain_ways_to_cancel_are_answered(body: str) -> None:
    assert answered(body), judge(body)


@pytest.mark.parametrize("body", [
    "Don't forget the appointment on Tuesday, see you then!",
    "Vous pouvez oublier le code d'accès que je vous ai envoyé, il a changé.",
    "Zet de muziek stop als je klaar bent.",
])
def test_look_alikes_are_not_answered(body: str) -> None:
    assert not answered(body), judge(body)


# A cancel only thought of, nearly done or doubted, and the booking kept: other, not even a person's.
@pytest.mark.parametrize("body", [
    "Hi, with the forecast I very nearly emailed to call off Saturday, but we'll be there at 7.30, all six.",
    "Hallo, ich hatte schon überlegt abzusagen, aber wir kommen doch am Samstag um 19 Uhr.",
    "Hola, estuve a punto de cancelar la cena, pero al final venimos el sábado a las 21.",
    "Bonjour, j'ai failli annuler à cause de la grève, mais finalement nous venons samedi.",
    "Buongiorno, con lo sciopero avevo pensato di disdire, ma alla fine verremo in macchina venerdì.",
    "Dag, ik twijfelde of ik morgen zou afzeggen, maar ik kom toch. Tot morgen!",
    "Olá, pensei em cancelar por causa da chuva, mas vamos na mesma no sábado às 20h.",
])
def test_cancel_only_thought_of_is_other(body: str) -> None:
    assert judge(body)[0] == "other", judge(body)


@pytest.mark.parametrize("body", [
    "I was going to cancel next month, but it has to be now: please cancel my membership.",
    "Ich hatte überlegt, ob ich absage. Jetzt ist es entschieden: bitte stornieren Sie meinen Termin.",
])
def test_thought_then_decided_is_still_answered(body: str) -> None:
    assert answered(body), judge(body)
