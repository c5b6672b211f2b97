"""Rules round 31: phrase families found after the first look at tests/data/inbound_fresh40 (mail
that ends or moves a booking without a cancel or move word), each written anew here in all seven
languages (en de es fr it nl pt), with the sentences that must not be read so beside them
(precision first: fee questions, conditions, staff mail, things not booked, new bookings)."""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


@pytest.mark.parametrize("body", [
    "Please accept my withdrawal from the Thursday pottery course, with immediate effect.",
    "Hiermit teile ich meinen Rückzug aus dem Töpferkurs am Donnerstag mit, ab sofort.",
    "Les comunico mi baja del curso de cerámica de los jueves, con efecto inmediato.",
    "Je vous confirme ma désinscription du cours de poterie du jeudi, dès maintenant.",
    "Vi comunico il mio ritiro dal corso di ceramica del giovedì, con effetto immediato.",
    "Hierbij geef ik mijn uitschrijving door voor de pottenbakcursus op donderdag, per direct.",
    "Peço a anulação da minha inscrição no curso de cerâmica de quinta-feira, com efeito imediato.",
])
def test_my_withdrawal_named_as_a_noun_is_a_cancellation(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "Does my withdrawal from the course cost anything?",
    "Kostet mein Austritt aus dem Kurs eine Gebühr?",
    "¿Mi baja del curso tiene algún coste?",
    "Ma désinscription du cours est-elle payante ?",
    "Il mio ritiro dal corso comporta una penale?",
    "Kost mijn uitschrijving voor de cursus iets?",
    "A anulação da minha inscrição no curso tem custos?",
])
def test_a_question_about_the_withdrawal_is_not_one(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "I'm sorry to tell you the kitchen order won't be going through after all; money is tight.",
    "Leider muss ich Ihnen mitteilen, dass der Kauf der Küche nicht zustande kommt, das Geld ist knapp.",
    "Siento deciros que la compra de la cocina no sigue adelante, este mes vamos justos de dinero.",
    "Je suis désolé, mais l'achat de la cuisine ne se fera pas, le budget ne le permet plus.",
    "Mi dispiace, ma l'acquisto della cucina non va più in porto, i soldi sono pochi.",
    "Helaas moet ik laten weten dat de aankoop van de keuken niet doorgaat, het geld is op.",
    "Lamento, mas a compra da cozinha já não vai avançar, o dinheiro está curto.",
])
def test_a_purchase_that_will_not_go_ahead_is_read_as_a_cancellation(body: str) -> None:
    intent, confidence = judge(body)
    assert intent == "cancellation" and confidence >= 0.5  # answered or put to a person


@pytest.mark.parametrize("body", [
    "The concert won't be going through without you, thanks for coming!",
    "Das Konzert kommt ohne euch nicht zustande, danke fürs Kommen!",
    "El concierto no sigue adelante sin vosotros, ¡gracias por venir!",
    "Le concert ne se fera pas sans vous, merci d'être venus !",
    "Il concerto non va in porto senza di voi, grazie di essere venuti!",
    "Helaas gaat het feest van de buren niet door, dus we hebben zaterdag tijd. Kunnen we een les boeken?",
    "O concerto não vai avançar sem vocês, obrigado por terem vindo!",
])
def test_something_not_booked_that_will_not_go_ahead_is_not_a_cancellation(body: str) -> None:
    assert judge(body)[0] != "cancellation"


