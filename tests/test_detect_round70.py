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


# After the inbound_fresh81 first look (an ordinary week: answered precision 0.960, 0.857 of
# cancellations answered or shown to a person with the rules alone).

def test_a_visit_is_a_noun_not_a_footers_link() -> None:
    body = ("Dear Tom,\n\nAs you may have heard, from September the school is joining the Trust, and any"
            " maintenance from now on has to go through their contractor. Unfortunately that means we need to"
            " cancel your visit on the 19th.\n\nKind regards,\nKaren")
    intent, confidence = judge(body, "Piano tuning 19 June")
    assert intent == "cancellation" and confidence >= 0.8, (intent, confidence)


@pytest.mark.parametrize("body", [
    "Hi,\n\nsee you then.\n\nIf you need to cancel your booking, visit https://x.test/c",
    "Bedankt voor de bevestiging.\n\nOm af te zeggen klik hier: https://x.test/c",
])
def test_a_footers_link_is_still_a_footer(body: str) -> None:
    assert judge(body)[0] == "other", judge(body)


@pytest.mark.parametrize(("body", "subject"), [
    ("No quiero seguir. Les pido que den de baja los cuatro turnos que me quedan (a partir del martes 18).",
     "Baja del paquete de sesiones"),
    ("Hope you're well. We're moving to Aberdeen at the end of the month, so please cancel the annual tuning"
     " we had in the diary for Tuesday 2nd July.", "Annual tuning 2 July"),
])
def test_answered(body: str, subject: str) -> None:
    intent, confidence = judge(body, subject)
    assert intent == "cancellation" and confidence >= 0.8, (intent, confidence)


def test_a_colleague_asked_to_cancel_in_the_diary_is_still_the_providers_side() -> None:
    intent, confidence = judge("Hi Sue, please cancel Mrs Hale's 3pm in the diary, she rang.")
    assert intent == "cancellation" and confidence < 0.8, (intent, confidence)


def test_a_separable_rebook_round_a_name_is_a_move() -> None:
    body = ("Dag Sien,\nAnnuleer de afspraak van dinsdag maar, ik heb die dag onverwacht een opleiding in"
            " Brussel. Zet Bollie wel in voor begin juli, zelfde behandeling, liefst op een woensdag."
            "\nMerci!")
    assert judge(body, "Re: Herinnering: afspraak Bollie")[0] == "reschedule", judge(body)


_TO_A_PERSON = [
    "Mijn vader is opgenomen en mama heeft het moeilijk. Ze vroeg mij om die afspraak af te zeggen.",
    "ciao x domani nn ci siamo piu, la barca delle 14 a nome marelli. scusate x il poco preavviso",
    "morgen sind wir doch nicht da, das Boot um 14 Uhr auf Marelli. Sorry für die kurze Frist",
    "para mañana ya no estamos, el barco de las 14 a nombre de Marelli. perdón por el poco aviso",
    "pour demain on ne sera plus là, le bateau de 14h au nom de Marelli. désolé pour le délai",
    "voor morgen zijn we er toch niet, de boot van 14u op naam van Marelli. sorry voor de korte termijn",
    "para amanhã já não estamos, o barco das 14h em nome de Marelli. desculpem o pouco aviso",
    "Change of plan I'm afraid, we've sold the piano! So there'll be nothing for you to tune on Monday.",
    "Abbiamo venduto la barca, quindi sabato non ci sarà niente da pulire.",
]


@pytest.mark.parametrize("body", _TO_A_PERSON)
def test_a_person_reads_it(body: str) -> None:
    intent, confidence = judge(body, "sabato")
    assert intent == "cancellation" and confidence >= 0.5, (intent, confidence)


@pytest.mark.parametrize("body", [
    "Don't worry, there'll be nothing to pay on the day.",
    "Estaremos ahí a las 10, no estaremos antes.",
    "Wir sind nicht da, wenn Sie kommen, der Schlüssel liegt unter der Matte.",
])
def test_not_a_cancellation(body: str) -> None:
    assert judge(body)[0] != "cancellation", judge(body)
