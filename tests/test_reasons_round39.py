"""Reasons rules round 39 (after the replies_fresh54 first look: dissatisfied 0/6): reasons told as
a story rather than in the usual word, by family, each written anew here in every language (en, de,
es, fr, it, nl, pt), with the same words where they are no reason or not this one (a family must not
overreach)."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason


def _reason(text: str) -> str:
    return classify_reason(text, "en").reason


# Dissatisfaction told as concrete failures of the service: the club's machines broken, no hot water
# or a freezing pool, staff on their phones, rude or never on time, sessions called off or postponed
# by the business again and again, ingredients missing, a teacher's method that did not suit, and
# the irony of "warmer than the pool": dissatisfied.
@pytest.mark.parametrize("text", [
    "Two of the treadmills were broken the whole of January.",
    "There was no hot water in the changing rooms for most of February.",
    "The instructor sat at the front scrolling on his phone while we did the drills.",
    "The coach was never on time, we stood around waiting every single week.",
    "She called off the lesson at very short notice, three weeks running.",
    "They ran out of ingredients halfway through the baking night.",
    "I never really got on with the tutor's method, far too rigid for Amy.",
    "Your farewell mail was warmer than the reception ever was.",
    "Die Hälfte der Laufbänder war seit Wochen defekt.",
    "In den Duschen gab es schon wieder kein warmes Wasser.",
    "Die Trainerin hat während der Stunde ständig telefoniert.",
    "Der Kurs wurde dreimal verschoben, das war mir zu viel.",
    "Beim letzten Termin fehlten wieder die Materialien für alle.",
    "Ehrlich gesagt kam ich mit der Methode der Lehrerin nie richtig zurecht.",
    "Varias de las bicicletas llevaban semanas averiadas.",
    "La piscina estaba helada casi todo el invierno.",
    "La profesora se pasaba la clase mirando el móvil.",
    "El entrenador nunca llegaba a la hora, siempre le esperábamos.",
    "Nos cambiaron el taller varias veces sin explicación.",
    "No me acostumbré nunca al método de la academia.",
    "Plusieurs machines étaient en panne depuis la rentrée.",
    "Il n'y avait pas d'eau chaude dans les douches depuis un mois.",
    "Le moniteur passait son temps au téléphone pendant la séance.",
    "La réceptionniste était franchement antipathique avec les habitués.",
    "Le cours a été reporté trois fois en deux mois.",
    "Votre message est plus chaleureux que le personnel, c'est dire.",
    "Metà delle macchine erano fuori uso da settimane.",
    "Nelle docce non c'era acqua calda quasi mai.",
    "L'istruttore stava sempre al telefono durante la lezione.",
    "Il maestro era sempre in ritardo, anche di venti minuti.",
    "Il corso è stato rimandato tre volte di fila.",
    "Non mi sono trovata con il metodo, troppo teoria.",
    "De helft van de toestellen was al maanden defect.",
    "In de kleedkamers was er vaak geen warm water.",
    "De docent zat de halve les te appen.",
    "De juf was altijd te laat, de kinderen stonden buiten te wachten.",
    "De les is drie keer verschoven zonder uitleg.",
    "De aanpak van de docent lag me gewoon niet.",
    "Metade das máquinas estavam avariadas desde janeiro.",
    "Nos balneários não havia água quente há semanas.",
    "O treinador passava a aula agarrado ao telemóvel.",
    "A explicadora nunca chegava a horas.",
    "Cancelaram a aula três vezes seguidas, sempre por mensagem.",
    "O jeito da professora não me agradou, para ser sincero.",
])
def test_service_failures_told_as_a_story_are_dissatisfied(text: str) -> None:
    assert _reason(text) == "dissatisfied"


# The same words about the customer's own life: the boiler at home, one's own phone, one's own
# cancellations, a method that suits, a pool that is fine.
@pytest.mark.parametrize("text", [
    "Our boiler is broken, so no hot water at home for a week.",
    "I was always on my phone for work, I couldn't switch off.",
    "I had to postpone twice because of my shifts.",
    "The tutor's method suited Amy perfectly, thank you.",
    "Unser Boiler ist kaputt, wir haben kein warmes Wasser zu Hause.",
    "Ich habe zweimal verschoben wegen der Arbeit.",
    "Se me ha roto la lavadora y ando liadísima.",
    "Mi móvil estaba siempre sonando por el trabajo.",
    "Ma machine à laver est en panne, quelle semaine.",
    "La piscina era perfetta, il personale gentilissimo.",
    "Onze wasmachine is kapot en de auto ook.",
    "O meu telemóvel avariou e perdi as mensagens.",
])
def test_the_same_words_about_the_customers_own_life_are_not_dissatisfied(text: str) -> None:
    assert _reason(text) != "dissatisfied"
