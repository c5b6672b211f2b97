"""Rules round 53 (after the inbound_fresh63 first look): the sender's own cancel denied in the past tense
("ich habe meinen Termin NICHT abgesagt", "non ho disdetto", "eu não cancelei"), the booked thing not
needed or not done after all in every language, the verb of going left out ("ich kann am Freitag nicht
zur Nachhilfe"), "ik zeg mijn … af" as the sender's own act, a driving test as a booked thing, and moves
read past a note in brackets, a time with a dot and "bv." ("for example")."""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


@pytest.mark.parametrize("body", [
    "Guten Morgen, da muss ein Irrtum vorliegen – ich habe meinen Termin NICHT abgesagt! Sabine",
    "Buongiorno, non ho disdetto il mio appuntamento! Ci vediamo giovedì. Giorgia",
    "Olá, eu não cancelei a minha marcação! Continuo a contar com ela. Rita",
    "Hallo, ik heb mijn afspraak niet afgezegd! Ik kom gewoon. Wim",
    "Beste Anouk, ik zeg mijn afspraak van vrijdag níet af! Ik kom dus gewoon om 11 uur. Wim",
    "Hola, no he cancelado mi cita, por favor mantenedla. Marta",
])
def test_a_denied_cancel_is_not_answered(body: str) -> None:
    assert judge(body)[0] == "other", judge(body)


@pytest.mark.parametrize("body", [
    "Servus, wir brauchen den Tisch am Samstag doch nicht. Danke trotzdem! Florian",
    "Hola Carolina, te escribo para contarte que finalmente no vamos a hacer la sesión de fotos. Vale",
    "Bonjour, on ne va finalement pas faire la séance photo samedi. Merci, Claire",
    "Bonjour, nous n'avons finalement pas besoin de la table samedi, mais merci. Claire",
    "Buongiorno, alla fine non ci serve il tavolo di sabato. Grazie, Chiara",
    "Olá, afinal não vamos fazer a sessão de fotos no sábado. Abraço, Rita",
    "Dag, ik zeg mijn praktijkexamen van vrijdag 19/3 af, ik voel me nog niet klaar. Lotte",
    "Hallo, ich kann am Freitag leider nicht zur Nachhilfe. Gruß, Jonas",
    "Hoi, ik kan vrijdag helaas niet naar de les. Groetjes, Sanne",
])
def test_read_and_answered(body: str) -> None:
    assert answered(body), judge(body)


@pytest.mark.parametrize("body", [
    "Hi, is there any chance I could move my appointment on Wednesday 17th (10.15 with Mark) to later in "
    "the week? Friday morning would be ideal. Gareth",
    "Hi, could I move my appointment on Wednesday 17th at 10.15 to Friday? Gareth",
    "Goeiemorgen, zou ik mijn afspraak van donderdag om 14u kunnen verplaatsen naar een later uur, bv. na "
    "17u? Pieter",
    "hi, ich kann am freitag leider nicht zur mathe nachhilfe, hab da eine klausur. geht auch montag um die "
    "selbe zeit? gruß jonas",
])
def test_moves(body: str) -> None:
    assert judge(body)[0] == "reschedule", judge(body)


@pytest.mark.parametrize("body", [
    "Buongiorno, sono rimasta delusa dal taglio di sabato: avevo chiesto solo le punte e invece mi ritrovo "
    "con 6-7 cm in meno. Non voglio disdire il prossimo appuntamento. Giorgia",
    "Hola, ¿no hacemos la clase el lunes por el feriado?",
    "Ich mache den Termin doch nicht am Freitag, sondern am Montag.",
    "Wir brauchen den Tisch doch nicht nur für vier, sondern für sechs.",
    "Ik zeg het maar eerlijk: ik kom op tijd.",
    "Ich kann leider nicht zum Termin um 8, sondern erst um 9.",
])
def test_look_alikes_are_not_answered(body: str) -> None:
    assert not answered(body), judge(body)
