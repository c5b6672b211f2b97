"""Reasons round 63 (after the replies_fresh81 first look, a hard set: reasons 0.414 with the rules alone),
families in every language: pain told in a body part and a stay in hospital are illness; money told
without a price word (fees that rose, nothing left at the end of the month, the red pencil, the direct
debits gone through) is cost; back in a town, or in a town since a month, is moved_away."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason


@pytest.mark.parametrize(("language", "text", "reason"), [
    ("fr", "Depuis janvier, mon poignet droit me lance dès que je centre la terre.", "illness"),
    ("de", "Seit Wochen tut mein Handgelenk weh, und mein Handgelenk schmerzt beim Greifen.", "illness"),
    ("es", "Desde enero me duele la muñeca cada vez que giro.", "illness"),
    ("it", "Da gennaio mi fa male il polso ogni volta che impasto.", "illness"),
    ("nl", "Sinds januari doet mijn pols pijn bij elke slag.", "illness"),
    ("pt", "Desde janeiro dói-me o pulso sempre que remo.", "illness"),
    ("pt", "O Rui esteve internado quase dois meses com uma apendicite.", "illness"),
    ("es", "Estuvo ingresado dos semanas, ya está mejor.", "illness"),
    ("it", "È stato ricoverato a marzo, ora sta meglio.", "illness"),
    ("fr", "Il a été hospitalisé en mars.", "illness"),
    ("nl", "Hij heeft een gaatje in zijn trommelvlies en de KNO-arts wil hem niet onder water hebben.",
     "illness"),
    ("de", "Seit die Kita-Gebühren gestiegen sind, bleibt am Monatsende schlicht nichts mehr übrig.", "cost"),
    ("de", "Irgendwo mussten wir den Rotstift ansetzen.", "cost"),
    ("en", "We spent evenings going through every direct debit, and I'm afraid you were number three.",
     "cost"),
    ("pt", "Desde que a prestação subiu, as contas não fecham ao fim do mês.", "cost"),
    ("nl", "'t Is eigenlijk simpel: we zijn terug naar Gent.", "moved_away"),
    ("en", "were in valencia since april (long story) so no more veg boxes for me", "moved_away"),
])
def test_the_reason_told_as_a_story(language: str, text: str, reason: str) -> None:
    assert classify_reason(text, language).reason == reason, classify_reason(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "We're in touch since May, thanks for everything."),
    ("nl", "Ik ben gisteren terug naar huis gegaan, alles goed."),
])
def test_not_moved_away(language: str, text: str) -> None:
    assert classify_reason(text, language).reason != "moved_away", classify_reason(text, language)


@pytest.mark.parametrize(("language", "text", "reason"), [
    ("it", "Mio papà è stato ricoverato a gennaio e adesso passo quasi tutte le sere da lui.", "illness"),
    ("pt", "Minha mãe foi internada semana passada e agora sou eu quem leva ela na hemodiálise.", "illness"),
    ("de", "Meine Mutter braucht Hilfe, ich fahre jedes Wochenende nach Kassel und unter der Woche bleibt"
     " einfach nichts übrig.", "cost"),
    ("nl", "In januari ben ik terug in Nijmegen en dan wil ik meteen weer lid worden.", "moved_away"),
])
def test_a_relative_s_stay_in_hospital_time_left_or_a_return_is_not_that(language: str, text: str,
                                                                          reason: str) -> None:
    assert classify_reason(text, language).reason != reason, classify_reason(text, language)
