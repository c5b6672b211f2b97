"""Rules round 59 (after the inbound_fresh68 first look): Swiss German "ich wett mis Abo chünde", Austrian
"dass die Leonie ab Jänner nimmer … kommt" and "tragen S' die Stunden aus", Andalusian "no va a podé ir
ar campamento"; "n'ont donc plus lieu d'être", "retirer Hugo des ateliers", "take her out of Thursday's
8am fitting" (to a person where no cancel word is said)."""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


def test_swiss_german_notice_is_answered() -> None:
    body = "Grüezi mitenand, ich wett mis Jahresabo (Nr. 2207) uf Änd Mai chünde. Liebi Grüess, Reto"
    assert answered(body), judge(body)


@pytest.mark.parametrize("body", [
    "Grüß Gott Frau Pramer, i wollt Ihnen nur Bescheid geben, dass die Leonie ab Jänner nimmer zu Ihnen in "
    "die Reitstunde kommt. Liebe Grüße",
    "Buenas quillo, te escribo pa decirte que al final er Manué no va a podé ir ar campamento de surf. Rocío",
    "Madame, Monsieur, les passages de l'auxiliaire de vie du matin et du soir n'ont donc plus lieu d'être à "
    "compter du 2 juin. Philippe Garnier",
    "Bonjour Sandrine, pouvez-vous retirer Hugo des ateliers à partir de janvier ? Merci, Claire",
    "Hi there, could you take her out of Thursday's 8am fitting? Nothing to put in its place for now. Hannah",
])
def test_told_without_a_cancel_word_goes_at_least_to_a_person(body: str) -> None:
    assert judge(body)[0] == "cancellation", judge(body)


@pytest.mark.parametrize("body", [
    "Hallo, kommt die Trainerin nimmer am Montag? Dann komme ich am Dienstag. Grüße",
    "Bonjour, pouvez-vous ajouter Hugo aux ateliers du mercredi ? Merci, Claire",
    "Hola, ¿Manuel va a poder ir al campamento si llega el viernes? Gracias",
])
def test_not_a_cancellation(body: str) -> None:
    assert judge(body)[0] != "cancellation" or judge(body)[1] < 0.5, judge(body)


def test_the_portuguese_pode_ser_que_stays_tentative() -> None:
    # the Andalusian "podé ir" is spelt out only with its accent
    body = "Oi Cláudia, pode ser que eu precise cancelar o buffet do dia 3 de abril. Na sexta eu te confirmo."
    assert judge(body)[0] != "cancellation" or judge(body)[1] < 0.5, judge(body)


def test_i_will_no_longer_come_stays_answered() -> None:
    # "nimmer … kommt" reads the third person; the sender's own "nicht mehr … kommen" was answered before
    body = ("Liebe Birgit, deshalb werde ich nach dem Februar nicht mehr zum Dienstagskurs kommen, "
            "meine letzte Stunde wäre dann am 27. Ganz liebe Grüße")
    assert answered(body), judge(body)
