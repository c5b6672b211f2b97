"""Rules round 79 (after the inbound_fresh89 first look, an ordinary week), in every language where the
form exists. Sentences written for these tests, not the blind set's:

- answered: the Spanish infinitive with its pronoun ("le solicito cancelarla"); "leçons", "ateliers" and a
  rental ("o aluguer da prancha", "el alquiler", "il noleggio", "de verhuur", "der Verleih") as the booked
  thing; the thanks in advance with an adverb ("I would therefore be grateful if you would cancel");
  stopping or forgoing it with the subject first ("Ik stop dus met de cursus", "We zien dus af van de
  shoot", "Renunciamos a la sesión", "Wir verzichten auf den Termin", "give the session a miss"); a polite
  question to take one off a course from a date ("Pourriez-vous me désinscrire à partir du 1er juin ?");
  "ya no, porfa cancélenla": the "no" of the clause before is no negation;
- read as meant: the Belgian "savoir" for "pouvoir" ("je ne saurai pas venir"), the Portuguese "pf";
- at most a person: "cant bring max in tmrw"; "could you take Milo off please", "take Bonnie off for the
  26th";
- a reschedule: "Cancelem a aula … e passem-na para sexta", "Mudem a minha aula para sexta";
- not answered: a colleague asked to move "my students" ("Kannst du bitte meine Schüler … umbuchen?");
  "Can I book her in again once things have calmed down?" after a missed appointment is no move;
  "toute ma disponibilité" (one's whole time) is no staff member's availability.
"""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


@pytest.mark.parametrize("body", [
    "Buenos días. Por motivos de trabajo el Sr. Ruiz no podrá acudir a su cita del lunes, por lo que le"
    " solicito atentamente cancelarla.",
    "Je vous écris pour mettre un terme à mes leçons de violon du samedi.",
    "Je souhaite annuler mes ateliers de céramique de mars.",
    "bom dia cancelem o aluguer do caiaque para domingo pf. obg",
    "Hola, cancelen por favor el alquiler de la tabla para el sábado.",
    "Buongiorno, annullate per favore il noleggio della bici per sabato.",
    "Wilt u de verhuur van de sup voor zaterdag annuleren? Dank u.",
    "Bitte stornieren Sie den Verleih des Kajaks für Samstag.",
    "We would therefore be grateful if you would cancel our booking for Friday 14 May.",
    "I would also be grateful if you could cancel my son's lesson on Monday.",
    "Ik stop dus met de cursus, de lessen passen niet meer in mijn rooster.",
    "We zien dus af van de fotoshoot van 12 juni.",
    "Renunciamos a la sesión de fotos del sábado, lo sentimos.",
    "Wir verzichten auf den Termin am Freitag, danke.",
    "We've decided to give the photo session on Friday a miss.",
    "Pourriez-vous me désinscrire à partir du mois prochain ?",
    "Könnten Sie mich bitte ab Juli abmelden?",
    "La cita de Pablo sí se queda, pero la de Marta ya no, cancélenla por favor.",
    "Des raisons familiales requièrent toute ma disponibilité : je mets donc un terme à mes leçons de piano.",
    "Je ne saurai pas venir à ma leçon de jeudi, excusez-moi.",
])
def test_answered(body: str) -> None:
    assert answered(body), judge(body)


@pytest.mark.parametrize("body", [
    "Notre fils ne saura pas venir à son cours samedi, il a une compétition.",
    "cant bring max in tmrw at 9, hes been poorly all night",
    "Could you take Milo off please, he's not himself this week.",
    "So you can take Bonnie off for the 26th, thanks for everything.",
])
def test_to_a_person_at_least(body: str) -> None:
    intent, confidence = judge(body)
    assert intent == "cancellation" and confidence >= 0.5, (intent, confidence)


@pytest.mark.parametrize("body", [
    "Cancelem a aula de sábado e passem-na para domingo à mesma hora.",
    "Mudem a minha aula para sexta, por favor.",
])
def test_moved(body: str) -> None:
    assert judge(body)[0] == "reschedule", judge(body)


@pytest.mark.parametrize("body", [
    "Hoi Monika, kannst du bitte meine Schüler für die nächsten zwei Wochen auf Reto umbuchen? Danke, Beat",
    "Hi Sue, could you please move my students to Sarah's class next week? I'm away. Tom",
    "I'm so sorry, I completely forgot Max's appointment yesterday. Can I book him in again once things"
    " have calmed down?",
    "La de Pablo sí, no, no la cancelen.",
    "Pourriez-vous me désinscrire de la newsletter ?",
    "I need to take the day off for the 26th, can you cover?",
])
def test_not_answered(body: str) -> None:
    intent, confidence = judge(body)
    assert not (intent in ("cancellation", "reschedule") and confidence >= 0.8), (intent, confidence)
