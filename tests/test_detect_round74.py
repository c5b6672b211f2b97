"""Rules round 74 (after the inbound_fresh83 first look, an ordinary week), in every language where the
form exists:

- the phone mail's modal with the subject left out ("Hallo, muss den Termin absagen", "Bonjour, dois
  annuler le rendez-vous", "Hallo, moet de afspraak annuleren") and "On préfère annuler" ask;
- "work put me on the late shift" is the employer's rota, not a rebook;
- a move asked in the passive with a modal ("Could Minou's neutering be moved to next week?", "verplaatst
  kunnen worden", "pourrait être déplacée", …) is a move, never of the money ("could the deposit be moved
  to a voucher?"), never one already made ("has been moved"); "Geht mein Termin statt dessen auch am
  Samstag?";
- the cancel given leave in the passive with a modal for a booking the sentence names ("De vaccinatie van
  donderdag mag dus geschrapt worden") goes at least to a person; told as a rule ("Appointments can be
  cancelled by phone.") or denied, it is no cancellation;
- "meine zwei Termine im Juni austragen"; the terms "Annuleren of verzetten kan tot 24 uur op voorhand";
  a teacher asking the office "Puoi avvisare tu gli allievi?" is never answered;
- the booking that will no longer happen ("não vai mais ter o ensaio de casal no sábado") and "Prefiero
  no hacerlo por ahora" go to a person at most.
"""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


@pytest.mark.parametrize("body", [
    "Hallo, muss den Termin am Dienstag absagen, hab Spätschicht. LG Tom",
    "Bonjour, dois annuler le rendez-vous de mardi, je travaille tard. Marc",
    "Hallo, moet de afspraak van dinsdag 16u voor Rocky annuleren, ze hebben mij op het werk ingepland op"
    " de late. Ik laat iets weten voor een nieuwe. mvg Bart",
    "En fait on a recalculé et pour 6 personnes ça fait un peu cher pour nous. On préfère annuler, désolée."
    " Est-ce que l'acompte peut être remboursé ?",
    "Hi, have to cancel the appointment on Tuesday, work put me on the late shift. Sorry! Dan",
    "Kurze Info: ich zieh Ende des Monats nach Linz, drum bitte meine zwei Termine im Juni austragen.",
])
def test_answered(body: str) -> None:
    assert answered(body), judge(body)


@pytest.mark.parametrize("body", [
    "Could Minou's neutering (Thursday 13/5) be moved to next week? I have a funeral on Thursday.",
    "Könnte die Kastration von Minou (Do 13.5.) auf nächste Woche verschoben werden?",
    "Zou de castratie van Minou (donderdag 13/5) verplaatst kunnen worden naar volgende week? Ik moet"
    " donderdag onverwacht naar een begrafenis.",
    "Est-ce que la stérilisation de Minou (jeudi 13/5) pourrait être déplacée à la semaine prochaine ?",
    "La sterilizzazione di Minou (giovedì 13/5) potrebbe essere spostata alla settimana prossima?",
    "¿La esterilización de Minou (jueves 13/5) se podría pasar a la semana que viene?",
    "A castração da Minou (quinta 13/5) pode ser remarcada para a próxima semana?",
    "Hab für Donnerstag an Dienst bekommen. Geht mein Termin (Do 16:00, Sportmassage) statt dessen auch am"
    " Samstag Vormittag?",
])
def test_a_move_asked_in_the_passive(body: str) -> None:
    assert judge(body)[0] == "reschedule", judge(body)


@pytest.mark.parametrize("body", [
    "If I did have to pull out, what's your cancellation policy? Is the deposit refundable at all, or could"
    " it be moved to the autumn retreat instead?",
    "My appointment has been moved to Friday, thanks for letting me know.",
    "Can appointments be moved online or do I have to call?",
    "Kunt u niet komen? Annuleren of verzetten kan tot 24 uur op voorhand: https://dierafspraak.test/a/ZK8",
])
def test_no_move(body: str) -> None:
    assert judge(body)[0] == "other", judge(body)


@pytest.mark.parametrize("body", [
    "Our dog Max died on Saturday. The vaccination on Thursday can be cancelled then.",
    "Unser Max ist am Samstag gestorben. Die Impfung am Donnerstag kann also gestrichen werden.",
    "Nuestro perro Max murió el sábado. La vacuna del jueves se puede cancelar entonces.",
    "Notre chien Max est mort samedi. Le vaccin de jeudi peut donc être annulé.",
    "Il nostro cane Max è morto sabato. La vaccinazione di giovedì può quindi essere annullata.",
    "Onze Max is zaterdag gestorven. De vaccinatie van donderdag mag dus geschrapt worden.",
    "O nosso cão Max morreu no sábado. A vacina de quinta pode então ser cancelada.",
    # the booking that will no longer happen, and "rather not for now": at most a person
    "a Bia e eu terminamos essa semana, então não vai mais ter o ensaio de casal no sábado.",
    "Leider wird es kein Shooting mehr geben, wir haben uns getrennt.",
    "Il n'y aura donc plus de séance photo samedi.",
    "Todavía no me siento segura con el diseño. Prefiero no hacerlo por ahora.",
])
def test_to_a_person_at_least(body: str) -> None:
    intent, confidence = judge(body)
    assert intent == "cancellation" and confidence >= 0.5, (intent, confidence)


@pytest.mark.parametrize("body", [
    "a Bia e eu terminamos essa semana, então não vai mais ter o ensaio de casal no sábado.",
    "Todavía no me siento segura con el diseño. Prefiero no hacerlo por ahora.",
    "Ciao Anna, con l'orchestra andiamo in tournée: devo disdire tutte le mie lezioni dei lunedì 17 e 24"
    " maggio. Puoi avvisare tu gli allievi? La lista è quella solita nel calendario condiviso.",
])
def test_never_answered(body: str) -> None:
    assert not answered(body), judge(body)


@pytest.mark.parametrize("body", [
    "Appointments can be cancelled by phone.",
    "De vaccinatie van donderdag mag niet geschrapt worden.",
    "Hola, ¿se puede cancelar la cita sin coste?",
])
def test_no_cancellation(body: str) -> None:
    assert not answered(body) and judge(body)[0] != "reschedule", judge(body)
