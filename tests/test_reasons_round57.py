"""Reasons round 57 (after the replies_fresh74 first look), families in every language: shifts at the
hospital are work (schedule_conflict); a birth in everyday or dialect words (personal); a student's
or an intern's money, "por la pasta" (cost); not feeling ready, slowing the group down, still afraid
since a fall (not_ready); the keys to a new flat, "voltou pro Brasil" (moved_away); a member of another
scheme now (found_alternative); broken bottles, corked wine, classes too full (dissatisfied); learned
enough, a chapter closed, bottles piling up (no_longer_needed); a food intolerance (illness). Not the
reason: someone else's move helped with, "d'ailleurs", the price denied with "niet aan" / "não é pelo".
And the reply's own words under an attribution wrapped onto two lines are read (`responder/text.py`).
"""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason
from responder.text import strip_quotes


@pytest.mark.parametrize(("language", "text", "reason"), [
    ("it", "Il motivo vero è il lavoro: mi hanno messo sui turni del fine settimana in ospedale.",
     "schedule_conflict"),
    ("en", "I've been put on weekend shifts at the hospital, so Saturdays are out.", "schedule_conflict"),
    ("fr", "Je bosse tous les samedis au magasin.", "schedule_conflict"),
    ("en", "Our little girl turned up three weeks early and life has been nappies ever since.", "personal"),
    ("de", "Mia san jetz z'dritt, da Bua is im Juni auf d'Welt kemma.", "personal"),
    ("de", "Für mein Studentenbudget war schon die große Kiste nix.", "cost"),
    ("pt", "Com o meu ordenado de estagiário, lá para 2047 devo conseguir.", "cost"),
    ("es", "Por la pasta, sin más.", "cost"),
    ("es", "pues q no me veo preparao todavia pa los combates", "not_ready"),
    ("fr", "Je bloque sur les pinces et j'ai l'impression de ralentir tout le groupe.", "not_ready"),
    ("pt", "Não quero estar a atrasar o grupo.", "not_ready"),
    ("en", "I felt I was holding the whole group back.", "not_ready"),
    ("it", "Da allora ho paura anche solo a mettere il piede nella staffa.", "not_ready"),
    ("en", "We finally got the keys to a wee flat up in Inverness.", "moved_away"),
    ("pt", "O motivo mesmo é que a gente voltou pro Brasil mês passado.", "moved_away"),
    ("de", "Wir sind seit Juli Mitglied der Solawi bei uns im Dorf.", "found_alternative"),
    ("nl", "We zijn sinds de zomer lid geworden van de moestuinvereniging.", "found_alternative"),
    ("pt", "As últimas 2 caixas vieram com garrafas partidas e o tinto sabia a rolha.", "dissatisfied"),
    ("fr", "Le cours du mardi était devenu beaucoup trop chargé : quatorze personnes.", "dissatisfied"),
    ("en", "The Tuesday classes got far too crowded.", "dissatisfied"),
    ("nl", "Ik heb gewoon het gevoel dat ik genoeg geleerd heb.", "no_longer_needed"),
    ("it", "Per noi il capitolo si chiude qui.", "no_longer_needed"),
    ("pt", "Bebemos muito pouco e as garrafas iam-se acumulando.", "no_longer_needed"),
    ("de", "Bei meiner Frau wurde eine Histaminintoleranz festgestellt.", "illness"),
    ("es", "Ayudando a mi hermano con la mudanza algo hizo crac en la espalda; el traumatólogo dice nada.",
     "illness"),
])
def test_the_reason_is_read(language: str, text: str, reason: str) -> None:
    assert classify_reason(text, language).reason == reason


@pytest.mark.parametrize(("language", "text", "not_reason"), [
    ("fr", "Comme tous les autres jours de la semaine d'ailleurs.", "found_alternative"),
    ("nl", "Het ligt niet aan het geld.", "cost"),
    ("pt", "Não é pelo preço, que até acho justo.", "cost"),
    ("es", "Estuve ayudando a mi hermano con la mudanza el sábado.", "moved_away"),
    ("en", "I'm afraid I can't make it back.", "not_ready"),
    ("en", "My level is way too high for the beginners' group.", "not_ready"),
])
def test_not_that_reason(language: str, text: str, not_reason: str) -> None:
    assert classify_reason(text, language).reason != not_reason


@pytest.mark.parametrize("attribution", [
    "El lun, 24 jul 2045 a las 9:17, Club de Boxeo La Esquina\n(<hola@boxeolaesquina.test>) escribió:",
    "Am Mo., 3. Juli 2045 um 08:25 Uhr schrieb Hofgut Erlenbach Gemüsekiste\n<kiste@hofgut.test>:",
    "Le lun. 3 juil. 2045 à 08:25, Atelier Couture\n<bonjour@atelier.test> a écrit :",
    "Em dom., 30 de jul. de 2045 às 08:25, Clube de Vinhos\n<clube@quinta.test> escreveu:",
])
def test_a_bottom_posted_answer_under_a_wrapped_attribution_is_read(attribution: str) -> None:
    body = (f"{attribution}\n> Hello,\n>\n> your membership is cancelled. Tell us why, if you like.\n\n"
            "no me veo preparado todavía\n\n> Best,\n> Club\n")
    assert strip_quotes(body).strip() == "no me veo preparado todavía"


def test_a_neighbour_who_does_it_now_is_an_alternative() -> None:
    text = ("Depuis le printemps, c'est mon voisin, fraîchement retraité, qui s'occupe de mon jardin."
            " D'ailleurs, vous seriez fière des hortensias.")
    assert classify_reason(text, "fr").reason == "found_alternative"
