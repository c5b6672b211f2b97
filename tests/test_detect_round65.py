"""Rules round 65 (after the inbound_fresh74 first look), in every language:

- the enrolment or the booking taken away by a request ("vi chiedo di togliere l'iscrizione", "levala
  pure la prenotazione", "löschen Sie meine Anmeldung", "quítame la inscripción", "merci d'enlever
  l'inscription", "tirar a minha inscrição", "mijn inschrijving … verwijderen"): answered;
- "ik zeg daarom het abonnement op", and not carrying on said in the present ("no seguimos con el
  alquiler", "wir machen mit dem Kurs nicht weiter", "non continuiamo con le lezioni");
- the booked time said to be off in more words ("is off", "fällt flach", "no va", "tombe à l'eau",
  "valt in het water", "não vai rolar, tá?") and a place let go with no cancel word ("count Lisa out
  for the trip", "lassen wir heuer bleiben", "on va laisser faire le camp", "ge moogt mij van de lijst
  halen"): a person reads them, never answered;
- a question about the act ("does it cost anything to remove my enrolment later?") is no request.
"""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


@pytest.mark.parametrize("body", [
    "Gentile segreteria, per Tommaso vi chiedo di togliere l'iscrizione al corso di dicembre. Federica",
    "Sabato sera non veniamo, levala pure la prenotazione. Ciao, Gennaro",
    "Bitte löschen Sie meine Anmeldung für den Kurs am Samstag. Danke, Eva",
    "Hola, quítame la inscripción del curso de julio, porfa. Gracias, Ana",
    "Bonjour, merci d'enlever l'inscription de Louise pour le stage de Toussaint. Nathalie",
    "Olá, podem tirar a minha inscrição do curso de sábado? Obrigada, Rita",
    "Hoi, wil je mijn inschrijving voor de cursus van zaterdag verwijderen? Groet, Ilse",
    "Haal de reservering van zaterdag maar weg, we kunnen niet. Groet, Bas",
    "Goedemiddag, ik zeg daarom het abonnement op per 1 maart. Met vriendelijke groet, Hans",
    "Hallo, wir machen mit dem Kurs ab Januar nicht weiter. Viele Grüße, Ute",
    "Ciao, non continuiamo con le lezioni dopo Natale. Grazie di tutto, Marco",
])
def test_answered(body: str) -> None:
    assert answered(body), judge(body)


@pytest.mark.parametrize("body", [
    "Hi Jo, Thursday's appointment is off, sorry. My mum broke her hip. Kate",
    "Hallo, der Termin am Donnerstag fällt für uns leider flach. Gruß, Tom",
    "Hola, así que la cita del jueves no va, lo siento. Marta",
    "Bonjour, le rendez-vous de jeudi tombe à l'eau, désolée. Julie",
    "Hoi, de afspraak van donderdag valt in het water, sorry. Eva",
    "Oi, então essa consulta de quinta não vai rolar, tá? Renata",
    # (rules round 79 made "el alquiler" a booked thing, and "no seguimos con" a booked thing is answered)
    "Mira, no seguimos con lo del violonchelo: os lo devolvemos el sábado. Montse",
    "Please count Lisa out for the Saturday trip, she broke her wrist. Fiona",
    "Servus, das Kartrennen am 12. Dezember lassen wir heuer leider bleiben. Florian",
    "Allo! On va laisser faire le camp de voile pour Mathis cet été. Geneviève",
    "Dag Lieve, ge moogt mij van de lijst halen voor het examen van zaterdag. Wannes",
    "Ciao Sara, per agosto alla fine non ci servi più, ci pensa mia suocera. Marco",
])
def test_a_person_reads_it(body: str) -> None:
    intent, confidence = judge(body)
    assert intent == "cancellation" and 0.5 <= confidence < 0.8, (intent, confidence)


@pytest.mark.parametrize("body", [
    "Does it cost anything to remove my enrolment later? Thanks, Sam",
    "Se volessi togliere l'iscrizione, quanto costa?",
    "Non togliete la prenotazione, arriviamo solo un po' tardi.",
    "Können Sie meine Anmeldung löschen, falls ich die Prüfung nicht bestehe?",
    "On Thursday the heating is off, so bring a jumper. See you then!",
    "Das lassen wir so bleiben, der Termin am Freitag passt.",
    "Wir machen mit dem Kurs nicht weiter, wenn der Preis steigt?",
    "The Monday slot is off for me, but Tuesday works.",
])
def test_not_answered(body: str) -> None:
    assert not answered(body), judge(body)
