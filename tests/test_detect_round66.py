"""Rules round 66 (after the inbound_fresh75 first look, which had five wrong answers), in every
language:

- a cancel followed by a free place or slot asked for with its day ("Est-ce que vous auriez une place le
  jeudi 2 mars ?", "Hebt ge vrijdag nog iets vrij?", "¿Tienes algo el viernes?") is a move, never
  answered;
- "probably" makes a cancel tentative ("il faudra sans doute que j'annule", "muss ich wohl absagen",
  "probabilmente dovrò disdire"), as "probably" already did in English;
- the wish to do a soft act denied right before it ("je ne souhaite absolument PAS arrêter les cours",
  "I absolutely do not want to stop the lessons") is no cancellation;
- more ways to let a booked thing go with no cancel word ("give the tuning a miss", "nous laissons
  donc tomber le séjour", "on va lâcher le violon", "lo lascio perde'", "we houden het hierbij",
  "ficam sem efeito", "prefiro ficar de fora", "pode esquecer as aulas, tá?"): a person reads them.
"""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


@pytest.mark.parametrize("body", [
    "Bonjour, je dois annuler mon rendez-vous du mardi 28 février. Est-ce que vous auriez une place le jeudi"
    " 2 mars ? Merci, Nicolas",
    "Hallo Anja, zeg mijn afspraak van woensdag 22/11 om 14u maar af. Hebt ge vrijdag 24/11 nog iets vrij?",
    "Hi, please cancel Tuesday's appointment. Do you have anything on Friday morning? Sam",
    "Hola, cancela la cita del martes, porfa. ¿Tienes algo el viernes por la mañana? Ana",
    "Olá, pode desmarcar a consulta de terça. Tem alguma vaga na sexta de manhã? Rita",
    "Ciao Sara, annullate pure il turno di lunedì. Riuscite a prenderla mercoledì 21 o giovedì 22? Ale",
])
def test_a_cancel_then_a_free_slot_asked_is_a_move(body: str) -> None:
    assert judge(body)[0] == "reschedule", judge(body)


@pytest.mark.parametrize("body", [
    "Ma fille doit accoucher. Il faudra sans doute que j'annule ma place samedi.",
    "Meine Tochter bekommt bald ihr Baby. Ich muss wohl meinen Platz am Samstag absagen.",
    "Mi hija va a dar a luz. Seguramente tenga que cancelar mi plaza del sábado.",
    "Mia figlia partorisce a giorni. Probabilmente dovrò disdire il mio posto di sabato.",
    "Mijn dochter moet bevallen. Waarschijnlijk moet ik mijn plek van zaterdag afzeggen.",
    "A minha filha vai ter o bebé. Provavelmente vou ter de cancelar o meu lugar de sábado.",
    "Je ne souhaite absolument PAS arrêter les cours ! J'ai simplement changé de banque.",
    "Je ne souhaite pas arrêter les cours, j'ai changé de banque.",
    "I absolutely do not want to stop the lessons, I only changed banks.",
])
def test_not_answered(body: str) -> None:
    assert not answered(body), judge(body)


@pytest.mark.parametrize("body", [
    "Hiya, we'll give the tuning on the 19th a miss after all. Morag",
    "Bonsoir, nous laissons donc tomber le séjour de juillet. Martine",
    "Allo, on va lâcher le violon pour la session d'automne. Geneviève",
    "Ao Marco, er corso de maggio lo lascio perde', nun me tenete er posto. Daniele",
    "Hoi Ruud, we houden het hierbij. Groet, Marloes",
    "Boa noite, as explicações da Inês à quinta ficam sem efeito a partir de outubro.",
    "Bom dia, prefiro ficar de fora desta edição do workshop. Inês",
    "Oi Dani, pode esquecer as aulas de surf dele desse mês, tá? Ju",
    "Hola Vero, a Juli bajala del grupo de los martes. Mariana",
])
def test_a_person_reads_it(body: str) -> None:
    intent, confidence = judge(body)
    assert intent == "cancellation" and 0.5 <= confidence < 0.8, (intent, confidence)


def test_a_plain_cancel_is_still_answered() -> None:
    assert answered("Bonjour, je dois annuler mon rendez-vous de mardi, je suis malade. Merci, Nicolas")
    assert answered("Hi, please cancel my appointment on Tuesday, I'm ill. Thanks, Sam")
