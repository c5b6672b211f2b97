"""Reasons rules round 33 (after the replies_fresh35 first look): reasons told indirectly, by
family, each written anew here in every language (en, de, es, fr, it, nl, pt), with the same
words where they are no reason (a family must not overreach)."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason


def _reason(text: str) -> str:
    return classify_reason(text, "en").reason


# A parent (or another relative) is ill and the customer looks after them: personal, not the
# customer's own illness.
@pytest.mark.parametrize("text", [
    "My father has been unwell since the spring and I look after him most evenings.",
    "Meine Mutter ist seit März krank und ich kümmere mich fast jeden Abend um sie.",
    "Mi padre está delicado desde la primavera y soy yo quien se ocupa de él por las tardes.",
    "Mon père est souffrant depuis le printemps et je m'occupe de lui presque tous les soirs.",
    "Mia madre non sta bene da marzo e mi occupo io di lei quasi tutte le sere.",
    "Mijn vader is sinds het voorjaar ziek en ik zorg bijna elke avond voor hem.",
    "A minha mãe está doente desde a primavera e sou eu que trato dela quase todas as noites.",
])
def test_a_relative_cared_for_is_personal(text: str) -> None:
    assert _reason(text) == "personal"


# Too much going on in private life, or the family situation: personal.
@pytest.mark.parametrize("text", [
    "There's simply too much going on in my private life at the moment.",
    "Privat ist bei mir im Moment einfach zu viel los.",
    "Ahora mismo tengo demasiado lío a nivel personal.",
    "En ce moment il se passe trop de choses dans ma vie privée.",
    "Finché la situazione familiare non si calma preferisco fermarmi.",
    "Privé is er op dit moment gewoon te veel aan de hand.",
    "Neste momento a minha situação familiar não me deixa.",
])
def test_private_life_and_the_family_situation_are_personal(text: str) -> None:
    assert _reason(text) == "personal"


# The class moved to an hour the customer can't make: schedule_conflict.
@pytest.mark.parametrize("text", [
    "The Thursday session was moved to 6.30 and I can't get there from work by then.",
    "Der Dienstagskurs wurde auf 17 Uhr verlegt, das schaffe ich nach der Arbeit nicht.",
    "La clase de los martes se ha cambiado a las 17h y a esa hora todavía trabajo.",
    "Le cours du mardi a été déplacé à 17h, je ne peux pas sortir du travail si tôt.",
    "La lezione del martedì è stata spostata alle 17 e a quell'ora lavoro ancora.",
    "De les op dinsdag is verplaatst naar 17 uur en dan ben ik nog aan het werk.",
    "A aula de terça passou para as 17h e a essa hora ainda estou a trabalhar.",
])
def test_a_class_moved_to_another_hour_is_a_schedule_conflict(text: str) -> None:
    assert _reason(text) == "schedule_conflict"


# A (new) job whose hours are the class's hours: schedule_conflict.
@pytest.mark.parametrize("text", [
    "I've taken an evening job, so Mondays are out.",
    "Ich habe jetzt einen Abendjob, montags geht es nicht mehr.",
    "He encontrado un trabajo de noche y los lunes ya no puedo.",
    "J'ai trouvé un travail le soir, le lundi ce n'est plus possible.",
    "Ho preso un lavoro di sera e il lunedì non posso più.",
    "Ik heb een avondbaan gevonden, maandag lukt niet meer.",
    "Arranjei um trabalho à noite e às segundas já não dá.",
])
def test_a_job_in_the_class_hours_is_a_schedule_conflict(text: str) -> None:
    assert _reason(text) == "schedule_conflict"


# Getting there became impossible: the bus line withdrawn, the road closed.
@pytest.mark.parametrize("text", [
    "They scrapped the number 40 bus in the summer and she can't get to you on her own.",
    "Die Buslinie 7 wurde im Sommer eingestellt, allein kommt er nicht mehr zu Ihnen.",
    "Han suprimido la línea de autobús que la dejaba en la puerta.",
    "La ligne de bus qui passait devant chez nous a été supprimée.",
    "Hanno soppresso la corsa dell'autobus che passava sotto casa.",
    "De buslijn naar jullie is sinds de zomer opgeheven.",
    "A carreira de autocarro que nos deixava aí foi suprimida.",
    "The bridge has been shut for repairs since October and the detour takes an hour.",
    "Die Straße ist seit Oktober wegen eines Erdrutsches gesperrt.",
    "La carretera está cortada desde octubre por un desprendimiento.",
    "La route est coupée depuis octobre à cause d'un éboulement.",
    "La strada è chiusa da ottobre per lavori.",
    "De weg is sinds oktober afgesloten vanwege werkzaamheden.",
    "A estrada está cortada desde outubro por causa de um deslizamento.",
])
def test_the_way_there_gone_is_other(text: str) -> None:
    assert _reason(text) == "other"


# Booking only through an app the customer can't use (no smartphone): other.
@pytest.mark.parametrize("text", [
    "You can only book through the app now and I don't own a smartphone.",
    "Termine gibt es nur noch über die App, und ich habe kein Smartphone.",
    "Ahora solo se puede reservar desde la aplicación y no tengo smartphone.",
    "On ne peut plus réserver que par l'application, et je n'ai pas de smartphone.",
    "Ora si prenota solo tramite l'app e io non ho lo smartphone.",
    "Afspraken kunnen alleen nog via de app en ik heb geen smartphone.",
    "Agora só dá para marcar pela aplicação e eu não tenho smartphone.",
])
def test_booking_only_by_an_app_is_other(text: str) -> None:
    assert _reason(text) == "other"


# A relative or friend has set up on their own, and the customer goes to them now.
@pytest.mark.parametrize("text", [
    "My sister-in-law has just gone self-employed as a beautician, so I'll go to her from now on.",
    "Meine Schwägerin hat sich als Friseurin selbstständig gemacht, ich gehe jetzt zu ihr.",
    "Mi cuñada se ha establecido por su cuenta como peluquera y ahora voy a ella.",
    "Ma belle-sœur s'est mise à son compte comme coiffeuse, j'irai chez elle désormais.",
    "Mia cognata si è messa in proprio come parrucchiera, d'ora in poi vado da lei.",
    "Mijn zus is voor zichzelf begonnen als schoonheidsspecialiste, ik ga voortaan naar haar.",
    "A minha cunhada abriu o próprio negócio como cabeleireira e agora vou a ela.",
])
def test_a_relative_set_up_on_their_own_is_an_alternative(text: str) -> None:
    assert _reason(text) == "found_alternative"


# The business's help is no longer needed: done in-house now.
@pytest.mark.parametrize("text", [
    "We have hired someone in-house for this, so we no longer need outside support.",
    "Wir haben die Stelle intern besetzt und brauchen keine externe Unterstützung mehr.",
    "Hemos contratado a una persona en plantilla y ya no necesitamos asesoría externa.",
    "Nous avons recruté quelqu'un en interne et n'avons plus besoin d'un accompagnement externe.",
    "Abbiamo assunto una persona interna e non ci serve più una consulenza esterna.",
    "We hebben intern iemand aangenomen en hebben geen externe ondersteuning meer nodig.",
    "Contratámos alguém internamente e já não precisamos de consultoria externa.",
])
def test_done_in_house_is_no_longer_needed(text: str) -> None:
    assert _reason(text) == "no_longer_needed"


# Classes too full to be taught: dissatisfied.
@pytest.mark.parametrize("text", [
    "The classes were packed, fifteen of us and one teacher, nobody got corrected.",
    "Die Kurse waren viel zu voll, der Trainer konnte niemanden korrigieren.",
    "Las clases estaban llenísimas, la profe no podía corregir a nadie.",
    "Les cours étaient bondés, la prof ne pouvait corriger personne.",
    "Le lezioni erano strapiene, l'istruttore non riusciva a correggere nessuno.",
    "De lessen zaten propvol, de docent kon niemand verbeteren.",
    "As aulas estavam cheíssimas, o professor não conseguia corrigir ninguém.",
])
def test_overfull_classes_are_dissatisfied(text: str) -> None:
    assert _reason(text) == "dissatisfied"


# --- the same words where they are no reason --------------------------------------------------

@pytest.mark.parametrize(("text", "reason"), [
    # the customer's own illness stays illness; a parent who looks after the customer too
    ("I've been ill since the spring and my mother looks after me.", "illness"),
    ("Ich bin seit März krank, meine Mutter kümmert sich um mich.", "illness"),
    # a private lesson is no private life
    ("I'd rather have private lessons, so I'm stopping the group.", "none"),
    ("Privatstunden wären mir lieber.", "none"),
    # a class moved to another room, not another hour
    ("The Thursday session moved to the big room, fine by me.", "none"),
    # an evening out, not an evening job
    ("Ich hatte einen schönen Abend, danke!", "none"),
    # the bus is how they come, nothing withdrawn
    ("I come by bus, the number 40 stops right outside.", "none"),
    ("La strada per arrivare da voi è bellissima.", "none"),
    # an app mentioned, not a way of booking lost
    ("I love the new app, booking is so easy now.", "none"),
    ("Ik heb een nieuwe smartphone, mail me gerust.", "none"),
    # the Sunday post is the mail; lessons packed with ideas are praise
    ("Your letter came in the Sunday post, thank you.", "none"),
    ("The lessons were packed with good ideas, I'll miss them.", "none"),
    # a relative who is self-employed, nothing about going to them
    ("My sister went self-employed last year, good for her.", "none"),
    # a full class as the reason to come back later, no complaint
    ("Nothing wrong with you, I just need a break.", "none"),
])
def test_round33_families_do_not_overreach(text: str, reason: str) -> None:
    assert _reason(text) == reason


# Training with an app is another way of doing it, not a booking the customer can't make.
@pytest.mark.parametrize("text", [
    "Ahora entreno solo con la app del móvil.",
    "Adesso mi alleno solo con l'app.",
    "Nu train ik alleen met de app.",
    "Agora treino só com a aplicação.",
    "Je m'entraîne seulement avec l'appli maintenant.",
])
def test_training_with_an_app_is_not_a_booking_app(text: str) -> None:
    assert _reason(text) != "other"


# --- future contact -----------------------------------------------------------------------------

# "I don't intend to come back": no.
@pytest.mark.parametrize("text", [
    "I don't intend to come back.",
    "Ich habe nicht vor, wiederzukommen.",
    "No tengo intención de volver.",
    "Je n'ai pas l'intention de revenir.",
    "Non ho intenzione di tornare.",
    "Ik ben niet van plan terug te komen.",
    "Não pretendo voltar.",
])
def test_no_intention_to_return_is_no(text: str) -> None:
    assert classify_reason(text, "en").future_contact == "no"


# "Let me know if you ever open on Saturdays" / "if the early class comes back": yes.
@pytest.mark.parametrize("text", [
    "If you ever open on Sunday mornings, let me know.",
    "Wenn Sie einmal samstags öffnen, sagen Sie mir Bescheid.",
    "Si algún día abrís los domingos, avisadme.",
    "Si un jour vous ouvrez le dimanche, prévenez-moi.",
    "Se un giorno aprite la domenica, fatemi sapere.",
    "Als jullie ooit op zondag opengaan, laat het me weten.",
    "Se um dia abrirem ao domingo, me avisem.",
    "Yes, if the lunchtime class comes back on the timetable.",
])
def test_tell_me_if_you_offer_it_is_yes(text: str) -> None:
    assert classify_reason(text, "en").future_contact == "yes"


# "You never know": yes.
@pytest.mark.parametrize("text", [
    "Keep me on the list, you never know.",
    "Man weiß ja nie.",
    "Nunca se sabe.",
    "On ne sait jamais.",
    "Non si sa mai.",
    "Je weet maar nooit.",
    "Nunca se sabe, não é?",
])
def test_you_never_know_is_yes(text: str) -> None:
    assert classify_reason(text, "en").future_contact == "yes"


@pytest.mark.parametrize("text", [
    "Let me know when the refund has gone through.",
    "Sagen Sie mir Bescheid, wenn die Rückzahlung erfolgt ist.",
    "Avisadme cuando hagáis la devolución.",
])
def test_a_request_for_news_is_not_a_return(text: str) -> None:
    assert classify_reason(text, "en").future_contact == "unknown"


def test_a_question_about_how_things_go_is_not_a_return() -> None:
    text = "If you have a minute, let me know how the studio is doing."
    assert classify_reason(text, "en").future_contact == "unknown"


@pytest.mark.parametrize("text", [
    "Je n'ai pas l'intention de revenir sur ma décision, mais merci.",
    "Non ho intenzione di tornare sull'argomento, grazie.",
])
def test_not_going_back_on_a_decision_is_no_refusal_to_return(text: str) -> None:
    assert classify_reason(text, "en").future_contact != "no"
