"""Reasons round 66 (after the replies_fresh86 first look, a realistic month), in every language where the
form exists: one's own equipment bought and a friend or relative who does it now (found_alternative); not
in the budget, the job lost (cost); damage left behind, a reaction after the treatment, nothing like what
was agreed (dissatisfied); "pas besoin de déneigement" (no_longer_needed); the Austrian "das geht sich
nicht mehr aus" (schedule_conflict). Never after "if"."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason


@pytest.mark.parametrize(("text", "reason"), [
    ("We bought our own snow blower with the neighbour.", "found_alternative"),
    ("Wir haben uns selbst einen Rasenmäher gekauft.", "found_alternative"),
    ("Nos compramos una sopladora con el vecino.", "found_alternative"),
    ("On s'est acheté une souffleuse à deux avec le voisin d'en face.", "found_alternative"),
    ("Ci siamo comprati un compressore.", "found_alternative"),
    ("We hebben zelf een hogedrukreiniger gekocht.", "found_alternative"),
    ("Comprámos uma máquina nossa.", "found_alternative"),
    ("A friend of mine does it for me now.", "found_alternative"),
    ("Al final me lo hizo una amiga que se recibió de tatuadora.", "found_alternative"),
    ("Un ami me l'a fait gratuitement.", "found_alternative"),
    ("Mijn schoonbroer doet het nu voor ons.", "found_alternative"),
    ("Um amigo meu faz isso agora.", "found_alternative"),
    ("Mein Schwager macht das jetzt.", "found_alternative"),
    ("Ce n'est pas dans le budget cette année.", "cost"),
    ("Me quedé sin laburo a fines de octubre y ahora mismo no me da el bolsillo.", "cost"),
    ("Ik ben mijn job kwijt sinds oktober.", "cost"),
    ("He left soot all over our brand new carpet.", "dissatisfied"),
    ("The sketch was nothing like what we had discussed.", "dissatisfied"),
    ("El boceto no tenía nada que ver con lo que habíamos hablado.", "dissatisfied"),
    ("Le croquis n'avait rien à voir avec ce qu'on avait discuté.", "dissatisfied"),
    ("Il bozzetto non aveva niente a che vedere con quello che avevamo detto.", "dissatisfied"),
    ("De schets had niets te maken met wat we hadden afgesproken.", "dissatisfied"),
    ("O desenho não tinha nada a ver com o que tínhamos combinado.", "dissatisfied"),
    ("Der Entwurf hatte nichts mit dem zu tun, was wir besprochen hatten.", "dissatisfied"),
    ("After the wax I had red bumps for three days and a small burn on my lip.", "dissatisfied"),
    ("Na de wax had ik drie dagen rode bulten en een brandwondje op mijn bovenlip.", "dissatisfied"),
    ("Après la cire, j'ai eu des rougeurs pendant trois jours.", "dissatisfied"),
    ("La maison est fermée, fait que pas besoin de déneigement.", "no_longer_needed"),
    ("Dienstag hat sie ab jetzt Klavierunterricht, das geht sich nicht mehr aus.", "schedule_conflict"),
])
def test_told_in_everyday_words(text: str, reason: str) -> None:
    assert classify_reason(text, "en").reason == reason, classify_reason(text, "en")


@pytest.mark.parametrize("text", [
    "If a friend does it for me, I'll let you know.",
    "Um amigo faz anos amanhã.",
    "Mein Bruder hat es schwer.",
])
def test_not_a_reason(text: str) -> None:
    assert classify_reason(text, "en").reason == "none", classify_reason(text, "en")


# Second part, in every language: not what was expected (dissatisfied), not for me any more
# (no_longer_needed), more than one can manage (cost), the Scots "flitting" (moved_away).
@pytest.mark.parametrize(("text", "reason"), [
    ("Der Kurs war leider nicht das, was wir uns erwartet haben.", "dissatisfied"),
    ("El curso no era lo que esperábamos.", "dissatisfied"),
    ("Le cours n'était pas ce à quoi on s'attendait.", "dissatisfied"),
    ("Il corso non era quello che ci aspettavamo.", "dissatisfied"),
    ("De cursus was niet wat we hadden verwacht.", "dissatisfied"),
    ("O curso não era o que esperávamos.", "dissatisfied"),
    ("It's not for me anymore at my age.", "no_longer_needed"),
    ("Das ist nichts mehr für mich in meinem Alter.", "no_longer_needed"),
    ("Ya no es para mí a mi edad.", "no_longer_needed"),
    ("Ce n'est plus pour moi à mon âge.", "no_longer_needed"),
    ("Non fa più per me alla mia età.", "no_longer_needed"),
    ("Ik laat geen behandelingen meer doen, dat is niets meer voor mij op mijn leeftijd.",
     "no_longer_needed"),
    ("Já não é para mim na minha idade.", "no_longer_needed"),
    ("I'm afraid £85 is more than I can manage this winter with the price of everything.", "cost"),
    ("85 Euro sind mehr, als ich mir diesen Winter leisten kann.", "cost"),
    ("We're flitting up to Inverness at the end of the month.", "moved_away"),
])
def test_second_part(text: str, reason: str) -> None:
    assert classify_reason(text, "en").reason == reason, classify_reason(text, "en")


@pytest.mark.parametrize("text", [
    "If it's not for me anymore, I'll tell you.",
    "It was nothing more than I expected, it was perfect.",
])
def test_second_part_not_a_reason(text: str) -> None:
    assert classify_reason(text, "en").reason == "none", classify_reason(text, "en")
