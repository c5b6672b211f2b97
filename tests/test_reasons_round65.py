"""Reasons round 65 (review mends of the twentieth session), in every language: living somewhere for a
long time is no move ("Vivo en Madrid desde hace diez años", "Ich wohne seit Jahren in Graz"), while a
month named still is ("Vivo en Valencia desde enero"); the trouble of writing spared is an opt-out, never
work or money ("Ahórrense el trabajo de escribirme", "Sparen Sie sich die Mühe")."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Vivo en Madrid desde hace diez años y me encanta el barrio."),
    ("es", "Vivo en Sevilla desde siempre."),
    ("de", "Ich wohne seit Jahren in Graz und komme gern wieder."),
    ("fr", "J'habite depuis toujours à Lyon."),
    ("it", "Abito da sempre a Como."),
    ("nl", "Ik woon sinds jaren in Gent."),
    ("pt", "Moro desde sempre em Braga."),
])
def test_a_long_time_in_a_place_is_no_move(lang: str, text: str) -> None:
    assert classify_reason(text, lang).reason != "moved_away", classify_reason(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Vivo en Valencia desde enero."),
    ("de", "Ich wohne seit März in Hamburg."),
    ("nl", "Ik woon sinds maart in Antwerpen."),
    ("pt", "Moro desde março em Lisboa."),
    ("fr", "J'habite depuis mars à Lille."),
])
def test_a_month_named_is_still_a_move(lang: str, text: str) -> None:
    assert classify_reason(text, lang).reason == "moved_away", classify_reason(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Ahórrense el trabajo de escribirme, gracias."),
    ("pt", "Poupem-se ao trabalho de me escrever."),
    ("de", "Sparen Sie sich die Mühe, mir zu schreiben."),
])
def test_the_trouble_spared_is_an_opt_out_with_no_reason(lang: str, text: str) -> None:
    read = classify_reason(text, lang)
    assert read.opt_out and read.reason == "none", read


def test_saving_money_is_still_cost() -> None:
    assert classify_reason("Ich muss sparen, der Kurs ist zu teuer.", "de").reason == "cost"


# Reasons round 65 (after the replies_fresh84 first look), in every language.
@pytest.mark.parametrize(("lang", "text", "reason"), [
    ("it", "Dopo sei sedute il mal di schiena è come prima. Per me non ha funzionato.", "dissatisfied"),
    ("de", "Die Behandlung hat mir leider nichts gebracht.", "dissatisfied"),
    ("nl", "Ik had meer begeleiding verwacht.", "dissatisfied"),
    ("de", "Ich hatte mehr erwartet.", "dissatisfied"),
    ("fr", "Je m'attendais à mieux.", "dissatisfied"),
    ("de", "Am Freitag war es so laut, dass wir die Regeln kaum erklären konnten.", "dissatisfied"),
    ("es", "El nuevo profe es muy exigente y bastante duro con los más chicos.", "dissatisfied"),
    ("en", "By May the groups were far too big and he sat waiting for help.", "dissatisfied"),
    ("pt", "Contratei uma diarista direto, fica mais em conta.", "found_alternative"),
    ("en", "We hired a cleaner ourselves.", "found_alternative"),
    ("de", "Wir haben mit Freunden eine eigene Spielrunde organisiert.", "found_alternative"),
    ("es", "Nos vinimos en julio porque a mi pareja le salió un trabajo acá.", "moved_away"),
    ("fr", "Je suis rentrée vivre en France au début de l'été.", "moved_away"),
    ("nl", "De lessen op dinsdagavond samenvielen met mijn nieuwe uurrooster.", "schedule_conflict"),
    ("it", "Avevo smesso perché 60 euro a seduta per me erano troppi.", "cost"),
    ("de", "Ehrlich gseit isch mer dr Spielpass eifach z tüür worde.", "cost"),
    ("pt", "O meu filho tem asma e ficava em crise depois da faxina.", "illness"),
    ("nl", "Het project is af, dus voor mij hoeft het niet meer.", "no_longer_needed"),
    ("pt", "Não vou precisar mais: minha mãe veio morar com a gente e faz questão de cuidar da casa.",
     "no_longer_needed"),
])
def test_round65_families(lang: str, text: str, reason: str) -> None:
    assert classify_reason(text, lang).reason == reason, classify_reason(text, lang)


def test_the_first_mails_reason_was_only_an_excuse() -> None:
    text = ("In mijn eerste mail schreef ik dat het om de prijs ging, maar eerlijk gezegd was dat niet"
            " echt zo. Ik vond de sfeer niet plezant en ik had meer begeleiding verwacht.")
    assert classify_reason(text, "nl").reason == "dissatisfied"


def test_the_noise_told_leaves_a_return_open() -> None:
    assert classify_reason("Am Freitag war es so laut.", "de").future_contact == "unknown"


# Second part (after the replies_fresh85 first look, a hard set), in every language.
@pytest.mark.parametrize(("lang", "text", "reason"), [
    ("en", "Sure I'm up in Donegal since the summer, I got the transfer with work.", "moved_away"),
    ("en", "I'm back home in Melbourne now that the exchange semester is over.", "moved_away"),
    ("de", "Danke, aber i bin seit September in Graz, neuer Job an der TU.", "moved_away"),
    ("it", "Ormai sugnu a Torino, mi hanno assunto a settembre.", "moved_away"),
    ("nl", "Ik duik sinds september bij een club in Mechelen, vlakbij.", "found_alternative"),
    ("es", "Desde agosto estoy en el coro de la facultad y con eso me alcanza.", "found_alternative"),
    ("fr", "J'ai changé pour le club de Lévis, c'est à cinq minutes de chez nous.", "found_alternative"),
    ("en", "She switched to a club nearer home.", "found_alternative"),
    ("fr", "Les pratiques tombent les mardis soirs, les mêmes soirs que le tir libre.", "schedule_conflict"),
    ("en", "He can't be in two places at once.", "schedule_conflict"),
    ("es", "Con los horarios de la facultad no le da el tiempo ni para dormir.", "schedule_conflict"),
])
def test_round65_second_part(lang: str, text: str, reason: str) -> None:
    assert classify_reason(text, lang).reason == reason, classify_reason(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Ich bin seit Montag in Behandlung, deshalb."),
    ("de", "Ich bin seit Jahren in Graz und komme gern."),
    ("de", "Bei mir wurde Brustkrebs festgestellt, ich bin seit Oktober in Chemotherapie."),
])
def test_no_move_in_a_treatment_or_a_long_time(lang: str, text: str) -> None:
    assert classify_reason(text, lang).reason != "moved_away", classify_reason(text, lang)
