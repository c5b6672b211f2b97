"""Reasons and opt-outs round 52 (after the replies_fresh69 first look): plain reasons of an ordinary
month, in every language where they were missing, and the French subjunctive opt-out."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason


@pytest.mark.parametrize(("language", "text", "reason"), [
    ("de", "Im Moment passt es zeitlich leider gar nicht, aber vielleicht im Frühsommer.",
     "schedule_conflict"),
    ("pt", "Os horários não dão jeito nenhum, só tenho disponibilidade ao sábado.", "schedule_conflict"),
    ("es", "Esta primavera no puedo, no tengo ni una tarde libre.", "schedule_conflict"),
    ("it", "Forse più avanti. Anna per ora non se la sente di tornare in acqua.", "not_ready"),
    ("pt", "Obrigada, mas com o bebé a caminho as prioridades agora são outras.", "personal"),
    ("de", "Danke, aber seit der Kleine da ist, komme ich kaum noch aus dem Haus.", "personal"),
    ("it", "Grazie dell'offerta, ma ci siamo iscritti alla piscina comunale che è a cinque minuti da casa.",
     "found_alternative"),
    ("it", "Tutto bene! Ora siamo in Germania per il lavoro di mio marito.", "moved_away"),
])
def test_plain_reasons_of_an_ordinary_month(language: str, text: str, reason: str) -> None:
    assert classify_reason(text, language).reason == reason


@pytest.mark.parametrize("text", [
    "Tutto bene, ora siamo in vacanza al mare!",
    "Ora siamo in attesa dei risultati delle analisi.",
])
def test_where_we_are_for_now_is_no_move(text: str) -> None:
    assert classify_reason(text, "it").reason != "moved_away"


def test_the_french_subjunctive_opt_out() -> None:
    text = "Merci, mais je préfère que vous ne m'écriviez plus, je reçois déjà trop de mails."
    assert classify_reason(text, "fr").opt_out
