"""Rules round 46: a booked time the sender cannot come at, and cancel words written as texted or misspelt,
in the seven languages, with the sentences that must still be read otherwise beside them (precision first:
late, early, a slot asked for, a cancel noun, a staff member's own day)."""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


# "Can't come" with the booked time (a clock time, a day said from today, a weekday) and no booking named:
# the sender's own appointment, answered.
@pytest.mark.parametrize("body", [
    "Hi, I can't make it tomorrow at 10, I'm ill. Sorry, Jo",
    "Hello, I won't be able to come on Thursday at 4pm, my daughter is poorly. Jo",
    "Hi, flu has knocked me out so I won't make 2:30 tomorrow. Sorry for the short notice. Jo",
    "Sorry, I can't do Thursday, I'm stuck at work. Jo",
    "Hallo, ich kann morgen um 10 Uhr leider nicht kommen, ich bin krank. Gruß Jo",
    "Guten Tag, wir können am Samstag um 15 Uhr leider nicht kommen. Viele Grüße, Jo",
    "Hola, no puedo ir mañana a las 10, estoy con fiebre. Un saludo, Jo",
    "Bonjour, je ne pourrai pas venir demain à 10h, je suis malade. Jo",
    "Ciao, domani alle 10 non riesco a venire, ho la febbre. Jo",
    "Hoi, ik kan morgen om 10 uur niet komen, ik ben ziek. Groet, Jo",
    "Beste, we kunnen zaterdag om 14.00 uur helaas niet komen. Groetjes, Jo",
    "Olá, não vou conseguir ir amanhã às 10h, estou doente. Jo",
])
def test_cannot_come_at_the_booked_time_is_answered(body: str) -> None:
    assert answered(body), judge(body)


# Late, early, or another time asked: never answered as a cancellation.
@pytest.mark.parametrize("body", [
    "Hi, I won't make it by 10 tomorrow, I'll be 15 minutes late. Jo",
    "Hi, I can't come before 10 tomorrow, is a later slot possible? Jo",
    "Ich kann morgen nicht vor 10 Uhr kommen, geht es etwas später? Jo",
    "Hola, mañana no puedo ir antes de las 10, ¿puede ser más tarde? Jo",
    "Bonjour, je ne pourrai pas venir demain avant 10h, plus tard c'est possible ? Jo",
    "Ciao, domani non riesco a venire prima delle 10, si può più tardi? Jo",
    "Hoi, ik kan morgen niet eerder komen dan 10 uur, kan het later? Jo",
    "Olá, amanhã não consigo ir antes das 10h, pode ser mais tarde? Jo",
])
def test_late_or_early_is_not_answered(body: str) -> None:
    assert not answered(body), judge(body)


@pytest.mark.parametrize("body", [
    "I can't do 10am tomorrow, could we do 11 instead?",
    "Ich kann morgen um 10 Uhr nicht kommen, hätten Sie am Donnerstag einen Termin frei?",
    "Ik kan morgen om 10 uur niet komen, kan ik donderdag langskomen in plaats daarvan?",
])
def test_cannot_come_with_a_slot_asked_is_a_move(body: str) -> None:
    assert judge(body)[0] == "reschedule"


# "Can't make/do" with a thing that is not the time: not this round's booked time.
@pytest.mark.parametrize("body", [
    "I can't make Tuesday's meeting with the bank, so I'll come to you on Tuesday as planned.",
    "We can't do Friday deliveries any more, sorry. The team",
])
def test_cannot_make_a_named_other_thing_is_not_answered(body: str) -> None:
    assert not answered(body), judge(body)


# Texted and misspelt cancel words: "jannule", "annulation resa", "desmarca meu horário", the German and
# Dutch verb misspelt at the end of the sentence, "graag afzegen".
@pytest.mark.parametrize("body", [
    "bjr jannule mon rdv de samedi 11h jsuis malade dsl",
    "oi, desmarca meu horário de amanhã 10h, tô gripada. bjs",
    "hallo, ich muss den termin am montag um 9.30 leider absagn, hab schicht. lg",
    "hoi, ik moet me afspraak vrijdag helaas afzegen, ben ziek. gr",
    "graag afzegen afspraak morgen 8u30. mvg kees",
])
def test_texted_and_misspelt_cancel_words_are_answered(body: str) -> None:
    assert answered(body), judge(body)


# "resa" after a cancel word is the French "réservation", and "on annule" is "we cancel": read as a
# cancellation (a person reads the texted ones at least).
@pytest.mark.parametrize("body", [
    "bonsoir, dsl on annule la resa de samedi soir au nom de martin",
    "annulation resa samedi 20h Martin 4 pers, merci",
])
def test_french_resa_is_a_booking(body: str) -> None:
    assert judge(body)[0] == "cancellation"


@pytest.mark.parametrize("body", [
    "Ich muss Ihnen leider mitteilen, dass die Absage nicht angekommen ist.",
    "On annule rarement chez nous, c'est une règle de la maison ?",
    "A clínica desmarca o horário quando chove?",
])
def test_look_alikes_of_the_texted_words_are_not_answered(body: str) -> None:
    assert not answered(body), judge(body)


# Cancel and rebook in pt-BR with the bare imperative in the next sentence ("já marca pra mim outro dia"):
# a move, not a cancellation.
@pytest.mark.parametrize("body", [
    "Oi! Desmarca meu horário de sexta por favor, tive um imprevisto. Mas já marca pra mim outro dia na"
    " semana que vem, qualquer tarde serve. Bjs",
    "Olá, desmarque a minha consulta de quinta, por favor. Remarca para mim outra data no mês que vem.",
])
def test_pt_cancel_and_book_another_day_is_a_move(body: str) -> None:
    assert judge(body)[0] == "reschedule", judge(body)
