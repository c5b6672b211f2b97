"""Reasons round 49 (after the replies_fresh65 first look): families in the seven languages, told as a
fact. Living somewhere else now, the place named with a time ("desde septiembre estamos en Zaragoza",
"on est à Lyon maintenant"), and "moved to leeds" with no subject (moved_away); the household's sums
that no longer work and the new rent (cost); the teacher who did not come or comes a quarter of an hour
late, groups too big, little personal attention (dissatisfied). Look-alikes: a trip for work or a
holiday, a treatment, staying at home ill."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason


def _reason(text: str, language: str = "en") -> str:
    return classify_reason(text, language).reason


@pytest.mark.parametrize(("language", "text", "reason"), [
    ("en", "moved to leeds. thx", "moved_away"),
    ("es", "¡Gracias por acordaros! Pero desde septiembre estamos en Zaragoza, y lo veo complicado.",
     "moved_away"),
    ("fr", "On est à Lyon maintenant, alors les ateliers du jeudi soir à Nantes, ça devient sportif !",
     "moved_away"),
    ("it", "Sono a Torino da un mese ormai e sto ancora cercando il pane buono.", "moved_away"),
    ("pt", "A gente foi pra Portugal em março, estou escrevendo de Braga!", "moved_away"),
    ("de", "Wir sind seit März in Leipzig, das ist dann doch etwas weit.", "moved_away"),
    ("nl", "We zitten sinds maart in Utrecht, dus dat wordt lastig.", "moved_away"),
    ("pt", "Agora moramos em Coimbra, fica longe.", "moved_away"),
    ("it", "Tra la rata della macchina e il nido della piccola, quest'anno i conti non tornano.", "cost"),
    ("es", "Este año las cuentas no salen, la verdad.", "cost"),
    ("en", "With the new rent kicking in from March I've had to go through the direct debits with a red pen.",
     "cost"),
    ("de", "Mit der neuen Miete geht die Rechnung einfach nicht mehr auf.", "cost"),
    ("fr", "Avec le nouveau loyer, je dois faire des choix.", "cost"),
    ("pt", "Motivo? Talvez o fato de a professora ter faltado em duas. Mas a professora faltou de novo.",
     "dissatisfied"),
    ("es", "La profesora faltó a dos de las cuatro clases.", "dissatisfied"),
    ("nl", "De juf was er twee keer niet, zonder bericht.", "dissatisfied"),
    ("it", "L'istruttrice arriva con un quarto d'ora di ritardo e poi finisce puntualissima.",
     "dissatisfied"),
    ("fr", "Les groupes étaient un peu trop nombreux pour qu'on apprenne vraiment quelque chose.",
     "dissatisfied"),
    ("nl", "Eerlijk gezegd kreeg Daan weinig persoonlijke aandacht.", "dissatisfied"),
    ("en", "The instructor was late every single week.", "dissatisfied"),
])
def test_the_families_are_read(language: str, text: str, reason: str) -> None:
    assert _reason(text, language) == reason


@pytest.mark.parametrize(("language", "text"), [
    ("en", "I'm in Paris this week for work, sorry."),
    ("es", "Esta semana estoy en Madrid por trabajo."),
    ("de", "Ich bin seit Montag in Behandlung, deshalb."),
    ("it", "Sono a casa da una settimana, niente di grave."),
    ("nl", "Ik zit sinds maart in de ziektewet."),
    ("fr", "Je suis à Nice depuis lundi en vacances."),
    ("pt", "Fomos para a praia em agosto, foi ótimo."),
    ("fr", "J'ai attrapé une grippe carabinée et je suis au lit depuis lundi, impossible de me déplacer."),
])
def test_a_trip_a_treatment_or_a_stay_at_home_is_no_move(language: str, text: str) -> None:
    assert _reason(text, language) != "moved_away"
