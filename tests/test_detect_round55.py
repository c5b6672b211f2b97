"""Rules round 55 (after the inbound_fresh64 first look): the business's own notice to its customers; the
cancellation undone; a move asked with "but" and with the new day before "the same time"; the booked
thing deleted, dropped or not stayed at, in every language; and, told with no cancel word (a person
reads them), the last lesson named, the event that will not take place, a child who stops after a time,
the direct debit stopped."""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


@pytest.mark.parametrize("body", [
    "Liebe Kundinnen und Kunden, leider muss ich wegen eines Wasserschadens alle Termine am Montag absagen.",
    "Dear customers, due to a burst pipe we have to cancel all appointments on Monday.",
    "Chers clients, nous devons annuler tous les rendez-vous de lundi.",
    "Beste klanten, door ziekte moeten we alle afspraken van maandag annuleren.",
])
def test_the_business_notice_to_its_customers_is_not_answered(body: str) -> None:
    assert judge(body)[0] == "other", judge(body)


@pytest.mark.parametrize("body", [
    "Nein, ich storniere NICHT! Bitte machen Sie die Stornierung rückgängig bzw. lassen Sie die Buchung "
    "bestehen.",
    "Pouvez-vous annuler l'annulation ? On vient finalement.",
    "I have to cancel Tuesday's appointment because of a meeting at the same time... no wait, please "
    "reverse the cancellation, the meeting moved.",
])
def test_an_undone_cancellation_is_not_answered(body: str) -> None:
    assert not answered(body), judge(body)


@pytest.mark.parametrize("body", [
    "Holaa, tengo que cancelar la hora del jueves porque me cambiaron el turno, pero porfa agéndame pa la "
    "otra semana el mismo día y a la misma hora. Gracias!!",
    "I need to cancel Friday, but book me in for Monday at 10 please.",
    "Ik moet mijn afspraak van dinsdag 14/5 om 8:15 helaas afzeggen. Zou 21/5 op hetzelfde tijdstip ook "
    "kunnen?",
    "I have to cancel Tuesday's appointment. Would the 21st at the same time work?",
    "Morning, any chance we could push the MOT back a week or so? Same time would be fine. Steve",
    "Hi Lucy, we wondered if we could move our shoot from Sat 16th to Sat 23rd? Same time is fine. Hannah",
])
def test_moves(body: str) -> None:
    assert judge(body)[0] == "reschedule", judge(body)


@pytest.mark.parametrize("body", [
    "Bonjour, pourriez-vous s'il vous plaît supprimer ses rendez-vous de la semaine prochaine ? Véronique",
    "Hallo, kunt u haar afspraken van volgende week verwijderen? Groet, Anke",
    "Allo, chu pas capable de me libérer mardi. Oubliez-moi pour le rendez-vous de mardi 10h. Steve",
    "Buonasera, vi chiediamo di non considerare più la sua iscrizione al corso del martedì. Paolo",
    "Griaß Eana, bitte streichens ma den Termin morgen um 10, i meld mi wieda. Sepp",
    "I have to cancel Tuesday's appointment because of a meeting at the same time. Sorry, Ann",
])
def test_read_and_answered(body: str) -> None:
    assert answered(body), judge(body)


@pytest.mark.parametrize("body", [
    "Hi Margaret, so Wednesday 14 March will be Lily's last lesson with you. With love, Rachel",
    "Gentile Gino, la cena per i suoi 40 anni di sabato 20 non si farà. Francesca",
    "Bonjour, le dîner de samedi n'aura pas lieu. Claire",
    "Hallo, das Abendessen am Samstag findet nicht statt. Anna",
    "Hola, así que la del jueves va a ser la última, ya no lo voy a llevar después. Lupita",
    "Hallo Ingrid, door het nieuwe rooster lukt de woensdag niet meer, dus Daan stopt na deze maand. Femke",
    "Grüezi, bitte stellen Sie die Lastschrift per Ende April ein. Regula",
    "Bonsoir, je préfère qu'on en reste là. Merci de ne plus passer à partir de la semaine prochaine.",
    "Buenas noches, no nos vamos a poder hospedar con ustedes del 3 al 6 de agosto. Andrés",
    "Boa tarde, por isso peço que a terminem a partir do próximo mês. Inês",
    "Buongiorno, confermo il colore per me alle 10, ma il taglio di Sofia delle 11:30 toglietelo pure. Elena",
    "Hi, Meera will carry on, but could you take Arjun off the Stage 4 list? Thanks, Priya",
    "Guten Morgen Herr Brandt, bitte melden Sie ihn von diesem Prüfungstermin ab. Birgit Wendt",
])
def test_told_without_a_cancel_word_goes_at_least_to_a_person(body: str) -> None:
    assert judge(body)[0] == "cancellation", judge(body)


@pytest.mark.parametrize("body", [
    "This will be my last lesson before the exam, can we book more?",
    "Findet der Kurs am Montag statt?",
    "Der Kurs findet am Montag nicht statt, oder?",
    "Toglietelo dal conto per favore, era un errore.",
    "Oi Cláudia, pode ser que eu precise cancelar o buffet 😢 Se os exames forem ruins, eu não vou poder "
    "ficar em pé numa festa. Na sexta eu te confirmo. Thaís",
    "Dear Sandra, the kids loved the class, thank you!",
    "Could you take Arjun off the mailing list?",
])
def test_look_alikes_are_not_answered(body: str) -> None:
    assert not answered(body), judge(body)
