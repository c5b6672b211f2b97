"""Reasons round 60 and opt-outs (after the replies_fresh77 first look, a hard set: dissatisfied 0 of 6,
one opt-out neither read nor held, one false), families in every language, told as facts or with irony:
the bread left at the wrong house, classes called off again and again, forty minutes' wait, three
different teachers, weeks waiting for a part (dissatisfied); baking their own, the club round the corner,
a brother-in-law who coaches, a lease bike (found_alternative); a child who cries, waiting until older
(not_ready); a parent buried (personal); hospital duty, every Saturday morning, never before work
(schedule_conflict). Opt-outs: "Bitte Ruhe jetzt" ("now" beside the courtesy word), "keine Einladungen
mehr", "inutile de nous écrire"; never the mechanism told back ("si respondo BASTA no me escriben más").
"""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason, sentence_stop


@pytest.mark.parametrize(("language", "text", "reason"), [
    ("en", "Especially the three Saturdays in a row it was delivered to number 14 instead of number 41.",
     "dissatisfied"),
    ("de", "Zweimal wurde die Kiste an die falsche Adresse geliefert.", "dissatisfied"),
    ("es", "Me encantaba pagar la cuota completa y que después me suspendieran la clase tres veces por mes.",
     "dissatisfied"),
    ("it", "Adoravo aspettare quaranta minuti in sala d'attesa con l'appuntamento alle 8.", "dissatisfied"),
    ("fr", "Inès a attendu quarante minutes devant une porte fermée.", "dissatisfied"),
    ("fr", "Trois animateurs différents en six semaines.", "dissatisfied"),
    ("en", "Three different teachers in six weeks.", "dissatisfied"),
    ("nl", "Mijn fiets stond drie weken in de werkplaats te wachten op een onderdeel.", "dissatisfied"),
    ("de", "Die Gruppe war letztes Jahr mit 13 Kindern viel zu groß.", "dissatisfied"),
    ("en", "I did a sourdough course and I've been baking my own ever since.", "found_alternative"),
    ("es", "Por ahora estoy jugando en el club del barrio, que me queda a dos cuadras.", "found_alternative"),
    ("de", "Mein Schwager ist seit heuer Trainer beim Skiclub und nimmt unsere zwei mit.",
     "found_alternative"),
    ("nl", "De doorslag gaf dat mijn nieuwe werkgever een leasefiets regelt.", "found_alternative"),
    ("fr", "On préfère attendre qu'elle ait un peu grandi.", "not_ready"),
    ("pt", "A pediatra falou pra não forçar, que cada bebê tem seu tempo.", "not_ready"),
    ("de", "Meine Frau und ich haben im Sommer ihren Vater begraben.", "personal"),
    ("de", "Unter der Woche geht nix, ich hab Radldienst im Spital.", "schedule_conflict"),
    ("en", "I'm at the pool with the two small lads every Saturday morning.", "schedule_conflict"),
    ("nl", "Ik kon mijn fiets nooit vóór mijn werk bij jullie brengen.", "schedule_conflict"),
])
def test_the_reason_is_read(language: str, text: str, reason: str) -> None:
    assert classify_reason(text, language).reason == reason, classify_reason(text, language)


@pytest.mark.parametrize(("language", "text", "not_reason"), [
    ("en", "We waited for a part of the afternoon in the sun, lovely.", "dissatisfied"),
    ("de", "Die Gruppe war letztes Jahr genau richtig.", "dissatisfied"),
])
def test_not_that_reason(language: str, text: str, not_reason: str) -> None:
    assert classify_reason(text, language).reason != not_reason


@pytest.mark.parametrize(("language", "text", "opt_out"), [
    ("de", "Wir haben storniert und brauchen keine Einladungen mehr.", True),
    ("fr", "Nous partons vivre à Montréal, inutile de nous écrire encore.", True),
    ("es", "Decís que si respondo BASTA no me escriben más, pero ni loca, sigan mandando.", False),
    ("es", "No me escriban más, por favor.", True),
])
def test_opt_out_in_own_words(language: str, text: str, opt_out: bool) -> None:
    assert classify_reason(text, language).opt_out is opt_out


@pytest.mark.parametrize(("text", "word"), [
    ("Bitte Ruhe jetzt. Wir haben storniert.", "Bitte Ruhe jetzt"),
    ("Bitte Ruhe.", "Bitte Ruhe"),
    ("Ruhe jetzt.", ""),  # no courtesy word: "now" alone is not enough inside a reply
    ("I had to stop now, the knee hurt.", ""),
])
def test_now_beside_the_courtesy_word(text: str, word: str) -> None:
    assert sentence_stop(text, frozenset({"ruhe"})) == word
