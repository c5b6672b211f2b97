"""Reason and opt-out families learned from the first look at tests/data/replies_fresh2, each
written anew here in several languages (a family, not one reply's wording)."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason


@pytest.mark.parametrize(("text", "reason"), [
    ("I twisted my knee on the stairs, so no classes for a while.", "illness"),
    ("Je me suis cassé le poignet en vélo, plâtre pour un mois.", "illness"),
    ("Me he torcido el tobillo jugando al pádel.", "illness"),
    ("Hab mir den Fuß verstaucht, Tanzen ist gerade nicht drin.", "illness"),
    ("Mi sono fatta male alla spalla, appena mi rimetto vi scrivo.", "illness"),
    ("Ik heb mijn enkel verstuikt bij het hardlopen.", "illness"),
    ("From next month I'm on rotating shifts, so the Tuesday slot just doesn't work any more.",
     "schedule_conflict"),
    ("Ab Januar habe ich Schichtdienst und weiß nie, wann ich frei habe.", "schedule_conflict"),
    ("Je passe en 3x8 le mois prochain.", "schedule_conflict"),
    ("My neighbour used to be a hairdresser and does it for me now.", "found_alternative"),
    ("J'ai trouvé un cours plus près de chez moi.", "found_alternative"),
    ("Ho trovato una palestra più vicino a casa.", "found_alternative"),
    ("We zijn naar Utrecht verhuisd en ik volg nu les bij een studio daar.", "moved_away"),
    ("Wir sind nach Hamburg gezogen.", "moved_away"),
    ("Me mudé a Sevilla el mes pasado.", "moved_away"),
    ("The last two sessions felt rushed and I wasn't listened to.", "dissatisfied"),
    ("Ich habe mich nicht ernst genommen gefühlt.", "dissatisfied"),
    ("Ho perso la fiducia dopo l'ultima seduta.", "dissatisfied"),
    ("Na de laatste behandeling had ik meer pijn, ik voelde me niet gehoord.", "dissatisfied"),
    ("Good news: no more pain in my shoulder, I think we're done!", "no_longer_needed"),
    ("Plus aucune douleur depuis trois semaines, merci !", "no_longer_needed"),
    ("Ya no me duele nada, misión cumplida.", "no_longer_needed"),
    ("Des soucis d'ordre familial me prennent tout mon temps.", "personal"),
    ("Estamos pasando una temporada complicada en casa.", "personal"),
])
def test_reason_families(text: str, reason: str) -> None:
    assert classify_reason(text, "en").reason == reason


@pytest.mark.parametrize(("text", "reason"), [
    ("Nein, wir sind nicht weggezogen, aber meine Mutter wohnt jetzt bei uns und braucht Pflege.",
     "personal"),
    ("It's not the price, it's the timing: the 4pm slot just doesn't work for us any more.",
     "schedule_conflict"),
])
def test_a_denied_reason_does_not_count(text: str, reason: str) -> None:
    assert classify_reason(text, "en").reason == reason


@pytest.mark.parametrize("text", [
    "Les agradeceré que me den de baja de su lista de correos.",
    "Plus de mails svp. Merci.",
    "Bitte melden Sie mich von Ihrem Newsletter ab, ich möchte keine Mails mehr.",
    "Bitte von der Liste abmelden.",
])
def test_opt_out_word_orders(text: str) -> None:
    assert classify_reason(text, "en").opt_out


@pytest.mark.parametrize("text", [
    "Sie müssen mir nicht antworten, wollte mich nur kurz abmelden und Danke sagen.",
    "J'ai plus de messages que prévu cette semaine, je reviens vers vous.",
])
def test_leaving_the_class_is_not_leaving_the_mail(text: str) -> None:
    assert not classify_reason(text, "en").opt_out