@pytest.mark.parametrize("body", [
    "I won't be carrying on with the swimming lessons, we are moving to Leeds on the 1st.",
    "Ich werde den Schwimmkurs nicht weitermachen, wir ziehen am 1. nach Leipzig.",
    "No voy a seguir con las clases de natación, nos mudamos a Valencia el día 1.",
    "Je ne vais donc pas poursuivre les cours de natation, nous déménageons à Lyon le 1er.",
    "Non proseguirò con le lezioni di nuoto, ci trasferiamo a Torino il primo del mese.",
    "Ik ga niet verder met de zwemlessen, we verhuizen op de 1e naar Utrecht.",
    "Não vou continuar com as aulas de natação, mudamo-nos para o Porto no dia 1.",
])
def test_not_carrying_on_with_the_lessons_is_a_cancellation(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "If the price goes up, I won't be carrying on with the lessons.",
    "Wenn der Preis steigt, werde ich den Kurs nicht weitermachen.",
    "Si sube el precio, no voy a seguir con las clases.",
    "Je ne vais pas poursuivre les cours si le prix augmente.",
    "Non proseguirò con le lezioni se il prezzo aumenta.",
    "Ik ga niet verder met de lessen als de prijs omhoog gaat.",
    "Se o preço subir, não vou continuar com as aulas.",
    "Ik ga niet verder met de offerte van de concurrent, ik wil graag bij jullie boeken.",
])
def test_not_carrying_on_under_a_condition_or_with_something_else_is_not_answered(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "hey cant come to training tmrw 7am, got a fever sorry",
    "hey kann morgen nich zum training kommen um 7, hab fieber sorry",
    "oye mañana a las 7 no puedo ir al entreno, tengo fiebre perdona",
    "slt demain 7h jpeux pas venir à l'entraînement, j'ai de la fièvre dsl",
    "ciao domani alle 7 non riesco a venire all'allenamento, ho la febbre scusa",
    "hoi kan morgen om 7 niet komen naar de training, heb koorts sorry",
    "oi amanhã às 7 não consigo ir ao treino, estou com febre desculpa",
])
def test_cant_come_in_texting_words_is_at_least_put_to_a_person(body: str) -> None:
    intent, confidence = judge(body)
    assert intent == "cancellation" and confidence >= 0.5


@pytest.mark.parametrize("body", [
    "No puedo ir por la mañana, ¿tenéis hueco el sábado por la tarde para un corte?",
    "Je peux pas venir avant 18h, vous avez un créneau samedi pour une coupe ?",
    "Our client Mrs Bauer phoned, she can't come tomorrow. Do we charge the fee?",
    "I'm not cancelling, I just can't come before 6, is 6.30 possible?",
])
def test_a_time_constraint_staff_mail_or_not_cancelling_is_not_answered(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "We won't be needing you for the wedding on the 9th after all, the couple have split up.",
    "Wir werden Sie für die Hochzeit am 9. doch nicht brauchen, das Paar hat sich getrennt.",
    "Al final no os vamos a necesitar para la boda del día 9, la pareja se ha separado.",
    "Finalement nous n'aurons pas besoin de vous pour le mariage du 9, le couple s'est séparé.",
    "Alla fine non avremo bisogno di voi per il matrimonio del 9, la coppia si è lasciata.",
    "We hebben u uiteindelijk niet nodig voor de bruiloft op de 9e, het stel is uit elkaar.",
    "Afinal não vamos precisar de vocês para o casamento dia 9, o casal separou-se.",
    "Count me out for Saturday's session, I've hurt my knee.",
    "Rechnet am Samstag nicht mit mir beim Training, ich habe mir das Knie verletzt.",
    "No contéis conmigo para la sesión del sábado, me he hecho daño en la rodilla.",
    "Ne comptez pas sur moi pour la séance de samedi, je me suis blessé au genou.",
    "Non contate su di me per l'allenamento di sabato, mi sono fatto male al ginocchio.",
    "Reken zaterdag niet op mij voor de training, ik heb mijn knie bezeerd.",
    "Não contem comigo para o treino de sábado, magoei o joelho.",
])
def test_we_wont_need_you_and_count_me_out_are_at_least_put_to_a_person(body: str) -> None:
    intent, confidence = judge(body)
    assert intent == "cancellation" and confidence >= 0.5


@pytest.mark.parametrize("body", [
    "Wir brauchen Sie nicht extra anzurufen, die Rechnung ist bezahlt.",
    "We hebben u niet nodig om de rekening te sturen, die is al betaald.",
    "Rechnen Sie am Samstag mit mir, ich komme sicher.",
])
def test_not_needing_a_call_is_no_cancellation(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "We're writing to withdraw our son Tom (Minnows group, Mondays 5pm) from the swimming course.",
    "Wir möchten unsere Tochter Mia (Gruppe Seepferdchen, montags 17 Uhr) vom Schwimmkurs abmelden.",
    "Os escribimos para dar de baja a nuestro hijo Pablo (grupo Delfines, lunes a las 17) del curso de"
    " natación.",
    "Nous vous écrivons pour désinscrire notre fils Léo (groupe Dauphins, lundi 17h) du cours de natation.",
    "Scriviamo per ritirare nostro figlio Tommaso (corso Delfini, lunedì ore 17) dal corso di nuoto.",
    "Wij willen onze zoon Sem (groep Dolfijnen, maandag 17 uur) per februari uitschrijven voor de zwemles.",
    "Escrevemos para anular a inscrição do nosso filho Tiago (turma Golfinhos, segunda às 17h) no curso de"
    " natação.",
])
def test_a_side_note_in_brackets_does_not_hide_the_course(body: str) -> None:
    intent, confidence = judge(body)
    assert intent == "cancellation" and confidence >= 0.5


