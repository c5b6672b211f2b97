"""Reasons rules round 46 (helper, after the replies_fresh61 first look): what went wrong told as a
fact, sessions that felt rushed, half an hour in the waiting room, lessons that fell through many
times (dissatisfied); an injury or an infection told as a fact, a splint, the doctor who says no
(illness); a close relative lost, becoming parents (personal). Each family written anew here in
every language (en, de, es, fr, it, nl, pt), with the same words where they are no reason or not
this one."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason


def _reason(text: str, language: str = "en") -> str:
    return classify_reason(text, language).reason


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Honestly, the appointments always felt hurried, the therapist kept looking at the clock."),
    ("de", "Ich habe bei jedem Besuch fast eine halbe Stunde im Flur gewartet, das war mir zu viel."),
    ("es", "Las clases de la tarde eran muy apresuradas y nadie corregía la postura."),
    ("fr", "Les séances étaient trop bâclées, on repartait sans savoir quoi travailler."),
    ("it", "Ho aspettato quasi mezz'ora ogni volta prima di entrare in sala."),
    ("nl", "De pianolessen van mijn zoon zijn dit voorjaar vijf keer uitgevallen zonder bericht."),
    ("pt", "As aulas de natação foram canceladas quatro vezes no último mês, sem aviso."),
])
def test_service_fell_short_is_dissatisfied(language: str, text: str) -> None:
    assert _reason(text, language) == "dissatisfied"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "I cancelled three times because of work trips, sorry about that."),
    ("de", "Der Fahrlehrer hat eine halbe Stunde Zeit für Sie reserviert, schreibt ihr."),
    ("es", "La clase dura media hora y me viene bien."),
])
def test_service_fell_short_guards(language: str, text: str) -> None:
    assert _reason(text, language) != "dissatisfied"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "My daughter tore a ligament in her knee at the match and is in a brace until spring."),
    ("de", "Unser Sohn hat eine Mittelohrentzündung, der Hausarzt sagt, dass er vorerst nicht darf."),
    ("es", "Mi hijo lleva una férula en la muñeca después de un esguince del tobillo."),
    ("fr", "Le pédiatre a dit qu'il ne peut plus nager cet hiver à cause d'une otite."),
    ("it", "Mio marito porta un tutore dopo la rottura del legamento crociato."),
    ("nl", "Mijn enkelband is ingescheurd bij het hardlopen, ik loop nog weken in het gips."),
    ("pt", "O médico disse que ela não pode fazer desporto, anda com gesso no braço."),
])
def test_injury_told_as_fact_is_illness(language: str, text: str) -> None:
    assert _reason(text, language) == "illness"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "We lost our father in April and the family needs some time together."),
    ("de", "Wir haben im Winter unsere Oma ganz plötzlich verloren."),
    ("es", "Hemos perdido a nuestro abuelo y ahora no tenemos cabeza para nada."),
    ("fr", "J'ai perdu mon père cet été, je ne me sens pas de reprendre."),
    ("it", "Abbiamo perso la nostra nonna a gennaio, è un periodo difficile."),
    ("nl", "Wij zijn deze zomer ouders geworden van een zoontje, dus alles staat even stil."),
    ("pt", "Perdemos o nosso avô no mês passado e a família está de luto."),
])
def test_family_event_is_personal(language: str, text: str) -> None:
    assert _reason(text, language) == "personal"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "I lost my gym card at the pool, could someone check the lost and found?"),
    ("fr", "J'ai perdu mon badge d'accès, pouvez-vous en faire un nouveau ?"),
])
def test_family_event_guards(language: str, text: str) -> None:
    assert _reason(text, language) != "personal"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "No need to book me in, I already have a new barber two streets away."),
    ("de", "Ich habe inzwischen einen neuen Hundefriseur, der kommt sogar ins Haus."),
    ("es", "Ya tengo otra entrenadora que me lleva el plan de fuerza."),
    ("fr", "Une nouvelle salle de sport a ouvert au coin de ma rue, c'est plus simple."),
    ("it", "Hanno aperto un negozio di toelettatura sotto casa, vado lì."),
    ("nl", "Ik heb inmiddels een nieuwe kapster in het dorp."),
    ("pt", "Já tenho uma nova professora de piano, mais perto do trabalho."),
])
def test_already_have_another_is_found_alternative(language: str, text: str) -> None:
    assert _reason(text, language) == "found_alternative"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "If a new gym opened near my house I might think about it."),
    ("nl", "Als ik al een nieuwe kapper had, zou ik het zeggen."),
])
def test_already_have_another_guards(language: str, text: str) -> None:
    assert _reason(text, language) != "found_alternative"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "We sat down and did our sums in January and the riding lessons had to go."),
    ("de", "Wir haben im Herbst Kassensturz gemacht, und der Kurs war als Erstes dran."),
    ("es", "Hicimos nuestras cuentas después del verano y la academia no entraba."),
    ("fr", "On a refait nos comptes à la rentrée, et le club est passé à la trappe."),
    ("it", "Abbiamo fatto bene i conti a settembre e il corso non ci stava."),
    ("nl", "We hebben de sommetjes gemaakt en de zwemles kon er niet meer bij."),
    ("pt", "Fizemos as contas no fim do mês e o ginásio ficou de fora."),
])
def test_did_the_sums_is_cost(language: str, text: str) -> None:
    assert _reason(text, language) == "cost"


def test_did_the_sums_guard() -> None:
    assert _reason("The receptionist did the sums wrong on my invoice, please correct it.") != "cost"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "I've been transferred to Aberdeen by my employer, starting in May."),
    ("de", "Ich werde zum Sommer nach Rostock versetzt."),
    ("es", "Nos trasladamos a Valencia por el trabajo de mi pareja."),
    ("fr", "Je suis mutée à Grenoble à partir de septembre."),
    ("it", "Mi hanno trasferito a Bari dall'inizio dell'anno."),
    ("nl", "Ik word per januari overgeplaatst naar Groningen."),
    ("pt", "Fui transferida para Braga pela empresa."),
])
def test_moved_for_work_is_moved_away(language: str, text: str) -> None:
    assert _reason(text, language) == "moved_away"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "I'm being posted to the night team at the depot for a month."),
    ("es", "Me cambio a otro turno en el trabajo y no llego."),
])
def test_moved_for_work_guards(language: str, text: str) -> None:
    assert _reason(text, language) != "moved_away"
