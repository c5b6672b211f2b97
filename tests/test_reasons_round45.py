"""Reasons rules round 45 (helper, after the replies_fresh60 first look): a rule or someone over one
forbidding (other, never a doctor), going separate ways (personal), a rota all over the place and the
customer's own no-show, another activity on the same day, away on holiday just then
(schedule_conflict), the club of one's own village (found_alternative), building up first (not_ready),
savings somewhere after a bill doubled and prices out of reach (cost), a wrist or a knee and the
physio's rest (illness), lessons cancelled again and again by the teacher (dissatisfied), gone off to
a town to work, also in dialect (moved_away), the gear sold (no_longer_needed). Each family written
anew here in every language (en, de, es, fr, it, nl, pt), with the same words where they are no
reason or not this one."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason


def _reason(text: str, language: str = "en") -> str:
    return classify_reason(text, language).reason


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The club rules forbid referees from training with a team they officiate, so I had to stop."),
    ("de", "Das Reglement verbietet Schiedsrichtern, in einem Verein mit Teilnehmern zu trainieren."),
    ("es", "El reglamento del torneo prohíbe a los árbitros entrenar con participantes."),
    ("fr", "Mon employeur m'interdit désormais toute activité le week-end pendant la saison."),
    ("it", "Il regolamento della gara vieta ai giudici di frequentare corsi con i concorrenti."),
    ("nl", "Het reglement van de wedstrijd verbiedt juryleden om les te nemen bij een deelnemer."),
    ("pt", "O meu chefe proibiu qualquer desporto radical durante a temporada de verão."),
])
def test_a_rule_forbidding_is_other(language: str, text: str) -> None:
    assert _reason(text, language) == "other"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "My doctor forbids any exercise for two months after the operation."),
    ("it", "Il medico mi ha vietato la palestra per tre mesi dopo l'intervento."),
])
def test_a_doctor_forbidding_stays_illness(language: str, text: str) -> None:
    assert _reason(text, language) == "illness"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "My partner and I went our separate ways over the summer, so the couples course is out."),
    ("de", "Mein Mann und ich gehen seit Herbst getrennte Wege, da passt der Paarkurs nicht mehr."),
    ("es", "Mi pareja y yo tomamos caminos separados en verano."),
    ("fr", "Mon compagnon et moi, nos chemins se sont séparés cet hiver."),
    ("it", "Io e il mio ragazzo ci siamo lasciati a maggio, il corso di coppia non ha più senso."),
    ("nl", "Mijn vriend en ik, onze wegen zijn gescheiden sinds de zomer."),
    ("pt", "Eu e o meu namorado seguimos caminhos separados este ano."),
])
def test_separate_ways_is_personal(language: str, text: str) -> None:
    assert _reason(text, language) == "personal"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Since I started at the hospital my rota is all over the place, I only get it two weeks ahead."),
    ("de", "Seit dem Jobwechsel ist mein Dienstplan total chaotisch."),
    ("es", "En el hospital nuevo mis turnos cambian cada semana."),
    ("fr", "Avec le nouveau poste mes horaires changent toutes les semaines."),
    ("it", "Al nuovo lavoro i turni cambiano ogni settimana."),
    ("nl", "Op mijn nieuwe werk is het rooster één grote chaos."),
    ("pt", "No novo emprego os turnos mudam toda semana."),
])
def test_a_rota_all_over_the_place_is_schedule_conflict(language: str, text: str) -> None:
    assert _reason(text, language) == "schedule_conflict"


def test_the_customers_own_no_show_is_no_complaint() -> None:
    text = ("My shifts are all over the place now, so I kept having to no-show, which felt rude to the"
            " others. I miss the Monday class.")
    assert _reason(text) == "schedule_conflict"


def test_a_no_show_by_the_teacher_is_still_a_complaint() -> None:
    text = "The instructor was a no-show twice and the receptionist was rude about it."
    assert _reason(text) == "dissatisfied"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Our son has rugby practice on Saturdays now, so the morning class is impossible."),
    ("de", "Unser Sohn hat jetzt samstags Handballtraining, beides geht sich nicht aus."),
    ("es", "Mi hija tiene ahora natación los sábados por la mañana."),
    ("fr", "Mon fils a maintenant foot le samedi matin."),
    ("it", "Mia figlia ha nuoto il sabato mattina adesso."),
    ("nl", "Onze zoon heeft nu op zaterdag voetbaltraining."),
    ("pt", "O meu filho tem agora futebol aos sábados de manhã."),
])
def test_another_activity_on_that_day_is_schedule_conflict(language: str, text: str) -> None:
    assert _reason(text, language) == "schedule_conflict"


# The new place "which has classes on Saturdays": no clash (a relative clause about a place).
@pytest.mark.parametrize(("language", "text"), [
    ("en", "We signed the kids up at the leisure centre, which has swimming on Saturdays."),
    ("pt", "Inscrevemos o miúdo no clube do bairro, que tem futebol aos sábados."),
    ("es", "Apuntamos a la niña en el polideportivo, que tiene natación los sábados."),
])
def test_a_place_that_has_the_activity_is_no_clash(language: str, text: str) -> None:
    assert _reason(text, language) != "schedule_conflict"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Please take Tom off the August camp, it turns out we'll be on holiday that week."),
    ("de", "Bitte streichen Sie Mia vom Sommercamp, wir sind genau dann im Urlaub."),
    ("es", "Quiten a Pablo del campamento, estaremos de vacaciones esa semana."),
    ("fr", "Retirez Léo du stage, nous serons en vacances à ce moment-là."),
    ("it", "Togliete Giulia dal campo estivo, saremo in vacanza quella settimana."),
    ("nl", "Haal Daan van het kamp af, we zijn dan toch op vakantie."),
    ("pt", "Tirem o Rui do campo, vamos estar de férias nessa semana."),
])
def test_away_on_holiday_just_then_is_schedule_conflict(language: str, text: str) -> None:
    assert _reason(text, language) == "schedule_conflict"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Nice offer, but we now dance with the folk club in our village, it's five minutes away."),
    ("de", "Danke, aber singen wir inzwischen beim Kirchenchor in unserer Gemeinde."),
    ("es", "Gracias, pero ahora bailamos con el grupo del pueblo, está al lado."),
    ("fr", "Merci, mais on danse maintenant avec le cercle du village."),
    ("it", "Grazie, ma balliamo adesso con il gruppo del paese."),
    ("nl", "Bedankt, maar we dansen nu bij de volksdansvereniging in ons dorp."),
    ("pt", "Obrigada, mas dançamos agora no rancho da nossa aldeia."),
])
def test_the_village_club_is_found_alternative(language: str, text: str) -> None:
    assert _reason(text, language) == "found_alternative"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The bootcamp was a shock, I need to build up some stamina on my own first."),
    ("de", "Ich muss erst mal ein bisschen Kondition aufbauen, dann komme ich wieder."),
    ("es", "Primero tengo que ponerme en forma por mi cuenta."),
    ("fr", "Je dois d'abord me remettre en forme tranquillement."),
    ("it", "Devo prima rimettermi in forma da solo, poi torno."),
    ("nl", "Ik moet eerst zelf wat conditie opbouwen."),
    ("pt", "Preciso primeiro de nadar na piscina e ganhar alguma confiança."),
    ("it", "Dopo la caduta non me la sento ancora di risalire a cavallo."),
])
def test_building_up_first_is_not_ready(language: str, text: str) -> None:
    assert _reason(text, language) == "not_ready"


def test_losing_weight_as_the_aim_is_no_unreadiness() -> None:
    assert _reason("I joined because I want to lose some weight, and the classes are great.") != "not_ready"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Our heating bill has doubled and we had to cut back somewhere."),
    ("de", "Die Heizkosten haben sich verdoppelt, wir mussten irgendwo sparen."),
    ("es", "La factura de la luz se ha duplicado y teníamos que recortar en algún sitio."),
    ("fr", "Avec l'inflation il a fallu couper quelque part."),
    ("it", "Le bollette del gas sono raddoppiate, dovevamo tagliare da qualche parte."),
    ("nl", "De energierekening is verdubbeld, dus moesten we ergens bezuinigen."),
    ("pt", "A conta de luz praticamente dobrou e tivemos de cortar em algum lugar."),
])
def test_savings_somewhere_are_cost(language: str, text: str) -> None:
    assert _reason(text, language) == "cost"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The pound went up so much against us that the trip costs an arm and a leg now."),
    ("de", "Der Franken ist so stark gestiegen, das ist für uns sündhaft teuer."),
    ("es", "El euro subió demasiado y el viaje cuesta un ojo de la cara."),
    ("fr", "Le vol coûte les yeux de la tête cette année."),
    ("it", "Il volo costa un occhio della testa quest'anno."),
    ("nl", "De vlucht is dit jaar peperduur geworden."),
    ("pt", "O cambio subiu muito e a viagem ficou pela hora da morte."),
])
def test_priced_out_is_cost(language: str, text: str) -> None:
    assert _reason(text, language) == "cost"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "I stopped because of my knee, the physio said at least three months' rest."),
    ("de", "Ich habe wegen meines Knies aufgehört."),
    ("es", "Lo dejé por mi rodilla, el fisioterapeuta dijo reposo."),
    ("fr", "J'ai arrêté à cause de mon épaule."),
    ("it", "Ho smesso per colpa della mia spalla."),
    ("nl", "Ik ben gestopt vanwege mijn schouder."),
    ("pt", "Parei por causa do joelho."),
])
def test_a_joint_or_the_physios_rest_is_illness(language: str, text: str) -> None:
    assert _reason(text, language) == "illness"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The lessons kept being cancelled at the last minute by the tutor."),
    ("de", "Die Stunden wurden immer wieder kurzfristig verschoben."),
    ("es", "Las clases se cancelaban cada dos por tres."),
    ("fr", "Les cours ont été plusieurs fois annulés par le prof."),
    ("it", "Le lezioni venivano spesso spostate all'ultimo."),
    ("nl", "De lessen werden telkens verzet, twee keer afgezegd door de leraar."),
    ("pt", "As aulas foram várias vezes desmarcadas em cima da hora."),
])
def test_lessons_cancelled_by_the_teacher_are_dissatisfied(language: str, text: str) -> None:
    assert _reason(text, language) == "dissatisfied"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "I went off to Dublin to work in March, I won't be around."),
    ("de", "Ich bin im Frühjahr nach Wien gegangen, um zu arbeiten."),
    ("es", "Me fui a Bilbao a trabajar en enero."),
    ("fr", "Je suis parti à Genève pour travailler."),
    ("it", "Me ne sono andato a Torino a giugno, per lavoro."),
    ("it", "Me ne so' ghiuto a Roma pe' fatica'."),
    ("nl", "Ik ben naar Gent vertrokken om te werken."),
    ("pt", "Fui para Londres trabalhar no ano passado."),
])
def test_gone_off_to_a_town_is_moved_away(language: str, text: str) -> None:
    assert _reason(text, language) == "moved_away"


@pytest.mark.parametrize(("language", "text"), [
    ("it", "Me ne sono andato a casa presto ieri sera."),
    ("pt", "Fui para casa trabalhar mais cedo."),
])
def test_going_home_is_no_move(language: str, text: str) -> None:
    assert _reason(text, language) != "moved_away"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "I don't ride any more, we sold the horse in spring."),
    ("de", "Ich spiele nicht mehr, mein Klavier ist schon verkauft."),
    ("es", "Ya no toco, vendí la guitarra."),
    ("fr", "Je ne fais plus de vélo, j'ai vendu mon vélo."),
    ("it", "Non suono più, ho venduto il mio violino."),
    ("nl", "Onze dochter danst inmiddels liever, de gitaar gaat binnenkort de deur uit."),
    ("pt", "Não jogo mais, vendi a raquete."),
    ("nl", "Mijn motor is vorige week verkocht, dus de rijlessen zijn niet meer nodig."),
    ("es", "Vendimos el coche en verano, así que el lavado mensual ya sobra."),
])
def test_the_gear_sold_is_no_longer_needed(language: str, text: str) -> None:
    assert _reason(text, language) == "no_longer_needed"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "We had to sell the piano because we simply can't afford the fees any more."),
    ("nl", "We hebben de auto verkocht omdat we het geld hard nodig hadden."),
])
def test_gear_sold_for_money_stays_cost(language: str, text: str) -> None:
    assert _reason(text, language) == "cost"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Thanks for the note about the new rules for the car park."),
    ("de", "Wir gehen nächste Woche wieder gemeinsam zum Kurs."),
    ("nl", "We gaan op vakantie in augustus, daarna zien we wel."),
])
def test_look_alikes_are_no_reason(language: str, text: str) -> None:
    assert _reason(text, language) == "none"
