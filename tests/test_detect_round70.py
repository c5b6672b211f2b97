"""Rules round 70, in every language:

- a change of date named only as a noun in the subject ("Mudança de data do casamento!!", "Change of
  date", "Terminänderung") over a mail that says the old day is off and asks for another is a move;
  the terms asked "in case of" a change of date are not.
"""

from __future__ import annotations

import pytest

from tests.test_detect import judge

_OLD_DAY_OFF = {
    "en": "The church can only do Sunday the 23rd now, not Saturday the 22nd any more. Can you do Sunday?",
    "de": "Die Kirche kann nur noch am Sonntag, dem 23., nicht mehr am Samstag. Können Sie am Sonntag?",
    "fr": "L'église ne peut plus que le dimanche 23, plus le samedi 22. Vous pouvez le dimanche ?",
    "it": "La chiesa può solo domenica 23, non più sabato 22. Riesce a farlo domenica?",
    "nl": "De kerk kan alleen nog op zondag 23, niet meer op zaterdag 22. Kunt u op zondag?",
    "pt": "A igreja só consegue no domingo, dia 23, e não mais no sábado 22. Você consegue fazer no domingo?",
}


@pytest.mark.parametrize(("language", "subject"), [
    ("pt", "Mudança de data do casamento!!"),
    ("pt", "Alteração de data"),
    ("en", "Change of date for the wedding"),
    ("en", "Wedding: date change"),
    ("de", "Hochzeit: Terminänderung"),
    ("de", "Terminänderung Hochzeit"),
    ("fr", "Changement de date du mariage"),
    ("it", "Cambio data matrimonio"),
    ("nl", "Datumwijziging bruiloft"),
])
def test_a_change_of_date_named_in_the_subject_is_a_move(language: str, subject: str) -> None:
    assert judge(_OLD_DAY_OFF[language], subject)[0] == "reschedule", judge(_OLD_DAY_OFF[language], subject)


@pytest.mark.parametrize(("body", "subject"), [
    ("Poderia enviar-me as condições exatas em caso de cancelamento e em caso de mudança de data? Saberemos"
     " mais no final de janeiro.", "Casamento 18 de setembro"),
    ("Was kostet es bei einer Terminänderung? Danke", "Frage"),
    ("What are your terms in case of a change of date? Thanks", "Question"),
    ("Quelles sont les conditions en cas de changement de date ?", "Question"),
])
def test_the_terms_in_case_of_a_change_of_date_are_no_move(body: str, subject: str) -> None:
    assert judge(body, subject)[0] == "other", judge(body, subject)
