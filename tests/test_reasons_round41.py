"""Reasons rules round 41 (after the replies_fresh57 first look: moved_away 2/5, schedule_conflict 3/5):
reasons told in the usual story rather than the usual word, by family, each written anew here in every
language (en, de, es, fr, it, nl, pt), with the same words where they are no reason or not this one (a
family must not overreach)."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason


def _reason(text: str, language: str = "en") -> str:
    return classify_reason(text, language).reason


# Going back to a named place, told in the past ("we went back to Glasgow", "me volví a Sevilla"),
# or posted there by the employer ("my company transferred me to Leeds", "fui colocado em Braga"):
# moved_away.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "We went back to Glasgow last month, my husband got a post at the university."),
    ("en", "My company transferred me to Leeds in September, so there's no point carrying on."),
    ("de", "Wir sind im Februar zurück nach Graz gegangen, mein Mann hat dort eine Professur."),
    ("es", "Me volví a Sevilla en marzo, por eso cancelé."),
    ("es", "Nos volvimos a Bilbao en enero, ya sabéis que la familia está allí."),
    ("fr", "On est retournés à Lyon le mois passé, c'est pour ça que j'ai annulé."),
    ("it", "Sono tornata a Napoli a febbraio, per questo ho disdetto."),
    ("nl", "We zijn in maart teruggegaan naar Gent, vandaar de opzegging."),
    ("pt", "Regressámos a Coimbra no mês passado, por isso cancelei."),
    ("pt", "Fui colocado em Braga pela empresa a partir de setembro."),
])
def test_going_back_to_or_posted_to_a_named_place_is_moved_away(language: str, text: str) -> None:
    assert _reason(text, language) == "moved_away"


# The same verbs going back to work, to an activity or home, or signing up again: not moved_away.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "I went back to work in January."),
    ("en", "My company transferred me to the night team."),
    ("de", "Ich muss abends zurück nach Hause."),
    ("es", "Me volví a apuntar al gimnasio."),
    ("fr", "Je suis retourné au travail en janvier."),
    ("it", "Sono tornata a lavorare a febbraio."),
    ("nl", "Ik ben teruggegaan naar mijn oude sportschool."),
    ("pt", "Fui colocado no turno da noite pela empresa."),
    # someone else going back is not the customer moving
    ("en", "My tandem partner went back to Madrid and I don't fancy starting over."),
    ("de", "Mein Tandempartner ist zurück nach Sevilla, und neu anfangen mag ich nicht."),
    ("es", "Mi compañera se volvió a Lima y sola no me apetece seguir."),
    ("fr", "Ma partenaire est retournée à Lisbonne et je n'ai pas envie de recommencer."),
    ("it", "La mia compagna di corso è tornata a Madrid e da sola non mi va."),
    ("nl", "Mijn maatje is teruggegaan naar Spanje en alleen heb ik er geen zin in."),
    ("pt", "A minha parceira regressou a Madrid e sozinha não me apetece."),
])
def test_going_back_to_work_or_home_is_not_moved_away(language: str, text: str) -> None:
    assert _reason(text, language) != "moved_away"


# Since working somewhere else, the sessions can no longer be reached or fitted in: schedule_conflict.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "Since I work in Reading, I never get back before seven, impossible to fit in the classes."),
    ("de", "Seit ich in München arbeite, schaffe ich die Kurse um 18 Uhr nicht mehr."),
    ("es", "Desde que trabajo en Alcalá salgo a las siete y es imposible cuadrar las sesiones de la tarde."),
    ("fr", "Depuis que je travaille à Lausanne, impossible de caser les séances de 18 h."),
    ("it", "Da quando lavoro a Bergamo non riesco più ad arrivare alle lezioni delle 18."),
    ("nl", "Sinds ik in Utrecht werk lukt het niet meer om op werkdagen voor zessen bij jullie te zijn."),
    ("pt", "Desde que trabalho em Sintra chego sempre depois das sete, é impossível encaixar as aulas."),
])
def test_working_elsewhere_and_unable_to_make_the_sessions_is_schedule_conflict(language: str,
                                                                                 text: str) -> None:
    assert _reason(text, language) == "schedule_conflict"


# Working somewhere else with something else no longer needed or found: not schedule_conflict.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "Since I work in Leeds now I found a gym near the office."),
    ("de", "Seit ich in München arbeite, brauche ich das Auto nicht mehr."),
    ("es", "Desde que trabajo en Alcalá ya no necesito el coche."),
    ("fr", "Depuis que je travaille à Lausanne, je n'ai plus besoin de la voiture."),
    ("it", "Da quando lavoro a Bergamo non ho più bisogno della macchina."),
    ("nl", "Sinds ik in Utrecht werk heb ik de auto niet meer nodig."),
    ("pt", "Desde que trabalho em Sintra já não preciso do carro."),
])
def test_working_elsewhere_without_a_clash_is_not_schedule_conflict(language: str, text: str) -> None:
    assert _reason(text, language) != "schedule_conflict"


# A child who still finds it too exciting, daunting or scary: not_ready.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "We noticed Sam still found it all too nerve-racking, he had a tummy ache every Tuesday."),
    ("de", "Wir haben gemerkt, dass Lena das alles noch zu aufregend fand."),
    ("es", "Nos dimos cuenta de que a Lucas todavía le imponía demasiado."),
    ("fr", "On a vu que c'était encore trop impressionnant pour Léo."),
    ("it", "Ci siamo accorti che per Marco era ancora tutto troppo emozionante."),
    ("nl", "We merkten dat Daan het eigenlijk nog te spannend vond."),
    ("pt", "Percebemos que para o Rui ainda era tudo demasiado assustador."),
])
def test_a_child_still_finding_it_too_daunting_is_not_ready(language: str, text: str) -> None:
    assert _reason(text, language) == "not_ready"


# The vet said to wait a while before the next visit: not_ready.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "The vet told us to wait a couple of months before we bring her back."),
    ("de", "Die Tierärztin hat uns geraten, noch ein paar Monate zu warten."),
    ("es", "La veterinaria nos dijo que esperáramos un par de meses antes de volver a bañarla."),
    ("fr", "La vétérinaire nous a conseillé d'attendre deux mois avant de la ramener."),
    ("it", "Il veterinario ci ha detto di aspettare un paio di mesi."),
    ("nl", "De dierenarts heeft ons aangeraden nog een paar maanden te wachten."),
    ("pt", "A veterinária disse-nos para esperar uns meses antes de a trazer."),
])
def test_the_vet_saying_to_wait_is_not_ready(language: str, text: str) -> None:
    assert _reason(text, language) == "not_ready"


# The same words not about being ready: never too daunting, the vet not saying to wait.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "It was never too nerve-racking for Sam, he loved it."),
    ("de", "Das Wasser war noch zu kalt, und die Duschen waren kaputt."),
    ("es", "La veterinaria nos dijo que estaba perfecta."),
    ("fr", "Ce n'était jamais trop impressionnant pour Léo, il adorait."),
    ("it", "Il veterinario ci ha detto che sta benissimo."),
    ("nl", "Het was voor Daan nooit te spannend, hij vond het geweldig."),
    ("pt", "A veterinária disse-nos que está ótima."),
])
def test_the_same_words_without_unreadiness_are_not_not_ready(language: str, text: str) -> None:
    assert _reason(text, language) != "not_ready"


# Everything but the essentials cut after an unexpected bill: cost.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "The car needed a new clutch and anything that isn't essential has had to go."),
    ("de", "Das Auto musste in die Werkstatt, und alles, was nicht Miete oder Essen ist, muss erst mal weg."),
    ("de", "Wir streichen gerade alles, was nicht unbedingt nötig ist."),
    ("es", "Se nos rompió el coche y todo lo que no sea alquiler o comida ha tenido que esperar."),
    ("es", "Hemos recortado todo lo que no es imprescindible."),
    ("fr", "La voiture a lâché et tout ce qui n'est pas loyer ou courses a dû sauter."),
    ("fr", "On a supprimé tout ce qui n'est pas indispensable."),
    ("it", "Abbiamo tagliato tutto quello che non è indispensabile."),
    ("nl", "De auto moest naar de garage en alles wat geen huur of boodschappen is moet er nu uit."),
    ("nl", "We schrappen alles wat niet noodzakelijk is."),
    ("pt", "O carro avariou e tudo o que não é renda ou comida teve de ficar para depois."),
    ("pt", "Cortámos tudo o que não é essencial."),
])
def test_everything_but_the_essentials_cut_is_cost(language: str, text: str) -> None:
    assert _reason(text, language) == "cost"


# The same words about the course's content, nothing cut from the customer's budget: not cost.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "Everything that isn't essential to the course is in the handbook."),
    ("de", "Alles, was nicht nötig ist, stand im Handbuch, sehr übersichtlich."),
    ("es", "Todo lo que no es imprescindible viene en el manual."),
    ("fr", "Tout ce qui n'est pas indispensable est dans le livret."),
    ("it", "Tutto quello che non è indispensabile è nel manuale."),
    ("nl", "Alles wat niet noodzakelijk is staat in het handboek."),
    ("pt", "Tudo o que não é essencial está no manual."),
])
def test_the_essentials_without_a_cut_are_not_cost(language: str, text: str) -> None:
    assert _reason(text, language) != "cost"
