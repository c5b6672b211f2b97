"""Reasons rules round 44 (helper, after the replies_fresh59 first look): a move to a town for a job
(moved_away, above the new job's hours), the business's own move and parking or a car off the road
(other), a separation (personal, its removal no moving away), no difference felt after the sessions
(dissatisfied), a tight month or a price "too much for us" (cost, above "wait a bit"), a new roster,
exams with no minute free or leaving work after the class starts (schedule_conflict), classes through
work for free or a practice in one's building (found_alternative). Each family written anew here in
every language (en, de, es, fr, it, nl, pt), with the same words where they are no reason or not this
one."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason


def _reason(text: str, language: str = "en") -> str:
    return classify_reason(text, language).reason


# A move to a town for work: moved_away, even with the new job named.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "Got the new job, so I moved down to bristol for the new job last month."),
    ("en", "We live in Cardiff now for work, it's too far to keep coming."),
    ("de", "Ich wohne seit März in Kassel wegen der Arbeit, die neue Stelle ist dort."),
    ("es", "Ahora vivo en Zaragoza por el trabajo nuevo, me queda lejísimos."),
    ("fr", "J'habite maintenant à Rennes depuis février pour le travail, c'est trop loin."),
    ("it", "Da gennaio abito a Bergamo per lavoro, con il nuovo lavoro non riesco a venire."),
    ("nl", "Ik woon sinds mei in Arnhem voor mijn werk, dus dat wordt lastig."),
    ("pt", "Moro agora em Braga por causa do trabalho, o novo emprego fica lá."),
])
def test_a_move_for_work_is_moved_away(language: str, text: str) -> None:
    assert _reason(text, language) == "moved_away"


# The business moved, not the customer: other, never moved_away.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "Honestly it's because you moved to the industrial estate, I can't get there by bus."),
    ("de", "Seit ihr in die Weststadt umgezogen seid, brauche ich eine Stunde mit der Bahn."),
    ("es", "Desde que os mudasteis al polígono tardo una hora en llegar."),
    ("fr", "Depuis que vous avez déménagé dans la zone commerciale, je n'ai plus de bus direct."),
    ("it", "Da quando vi siete trasferiti in periferia ci metto un'ora ad arrivare."),
    ("nl", "Sinds jullie naar het bedrijventerrein zijn verhuisd is het een uur fietsen."),
    ("pt", "Desde que vocês se mudaram para a zona industrial demoro uma hora a chegar."),
])
def test_the_business_moving_is_other(language: str, text: str) -> None:
    assert _reason(text, language) == "other"


# The customer's own move stays moved_away.
@pytest.mark.parametrize(("language", "text"), [
    ("de", "Ich weiß nicht, ob Sie es gehört haben, aber wir sind nach Kiel umgezogen."),
    ("nl", "Dank jullie wel, wij zijn naar Groningen verhuisd."),
])
def test_our_own_move_is_still_moved_away(language: str, text: str) -> None:
    assert _reason(text, language) == "moved_away"


# Parking made impossible, the car off the road: other.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "Since the roadworks started it's impossible to park anywhere near the studio."),
    ("de", "Bei euch in der Straße gibt es keinen Parkplatz mehr, seit die Baustelle da ist."),
    ("es", "Con las obras es imposible aparcar cerca del gimnasio."),
    ("fr", "Ma voiture est immobilisée depuis deux semaines et il n'y a pas de bus."),
    ("it", "Con il mercato del martedì non si trova parcheggio nemmeno a pagarlo."),
    ("nl", "Er is bij de sportschool nergens een parkeerplek te vinden na zes uur."),
    ("pt", "Perto da clínica é impossível estacionar depois das obras."),
])
def test_parking_and_the_car_off_the_road_are_other(language: str, text: str) -> None:
    assert _reason(text, language) == "other"


# Parking told as fine, or parking ticket: no reason from it.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "Parking was always easy and the staff were lovely, thanks for everything."),
    ("es", "Aparcar nunca fue un problema, gracias por todo."),
])
def test_easy_parking_is_no_reason(language: str, text: str) -> None:
    assert _reason(text, language) == "none"


# A separation or a divorce: personal, its removal no moving away.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "We've been through a divorce this winter and I need to pause everything."),
    ("de", "Nach unserer Trennung ist gerade alles durcheinander, der Umzug, die Kinder."),
    ("es", "Estoy en medio de un divorcio y ahora no puedo con más cosas."),
    ("fr", "Avec la séparation et le déménagement de mes affaires, je mets tout en pause."),
    ("it", "Mi sono separato da poco e devo rimettere in ordine la mia vita."),
    ("nl", "Door de scheiding en de verhuizing van mijn ex heb ik even geen ruimte."),
    ("pt", "Com a separação e a mudança das coisas dele, agora não dá."),
])
def test_a_separation_is_personal(language: str, text: str) -> None:
    assert _reason(text, language) == "personal"


# A separation and a move to a named town: still moved_away; waste kept apart: no personal.
@pytest.mark.parametrize(("language", "text", "reason"), [
    ("it", "Dopo la separazione sono tornata a vivere a Pescara dai miei.", "moved_away"),
    ("nl", "Het afval wordt bij jullie netjes gescheiden, complimenten.", "none"),
])
def test_separation_look_alikes(language: str, text: str, reason: str) -> None:
    assert _reason(text, language) == reason


# No difference felt after the sessions, or treated like an assembly line: dissatisfied.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "After five sessions I honestly noticed very little difference in my back."),
    ("de", "Ich hatte nicht das Gefühl, dass sich am Knie irgendwas tut, nach sechs Terminen."),
    ("es", "Después de seis sesiones no noté ninguna mejoría en la espalda."),
    ("fr", "Après cinq séances je n'ai vu aucune amélioration, rien du tout."),
    ("it", "Dopo sei sedute non ho notato nessun miglioramento alla spalla."),
    ("nl", "Na zes keer merkte ik nauwelijks verschil aan mijn nek."),
    ("pt", "Depois de seis sessões não notei nenhuma melhora no joelho."),
])
def test_no_difference_felt_is_dissatisfied(language: str, text: str) -> None:
    assert _reason(text, language) == "dissatisfied"


# Making no difference to the customer (indifference), no verb of noticing: no dissatisfied.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "Whether you email or text makes no difference to me, thanks."),
    ("nl", "Of het dinsdag of woensdag is maakt voor mij geen verschil."),
])
def test_no_difference_as_indifference_is_no_complaint(language: str, text: str) -> None:
    assert _reason(text, language) != "dissatisfied"


# A tight month, or a price "too much for us" before "we'll wait a bit": cost.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "Money's a bit tight this month with the car insurance due."),
    ("en", "Sixty pounds a lesson was getting too much for us, we'll wait a bit and see."),
    ("de", "Achtzig Euro die Stunde, das war einfach zu viel für uns, wir warten erst mal ab."),
    ("es", "Este mes vamos bastante justos con los libros del colegio, ya volveré."),
    ("fr", "Soixante euros la séance, c'était trop pour moi, on va attendre un peu."),
    ("it", "Cinquanta euro a lezione erano troppo per noi, aspettiamo un po'."),
    ("nl", "Vijftig euro per les werd echt te veel voor ons, we wachten even."),
    ("pt", "Estamos muito apertados este mês com as contas da escola."),
])
def test_a_tight_month_or_a_price_too_much_is_cost(language: str, text: str) -> None:
    assert _reason(text, language) == "cost"


# "Too much for me" with no price: not cost.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "The advanced class was too much for me, I'll wait until I'm stronger."),
    ("fr", "Le rythme était trop pour moi, je vais attendre un peu."),
])
def test_too_much_with_no_price_is_not_cost(language: str, text: str) -> None:
    assert _reason(text, language) != "cost"


# A new roster, exams with no minute free, leaving work after the class starts: schedule_conflict.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "With my new rota I'm on lates half the week."),
    ("en", "I finish work at 6.30 now so I'd never make the 6 o'clock class."),
    ("de", "Mit meinem neuen Dienstplan arbeite ich jetzt jedes zweite Wochenende."),
    ("es", "Ahora salgo del trabajo a las 19 y la clase empieza a las 18:30."),
    ("fr", "Je suis en pleine période de partiels jusqu'à fin mai."),
    ("it", "Sono sotto esami fino a luglio, poi ci risentiamo."),
    ("nl", "Met mijn nieuwe werkrooster sta ik steeds op andere dagen."),
    ("pt", "Agora saio do trabalho às 19h e a aula começa às 18h30."),
])
def test_working_hours_and_exams_are_schedule_conflict(language: str, text: str) -> None:
    assert _reason(text, language) == "schedule_conflict"


# Classes through work for free, or a practice in one's own building: found_alternative.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "I'm doing yoga through work now, it's free for staff."),
    ("de", "Ich mache jetzt über die Firma einen Kurs, der ist für uns kostenlos."),
    ("es", "Ahora hago pilates a través de la empresa y es gratis para nosotros."),
    ("fr", "Je fais du sport par mon employeur maintenant, c'est pris en charge."),
    ("it", "Adesso faccio un corso tramite l'azienda ed è gratuito per noi."),
    ("nl", "Ik doe nu via het werk een cursus, die is gratis voor personeel."),
    ("pt", "Agora faço aulas pela empresa e são de graça para nós."),
])
def test_classes_through_work_are_found_alternative(language: str, text: str) -> None:
    assert _reason(text, language) == "found_alternative"


# Work itself, told without a class taken there: no found_alternative.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "Through work I've been sent on a course abroad all spring."),
    ("nl", "Via het werk moet ik nu elke week naar Brussel."),
])
def test_work_itself_is_no_alternative(language: str, text: str) -> None:
    assert _reason(text, language) != "found_alternative"