@pytest.mark.parametrize("body", [
    "Scriviamo per ritirare nostro figlio Tommaso (corso Delfini, lunedì ore 17) dal corso di nuoto.",
    "Nous vous écrivons pour désinscrire notre fils Léo (groupe Dauphins, lundi 17h) du cours de natation.",
])
def test_a_side_note_in_brackets_before_the_course_is_answered(body: str) -> None:
    assert answered(body)


def test_a_condition_in_brackets_still_holds() -> None:
    assert not answered("We'd withdraw our son Tom (if he is still ill on Monday) from the swimming course.")


@pytest.mark.parametrize("body", [
    "I'd like to know whether the cancellation has a cost.",
    "Ich möchte wissen, ob die Stornierung etwas kostet.",
    "Quisiera saber si la cancelación tiene algún coste.",
    "Je voudrais savoir si l'annulation a un coût.",
    "Vorrei sapere se la disdetta ha un costo.",
    "Ik wil graag weten of de annulering iets kost.",
    "Gostaria de saber se o cancelamento tem custos.",
])
def test_whether_after_asking_is_a_question_about_cancelling(body: str) -> None:
    assert judge(body)[0] == "other"


def test_italian_se_as_whether_does_not_block_the_request_before_it() -> None:
    assert answered("Vorrei disdire l'abbonamento. Mi fate sapere se devo firmare qualcosa?")


@pytest.mark.parametrize("body", [
    "Ben has a school trip on Wednesday. Can he do his swimming lesson on Saturday morning this week?",
    "Lena hat am Mittwoch einen Ausflug. Kann sie diese Woche ihre Schwimmstunde am Samstag machen?",
    "Holaa, el sábado no puedo ir al masaje, me toca trabajar. Me lo pasáis al domingo por la mañana??",
    "Léa a une sortie scolaire mercredi. Peut-elle faire son cours de natation samedi matin cette semaine ?",
    "Luca ha una gita mercoledì. Può fare la sua lezione di nuoto sabato mattina questa settimana?",
    "Sem heeft woensdag een schoolreisje. Kan hij deze week zijn zwemles op zaterdagochtend doen?",
    "O Tiago tem uma visita de estudo na quarta. Pode fazer a aula de natação no sábado de manhã esta"
    " semana?",
])
def test_asking_to_have_the_booking_on_another_day_is_a_reschedule(body: str) -> None:
    assert judge(body)[0] == "reschedule"


@pytest.mark.parametrize("body", [
    "Hi, is Saturday morning free? I'd like to book a massage.",
    "Can he do his first lesson on Saturday?",
    "Kann ich am Samstag einen Termin haben?",
    "¿Tenéis hueco el domingo por la mañana para un masaje?",
    "Est-ce que samedi matin est libre pour un premier cours ?",
    "C'è posto sabato mattina per una prima lezione?",
    "Kan hij zijn eerste les op zaterdag doen?",
    "Têm vaga no sábado de manhã para uma primeira aula?",
])
def test_asking_whether_a_day_is_free_for_a_new_booking_is_not_a_move(body: str) -> None:
    assert judge(body)[0] == "other"


@pytest.mark.parametrize("body", [
    "sorry I have to cancel my nails tomorrow at 10 😩 my boss gave me extra work",
    "Ich muss die Nägel morgen um 10 absagen 😩 muss extra arbeiten",
    "tengo que cancelar las uñas de mañana a las 10 😩 tengo trabajo extra",
    "je dois annuler les ongles de demain 10h 😩 j'ai du travail en extra",
    "devo disdire le unghie di domani alle 10 😩 ho del lavoro extra",
    "ik moet de nagels van morgen om 10 afzeggen 😩 ik heb een extra dienst",
    "oi! vou ter q desmarcar a unha de amanhã às 10h 😩 surgiu um plantão extra no trampo. bjs",
])
def test_an_emoji_ends_the_cancelled_thing_in_a_texted_mail(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "Please cancel the extra towels 🙏 for tomorrow.",
    "Please cancel the extra towels for tomorrow 🙏",
    "cancel the newsletter 🙏 thanks",
])
def test_an_extra_or_a_newsletter_before_the_emoji_is_still_not_a_booking(body: str) -> None:
    assert not answered(body)
