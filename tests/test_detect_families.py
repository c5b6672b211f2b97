"""Phrase families learned from the first look at tests/data/inbound_fresh2 (each written anew
here, in several languages, so that a rule is a family and not one mail's wording)."""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


@pytest.mark.parametrize("body", [
    "Al final no vamos a necesitar la habitación del viernes. Perdonad.",
    "Nous n'aurons plus besoin de la chambre samedi, merci.",
    "Den Tisch am Freitag brauchen wir leider nicht mehr.",
    "Já não vamos precisar da mesa de sábado, obrigado.",
    "La camera per il weekend non ci serve più, grazie.",
    "We won't be needing the room on Friday after all.",
])
def test_no_longer_needing_the_booked_thing_is_a_cancellation(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "Please free up my slot on Thursday for someone else, I can't come.",
    "Pouvez-vous libérer ma place pour jeudi ? Je ne pourrai pas venir.",
    "No puedo ir el sábado. Liberad la mesa, por favor.",
    "Potete liberare il posto di giovedì? Non riesco a venire.",
    "Podem liberar a minha vaga de quinta? Não consigo ir.",
])
def test_giving_the_slot_back_is_a_cancellation(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "Der Termin am Donnerstag muss leider abgesagt werden.",
    "Gli appuntamenti di maggio andranno quindi annullati.",
    "De afspraak van maandag moet helaas geannuleerd worden.",
])
def test_a_cancel_that_still_has_to_happen_is_a_request(body: str) -> None:
    assert answered(body)


def test_a_sentence_wrapped_by_the_mail_client_is_read_whole() -> None:
    body = ("Hallo zusammen, wegen der Baustelle bei uns im Haus komme ich am Samstag\n"
            "nicht weg, den Termin am Samstag brauche ich also\nnicht mehr. Danke!")
    assert answered(body)


@pytest.mark.parametrize("body", [
    "Unfortunately we have to cancel your booking of room 2 on Saturday because of a burst pipe.",
    "Leider müssen wir Ihre Buchung des Saals am Samstag wegen eines Wasserschadens stornieren.",
    "Nous devons malheureusement annuler votre réservation de samedi, la salle est fermée.",
])
def test_the_provider_cancelling_the_readers_booking_is_not_a_customer_cancel(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "I booked through your booking system last week; please cancel my appointment on Monday.",
    "I can't make your class on Tuesday any more, please cancel my place.",
    "Hiermit melde ich mich von Ihrem Kurs am Samstag ab, leider bin ich krank.",
])
def test_your_class_or_system_is_still_the_customers_own_booking(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "Could you cancel only the spa package? The room should stay as it is.",
    "Could you please cancel the late checkout I added to booking 4411? Thanks.",
    "Vorrei annullare solo la cena di sabato, grazie.",
    "Pourriez-vous annuler seulement le petit déjeuner de dimanche ?",
])
def test_cancelling_only_a_part_goes_to_review_at_most(body: str) -> None:
    assert not answered(body, "Booking 4411")


@pytest.mark.parametrize("body", [
    "Could you cancel Friday's appointment and book me a new one next week?",
    "¿Podéis anular la cita del lunes y darme otra para el jueves?",
    "Pourriez-vous annuler le rendez-vous de lundi et m'en redonner un la semaine suivante ?",
    "Potete annullare l'appuntamento di martedì e fissarmene uno la settimana dopo?",
    "Kun je de afspraak van dinsdag annuleren en een nieuwe inplannen voor volgende week?",
])
def test_cancel_and_make_a_new_one_is_a_reschedule(body: str) -> None:
    assert judge(body)[0] == "reschedule"


def test_do_not_rebook_me_is_no_reschedule() -> None:
    body = "Please cancel the appointment I have on Saturday and do not rebook me."
    assert judge(body)[0] == "cancellation"


def test_instead_without_a_time_is_no_reschedule() -> None:
    assert answered("Afraid we need to cancel this one, the rest of us will just grab a pint instead.",
                    "Re: Your booking on Saturday")


@pytest.mark.parametrize("body", [
    "Annule mon rendez-vous de jeudi stp, je suis malade.",
    "Cancele a minha marcação de sexta, por favor.",
    "Annullate la prenotazione di sabato, grazie.",
])
def test_imperatives_that_look_like_participles_still_count(body: str) -> None:
    assert answered(body)


def test_a_past_participle_does_not_start_an_imperative() -> None:
    body = "Your Pro plan subscription has been cancelled.\n\nCancelled on: 7 April 2026\nPlan: Pro"
    assert not answered(body, "Your subscription")


@pytest.mark.parametrize("body", [
    "Quitadme de la lista de correo, por favor.",
    "Merci de m'enlever de la liste de diffusion de l'infolettre.",
    "Merci de me retirer de la liste de diffusion.",
    "Graag uitschrijven van jullie mailinglijst.",
    "Kunt u mij uitschrijven? Ik wil geen mails meer.",
])
def test_leaving_a_mailing_list_is_not_a_cancellation(body: str) -> None:
    assert not answered(body)


def test_dutch_als_meaning_as_is_not_a_condition() -> None:
    assert answered("Willen jullie ons als klanten uitschrijven en de afspraak van vrijdag annuleren?")


@pytest.mark.parametrize("body", [
    "Anulad la cita del viernes, porfa, estoy con fiebre.",
    "Cancela o pacote de banho, por favor.",
    "Vi prego di cancellarlo dalla lezione di domani, ha la febbre.",
    "Gelieve mijn afspraak van morgen te annuleren.",
])
def test_imperatives_and_clitic_forms(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "So sorry, I have to cancel Wednesday's class, I've lost my voice. Can you find cover?",
    "Tengo que cancelar la clase del miércoles, estoy afónica. ¿Puedes avisar a los alumnos?",
    "Ich muss den Kurs am Mittwoch leider absagen, ich bin krank. Kannst du eine Vertretung organisieren?",
    "Devo annullare la lezione di mercoledì, ho l'influenza. Riesci a trovare una sostituta?",
])
def test_a_teacher_cancelling_their_own_class_goes_to_review_at_most(body: str) -> None:
    assert not answered(body, "Wednesday")


# Families from the first look at tests/data/inbound_fresh3 (P 0.81, R 0.41 before them).
@pytest.mark.parametrize("body", [
    "We'll pass on the session you pencilled in for Thursday, thanks anyway.",
    "Please consider this my notice for the fixed desk from next month.",
    "Count us out for the 4pm slot on Saturday, sorry!",
    "Please don't expect us at the 5pm appointment today, the car won't start.",
    "No podremos ir al taller del sábado, podéis dar mi plaza a otra persona.",
    "Me doy de baja del gimnasio a partir de enero.",
    "Os pido que anuléis las dos inscripciones del campamento.",
    "Pour la location du kayak samedi, on déclare forfait. Vous pouvez libérer le créneau.",
    "Je suis au regret de devoir annuler mon rendez-vous de mardi.",
    "Nous allons devoir arrêter les cours après les vacances.",
    "Ich klinke mich beim Kochkurs am Freitag aus, streicht mich bitte von der Liste.",
    "Ich kündige mein Abo zum nächstmöglichen Termin.",
    "Não vou conseguir ir na sessão de amanhã, estou de cama.",
    "Vamos desmarcar a aula de sábado, pode ser?",
    "Vi chiedo di annullare la prenotazione della barca per domenica.",
    "Vi do disdetta della postazione dal primo marzo.",
    "Dobbiamo ritirare l'iscrizione di nostro figlio al corso estivo.",
    "Ci tiriamo indietro per la sala del 12 giugno, liberate pure la data.",
    "Wij haken af voor de workshop van vrijdag.",
    "Nous vous demandons d'annuler la réservation de la salle ainsi que l'option traiteur.",
])
def test_dropping_out_idioms(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "Quero cancelar só essas mensagens de promoção, a minha reserva continua de pé.",
    "Can you cancel the window clean add-on? The rest of the deep clean stays as booked.",
    "Devo disdire e prenotare un'altra volta o l'istruttore mi aspetta?",
    "Do I have to cancel if I'm ten minutes late, or will you wait?",
])
def test_not_dropping_out(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "Könnt ihr meine Buchung am Dienstag absagen und mir dafür Donnerstag zur gleichen Zeit eintragen?",
    "¿Podéis anular la reserva del domingo y pasárnosla al domingo siguiente?",
])
def test_cancel_and_put_me_in_another_day_is_a_reschedule(body: str) -> None:
    assert judge(body)[0] == "reschedule"


# Families from the first look at tests/data/inbound_fresh4, a realistic week of mail (P 1.000,
# R 0.743 before them): the plain cancellations the rules still missed.
@pytest.mark.parametrize("body", [
    "Je souhaiterais annuler mon rendez-vous de jeudi à 14h.",
    "Ich kann morgen nicht zur Massage um 16 Uhr kommen, sorry für die kurzfristige Absage.",
    "Leider kann ich morgen nicht zur Kontrolle kommen. Bitte streichen Sie den Termin.",
    "Domani non riesco a venire alla lezione delle 18, ho la febbre.",
    "Sabato non portiamo più il cane per il bagno, cancellate pure la prenotazione.",
    "Ik kan morgen niet, wil mijn les van 15:00 afzeggen.",
    "Ik zal morgen niet kunnen komen naar de afspraak. Mag je die schrappen?",
])
def test_plain_cancellations_of_an_ordinary_week(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "¿Me pueden pasar la cita del viernes para la otra semana?",
    "Kan mijn afspraak van woensdag verzet worden naar volgende week?",
    "Consegue trocar nosso treino de segunda pra terça no mesmo horário?",
    "Tenho uma reserva para sexta. Seria possível passar para sábado à mesma hora?",
])
def test_ordinary_moves(body: str) -> None:
    assert judge(body)[0] == "reschedule"


@pytest.mark.parametrize("body", [
    "Meinen Termin am Freitag muss ich leider absagen. Ich hätte gerne stattdessen einen im Dezember.",
    "Je dois annuler mon rendez-vous de vendredi. J'en voudrais plutôt un lundi matin.",
    "I have to cancel Friday's appointment. Could I have one next Tuesday instead?",
])
def test_cancel_then_another_time_instead_is_a_reschedule(body: str) -> None:
    """'Instead' with a time in any language, in the sentence after the cancel."""
    assert judge(body)[0] == "reschedule"


def test_the_subject_is_never_joined_to_the_first_line() -> None:
    """A long subject with a time does not lend it to the body's 'instead' (no move there)."""
    body = "Afraid we need to cancel this one, the rest of us will just grab a pint instead."
    assert answered(body, "Re: Your booking at The Copper Kettle - Sat 14 June, 19:30, 6 guests")


def test_hostile_repetition_is_judged_from_its_first_acts() -> None:
    """'please cancel my appointment' x 300 in one line still reads as a cancellation (the
    detector scores at most a few dozen acts; benchmarks, not this test, watch the time)."""
    assert answered("please cancel my appointment " * 300)


@pytest.mark.parametrize("body", [
    "Ich kann morgen nicht vor 10 Uhr kommen, geht auch 11?",
    "Je ne pourrai pas venir à 17h, c'est possible plus tard ?",
    "No podré ir a las 5, ¿puede ser a las 6?",
    "Non riesco a venire alle 9, possiamo fare alle 10?",
    "Ik kan morgen niet om 9 uur komen, kan het ook om 11?",
    "Não consigo ir às 10, pode ser às 12?",
])
def test_cannot_come_at_one_time_but_at_another_is_a_reschedule(body: str) -> None:
    assert judge(body)[0] == "reschedule"


@pytest.mark.parametrize("body", [
    "Sorry, I won't be able to come to the open day, but my appointment on Friday stands.",
    "Don't expect us before 8, traffic is awful, but we're coming.",
])
def test_not_coming_to_something_else_or_not_yet_is_not_answered(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "Cancelei sem querer, dá para repor a marcação?",
    "I accidentally cancelled my appointment, can I get it back?",
    "Ich habe meinen Termin versehentlich storniert, können Sie ihn wiederherstellen?",
    "J'ai annulé mon rendez-vous par erreur, pouvez-vous le remettre ?",
])
def test_cancelled_by_mistake_is_not_answered(body: str) -> None:
    """They want the booking back: a person should look, not a 'sorry to see you go'."""
    assert not answered(body)


def test_a_mistaken_order_cancelled_on_purpose_is_still_answered() -> None:
    body = ("Bitte stornieren Sie unsere Bestellung Nr. 4411 komplett. Mein Kollege hat versehentlich "
            "die falsche Variante bestellt.")
    assert answered(body)


@pytest.mark.parametrize(("body", "expected"), [
    ("Hi, can I cancel my appointment for tomorrow please? I am ill.", "answered"),
    ("Could I please cancel my session on Monday?", "answered"),
    ("Can I cancel my appointment on Friday?", "review"),
    ("How can I cancel my booking?", "other"),
    ("Can I cancel my membership online or do I need to call?", "other"),
    ("Can I cancel my appointment and get a refund?", "other"),
    ("Can I cancel for free up to 24 hours before?", "other"),
])
def test_can_i_cancel_my_booking(body: str, expected: str) -> None:
    """About one's own booking with 'please' it is a request; without, a person looks; with a
    question word, an alternative or money it stays a question."""
    intent, confidence = judge(body)
    got = ("answered" if intent == "cancellation" and confidence >= 0.8
           else "review" if intent == "cancellation" and confidence >= 0.5 else "other")
    assert got == expected


# Family from the first look at tests/data/inbound_fresh8 (answered precision 0.773): a cancel
# followed by a request for a new time with a booking verb and no "instead" ("… and book me in
# for Saturday", "y apúntame al jueves", "et me caler mardi") was answered as a cancellation.
# Written anew here in all seven languages, in the same sentence and in the next one.
@pytest.mark.parametrize("body", [
    "Please cancel my massage on Wednesday and book me in for Saturday morning.",
    "Could you cancel the 9am on Monday and put us down for the 14th?",
    "Bitte sagen Sie meinen Termin am Mittwoch ab und tragen Sie mich für Freitag um 9 ein.",
    "Könnt ihr die Stunde am Montag streichen und mich am Donnerstag einbuchen?",
    "Cancela la clase del martes y apúntame al jueves a la misma hora, porfa.",
    "¿Podéis anular la reserva del sábado y ponernos el domingo a las 14?",
    "Merci d'annuler ma séance de mercredi et de me mettre vendredi à 10h.",
    "Pouvez-vous annuler le rdv de lundi et me caler mardi matin ?",
    "Potete annullare la lezione di giovedì e segnarmi per sabato mattina?",
    "Cancellate pure il turno di martedì e mettetemi venerdì alle 17.",
    "Kunnen jullie mijn les van maandag annuleren en me op woensdag om 10 uur inplannen?",
    "Wil je de afspraak van donderdag schrappen en ons volgende week dinsdag inboeken?",
    "Podem desmarcar a sessão de quinta e agendar-me para sábado de manhã?",
    "Cancela a minha aula de segunda e coloca-me na de quarta às 18h, por favor.",
    # the new time asked for in the next sentence
    "Please cancel my Tuesday session. Could you book me in for Friday at 3?",
    "Bitte sagen Sie den Termin am Dienstag ab. Können Sie mich am Freitag um 15 Uhr eintragen?",
    "Anulad mi cita del martes. ¿Me podéis dar una el viernes a las 15?",
    "Merci d'annuler mon rendez-vous de mardi. Pourriez-vous me mettre vendredi à 15h ?",
    "Annullate il mio appuntamento di martedì. Potete segnarmi venerdì alle 15?",
    "Wil je mijn afspraak van dinsdag annuleren? Kun je me op vrijdag om 15 uur inplannen?",
    "Cancelem a minha marcação de terça. Podem marcar-me para sexta às 15h?",
])
def test_cancel_and_book_me_another_time_is_a_reschedule(body: str) -> None:
    assert judge(body)[0] == "reschedule"


@pytest.mark.parametrize("body", [
    "Please cancel my appointment on Friday and give me a call tomorrow if there is a fee.",
    "Bitte stornieren Sie meine Buchung am Samstag und geben Sie mir bis Montag Bescheid.",
    "Anulad mi reserva del sábado y dadme la señal de vuelta antes del viernes.",
    "Merci d'annuler ma réservation de samedi et de me rembourser l'acompte avant lundi.",
    "Annullate la prenotazione di sabato e mandatemi conferma entro lunedì.",
    "Wil je mijn afspraak van vrijdag annuleren en me morgen een bevestiging sturen?",
    "Cancelem a minha marcação de sexta e deem-me confirmação amanhã, obrigado.",
    "Venho por este meio cancelar a inscrição, e vou mudar-me para Lisboa em março.",
    "Please cancel my Tuesday session. Thanks, see you on Friday at 3 for the next one.",
])
def test_cancel_and_a_call_refund_or_move_house_is_still_a_cancellation(body: str) -> None:
    assert answered(body)


# The same family asked as a question offering another time ("…, could I come on Wednesday?",
# "does Wednesday at 10 work?", "mercredi 10h vous irait ?"), in all seven languages.
@pytest.mark.parametrize("body", [
    "Please cancel my Monday appointment, could I come on Wednesday at the same time?",
    "Cancel Monday please. Does Wednesday at 10 work for you?",
    "Bitte sagen Sie Montag ab, kann ich am Mittwoch kommen?",
    "Anula mi cita del lunes, ¿puedo ir el miércoles a la misma hora?",
    "Annulez mon rendez-vous de lundi, est-ce que je peux venir mercredi à 10h ?",
    "Merci d'annuler lundi, mercredi 10h vous irait ?",
    "Annullate l'appuntamento di lunedì, posso venire mercoledì alle 10?",
    "Wil je maandag annuleren? Kan ik woensdag om 10 uur komen?",
    "Cancelem a consulta de segunda, posso ir na quarta às 10?",
])
def test_cancel_and_can_i_come_another_time_is_a_reschedule(body: str) -> None:
    assert judge(body)[0] == "reschedule"


@pytest.mark.parametrize("body", [
    "Please cancel my appointment on Friday. Is that okay?",
    "Please cancel my Friday class, do I get the deposit back by Monday?",
    "Bitte sagen Sie meinen Termin am Freitag ab, passt das so?",
    "Anulad mi reserva del sábado, ¿puedo pasar a recoger la señal el lunes?",
    "Je voudrais annuler mon rendez-vous de vendredi, c'est possible ?",
    "Vorrei disdire l'appuntamento di venerdì, va bene lo stesso?",
    "Ik wil mijn afspraak van vrijdag annuleren, kan dat nog?",
    "Quero cancelar a marcação de sexta, pode ser?",
])
def test_cancel_and_is_that_ok_is_still_a_cancellation(body: str) -> None:
    assert answered(body)


# Other families of false answers, probed in all seven languages after the fresh8 round.
@pytest.mark.parametrize("body", [
    # the membership itself stays: only a part is cancelled (at most review)
    "Please cancel the automatic renewal but keep my membership active until June.",
    "Bitte die automatische Verlängerung stornieren, die Mitgliedschaft soll aber aktiv bleiben.",
    "Cancelad la renovación automática, pero quiero mantener mi cuota activa hasta junio.",
    "Merci d'annuler le renouvellement automatique, mais je veux garder mon abonnement actif.",
    "Annullate il rinnovo automatico, vorrei però mantenere l'abbonamento attivo fino a giugno.",
    "Annuleer de automatische verlenging, maar het lidmaatschap wil ik wel actief houden.",
    "Cancelem a renovação automática, mas quero manter a minha inscrição ativa até junho.",
    # a German separable verb with its own negation
    "Ich sage nicht ab, ich möchte nur Donnerstag auf Freitag legen.",
    "Wir sagen den Kurs nicht ab, wir kommen nur eine halbe Stunde später.",
    # a supplier or carrier cancelling
    "Our supplier cancelled the delivery of towels for Monday, please reorder.",
    "Der Lieferant hat die Bestellung für Montag storniert, bitte neu bestellen.",
    # the sender blames us for cancelling something of their own
    "Great, because you moved my appointment I now have to cancel my holiday. Thanks a lot.",
    "Wegen Ihrer Verschiebung muss ich jetzt meinen Urlaub stornieren. Danke auch.",
    "Por vuestro cambio ahora tengo que cancelar mis vacaciones. Genial.",
    "À cause de votre changement je dois annuler mes vacances. Merci bien.",
    "Per colpa del vostro spostamento devo annullare le ferie. Grazie tante.",
    "Door jullie verzetting moet ik nu mijn vakantie annuleren. Bedankt hoor.",
    "Por causa da vossa alteração tenho de cancelar as férias. Obrigadinho.",
])
def test_more_families_that_are_not_answered(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "Please cancel my membership, I'm moving to Leeds next month.",
    "Hiermit sage ich den Termin am Freitag ab, mir geht es nicht gut.",
    "Bitte kündigen Sie mein Abo zum Monatsende.",
    "Je souhaite résilier mon abonnement à la fin du mois.",
])
def test_plain_cancellations_next_to_those_families_are_answered(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "Hi Tom, please cancel the 3pm of Mrs Clarke in the system, she rang this morning. Jo",
    "Liebe Kollegin, bitte storniere den 15-Uhr-Termin von Frau Weber im System. Danke, Petra",
    "Hola Laura, anula la cita de las 15h de la Sra. Gómez en el sistema, gracias. Pilar (recepción)",
    "Salut Julie, merci d'annuler le rdv de 15h de M. Petit dans l'agenda. Sophie (accueil)",
    "Ciao Giulia, puoi annullare l'appuntamento delle 15 della signora Bianchi in agenda? Grazie, Marta",
    "Hoi Sanne, wil je de afspraak van 15 uur van meneer Jansen in de agenda annuleren? Eva (balie)",
    "Olá Rita, podes cancelar a marcação das 15h da D. Sofia na agenda? Obrigada, Inês (receção)",
])
def test_a_colleague_asked_to_cancel_in_the_system_is_not_answered(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "Please cancel my appointment on Friday and remove it from your calendar.",
    "Bitte stornieren Sie meinen Termin am Freitag und tragen Sie ihn aus Ihrem Kalender aus.",
])
def test_a_customer_naming_your_calendar_is_still_answered(body: str) -> None:
    assert answered(body)


# Rules round 2, the false answers on inbound_fresh9: cancel and move the sender ("e spostarmi a
# martedì") or make the booking another time ("en er een reservering voor zondag van maken").
# New sentences in all seven languages; none may be answered as a cancellation.
@pytest.mark.parametrize("body", [
    "Can you cancel the table for Friday and make it Saturday at 8?",
    "¿Podéis anular la mesa del viernes y hacerla para el sábado a las 21?",
    "Bitte die Reservierung für Freitag stornieren und eine für Samstag 19 Uhr daraus machen.",
    "Pouvez-vous annuler la table de vendredi et en faire une pour samedi 20h ?",
    "Potete cancellare la lezione di lunedì e spostarci a giovedì alle 18?",
    "Kunnen jullie de tafel van vrijdag annuleren en er een voor zaterdag 19:00 van maken?",
    "Podem cancelar a minha aula de segunda e passar-me para quinta às 18h?",
])
def test_cancel_and_move_me_or_make_it_another_time_is_not_answered(body: str) -> None:
    assert not answered(body)
    assert judge(body)[0] == "reschedule"


# -- families of the first looks at inbound_fresh10 and inbound_fresh11 (written anew) --------

@pytest.mark.parametrize("body", [
    "I'm not cancelling! I just need to move Thursday's lesson to Friday, same time if possible.",
    "Nicht absagen bitte, nur verschieben: geht der Termin auch am Dienstag um 10?",
    "No la canceléis, por favor; solo quiero moverla al jueves por la tarde.",
    "Je n'annule pas, j'aimerais juste décaler la séance à mardi prochain.",
    "Non annullate la prenotazione, vorrei solo spostare la cena a sabato.",
    "Niet annuleren, ik wil de afspraak alleen verplaatsen naar woensdag.",
    "Não quero cancelar, só remarcar a aula para quinta de manhã.",
])
def test_not_cancelling_but_moving_is_a_reschedule(body: str) -> None:
    assert judge(body)[0] == "reschedule"


@pytest.mark.parametrize("body", [
    "I'm not cancelling, I'll be there on Thursday as planned.",
    "Absagen möchte ich nicht, ich komme am Donnerstag wie geplant.",
    "No cancelo, nos vemos el jueves como siempre.",
])
def test_not_cancelling_without_a_move_is_nothing_to_answer(body: str) -> None:
    assert judge(body)[0] == "other"


@pytest.mark.parametrize("body", [
    "Kündigen möchte ich eigentlich nicht, kann ich den Vertrag für zwei Monate ruhen lassen?",
    "Kündigen will ich auf keinen Fall, aber kann ich im Januar pausieren?",
    "Stornieren würde ich ungern... nein: stornieren werde ich nicht, ich frage nur nach dem Preis.",
    "Opzeggen wil ik zeker niet, kan ik mijn abonnement een maand pauzeren?",
])
def test_german_and_dutch_put_the_not_after_the_cancel_verb(body: str) -> None:
    assert not answered(body)
    assert judge(body)[0] != "cancellation"


def test_italian_si_potrebbe_is_could_one_not_if() -> None:
    body = "Ho un tavolo per quattro venerdì alle 20. Si potrebbe spostare a sabato, stessa ora?"
    assert judge(body)[0] == "reschedule"


def test_not_cancelled_put_me_back_in_restores_and_moves_nothing() -> None:
    body = ("Your reminder says my class on Monday was cancelled. I did not cancel it! "
            "Please put me back in, I still want to come.")
    assert judge(body)[0] == "other"


@pytest.mark.parametrize("body", [
    "After thinking it over we have decided not to go ahead with the kitchen project in March.",
    "Wir werden die Nachhilfe im neuen Jahr nicht fortsetzen, vielen Dank für alles.",
    "Hemos hablado en casa y no vamos a seguir con las clases de guitarra en enero.",
    "Je crois que nous allons en rester là pour les cours de dessin, merci pour tout.",
    "Dopo averci pensato abbiamo deciso di non proseguire con il corso di ceramica.",
    "Na veel twijfel zien we af van de workshop in februari.",
    "Decidimos que não vamos continuar com as aulas de natação no próximo ano.",
])
def test_not_going_on_with_what_was_agreed_is_read_as_a_cancellation(body: str) -> None:
    assert judge(body)[0] == "cancellation"


@pytest.mark.parametrize("body", [
    "A partir del mes que viene no quiero que me cobréis más la cuota, gracias.",
    "Vorrei che interrompeste l'addebito dell'abbonamento da gennaio.",
    "Vanaf volgende maand graag niets meer sturen, dank jullie.",
    "oi, nao vou mais na aula de quinta, pode tirar meu nome",
    "Je ne viendrai donc plus aux séances du mardi, merci pour tout.",
    "Die Mitgliedschaft werde ich nicht verlängern, danke für die schöne Zeit.",
])
def test_stopping_what_is_charged_sent_or_attended(body: str) -> None:
    assert judge(body)[0] == "cancellation"


@pytest.mark.parametrize("body", [
    "Could you confirm you won't be continuing the renovation while we are away? We want it in May.",
    "Si no vamos a seguir con el mismo horario, ¿cuál sería el nuevo?",
])
def test_not_continuing_said_of_someone_else_or_a_question_is_not_answered(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "We're going to have to stop Mia's piano lessons after Christmas, money is tight.",
    "Marco non continuerà le lezioni di nuoto dopo le feste, grazie di tutto.",
    "Vi chiedo di ritirarla dal corso di danza da febbraio.",
])
def test_a_parent_ending_a_childs_lessons(body: str) -> None:
    assert judge(body)[0] == "cancellation"


def test_dont_book_him_again_is_no_rebooking() -> None:
    body = ("Sorry, we have to stop Sam's swimming lessons after this term. "
            "Please don't book him in for the spring term.")
    assert judge(body)[0] == "cancellation"


@pytest.mark.parametrize("body", [
    "Me salió un viaje el jueves; ¿podemos pasarla para la semana siguiente?",
    "oi, da pra trocar meu horario de quinta 16h (corte e barba com o Léo) pra sexta de manhã?",
    "Mijn hond staat donderdag ingepland. Kan hij naar volgende week, liefst ook donderdag?",
])
def test_moving_said_the_everyday_way(body: str) -> None:
    assert judge(body)[0] == "reschedule"


def test_make_it_other_dates_with_a_date_range_is_a_rebooking() -> None:
    body = "Kunt u onze boeking van 3 t/m 5 maart annuleren en er 10 t/m 12 maart van maken?"
    assert judge(body)[0] == "reschedule"


@pytest.mark.parametrize("body", [
    "Je vous écris pour annuler les cours de piano de Léo qui devaient reprendre samedi.",
    "Non rinnovate, grazie. Chiudete l'abbonamento alla fine del mese.",
    "Vi scrivo per ritirare mia figlia Sara dal corso di nuoto del martedì.",
    "Ik wil graag stoppen met mijn zanglessen, ook die van volgende week.",
])
def test_more_everyday_cancellations_after_the_fresh12_first_look(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "Onze kat is overleden, de afspraak van dinsdag mag dus vervallen.",
    "Pouvez-vous arrêter les livraisons du jeudi à partir de la semaine prochaine ?",
])
def test_a_booking_let_lapse_or_a_standing_service_stopped(body: str) -> None:
    assert judge(body)[0] == "cancellation"


def test_french_qui_is_not_italian_click_here() -> None:
    from responder.text import split_new_text

    body = "Bonjour,\n\nJe vous écris pour annuler le cours de Léa qui devait avoir lieu samedi.\n"
    assert "annuler le cours" in split_new_text(body)[0]
    assert split_new_text("Per annullare la prenotazione clicca qui.\n")[1]  # a real footer


@pytest.mark.parametrize("body", [
    ("Hi, my husband asked me to forward this to you, he's not on email.\n\nThanks, Jo\n\n"
     "From: Dan Price <dan@example.net>\nSent: Monday, 4 January 2027 19:02\nTo: Jo Price <jo@example.net>\n"
     "Subject: gym\n\nJo can you tell the gym I'm cancelling my membership, I can't afford it any more.\n"),
    ("Hallo, meine Frau hat mich gebeten, Ihnen das weiterzuleiten.\n\nGruß, Jens\n\n"
     "-----Ursprüngliche Nachricht-----\nVon: Anna Ott <anna@example.net>\nGesendet: Montag, 4. Januar 2027\n"
     "An: Jens Ott <jens@example.net>\nBetreff: Termin\n\nSchatz, bitte sag meinen Friseurtermin am "
     "Freitag ab, ich liege mit Grippe im Bett.\n"),
    ("Buonasera, vi giro il messaggio di mia madre.\n\n---------- Messaggio inoltrato ---------\n"
     "Da: Rosa Bianchi <rosa@example.net>\nData: lun 4 gen 2027\nOggetto: visita\n\n"
     "Per favore disdici la mia visita di giovedì, non sto bene.\n"),
])
def test_a_forward_of_the_customers_own_words_is_read(body: str) -> None:
    assert judge(body)[0] == "cancellation"  # a partner speaking for the customer


def test_a_staff_forward_without_a_relay_request_is_still_cut() -> None:
    from responder.text import split_new_text

    body = ("Can you check the invoice below?\n\nFrom: Supplier <s@example.net>\nSent: Monday\n"
            "To: us <b@example.net>\nSubject: order\n\nPlease cancel order 55.\n")
    assert "cancel order" not in split_new_text(body)[0]


def test_french_cannot_go_to_my_session() -> None:
    assert answered("Je ne pourrai pas aller à ma séance de jeudi, j'ai la grippe.")


@pytest.mark.parametrize("body", [
    "Pues al final nos rajamos con el campamento, dadle de baja a Hugo por favor.",
    "Con la espalda así, mejor lo dejamos por ahora.",
    "Finalmente no vamos a seguir adelante con el catering para la boda.",
    "Oi, pode parar de mandar a cesta de frutas, obrigada.",
    "Informo que a formação de sexta-feira já não se vai realizar.",
    "Ik stop met de zwemlessen, het lukt niet meer met mijn werk.",
    "Die Dauerbuchung für Platz 2 geben wir zum 28.02. zurück.",
    "Ab März braucht ihr uns keine Kiste mehr vorbei zu bringen.",
    "I've got a new job in Bristol so that's me done with the Tuesday classes.",
    "Le yoga du lundi fait partie des activités qu'on arrête cette année.",
])
def test_round5_ways_of_ending_a_booking(body: str) -> None:
    assert judge(body)[0] == "cancellation"


# Rules round 7 (after the inbound_fresh15 and inbound_fresh16 first looks), written anew.
@pytest.mark.parametrize("body", [
    "Could you take me out of the diary for Thursday? Work has got in the way.",
    "After everything that happened we have decided to call the whole thing off.",
    "Kannst du meinen Termin am Montag bitte rausnehmen? Ich bin auf Dienstreise.",
    "Kun je ons voor vrijdag uit de agenda halen? We zijn allebei ziek.",
    "Haal me maar uit de planning voor de les van dinsdag, ik heb griep.",
    "Por favor, quitadme de la agenda del jueves, me ha surgido un viaje.",
    "Finalement nous allons passer notre tour pour l'atelier de samedi.",
    "Vous pouvez libérer nos deux places pour le stage de dimanche.",
])
def test_round7_ways_of_ending_a_booking(body: str) -> None:
    assert judge(body)[0] == "cancellation"


@pytest.mark.parametrize("body", [
    "Please ignore my cancellation from yesterday, the trip is off and I can come after all.",
    "Kommando zurück: bitte ignorieren Sie meine Absage, ich komme doch am Donnerstag.",
    "Podem desconsiderar o meu pedido de cancelamento, vou continuar com o plano.",
    "Negeer mijn afzegging van gisteren maar, ik kan toch komen.",
    "Ignorez mon message d'annulation d'hier, je viendrai bien mardi.",
])
def test_an_earlier_cancellation_taken_back_is_never_answered(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize(("body", "subject"), [
    ("Kündigen Sie jetzt Ihren alten Stromvertrag mit einem Klick!\n\n"
     "Sie erhalten diese E-Mail, weil Ihre Adresse in einem Verzeichnis steht.", "Jetzt wechseln"),
    ("Annuleer uw oude contract en stap over.\n\nU ontvangt deze e-mail omdat u klant bent.",
     "Overstappen"),
    ("Cancele seu plano antigo hoje.\n\nVocê recebe este e-mail porque é cliente.", "Oferta"),
])
def test_marketing_that_says_why_you_receive_it_is_never_answered(body: str, subject: str) -> None:
    assert not answered(body, subject)


def test_a_dutch_maybe_is_tentative() -> None:
    assert not answered("Het kan zijn dat ik moet afzeggen voor zaterdag, ik laat het maandag weten.")


# Rules round 7, moves (after the inbound_fresh15/16 first looks), written anew.
@pytest.mark.parametrize("body", [
    "¿Podríamos hacerlo el jueves 12 en lugar del martes 10? Misma hora.",
    "Serait-il possible de venir jeudi au lieu de mardi, à la même heure ?",
    "Possiamo fare giovedì invece di martedì, stessa ora?",
    "Kan ik donderdag komen in plaats van dinsdag, zelfde tijd?",
    "Could I come on Thursday instead of Tuesday, same time?",
    "Est-ce qu'on pourrait repousser la séance de deux semaines ?",
    "Kan onze afspraak een week opgeschoven worden?",
    "Cancela o meu horário de terça e passa pro sábado seguinte, pode ser?",
    "I'm booked in for Friday at 9. Is there anything earlier, maybe Wednesday?",
    "Ich bin bei Ihnen für Montag eingetragen. Haben Sie diese Woche noch eine Lücke?",
    "Il corso si è spostato per noi: sarebbe possibile posticipare l'iscrizione a maggio?",
])
def test_round7_moves_without_the_usual_words(body: str) -> None:
    assert judge(body)[0] == "reschedule"


@pytest.mark.parametrize("body", [
    "Findet mein Termin morgen statt oder nicht?",
    "Se dovessimo disdire, la caparra si perde? Oppure si può spostare a un'altra data?",
])
def test_taking_place_or_asking_the_policy_is_no_move(body: str) -> None:
    assert judge(body)[0] != "reschedule"


# Rules round 12 (after the inbound_fresh18 first look), written anew.
@pytest.mark.parametrize("body", [
    "Bom dia, peço que desmarquem a consulta do meu pai de quinta-feira, ele está internado.",
    "Hi, could you please cancel Sam's place on the course on 12 May? Thanks, Jo",
])
def test_round12_cancellations(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "Per il restauro del tavolo lasciamo perdere, l'abbiamo venduto.",
    "Die wöchentliche Lieferung ist für mich hiermit erledigt.",
])
def test_round12_letting_it_drop_is_a_cancellation(body: str) -> None:
    assert judge(body)[0] == "cancellation"


@pytest.mark.parametrize("body", [
    "Tengo cita el jueves a las 9. ¿Me la podríais poner por la tarde?",
    "A senhora pode vir na sexta à mesma hora?",
    "Gibt es eine Chance, dass ich früher drankomme? Mein Termin ist am 28.",
    "Mijn laatste pasbeurt staat op 5 juni. Kan die naar eind mei?",
    "Meu horário é quarta às 9h. Dá pra ser quarta à tarde?",
])
def test_round12_moves(body: str) -> None:
    assert judge(body)[0] == "reschedule"


def test_a_meeting_at_the_same_time_is_a_reason_to_cancel_not_a_move() -> None:
    body = "Je dois annuler mon rendez-vous de jeudi : une réunion à la même heure."
    assert judge(body)[0] == "cancellation"


def test_declining_an_event_while_the_lessons_go_on_is_never_answered() -> None:
    assert not answered("We can't make the concert on May 3, please don't put Lily on the programme. "
                        "Her lessons will continue as normal.")


# Rules round 15 (after the inbound_fresh19 first look), written anew in several languages.
@pytest.mark.parametrize("body", [
    "Wir möchten die Feier auf keinen Fall absagen, aber was kostet ein Storno im Notfall?",
    "We by no means want to cancel the wedding, but what would the fee be in an emergency?",
    "En ningún caso queremos cancelar la boda, solo preguntamos por los gastos.",
    "Nous ne voulons en aucun cas annuler le mariage, c'est juste une question de frais.",
    "Willen we in geen geval annuleren, maar wat zijn de kosten als het toch moet?",
])
def test_round15_by_no_means_cancelling_is_never_answered(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "Meine Tochter ist krank, ich muss die Stunde morgen evtl. absagen. Ich melde mich früh.",
    "Ik moet de afspraak van vrijdag evt. annuleren, ik laat het morgen weten.",
    "Se calhar vou ter de cancelar a aula de amanhã, confirmo logo de manhã.",
])
def test_round15_a_maybe_in_an_abbreviation_is_tentative(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "Sehr geehrte Kunden, leider müssen wir Ihre Lieferung am Dienstag stornieren, der Lkw ist defekt.",
    "Dear customer, unfortunately we have to cancel your delivery on Monday; it moves to Wednesday.",
    "Estimado cliente: lamentamos tener que cancelar su entrega del jueves por falta de stock.",
    "Gentile cliente, purtroppo dobbiamo annullare la vostra consegna di venerdì.",
])
def test_round15_a_supplier_cancelling_your_delivery_is_never_answered(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "Thank you for being so kind last week when I had to cancel at the last minute. See you Monday!",
    "Vorige week moest ik helaas annuleren, maar nu wil ik graag een nieuwe afspraak maken.",
    "Letzte Woche musste ich leider absagen, jetzt hätte ich gern einen neuen Termin.",
    "Gracias por entenderlo el mes pasado, cuando tuve que cancelar. ¿Tenéis hueco el lunes?",
    "Il mese scorso ho dovuto annullare, ora vorrei prenotare di nuovo.",
])
def test_round15_a_cancellation_told_in_the_past_is_never_answered(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "I've cancelled the appointment with the other clinic, so I'll be there on Monday at 10.",
    "He cancelado mi cita con el dentista del seguro; estaré ahí el lunes a las 10.",
    "J'ai annulé mon rendez-vous chez l'autre kiné, je serai là mardi.",
    "Ho annullato la mia visita dall'altro medico, giovedì ci sarò.",
])
def test_round15_the_sender_will_be_there_goes_to_a_person_at_most(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "Kun je me voor dinsdag afmelden en me op donderdag 12/3 om 18:30 zetten?",
    "Könnt ihr mich für Montag austragen und mich am 14.3. um 9:00 eintragen?",
])
def test_round15_cancel_one_day_and_put_me_on_another_is_a_move(body: str) -> None:
    assert judge(body)[0] == "reschedule"


@pytest.mark.parametrize("body", [
    "Den Termin am Freitag um 8 schaff ich leider nicht, bitte austragen.",
    "Buongiorno, domani non ci saro alla lezione delle 18, toglietemi pure.",
    "A Marta não vai continuar com as aulas de piano a partir de março.",
])
def test_round15_cannot_make_it_and_wont_continue(body: str) -> None:
    assert judge(body)[0] == "cancellation"


@pytest.mark.parametrize("body", [
    "Nous avons décidé d'arrêter le forfait chez vous, pourriez-vous nous rembourser les heures restantes ?",
    "J'ai décidé d'arrêter mon contrat de coaching à la fin du mois.",
])
def test_round15_stopping_the_package_is_a_cancellation(body: str) -> None:
    assert judge(body)[0] == "cancellation"


# Rules round 16 (after the inbound_fresh21 first look: idioms without a cancel word), written anew.
@pytest.mark.parametrize("body", [
    "Mrs Patel has asked me to say she will not be proceeding with the two fittings next week.",
    "Could you release both slots on the 9th and the 16th? She won't need them.",
    "Podéis liberar las dos habitaciones del puente, al final no viajamos.",
    "Pouvez-vous libérer les deux places de samedi ? Nous ne serons pas là.",
    "Potete liberare i due posti di venerdì sera, purtroppo non veniamo.",
    "Bitte geben Sie die beiden Termine am Montag frei, meine Mutter liegt im Krankenhaus.",
    "No cuenten conmigo para la clase del jueves, estoy con gripe.",
    "Ce sera sans moi samedi pour l'atelier, désolée.",
    "Aus unserem Termin am Donnerstag wird leider nichts, mein Sohn ist krank.",
    "Bitte lasst die Mitgliedschaft zum Jahresende auslaufen, es ist mir zu teuer.",
    "Please don't renew my membership in January, I'm moving away.",
    "L'abbonamento scade a marzo: bloccate il rinnovo automatico, grazie.",
    "Ne renouvelez pas mon abonnement en janvier s'il vous plaît.",
    "Wilt u de twee afspraken van volgende week uit uw agenda halen? Hij is opgenomen.",
    "We moeten een streep zetten door ons diner van vrijdag, er is iets tussengekomen.",
    "Não vai dar pra mim na aula de sábado, pode riscar meu nome da lista.",
    "Mon mari ne pourra pas venir à sa séance de mardi, il a de la fièvre.",
    "Purtroppo salta tutto per sabato sera, con lo sciopero non arriviamo.",
])
def test_round16_cancellations_without_a_cancel_word(body: str) -> None:
    assert judge(body)[0] == "cancellation"


@pytest.mark.parametrize("body", [
    "Thursday's a no-go now, sorry. Any chance you could do Monday after work?",
    "Freitag passt mir leider doch nicht. Geht auch Samstag um die gleiche Zeit?",
    "El viernes no nos viene bien, ¿tendríais hueco el lunes por la tarde?",
    "Le vendredi ça ne va plus pour Tom, est-ce que le créneau du lundi est toujours libre ?",
    "Donderdag lukt niet meer, heb je vrijdag nog een plekje?",
    "Sexta já não consigo, teria alguma vaga na segunda de manhã?",
    "Annulla martedì e spostami a giovedì se riesci, martedì ho una call che finisce tardi.",
])
def test_round16_another_day_asked_for_is_a_move(body: str) -> None:
    assert judge(body)[0] == "reschedule"


@pytest.mark.parametrize("body", [
    "No se va a hacer la cena de empresa este año, así que no vamos a seguir adelante con la reserva.",
])
def test_round16_spanish_reflexive_se_is_no_if(body: str) -> None:
    assert judge(body)[0] == "cancellation"


# Rules round 17 (after the inbound_fresh22 first look), written anew.
@pytest.mark.parametrize("body", [
    "Could you make the March delivery my last one? Money is tight at the moment.",
    "Please take the whole Henderson booking out of the diary, the wedding is off.",
    "Je vais devoir faire une croix sur les séances du mardi, mon budget ne suit plus.",
    "Pour les séances restantes, on va s'arrêter là, je déménage à Lyon.",
    "Purtroppo devo dare forfait per il corso del giovedì, mi hanno cambiato i turni.",
    "Hallo, schaff das am Freitag um 9 bei Herrn Roth nicht, bitte austragen.",
    "Pedido 2231: por favor, no me lo enviéis, ya lo he comprado en la tienda.",
    "We trekken de stekker eruit, de verbouwing gaat voorlopig niet door.",
    "Kun je de drie afspraken van februari eruit halen? Ik ben verhuisd.",
    "Peço que me retirem do curso a partir de janeiro, não consigo acompanhar.",
    "Queria terminar a assinatura do cabaz a partir de março.",
])
def test_round17_cancellations(body: str) -> None:
    assert judge(body)[0] == "cancellation"


@pytest.mark.parametrize("body", [
    "Wir wollen auf keinen Fall jetzt schon absagen, aber ab wann fallen Gebühren an?",
    "Quali sono le condizioni di disdetta del contratto? Non è una disdetta, è solo per il commercialista.",
    "¿Anulamos la clase del lunes? Solo hay tres apuntadas.",
    "Shall we cancel Monday's class? Only two people have signed up.",
    "Merci d'avoir pris en compte l'annulation de la semaine dernière, Léa reprend mercredi.",
])
def test_round17_never_answered(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "Der Dienstag (8.12., 8:30 Uhr) passt bei mir leider doch nicht. Ginge auch Freitag Vormittag?",
    "El martes me es imposible al final. ¿Tendríais hueco el miércoles por la tarde?",
    "Zaterdag gaat helaas niet door vanwege de regen. Kunnen we hem verplaatsen naar zaterdag 27 maart?",
])
def test_round17_moves(body: str) -> None:
    assert judge(body)[0] == "reschedule"


# Rules round 21 (after the inbound_fresh24 first look), written anew.
@pytest.mark.parametrize("body", [
    "Friday's off for me now, please give the slot to someone on the waiting list.",
    "Could you make the January box the last one? Money is tight.",
    "My membership can stop at the end of the month, please don't take the direct debit for February.",
    "Bitte schicken Sie mir ab sofort keine Kisten mehr.",
    "Le repas du 20 n'a plus lieu d'être, le départ est reporté à l'été.",
    "Toglietemi pure dal gruppo del giovedì, mi hanno cambiato i turni.",
    "Vanaf februari hoeft er niemand meer te komen, mijn vader verhuist.",
    "Prefiro não avançar com a marcação de sexta-feira.",
])
def test_round21_cancellations(body: str) -> None:
    assert judge(body)[0] == "cancellation"


def test_round21_a_booking_platform_notice_is_automated() -> None:
    body = ("New booking: Gel manicure, Friday 11 December 15:00. Need to cancel or reschedule on the "
            "client's behalf? Open the booking in your dashboard. You're receiving this because you're "
            "an admin of the salon.")
    assert judge(body)[0] == "other"


# Rules round 22 (after the inbound_fresh26 first look), written anew, in every language.
@pytest.mark.parametrize("body", [
    "Den Termin am Freitag könnt ihr wieder freigeben, ich liege mit Grippe im Bett.",
    "Hiermit künde ich mein Abo per Ende März.",
    "Vous pouvez remettre la chambre à disposition, nous ne venons plus.",
    "Tom ne reprendra pas le judo en janvier, il préfère le foot.",
    "Potete dare via il mio posto per il corso di martedì, sono a letto con l'influenza.",
    "Marco non riprenderà il nuoto dopo le feste, ha troppi compiti.",
    "Podéis dar mi hueco a otra persona, me ha surgido un viaje.",
    "A partir de febrero ya no me manden la caja, por favor.",
    "Hemos decidido no seguir con el proyecto de la web, gracias por todo.",
    "You can let the table go, we're staying in tonight after all.",
    "I'm going to knock the subscription on the head from March, money's tight.",
    "Can you count her out of the spring term, please? She has exams.",
    "Mijn abonnement mag eraf per 1 maart, ik ga verhuizen.",
    "Decidimos não seguir com a obra da cozinha este ano.",
    "As explicações do Tiago já não fazem sentido, vamos mudar de cidade.",
    "A gente se muda em janeiro, então pode encerrar o meu plano no fim do mês.",
    # (the inbound_fresh25 first look: plain requests the rules read wrongly)
    "Could you please cancel my yoga membership (account under this email address)?",
    "Bitte kündigt mein Abo zum Monatsende, ich ziehe um.",
    "Bitte sagt den Termin am Montag ab, ich bin krank.",
    "Devo interrompere le lezioni di pianoforte, ho troppo lavoro.",
    "Il dottore ha un impegno che si protrarrà fino a sera, vi chiedo di annullare la visita.",
])
def test_round22_cancellations(body: str) -> None:
    assert judge(body)[0] == "cancellation"


@pytest.mark.parametrize("body", [
    "There's a chance we'll have to cancel the dinner on the 19th; I'll know on Monday.",
    "Es kann gut sein, dass wir den Kurs am Samstag absagen müssen, ich melde mich.",
    "É possível que tenhamos de cancelar a reserva de sábado, confirmo amanhã.",
    "Hay una posibilidad de que tengamos que cancelar la cena del viernes.",
    "Il se peut que je doive annuler la séance de jeudi, je vous confirme demain.",
    "È possibile che dobbiamo annullare la cena di sabato, vi confermo domani.",
    "De kans bestaat dat we de afspraak van vrijdag moeten annuleren, ik laat het morgen weten.",
])
def test_round22_a_chance_is_never_answered(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "Possiamo spostarla a venerdì 11? Giovedì lavoro.",
    "Seria possível passá-la para sexta-feira de manhã?",
    "¿Podríais cambiarla al jueves por la tarde? El martes trabajo.",
    "Est-ce possible de le changer pour jeudi matin ? Mardi je travaille.",
    "Kunnen we de les omzetten naar donderdag? Dinsdag lukt niet.",
    "Any chance of moving it to the Friday after? Work needs me on Tuesday.",
    "Können wir den Termin auf nächste Woche legen? Mittwoch wäre gut.",
])
def test_round22_moves_with_a_pronoun(body: str) -> None:
    assert judge(body)[0] == "reschedule"


def test_round22_a_marketing_project_is_a_booking_marketing_mail_is_not() -> None:
    body = "Hemos decidido no seguir adelante con el proyecto de marketing digital."
    assert judge(body)[0] == "cancellation"
    assert not answered("Please cancel the marketing emails, I get too many.")


# Rules round 22, part 3 (the inbound_fresh28 first look: a cancel, then another day asked for,
# answered as a cancellation), written anew.
@pytest.mark.parametrize("body", [
    "Ich muss meinen Termin am Montag leider absagen, ich habe Spätdienst. Hätten Sie vielleicht am "
    "Donnerstag oder Freitag noch was frei?",
    "Devo disdire la visita di giovedì per un viaggio di lavoro. Si potrebbe fare lunedì 8 dopo le 17?",
    "Per venerdì dobbiamo rinunciare alla cena, il volo è stato cancellato. Avete per caso un tavolo "
    "sabato sera per lo stesso gruppo?",
    "Ik moet mijn afspraak van vrijdag helaas afzeggen. Kan ik in de plaats volgende week dinsdag komen?",
    "We moeten de workshop van 3 maart laten vervallen. Het blijft wel de bedoeling. De groep is er "
    "dan niet. Zou een dag in de week van 20 april kunnen?",
])
def test_round22_a_cancel_then_another_day_is_never_answered(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "Bitte nichts absagen: ich komme am Donnerstag ganz normal.",
    "Richiesta di ieri da ignorare: non voglio disdire niente, vi prego di annullarla.",
    "Yesterday's email came from my son. I don't want to cancel anything; please cancel that request.",
    "Ayer se envió una baja desde mi cuenta por error. No quiero cancelar nada, por favor anulad esa "
    "solicitud.",
])
def test_round22_not_cancelling_is_never_answered(body: str) -> None:
    assert not answered(body)


# Rules round 22, part 4 (after the inbound_fresh28 first look: no cancel word), written anew.
@pytest.mark.parametrize("body", [
    "Money is tight, so we're going to stop after this week. Friday will be her last lesson.",
    "Ich bin noch nicht so weit. Gebt den Termin am Montag gern jemand anderem.",
    "Tiene fiebre, así que el martes no lo vamos a poder llevar a la consulta.",
    "Con la subida de la cuota, este año las niñas no van a seguir en la academia.",
    "Al final no vamos a ir, la mesa os queda libre. Perdón por avisar tarde.",
    "Suite au décès de ma mère, nous ne viendrons donc pas au gîte ce week-end.",
    "Après trois retards, nous mettons un terme au contrat de maintenance.",
    "Je ne me sens pas prête, je préfère ne pas faire le stage de février.",
    "Si è rotta il polso: il corso di nuoto per lei finisce qui, purtroppo.",
    "Grazie, ma non rinnovo: mi sono iscritto in una palestra sotto casa.",
    "We verhuizen, dus vanaf april hoeft u geen pakket meer klaar te maken voor ons.",
    "Na drie keer wachten neemt Sem geen lessen meer bij u af.",
    "Estou internado, por isso agradeço que considerem a reserva sem efeito.",
    "Beide haben bestanden: die Termine im März entfallen, der Kurs endet.",
])
def test_round22_no_cancel_word(body: str) -> None:
    assert judge(body)[0] == "cancellation"


# Rules round 22, part 5 (the inbound_fresh27 first look), written anew.
@pytest.mark.parametrize(("body", "intent"), [
    ("Me ha surgido una reunión el lunes, anúlamela porfa y ya te digo.", "cancellation"),
    ("Domani non riesco proprio, annullamela per favore.", "cancellation"),
    ("Da marzo non sarà più necessario il vostro servizio di pulizia: ci trasferiamo.", "cancellation"),
    ("Kan mijn les van dinsdag 9 maart (17:00) naar donderdag 11 maart?", "reschedule"),
])
def test_round22_fresh27(body: str, intent: str) -> None:
    assert judge(body)[0] == intent


# Rules round 22, part 6 (the inbound_fresh29 first look), written anew.
@pytest.mark.parametrize("body", [
    "Es kann sein, dass wir unseren Sommerurlaub bei Ihnen (12.07. bis 19.07., Buchung auf Meier, "
    "zwei Zimmer) leider absagen müssen.",
    "Si jamais le domaine était vendu et que nous ne trouvions rien d'autre à cette date, serions-nous "
    "obligés d'annuler le traiteur ?",
    "It may be that, with my mother in hospital since Tuesday and no news from the doctors yet, we "
    "have to cancel the cottage for Easter.",
])
def test_round22_a_possibility_far_before_the_cancel_is_never_answered(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "Kan ik m'n afspraak van zaterdag naar volgende week zaterdag schuiven?",
    "Consigo trocar pra sábado de manhã? Sexta não dá.",
])
def test_round22_more_moves(body: str) -> None:
    assert judge(body)[0] == "reschedule"


# Rules round 22, part 7 (the inbound_fresh29 first look: no cancel word), written anew.
@pytest.mark.parametrize("body", [
    "Nous avons décidé de désinscrire Léon du cours de judo du samedi.",
    "Non intendiamo rinnovare il contratto di manutenzione in scadenza a giugno.",
    "Per il ponte del 2 giugno non saremo da voi, mio marito è stato operato.",
    "Unser Kater ist gestorben. Am Freitag kommen wir also nicht mehr.",
    "Vanaf mei werk ik thuis, dus je hoeft Max niet meer op te halen.",
    "Votre mission s'arrêtera donc avec la clôture de l'exercice.",
    "Da maggio Luca interromperà le lezioni di chitarra.",
])
def test_round22_fresh29_no_cancel_word(body: str) -> None:
    assert judge(body)[0] == "cancellation"


def test_round22_coming_late_is_no_cancel() -> None:
    assert not answered("Am Freitag kommen wir nicht zu spät, versprochen.")


# Rules round 23 (after the inbound_fresh30 first look), written anew, in every language.
@pytest.mark.parametrize("body", [
    "Venho por este meio solicitar a desmarcação da consulta de dia 3.",
    "Quería pedirles que den de baja la reserva del sábado a nombre de Ruiz.",
    "Can you take me out of Monday's 6pm class please, I'm away.",
    "Este verano no va a poder ir, así que os pido que liberéis su plaza.",
    "Den Termin am Dienstag brauche ich nicht mehr, bitte geben Sie ihn frei.",
    "Da settimana prossima Sara non verrà più a lezione.",
    "Dopo la consegna di giugno non mandatemi più niente, grazie.",
])
def test_round23_cancellations(body: str) -> None:
    assert judge(body)[0] == "cancellation"


def test_round23_an_if_clause_in_french_is_never_answered() -> None:
    body = ("Notre fille passe le bac cette année, et s'il y avait un oral la semaine du 5 juillet, nous "
            "serions obligés d'annuler le séjour.")
    assert not answered(body)
    assert answered("S'il vous plaît, annulez mon rendez-vous de mardi, je suis malade.")


def test_round23_cancel_and_redo_it_for_another_day_is_a_move() -> None:
    body = "Vi chiederei di annullarla e di rifarla per sabato 22, stesso orario."
    assert not answered(body)
    assert judge(body)[0] == "reschedule"


# Rules round 24 (after the inbound_fresh32 first look): a customer stopping without a cancel word,
# each language's own idiom, written anew. Read as a cancellation (answered or left for a person).
@pytest.mark.parametrize("body", [
    "Just a note that Maya won't be carrying on with her swimming lessons after half term.",
    "À partir de novembre, Jules ne viendra plus aux cours de guitare du jeudi.",
    "Onze Emma zal na de herfstvakantie niet meer naar de zwemles op woensdag komen.",
    "Les aviso que desde noviembre Tomás deja el curso de inglés de los lunes.",
    "O Pedro não vai mais fazer a natação este ano, obrigada por tudo.",
    "Pode tirar ele da turma de terça, por favor.",
    "Da lunedì 8 novembre non ci servono più i cornetti la mattina.",
    "Bitte stellt's unser Obstkisterl ab November ein, wir ziehen um.",
    "Der Tisch für sechs Personen am Freitag, 12. November, 20.00 Uhr, wird nicht mehr benötigt.",
    "hoi, ben ziek, kom morgen niet naar spinning. gr Tom",
])
def test_round24_cancellations(body: str) -> None:
    assert judge(body)[0] == "cancellation"


# A performer or supplier calling off its own part in the business's event is not a customer
# cancelling (round 24), in every language.
@pytest.mark.parametrize("body", [
    "Nous devons malheureusement annuler notre concert du 2 octobre pour votre fête des vendanges.",
    "We're so sorry, we have to cancel our performance at your wine festival on Saturday.",
    "Leider müssen wir unseren Auftritt bei eurem Herbstfest am Samstag absagen.",
    "Lamentablemente tenemos que cancelar nuestro concierto para vuestra fiesta del sábado.",
    "Purtroppo dobbiamo annullare il nostro concerto per la vostra festa di sabato.",
    "Helaas moeten we ons optreden op jullie oogstfeest van zaterdag annuleren.",
    "Infelizmente temos de cancelar o nosso espetáculo na vossa festa de sábado.",
])
def test_round24_a_performer_cancelling_its_own_show_is_not_answered(body: str) -> None:
    assert not answered(body)


# Rules round 25 (after the inbound_fresh34 first look), written anew, in every language: "would
# you mind cancelling" is a request, not a report or a question about cancelling.
@pytest.mark.parametrize("body", [
    "Would you mind cancelling my massage on Thursday? My back is much better.",
    "¿Les importaría cancelar mi turno del martes? Me surgió un viaje.",
    "Cela vous dérangerait-il d'annuler ma séance de jeudi ? Je suis malade.",
    "Würde es Ihnen etwas ausmachen, meinen Termin am Dienstag zu stornieren?",
    "Le dispiacerebbe annullare la mia prenotazione di sabato sera?",
    "Zou u mijn afspraak van maandag willen annuleren? Ik ben ziek.",
    "Importa-se de cancelar a minha consulta de quinta-feira? Obrigada.",
    "Graag had ik mijn reservatie voor zondagmiddag (4 personen) geannuleerd.",
    "Ich hätte gerne meinen Termin am Montag storniert, danke.",
])
def test_round25_polite_requests_are_answered(body: str) -> None:
    assert answered(body)


# A service that ends from a date without a cancel word (round 25): read as a cancellation, answered
# or left for a person.
@pytest.mark.parametrize("body", [
    "From February we won't be needing the ironing service any more. January as usual.",
    "Thanks for the invoice. This will be the last month we pay, we're moving in March.",
    "Vanaf 1 maart hoeft Joke niet meer bij ons te komen strijken.",
    "A partir de marzo no sigo, con la mudanza no me da el tiempo.",
    "A partir de março deixamos de precisar das vossas limpezas.",
    "Wir haben entschieden, dass die Dienstagsstunden ab März wegfallen.",
    "Da marzo smetto, grazie di tutto.",
    "À partir de mars, on arrête les cours de piano de Léa.",
])
def test_round25_a_service_ending_from_a_date(body: str) -> None:
    assert judge(body)[0] == "cancellation"


# The same words about something else are not cancellations (round 25).
@pytest.mark.parametrize("body", [
    "Would you mind telling me what time the Saturday class starts?",
    "From February, could you send the invoices to my work address instead?",
    "Zou u mij kunnen laten weten of er nog plek is op vrijdag?",
    "Importa-se de me enviar a fatura de janeiro?",
    "Da marzo vorrei aggiungere una lezione il giovedì.",
    "A partir de marzo sigo los martes y jueves, ¿hay plaza?",
])
def test_round25_the_same_words_without_a_cancellation(body: str) -> None:
    assert judge(body)[0] != "cancellation"


# Rules round 26 (after the inbound_fresh35 first look, a hard fortnight), written anew, in every
# language: saying one won't come, texting shorthand, a service or payment that stops from a date,
# the place left free for someone else. Read as a cancellation (answered or left for a person).
@pytest.mark.parametrize("body", [
    "From April we'll not be needing the Saturday cleaning any more.",
    "cant make it tmrw, sorry!! flu",
    "Al final el viernes no vamos a ir, teníamos mesa para seis.",
    "Ya no voy a asistir a la sesión del martes.",
    "Il ne viendra donc pas au cours de natation samedi.",
    "Leider wird das dieses Jahr nichts mit dem Kurs.",
    "Na maart stop ik, het wordt te duur.",
    "Vanaf april moet Els niet meer komen strijken.",
    "Vanaf mei graag geen incasso meer.",
    "ciao, nn riesco a venire x la lezione di domani 😩",
    "oi, n vou conseguir ir na aula amanhã",
    "O apartamento fica livre para quem quiser nessa semana.",
    "Marzo va a ser mi último mes, no voy a renovar.",
])
def test_round26_cancellations(body: str) -> None:
    assert judge(body)[0] == "cancellation"


# Cancel and book again with the verb in the infinitive is a move, not a cancellation (round 26).
@pytest.mark.parametrize("body", [
    "Queria desmarcar a consulta de segunda e marcar para quarta, à mesma hora.",
    "Quería anular la cita del lunes y reservar para el miércoles a la misma hora.",
    "Vorrei annullare l'appuntamento di lunedì e fissare per mercoledì alla stessa ora.",
    "Je voudrais annuler la séance de lundi et réserver pour mercredi à la même heure.",
    "Ich möchte den Termin am Montag absagen und dafür neu buchen, am Mittwoch um 10.",
    "Ik wil de afspraak van maandag annuleren en opnieuw inplannen op woensdag om 10 uur.",
    "Please cancel Monday's session and rebook for Wednesday at 10.",
])
def test_round26_cancel_and_book_again_is_a_move(body: str) -> None:
    assert judge(body)[0] == "reschedule"


# The same words without a customer cancelling (round 26).
@pytest.mark.parametrize("body", [
    "When I got to the desk I was told my booking had been cancelled by you. I am not cancelling.",
    "Puedes cambiar o cancelar tu plan en cualquier momento desde tu panel.",
    "You can cancel your subscription at any time in your account settings.",
    "Sie können Ihr Abonnement jederzeit kündigen.",
    "Vous pouvez résilier votre abonnement à tout moment.",
    "Creo que Marta no va a ir, pero no lo sé seguro.",
])
def test_round26_not_a_customer_cancelling(body: str) -> None:
    assert not answered(body)


# Rules round 27 (after the inbound_fresh36 first look), written anew, in every language: plain
# cancellations that were left for a person or missed, each for a reason of the rules' own.
@pytest.mark.parametrize("body", [
    # a compound number abbreviation ended the sentence before the verb
    "Leider müssen wir unsere Buchung (Rechnungsnr. 2029-113) für das Wochenende stornieren.",
    # "May" the month read as "may" the conditional
    "We're moving at the end of May, so could you stop our weekly box from the week of the 7th on?",
    # requests in the tu-form, "ik zou … willen", "ti scrivo per", "vou precisar"
    "Peux-tu annuler mon rendez-vous de jeudi? Merci!",
    "Ik zou mijn afspraak van vrijdag willen annuleren.",
    "Ti scrivo per annullare il servizio di sabato, purtroppo.",
    "Infelizmente vou precisar cancelar os treinos de sexta.",
    "vou ter q cancelar a aula de amanhã, to doente",
    "Te escribo para cancelar la clase del jueves.",
    # saying it without a cancel word
    "Purtroppo non potremo più venire alla visita di lunedì.",
    "Ik heb hem al laten maken, dus de afspraak van dinsdag hoeft niet meer.",
    "A Ana vai deixar de frequentar as aulas a partir de junho.",
])
def test_round27_cancellations_are_answered(body: str) -> None:
    assert answered(body)


# Cancel and book another in Québec French ("m'en booker un autre") is a move (round 27).
def test_round27_quebec_rebook_is_a_move() -> None:
    body = "Peux-tu annuler mon rendez-vous de jeudi et m'en booker un autre mardi soir?"
    assert judge(body)[0] == "reschedule"


# The month of May is no conditional, but "may" still is (round 27).
def test_round27_may_the_conditional_still_blocks() -> None:
    assert not answered("I may have to cancel my appointment on Friday, I'll let you know.")


# Rules round 28 (after the inbound_fresh37 first look), written anew, in every language: "consider
# it cancelled", "no need for this one", and a negation in the clause before does not undo the next.
@pytest.mark.parametrize("body", [
    "Please consider my subscription cancelled from the end of this month.",
    "Betrachten Sie meinen Wartungsvertrag bitte zum 31.07. als gekündigt.",
    "Considérez mon inscription comme annulée, merci.",
    "Por favor, consideren mi reserva como cancelada.",
    "Consideri pure la prenotazione come annullata.",
    "Beschouw mijn abonnement maar als opgezegd.",
    "Considerem a minha inscrição como cancelada, por favor.",
    "No need for this appointment now, the tooth has settled down.",
    "sabato non ci siamo, annullate pure la prenotazione",
])
def test_round28_cancellations(body: str) -> None:
    assert judge(body)[0] == "cancellation"


# A staff member cancelling a shift and asking someone to stand in is not a customer (round 28).
@pytest.mark.parametrize("body", [
    "Sorry, I have to cancel my shift on Saturday, I'm sick. Could Tom cover for me?",
    "Je dois annuler mon service de dimanche, Julie peut-elle me remplacer ?",
    "Ich muss den Samstag absagen, ich bin krank. Kann jemand für mich einspringen?",
    "Tengo que cancelar el sábado, estoy enferma. ¿Alguien puede cubrirme?",
    "Devo annullare il turno di sabato, qualcuno può sostituirmi?",
    "Ik moet zaterdag afzeggen, ik ben ziek. Kan iemand voor mij invallen?",
    "Tenho de cancelar o turno de sábado, alguém pode me substituir?",
])
def test_round28_a_staff_member_cancelling_a_shift_is_not_answered(body: str) -> None:
    assert not answered(body)


# --- Detection round 33 (after the inbound_fresh43 first look), each family in every language ---

@pytest.mark.parametrize("body", [
    "I have to cancel my massage on Tuesday, sorry. Would you have a slot on Friday morning in its place?",
    "Die Massage am Freitag muss ich leider absagen. Könnten wir stattdessen einen Termin in der zweiten"
    " Märzhälfte vereinbaren?",
    "Je dois annuler mon rendez-vous de mardi. Auriez-vous un créneau lundi matin à la place ?",
    "Tengo que cancelar la clase del jueves, lo siento. Entonces mejor el sábado 9 a la misma hora.",
    "Devo disdire la lezione di giovedì. Avresti un posto sabato mattina al suo posto?",
    "Ik moet de les van donderdag annuleren. Hebben jullie zaterdagochtend nog een plekje in de plaats?",
    "Vou ter de cancelar a aula de quinta. Então de preferência no sábado dia 9, à mesma hora.",
])
def test_a_cancel_then_another_slot_in_its_place_is_a_move(body: str) -> None:
    assert judge(body)[0] == "reschedule"


@pytest.mark.parametrize("body", [
    "Please cancel my massage on Tuesday. My sister will come in my place.",
    "Je dois annuler mon rendez-vous de mardi, je suis malade.",
])
def test_a_cancel_with_no_other_slot_stays_a_cancellation(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "I am therefore asking you to cancel the cake order for the 14th.",
    "Te pido entonces que anules el pedido de la tarta del día 14.",
    "Ti chiedo quindi di annullare l'ordine della torta per il 14.",
    "Ik vraag u daarom de bestelling van de taart voor de 14e te annuleren.",
    "Por isso peço que anulem a minha marcação de sábado.",
    "Because of the storm warning we are cancelling the boat trip on Saturday.",
    "Wegen der Sturmwarnung stornieren wir die Bootstour am Samstag.",
    "Per l'allerta meteo annulliamo la prenotazione della gita di sabato.",
    "Vanwege de stormwaarschuwing annuleren we de boeking van zaterdag.",
    "Por causa do aviso de tempestade desmarcamos a aula de surf de sábado.",
])
def test_asking_you_to_cancel_and_we_cancel_now_are_requests(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "Wann stornieren wir am besten die Tour am Samstag, wenn es regnet?",
    "Wat kost het als we de boeking van zaterdag annuleren?",
    "We annuleren de boeking van zaterdag nu dus nog niet, we wachten het weerbericht af.",
    "Ik annuleer níet hoor, ik kom gewoon naar de les vanavond.",
    "De momento seguimos con la boda, no anules nada de la reserva, por favor.",
])
def test_we_cancel_asked_denied_or_kept_is_not_answered(body: str) -> None:
    assert not answered(body)


def _reviewed(body: str) -> bool:
    intent, confidence = judge(body)
    return intent == "cancellation" and 0.5 <= confidence < 0.8


@pytest.mark.parametrize("body", [
    "Could you please take Pepper off your monthly grooming list? We're moving away in May.",
    "Könnten Sie Bello bitte aus Ihrer Liste für die monatliche Fellpflege nehmen? Wir ziehen weg.",
    "¿Podéis quitar a Toby de la lista de baños mensuales? Nos mudamos.",
    "Pourriez-vous retirer Filou de votre liste de toilettage mensuel ? Nous déménageons.",
    "Potete togliere Fido dalla lista delle toelettature mensili? Ci trasferiamo.",
    "Kunnen jullie Bobby van de lijst voor de maandelijkse trimbeurt halen? We verhuizen.",
    "Podem tirar o Bobi da lista de banhos mensais? Vamos mudar de casa.",
    "Lena kommt ab dem 4. November nicht mehr zu Ihnen, wir ziehen um.",
    "Lucía ya no vendrá a partir del lunes 4 de noviembre, nos mudamos.",
    "Léa ne viendra donc plus chez vous après les vacances de la Toussaint, nous déménageons.",
    "Sofia non verrà più da voi a partire da lunedì 4 novembre, ci trasferiamo.",
    "Sanne komt vanaf maandag 4 november niet meer bij jullie, we verhuizen.",
    "A Inês deixa de vir a partir de segunda, 4 de novembro, porque vamos mudar de casa.",
])
def test_a_standing_booking_ended_without_a_cancel_word_goes_to_a_person(body: str) -> None:
    assert _reviewed(body)


@pytest.mark.parametrize("body", [
    "Please take me off your mailing list.",
    "Could you take Gemma off your mailing list? She gets too many emails.",
    "Kunnen jullie mijn e-mailadres van de lijst voor de nieuwsbrief halen?",
    "Pourriez-vous retirer Julie de votre liste de diffusion ?",
    "¿Podéis quitar a Marta de la lista de espera? Ya encontró plaza.",
])
def test_off_a_mailing_or_waiting_list_is_no_cancellation(body: str) -> None:
    assert judge(body)[0] != "cancellation" or judge(body)[1] < 0.5


@pytest.mark.parametrize("body", [
    "Ne abbiamo parlato e non andremo avanti con il catering per il battesimo.",
    "Nous en avons parlé et nous n'allons pas donner suite pour le traiteur du baptême.",
    "Falámos sobre isso e não vamos avançar com o catering do batizado.",
    "We hebben het besproken: we gaan niet verder met de catering voor de doop.",
    "Wir haben es besprochen und werden das Catering für die Taufe doch nicht machen lassen.",
])
def test_not_going_ahead_with_it_is_read(body: str) -> None:
    intent, confidence = judge(body)
    assert intent == "cancellation" and confidence >= 0.5


# Rules round 34 (after the inbound_fresh44 and inbound_fresh45 first looks), sentences written anew.
@pytest.mark.parametrize("body", [
    "Könnt ihr bitte meinen Termin am Freitag stornieren und mir dafür einen Termin in der Woche danach"
    " geben?",
    "Bitte die Massage am Dienstag absagen und mich dann irgendwann am Vormittag in der Woche darauf"
    " eintragen.",
    "Kunnen jullie mijn les van maandag annuleren en mij dan een nieuwe les ergens in de week daarna geven?",
    "Willen jullie de afspraak van dinsdag annuleren en ons dan op een ochtend in de week erna"
    " inplannen?",
])
def test_cancel_and_a_long_new_booking_before_the_verb_is_a_reschedule(body: str) -> None:
    assert judge(body)[0] == "reschedule"


@pytest.mark.parametrize("body", [
    "Mrs Baker phoned the shop this morning, she's cancelling her Tuesday clean. Can you take her off the"
    " rota?",
    "Frau Berger hat heute früh angerufen, sie sagt ihren Termin am Dienstag ab. Kannst du sie bitte"
    " austragen?",
    "La señora Ruiz ha llamado esta mañana: anula su limpieza del martes. ¿Puedes quitarla del cuadrante?",
    "Mme Petit a appelé ce matin, elle annule son ménage de mardi. Tu peux la retirer du planning ?",
    "La signora Bruni ha telefonato: potete annullare la sua pulizia di martedì?",
    "Mevrouw Jansen belde vanochtend, ze wil haar schoonmaak van dinsdag annuleren. Kun je die afspraak"
    " schrappen?",
    "A Dona Rosa ligou hoje de manhã, quer cancelar a limpeza de terça. Podes cancelar a marcação dela?",
])
def test_a_customers_call_relayed_to_a_colleague_is_not_answered(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "Ginge statt Mittwoch auch Donnerstag, gleiche Uhrzeit?",
    "Geht es auch eine Woche später? Gleiche Uhrzeit.",
    "¿Podría ser una semana más tarde? A la misma hora.",
    "¿Podemos pasar la clase de Paula a las 19:00 estas dos semanas?",
    "Ce serait possible une semaine plus tard ? Même heure.",
    "Si potrebbe fare una settimana dopo? Stessa ora.",
    "Va bene giovedì anziché martedì?",
    "Kan het ook een week later? Zelfde tijd.",
    "Pode ser uma semana mais tarde? À mesma hora.",
    "Seria possível passar a explicação para as 18h30 nesses dias?",
])
def test_another_day_or_time_asked_without_a_move_verb_is_a_reschedule(body: str) -> None:
    assert judge(body)[0] == "reschedule"


@pytest.mark.parametrize("body", [
    "Ce qui nous arrangerait, ce serait de déplacer les deux cours du 9 et du 16 mai au lundi 12 et"
    " mardi 13.",
    "Ideally we'd move the two lessons on the 9th and 16th to Monday 12th and Tuesday 13th.",
    "Am liebsten wäre es uns, die beiden Stunden am 9. und 16. auf Montag und Dienstag zu verschieben.",
    "Lo ideal sería cambiar las dos clases del 9 y del 16 al lunes 12 y martes 13, aplazarlas.",
    "L'ideale sarebbe spostare le due lezioni del 9 e del 16 a lunedì 12 e martedì 13.",
    "Het liefst zouden we de twee lessen van 9 en 16 mei verplaatsen naar maandag 12 en dinsdag 13.",
    "O ideal seria adiar as duas aulas de 9 e 16 de maio para segunda 12 e terça 13.",
])
def test_a_move_said_as_what_would_suit_us_is_a_reschedule(body: str) -> None:
    assert judge(body)[0] == "reschedule"


def _caught(body: str) -> bool:
    """Answered or sent to a person: a cancellation at confidence 0.5 or more."""
    intent, confidence = judge(body)
    return intent == "cancellation" and confidence >= 0.5


@pytest.mark.parametrize("body", [
    "We're withdrawing Mia from the summer tennis camp, she isn't ready for it.",
    "Ich trete hiermit vom Kaufvertrag für das Sofa zurück und bitte um Rückzahlung der Anzahlung.",
    "Wir melden Tim vom Sommercamp ab, er ist noch nicht so weit.",
    "Retiramos a Lucía del campamento de verano, aún no está preparada.",
    "Tengo que darle de baja de las clases de natación a partir de marzo, lo siento.",
    "Je retire ma fille du stage de tennis de juillet, elle n'est pas prête.",
    "Je me rétracte de la commande du canapé et demande le remboursement de l'acompte.",
    "Ritiriamo Giulia dal campo estivo di tennis, non è ancora pronta.",
    "Con la presente recedo dall'ordine del divano e chiedo la restituzione dell'acconto.",
    "Willen jullie hem uitschrijven? Volgend jaar proberen we het opnieuw.",
    "Ik meld me af voor de rest van de cursus.",
    "Vamos retirar o Tiago do campo de férias de ténis, ainda não está preparado.",
])
def test_withdrawing_from_a_course_camp_or_order_is_caught(body: str) -> None:
    assert _caught(body)


@pytest.mark.parametrize("body", [
    "Est-ce que vous pouvez me dire comment annuler une réservation ?",
    "Could you tell me how to cancel a booking?",
    "¿Podéis explicarme cómo anular mi reserva del viernes?",
    "Potete spiegarmi come annullare la mia prenotazione di venerdì?",
])
def test_asking_how_to_cancel_after_can_you_is_not_answered(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "We're cancelling our booking for Friday.",
    "Est-ce que tu peux annuler ma réservation pour le stage de juin ?",
])
def test_we_are_cancelling_and_the_informal_you_are_requests(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "My wife has her appointment with you on Friday at 10. She asked me to cancel it, she has the flu.",
    "Meine Frau hat am Freitag um 10 einen Termin bei Ihnen. Sie hat mich gebeten, ihn abzusagen.",
    "Mi marido tiene cita el viernes a las 10; él me ha pedido que la anule, está con gripe.",
    "Mon mari avait rendez-vous vendredi à 10h, mais il ne pourra pas se déplacer ; il m'a demandé"
    " d'annuler ce rendez-vous.",
    "Mia moglie ha un appuntamento venerdì alle 10. Lei mi ha chiesto di annullarlo, ha l'influenza.",
    "Mijn vrouw heeft vrijdag om 10 uur een afspraak. Ze vroeg of ik die voor haar wil afzeggen.",
    "A minha mulher tem consulta na sexta às 10. Ela pediu-me para cancelar, está com gripe.",
])
def test_cancelling_for_someone_who_asked_is_a_request(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "We've found another removal firm through my new employer, so you don't need to come on the 4th.",
    "Mein Arbeitgeber hat eine andere Spedition beauftragt, ihr braucht am 4. also nicht zu kommen.",
    "Mi empresa ha contratado otra mudanza, así que no hace falta que vengáis el día 4.",
    "Mon employeur a pris un autre déménageur, donc pas besoin de venir le 4.",
    "La mia azienda ha trovato un altro traslocatore, quindi non c'è bisogno che veniate il 4.",
    "Mijn werkgever heeft een andere verhuizer geregeld, dus jullie hoeven die dag niet te komen.",
    "A minha empresa arranjou outra transportadora, por isso não é preciso virem no dia 4.",
])
def test_no_need_to_come_goes_to_a_person(body: str) -> None:
    assert _reviewed(body)


@pytest.mark.parametrize("body", [
    "Nous avons choisi une autre entreprise. Vous pouvez donc libérer la date que vous nous aviez bloquée.",
    "We went with another company, so please release the date you held for us.",
    "Hemos elegido otra empresa; podéis liberar la fecha que nos teníais reservada.",
    "Abbiamo scelto un'altra ditta, potete liberare la data che ci avevate bloccato.",
    "Escolhemos outra empresa, podem libertar a data que nos tinham reservado.",
])
def test_releasing_the_date_held_for_us_is_a_cancellation(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "We hebben voor een ander bedrijf gekozen, u mag de datum dus vrijgeven.",
    "Wir haben uns für eine andere Firma entschieden, Sie können das Datum also wieder freigeben.",
])
def test_releasing_the_date_with_the_verb_last_is_caught(body: str) -> None:
    assert _caught(body)


@pytest.mark.parametrize("body", [
    "We're away until May, so please cancel my cleaning on the 3rd.",
    "The building won't let us use the lift until May, so please cancel the move on 1 March; when I know"
    " the new date I'll get in touch.",
    "Das Haus erlaubt den Aufzug erst ab Mai, bitte stornieren Sie den Umzug am 1. März; wenn ich den"
    " neuen Termin weiß, melde ich mich.",
    "Het gebouw staat de lift pas in mei toe, graag de verhuizing van 1 maart annuleren; zodra ik de"
    " nieuwe datum weet, neem ik contact op.",
    "O condomínio não deixa usar o elevador até maio, peço que cancelem a mudança de 1 de março; quando"
    " souber a nova data volto a contactar.",
])
def test_a_new_date_not_known_yet_and_the_month_may_leave_a_cancellation(body: str) -> None:
    assert answered(body)


# Rules round 35 (after the inbound_fresh46 and inbound_fresh47 first looks), in every language.
@pytest.mark.parametrize("body", [
    "Autumn offers for your studio.\nYou get this email because you are a trade customer.\n"
    "Cancel subscription | Manage preferences",
    "Herbstangebote für Ihr Studio.\nDu bekommst diese E-Mail, weil du Kunde bei uns bist.\n"
    "Abonnement kündigen · Einstellungen verwalten",
    "Ofertas de otoño para tu estudio.\nRecibes este correo porque eres cliente profesional.\n"
    "Cancelar suscripción · Gestionar preferencias",
    "Offres d'automne pour votre studio.\nTu reçois cet e-mail car tu es client professionnel.\n"
    "Annuler l'abonnement · Gérer les préférences",
    "Offerte d'autunno per il tuo studio.\nAnnulla l'iscrizione · Gestisci le preferenze",
    "Herfstaanbiedingen voor je studio.\nAbonnement opzeggen · Voorkeuren beheren",
    "Ofertas de outono para o seu estúdio.\nRecebes este email porque és cliente profissional.\n"
    "Cancelar subscrição · Gerir preferências",
])
def test_a_mailing_with_a_cancel_subscription_line_is_not_a_cancellation(body: str) -> None:
    assert judge(body)[0] != "cancellation"


@pytest.mark.parametrize("body", [
    "Das Wetter wird schlecht. Bitte sagen Sie mir, bis wann ich die Buchung stornieren kann?",
    "Viene mal tiempo. ¿Podéis decirme hasta cuándo puedo cancelar el barco sin coste?",
    "La météo s'annonce mauvaise. Pouvez-vous me dire jusqu'à quand je peux annuler le bateau sans frais ?",
    "Il meteo è brutto. Potete dirmi fino a quando posso annullare la barca senza costi?",
    "Het weer wordt slecht. Kunt u me zeggen tot wanneer ik de boot kosteloos kan annuleren?",
    "O tempo vai estar mau. Podem dizer-me até quando posso cancelar o barco sem custos?",
])
def test_asking_until_when_one_may_cancel_is_not_answered(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "Our little one arrived early, can we move the visit up?",
    "Unser Kind ist früher gekommen. Können wir den Besuch auf diese Woche vorziehen?",
    "Tengo la cita el martes pero empiezo a trabajar. ¿Podría ser la cita el viernes?",
    "Le bébé est arrivé plus tôt. Serait-il possible d'avancer la consultation à cette semaine ?",
    "Ho la seduta martedì ma inizio a lavorare. La seduta si può fare anche giovedì?",
    "We hebben dinsdag de afspraak, maar ik moet werken. Kan de afspraak ook op vrijdag?",
    "Tenho sessão na terça, mas começo a trabalhar. Preciso de mudar o dia, pode ser na quinta?",
    "Tenho sessão na terça, mas começo a trabalhar. Consegues passar para uma quinta de novembro?",
    "Avec la grève nous ne pourrons pas venir samedi. Pouvez-vous basculer nos places sur dimanche 14h ?",
])
def test_a_move_brought_forward_or_to_another_day_is_a_reschedule(body: str) -> None:
    assert judge(body)[0] == "reschedule"


@pytest.mark.parametrize("body", [
    "Am 12. kommt der Sturm, bitte streichen Sie den Termin. Finden wir einen neuen Tag im November?",
    "El 12 viene la tormenta, cancelad esa fecha. ¿Buscamos una nueva fecha en noviembre?",
    "Le 12 il y a la tempête, annulez cette date. On cherche une nouvelle date en novembre ?",
    "Il 12 arriva la tempesta, annullate quella data. Troviamo una nuova data a novembre?",
    "Op de 12e komt de storm, laten we die datum schrappen. Zoeken we een nieuwe datum in november?",
    "No dia 12 vem a tempestade, desmarquem essa data. Marcamos uma nova data em novembro?",
    "No podemos ir del 3 al 5. Cancelad esas fechas, por favor, y pasadnos la misma al puente del 8 al 10.",
    "Nous ne pouvons pas venir le 3. Annulez ce jour, s'il vous plaît, et passez-nous au samedi 10 à 14h.",
])
def test_a_cancel_with_a_new_date_asked_is_a_reschedule(body: str) -> None:
    assert judge(body)[0] == "reschedule"


@pytest.mark.parametrize("body", [
    "Ich will den Auftrag nicht stornieren. Ihr Monteur kommt Freitag, um die Kabel im Keller zu verlegen.",
    "I'm not cancelling the job, but your fitter needs to move the furniture to the garage first.",
])
def test_a_move_verb_about_things_laid_by_hand_is_no_reschedule(body: str) -> None:
    assert judge(body)[0] != "reschedule"


@pytest.mark.parametrize("body", [
    "I'm writing for my husband, who has a lesson on Mondays. He asks you to cancel all his lessons from"
    " the 15th.",
    "Ich schreibe für meinen Mann. Er bittet darum, seine Stunden ab dem 15. zu stornieren.",
    "Le escribo por mi marido. Él les pide que cancelen sus clases a partir del día 15.",
    "Je vous écris pour mon mari. Il vous demande d'annuler ses séances à partir du 15.",
    "Vi scrivo per mio marito. Lui vi prega di annullare le sue lezioni dal 15.",
    "Ik schrijf voor mijn man. Hij vraagt u om zijn lessen vanaf de 15e te annuleren.",
    "Escrevo pelo meu marido. Ele pede que cancelem as aulas dele a partir do dia 15.",
])
def test_the_one_it_is_for_asking_through_the_sender_is_answered(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "exame amanhã, n dá p ir. cancelem sff",
    "examen demain, je peux pas venir. annulez svp",
    "esame domani, non riesco a venire. annullate per piacere",
    "examen morgen, ik kan niet komen. annuleer alsjeblieft",
])
def test_the_short_forms_of_please_make_a_request(body: str) -> None:
    assert answered(body)


# Rules round 36 (after the inbound_fresh51 first look), in every language.
@pytest.mark.parametrize("body", [
    "Mrs Carter (14 Elm Road) just rang and cancels her Friday clean. Please take it off the plan.",
    "Frau Lenz (Gartenweg 3) hat gerade angerufen und storniert die Reinigung am Freitag. Bitte im Plan"
    " austragen.",
    "La señora Gil (calle Mayor 5) ha llamado y anula la limpieza del viernes. Por favor, quítala del"
    " cuadrante.",
    "Mme Roux (12 rue des Lilas) a appelé et annule le ménage de vendredi. Merci de l'enlever du planning.",
    "La signora Conti (via Roma 8) ha telefonato e annulla la pulizia di venerdì. Per favore toglila dal"
    " calendario.",
    "Mevrouw Smit (Dorpsstraat 7) heeft net gebeld en annuleert de schoonmaak van vrijdag. Graag uit de"
    " planning halen.",
    "A Dona Lurdes (Rua Nova 9) ligou agora e cancela a limpeza de sexta. Por favor tira da agenda.",
])
def test_a_relayed_call_with_the_customers_address_in_brackets_is_not_answered(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "I'm off sick tomorrow. Cancel my appointments on Wednesday or give them to Jess if she has gaps.",
    "Ich bin morgen krank. Sag bitte meine Termine am Mittwoch ab oder gib sie an Jana, wenn sie Lücken"
    " hat.",
    "Mañana no vengo, tengo fiebre. Anula mis citas del miércoles o pásaselas a Lucía si tiene huecos.",
    "Je suis malade demain. Annule mes rendez-vous de mercredi ou passe-les à Julie si elle a de la place.",
    "Domani non vengo, ho la febbre. Annulla i miei appuntamenti di mercoledì oppure passali a Giulia.",
    "Ik ben morgen ziek. Annuleer mijn afspraken van woensdag of geef ze aan Sanne als zij ruimte heeft.",
    "Amanhã não vou, estou com febre. Cancela as minhas marcações de quarta ou passa-as à Rita se ela"
    " tiver vagas.",
])
def test_staff_off_sick_handing_their_own_appointments_to_a_colleague_is_not_answered(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "Damit kein Missverständnis entsteht: Ich kündige den Kurs NICHT, aber das Wasser war zu kalt.",
    "Um es klar zu sagen: wir stornieren die Buchung nicht, wir kommen nur eine Stunde später.",
    "Voor de duidelijkheid: ik annuleer de cursus NIET, maar het water was te koud.",
    "To be clear: I am NOT cancelling the course, but the water was too cold again.",
    "Que quede claro: NO cancelo el curso, pero el agua estaba demasiado fría.",
    "Pour être clair : je n'annule PAS le cours, mais l'eau était trop froide.",
    "Sia chiaro: NON disdico il corso, ma l'acqua era troppo fredda.",
    "Para que fique claro: NÃO cancelo o curso, mas a água estava fria demais.",
])
def test_not_said_after_the_cancel_verb_and_its_object_is_not_a_cancellation(body: str) -> None:
    assert judge(body)[0] != "cancellation"


@pytest.mark.parametrize("body", [
    "Cancella pure la lezione di lunedì e spostiamola a mercoledì, stessa ora.",
    "Annulla la seduta di lunedì e facciamola giovedì alle 15.",
    "Cancela la clase del lunes y pasémosla al miércoles, a la misma hora.",
    "Annule le cours de lundi et passons-le à mercredi, même heure.",
    "Sag die Stunde am Montag ab und verschieben wir sie auf Mittwoch, gleiche Uhrzeit.",
    "Cancel Monday's lesson and let's move it to Wednesday, same time.",
    "Annuleer de les van maandag en laten we hem naar woensdag verzetten, zelfde tijd.",
    "Cancela a aula de segunda e passemo-la para quarta, à mesma hora.",
])
def test_cancel_and_lets_move_it_is_a_reschedule(body: str) -> None:
    assert judge(body)[0] == "reschedule"


@pytest.mark.parametrize("body", [
    "I have to cancel Friday's blow-dry at 3, a meeting came up 😩 Can you fit me in on Saturday morning?",
    "Ich muss den Föhntermin am Freitag um 15 Uhr absagen, Meeting 😩 Könnt ihr mich am Samstagvormittag"
    " eintragen?",
    "Tengo que cancelar el peinado del viernes a las 15h, me ha salido una reunión 😩 ¿Me podéis dar"
    " hueco el sábado por la mañana?",
    "Je dois annuler le brushing de vendredi 15h, une réunion est tombée 😩 Vous pouvez me caler samedi"
    " matin ?",
    "Devo disdire la piega di venerdì alle 15, ho una riunione 😩 Riuscite a mettermi sabato mattina?",
    "Ik moet de föhnbeurt van vrijdag 15 uur afzeggen, er kwam een vergadering tussen 😩 Kunnen jullie"
    " me zaterdagochtend inplannen?",
    "Vou ter que desmarcar a escova de sexta às 15h, surgiu reunião 😩 Mas dá pra me encaixar no sábado"
    " de manhã?",
])
def test_an_emoji_ends_the_cancel_sentence_before_a_new_booking_asked(body: str) -> None:
    assert judge(body)[0] == "reschedule"


@pytest.mark.parametrize("body", [
    "Cancella pure la lezione di lunedì con il prof. Ferri e spostiamola a mercoledì, stessa ora.",
    "Please cancel Monday's lesson with dr. Patel and book me in for Wednesday at 10 instead.",
    "Bitte sagen Sie die Stunde am Montag bei dr. Weber ab und tragen Sie mich am Mittwoch um 10 ein.",
    "Anulad la clase del lunes con la sra. Gil y ponedme el miércoles a las 10.",
    "Annulez le cours de lundi avec le dr. Martin et mettez-moi mercredi à 10h.",
    "Annuleer de les van maandag bij mevr. Smit en plan me woensdag om 10 uur in.",
    "Cancelem a aula de segunda com a dra. Sousa e marquem-me para quarta às 10h.",
])
def test_a_title_in_lower_case_does_not_end_the_sentence_before_the_move(body: str) -> None:
    assert judge(body)[0] == "reschedule"


@pytest.mark.parametrize("body", [
    "From November we need no more cleaning at 40 Church Street: we are moving to Leeds.",
    "Ab November brauchen wir keine Reinigung mehr in der Kirchstraße 40, wir ziehen nach Köln.",
    "A partir de noviembre ya no necesitamos la limpieza en la calle Mayor 40, nos mudamos a Valencia.",
    "À partir de novembre nous n'avons plus besoin du ménage rue de l'Église, nous déménageons à Lyon.",
    "Da novembre non abbiamo più bisogno delle pulizie in via Roma 40, ci trasferiamo a Torino.",
    "Per 1 november hebben we geen schoonmaak meer nodig op de Kerkstraat 40: we verhuizen naar Utrecht.",
    "A partir de novembro já não precisamos da limpeza na Rua Nova 40, vamos mudar para o Porto.",
])
def test_the_service_no_longer_needed_with_a_negative_determiner_is_a_cancellation(body: str) -> None:
    assert judge(body)[0] == "cancellation"


@pytest.mark.parametrize("body", [
    "Thanks for the invoice, we need no further information from you.",
    "Danke, wir brauchen keine Unterlagen mehr von Ihnen.",
    "Bedankt, we hebben geen gegevens meer nodig van u.",
])
def test_no_more_paperwork_needed_is_not_a_cancellation(body: str) -> None:
    assert judge(body)[0] != "cancellation"


@pytest.mark.parametrize("body", [
    "Sadly I can no longer come on Saturday, sorry. Feel free to release my slot.",
    "Ich schaffe es am Samstag leider doch nicht. Geben Sie den Platz gerne frei.",
    "Al final no puedo ir el sábado, lo siento. Liberad la plaza.",
    "Je ne peux plus venir samedi, désolée. Libérez la place.",
    "Purtroppo non riesco più a venire sabato, mi dispiace. Liberate pure il posto.",
    "Ik kan zaterdag toch niet komen, sorry. Geef de plek maar vrij.",
    "Afinal já não consigo ir no sábado, desculpem. Podem libertar a vaga.",
])
def test_cannot_come_and_free_the_place_is_a_cancellation(body: str) -> None:
    assert judge(body)[0] == "cancellation"


@pytest.mark.parametrize("body", [
    "Libérez la place de parking devant le salon samedi, s'il vous plaît.",
    "Liberate il posto auto davanti al negozio sabato, per favore.",
])
def test_freeing_a_parking_place_is_not_a_cancellation(body: str) -> None:
    assert judge(body)[0] != "cancellation"


@pytest.mark.parametrize("body", [
    "After all I won't be able to bring Thor this Saturday at 10, I have a work trip to Leeds.",
    "Ich kann Thor am Samstag um 10 Uhr leider doch nicht bringen, ich habe eine Dienstreise.",
    "Al final no voy a poder llevar a Thor este sábado a las 10, me ha salido un viaje de trabajo.",
    "Finalement je ne pourrai pas amener Thor samedi à 10h, j'ai un déplacement professionnel.",
    "Alla fine non riesco a portare Thor sabato alle 10, ho un viaggio di lavoro.",
    "Ik kan Thor zaterdag om 10 uur toch niet brengen, ik heb een zakenreis.",
    "Afinal não vou conseguir levar o Thor no sábado às 10h, tenho uma viagem de trabalho.",
])
def test_cannot_bring_the_pet_at_the_booked_time_goes_to_review(body: str) -> None:
    intent, confidence = judge(body)
    assert intent == "cancellation" and 0.5 <= confidence < 0.8


@pytest.mark.parametrize("body", [
    "I can't bring Thor to the vet myself, my husband will bring him on Saturday at 10.",
    "Ich kann den Hund leider nicht bringen, mein Mann bringt ihn am Samstag um 10.",
    "No voy a poder llevar a Thor yo mismo, lo llevará mi marido el sábado a las 10.",
    "Je ne pourrai pas amener Thor moi-même, mon mari l'amènera samedi à 10h.",
    "Non riesco a portare Thor io stesso, lo porterà mio marito sabato alle 10.",
    "Ik kan Thor zaterdag niet zelf brengen, mijn man brengt hem om 10 uur.",
    "Não vou conseguir levar o Thor eu mesma, o meu marido vai levá-lo no sábado às 10h.",
    "I can't bring the forms on Saturday, can I email them?",
])
def test_someone_else_bringing_the_pet_is_not_a_cancellation(body: str) -> None:
    assert judge(body)[0] != "cancellation"


@pytest.mark.parametrize("body", [
    "hi i want to cancle my membership from next month, moved to york. member no 10-5532",
    "hallo ich möchte mein abo kündgen zum nächstmöglichn termin. bin umgezogen. mitgliedsnr 10-5532",
    "hola quiero cancelr mi suscripción del gimnasio a partir del mes que viene, me he mudado",
    "bonjour je souhaite résilié le contrat de maintenance a la fin du mois. merci",
    "salve vorrei disdre l'abbonamento della palestra dal mese prossimo, mi sono trasferito",
    "hallo ik wil mijn abonnement opzegen per volgende maand, ik ben verhuisd",
    "olá quero cancelr a minha inscrição no ginásio a partir do próximo mês, mudei de cidade",
])
def test_a_cancel_verb_misspelt_after_a_wish_is_read_as_meant(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "ich möchte mein abo NICHT kündgen, nur für einen Monat pausieren.",
    "je ne souhaite pas résilié le contrat, seulement changer de formule.",
    "i don't want to cancle my membership, just pause it for a month.",
    "no quiero cancelr la suscripción, solo pausarla un mes.",
    "non vorrei disdre l'abbonamento, solo sospenderlo per un mese.",
    "ik wil mijn abonnement niet opzegen, alleen een maand pauzeren.",
    "não quero cancelr a inscrição, só suspender um mês.",
])
def test_a_misspelt_cancel_verb_denied_is_not_a_cancellation(body: str) -> None:
    assert judge(body)[0] != "cancellation"


@pytest.mark.parametrize("body", [
    "Unfortunately we won't be able to be present at the harvest day on 28 September, a death in the family.",
    "Leider müssen wir Ihnen mitteilen, dass wir am Erlebnistag am 28. September nicht dabei sein können.",
    "Lamentablemente no podremos estar presentes en la jornada de vendimia del 28 de septiembre.",
    "Nous ne pourrons malheureusement pas être présents à la journée des vendanges du 28 septembre.",
    "Purtroppo non potremo essere presenti alla giornata della vendemmia del 28 settembre.",
    "Helaas moeten we u laten weten dat we er op de oogstdag van 28 september niet bij kunnen zijn.",
    "Infelizmente não vamos poder estar presentes no dia da vindima a 28 de setembro.",
])
def test_cannot_be_there_or_present_is_read_as_cancelling(body: str) -> None:
    assert judge(body)[0] == "cancellation"


@pytest.mark.parametrize("body", [
    "Falls wir am 28. September nicht dabei sein können, melden wir uns rechtzeitig.",
    "Si no podemos estar presentes el 28 de septiembre, os avisaremos.",
    "Als we er op 28 september niet bij kunnen zijn, laten we het op tijd weten.",
])
def test_cannot_be_there_under_if_is_not_answered(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "Her doctor advises against swimming for the rest of the year. Please remove her from the Wednesday 2pm"
    " group.",
    "Der Arzt rät vom Schwimmen ab. Bitte nehmen Sie sie aus der Gruppe am Mittwoch um 14 Uhr.",
    "El médico desaconseja la piscina todo el año. Por favor, quitadla de la clase del miércoles a las 14h.",
    "L'ORL déconseille la piscine jusqu'à nouvel ordre. Merci donc de le retirer du groupe du mercredi 14h.",
    "Il medico sconsiglia la piscina per tutto l'anno. Per favore toglietela dal gruppo del mercoledì"
    " alle 14.",
    "De arts raadt zwemmen af. Kunt u haar uit de groep van woensdag 14 uur halen?",
    "O médico desaconselha a piscina este ano. Por favor retirem-na da turma de quarta às 14h.",
])
def test_a_child_taken_off_the_group_by_a_pronoun_goes_to_review(body: str) -> None:
    intent, confidence = judge(body)
    assert intent == "cancellation" and 0.5 <= confidence < 0.8


# Rules round 37 (after the inbound_fresh52 first look), in every language.
@pytest.mark.parametrize("body", [
    "I really don't want to cancel, I've waited weeks for it! Do you have a slot on Friday or Saturday?",
    "Ich möchte auf keinen Fall absagen, ich freue mich schon lange darauf! Hätten Sie einen Termin am"
    " Freitag oder Samstag?",
    "No quiero cancelar de ninguna manera, ¡llevo semanas esperándolo! ¿Tenéis hueco el viernes o el"
    " sábado?",
    "Je ne veux surtout pas annuler, j'attends ce soin depuis des semaines ! Auriez-vous un créneau"
    " vendredi ou samedi ?",
    "Non voglio assolutamente disdire, lo aspetto da settimane! Avete posto venerdì o sabato?",
    "Ik wil echt niet afzeggen, ik kijk er al weken naar uit! Hebben jullie plek op vrijdag of zaterdag?",
    "Não quero mesmo desmarcar, estou à espera disto há semanas! Têm vaga na sexta ou no sábado?",
])
def test_not_wanting_to_cancel_and_asking_for_a_slot_is_a_reschedule(body: str) -> None:
    assert judge(body)[0] == "reschedule"


@pytest.mark.parametrize("body", [
    "I don't want to cancel. Do you have parking near the studio?",
    "Ich möchte nicht absagen. Gibt es Parkplätze in der Nähe?",
    "Je ne veux pas annuler. Y a-t-il un parking près du salon ?",
])
def test_not_wanting_to_cancel_and_asking_something_else_is_no_reschedule(body: str) -> None:
    assert judge(body)[0] == "other"


@pytest.mark.parametrize("body", [
    "Thursday is out for us. Can the lesson be moved to Monday the 29th?",
    "Donnerstag klappt bei uns nicht. Kann die Stunde auf Montag, den 29., verlegt werden?",
    "El jueves no podemos. ¿Podría cambiarse la clase al lunes 29?",
    "Jeudi nous ne pouvons pas. Est-ce que le cours peut être déplacé au lundi 29 ?",
    "Giovedì non possiamo. Si può spostare la lezione a lunedì 29?",
    "Giovedì non possiamo. La lezione può essere spostata a lunedì 29?",
    "Donderdag lukt het ons niet. Kan de les naar maandag 29 verzet worden?",
    "Na quinta não podemos. A aula pode ser passada para segunda, dia 29?",
])
def test_a_move_asked_in_the_passive_or_with_one_is_a_reschedule(body: str) -> None:
    assert judge(body)[0] == "reschedule"


@pytest.mark.parametrize("body", [
    "The lesson can be moved to Monday if you like.",
    "Die Stunde wurde auf Montag verlegt.",
    "Le cours a été déplacé au lundi 29.",
    "La lezione è stata spostata a lunedì 29.",
    "A aula foi passada para segunda.",
    "Se dovessimo disdire tre giorni prima, la caparra si perde? Oppure si può spostare a un'altra data?",
    "If I did have to pull out, is the deposit refundable, or could it be moved to the autumn course"
    " instead?",
])
def test_a_move_told_in_the_passive_is_no_reschedule(body: str) -> None:
    assert judge(body)[0] != "reschedule"


@pytest.mark.parametrize("body", [
    "I have to cancel my shift on Saturday the 27th, it's my father-in-law's 70th. Could you swap with me?"
    " I'll take your Wednesday evening.",
    "Ich muss meinen Dienst am Samstag, den 27., leider absagen. Könntest du mit mir tauschen? Dann"
    " übernehme ich deinen Mittwochabend.",
    "Tengo que anular mi guardia del sábado 27, es el cumpleaños de mi suegro. ¿Podrías cambiar conmigo?"
    " Yo me quedo con tu miércoles.",
    "Je dois annuler ma garde du samedi 27, c'est l'anniversaire de mon beau-père. Tu pourrais échanger"
    " avec moi ? Je prends ton mercredi soir.",
    "Devo disdire il mio turno di sabato 27, mio suocero compie 70 anni. Potresti fare cambio con me? Io"
    " prendo il tuo mercoledì sera.",
    "Ik moet helaas mijn dienst van zaterdag 27 afzeggen, mijn schoonvader wordt 70. Zou jij met mij"
    " kunnen ruilen? Dan neem ik jouw woensdagavond.",
    "Tenho de cancelar o meu turno de sábado dia 27, o meu sogro faz 70 anos. Podes trocar comigo? Eu"
    " fico com a tua quarta à noite.",
])
def test_staff_cancelling_a_shift_and_asking_a_colleague_to_swap_is_not_answered(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "I have to cancel my massage on Saturday the 27th, it's my father-in-law's 70th. Sorry!",
    "Ik moet helaas mijn massage van zaterdag 27 afzeggen, mijn schoonvader wordt 70.",
    "Tenho de cancelar a minha massagem de sábado dia 27, o meu sogro faz 70 anos.",
    "Vamos desmarcar a sessão de sábado, pode ser? Me escalaram num plantão e não tem ninguém pra trocar"
    " comigo.",
])
def test_a_customer_cancelling_for_a_family_party_is_still_answered(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "Por favor, anuladme la plaza del curso del sábado; todavía no me veo preparado.",
    "Por favor, cancéladme la reserva del sábado, me ha surgido un viaje.",
    "Per favore, annullatemi il posto al corso di sabato, non mi sento ancora pronto.",
    "Annullami la prenotazione di sabato, per favore: ho un imprevisto.",
    "Por favor, anulem-me a inscrição no curso de sábado, ainda não me sinto preparado.",
    "Please cancel my place on Saturday's course for me, I don't feel ready yet.",
    "Bitte stornieren Sie mir den Platz im Kurs am Samstag, ich fühle mich noch nicht bereit.",
    "Annulez-moi la place au cours de samedi, s'il vous plaît, je ne me sens pas prêt.",
    "Annuleer mijn plek voor de cursus van zaterdag maar voor me, ik voel me nog niet klaar.",
])
def test_the_cancel_imperative_with_me_attached_is_a_cancellation(body: str) -> None:
    assert judge(body)[0] == "cancellation"


@pytest.mark.parametrize("body", [
    "No me anules nada, al final sí puedo ir.",
    "¿Me podéis decir si quedan plazas? Anuladme solo si no hay sitio para los dos.",
    "Cancellami dalla newsletter, grazie.",
])
def test_the_cancel_imperative_with_me_denied_or_of_a_mailing_is_not_a_cancellation(body: str) -> None:
    assert judge(body)[0] != "cancellation"


@pytest.mark.parametrize("body", [
    "Cancélame la clase del martes, tengo examen. ¿Me la puedes poner el jueves a la misma hora?",
    "Anuladme la sesión del lunes, me ha surgido un viaje. ¿Nos la podéis poner el miércoles a las 18h?",
])
def test_the_cancel_imperative_with_me_and_a_new_day_asked_is_a_reschedule(body: str) -> None:
    assert judge(body)[0] == "reschedule"


@pytest.mark.parametrize("body", [
    "From December we'll stop needing your weekly cleaning, as we're moving to Leeds.",
    "Ab Dezember werden wir Ihre wöchentliche Reinigung nicht mehr brauchen, da wir nach Köln ziehen.",
    "A partir de diciembre vamos a dejar de necesitar vuestro servicio de limpieza semanal, nos mudamos a"
    " Valencia.",
    "A partir de diciembre dejaremos de necesitar la limpieza semanal, nos mudamos a Valencia.",
    "À partir de décembre, nous n'aurons plus besoin de votre ménage hebdomadaire, nous déménageons à Lyon.",
    "Da dicembre non avremo più bisogno delle vostre pulizie settimanali, ci trasferiamo a Torino.",
    "Vanaf december zullen we jullie wekelijkse schoonmaak niet meer nodig hebben, we verhuizen naar"
    " Utrecht.",
    "A partir de dezembro vamos deixar de precisar dos vossos serviços de limpeza semanal, vamos mudar para"
    " o Porto.",
])
def test_going_to_stop_needing_the_service_is_a_cancellation(body: str) -> None:
    assert judge(body)[0] == "cancellation"


@pytest.mark.parametrize("body", [
    "If we ever stop needing the cleaning we'll let you know.",
    "Si dejamos de necesitar la limpieza os avisaremos.",
    "Se deixarmos de precisar do serviço, avisamos.",
    "Vamos deixar de precisar de fatura em papel, enviem por email.",
    "We'll stop needing paper invoices, please email them.",
])
def test_stopping_to_need_under_if_or_of_paperwork_is_not_answered(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "Her piano lesson at 5.30 just doesn't fit on Thursday. Could she come on Wednesday the 10th that"
    " week, say at 4pm?",
    "Ihre Klavierstunde um 17.30 Uhr passt am Donnerstag nicht. Könnte sie in der Woche am Mittwoch, den"
    " 10., kommen, etwa um 16 Uhr?",
    "Su clase de piano de las 17.30 no le cuadra el jueves. ¿Podría venir esa semana el miércoles 10,"
    " por ejemplo a las 16h?",
    "Son cours de piano de 17h30 ne passe pas jeudi. Pourrait-elle venir mercredi 10 cette semaine-là,"
    " vers 16h ?",
    "La sua lezione di piano delle 17.30 giovedì non ci sta. Potrebbe venire mercoledì 10 quella"
    " settimana, magari alle 16?",
    "Haar pianoles om 17.30 uur past donderdag niet. Zou ze die week op woensdag 10 november kunnen"
    " komen, bijvoorbeeld om 16.00 uur?",
    "A sua aula de piano das 17h30 não dá na quinta. Ela podia vir na quarta dia 10 nessa semana, por"
    " exemplo às 16h?",
])
def test_the_booked_time_not_fitting_and_could_she_come_on_another_day_is_a_reschedule(body: str) -> None:
    assert judge(body)[0] == "reschedule"


@pytest.mark.parametrize("body", [
    "We'd like to book a trial piano lesson for our daughter. Could she come on Wednesday at 4pm?",
    "Her lesson is on Thursday as usual. Could she come on Wednesday as well for an extra session?",
    "Haar pianoles is op donderdag. Zou ze op woensdag ook kunnen komen voor een extra les?",
    "Wir möchten eine Probestunde für unsere Tochter. Könnte sie am Mittwoch um 16 Uhr kommen?",
])
def test_could_she_come_on_a_day_for_a_new_or_extra_lesson_is_no_reschedule(body: str) -> None:
    assert judge(body)[0] != "reschedule"


@pytest.mark.parametrize("body", [
    "After a lot of thought we have decided that Lena will stop her piano lessons at the end of the term.",
    "Nach langem Überlegen haben wir entschieden, dass Lena den Klavierunterricht zum Ende des"
    " Halbjahres beendet.",
    "Después de pensarlo mucho hemos decidido que Lena deje las clases de piano a final de trimestre.",
    "Après mûre réflexion, nous avons décidé que Léna arrête ses cours de piano à la fin du semestre.",
    "Dopo averci pensato a lungo abbiamo deciso che Lena interrompe le lezioni di pianoforte alla fine"
    " del quadrimestre.",
    "Na lang nadenken hebben we besloten dat Lena aan het eind van het halfjaar stopt met de pianoles.",
    "Depois de pensarmos bem, decidimos que a Lena vai deixar as aulas de piano no fim do semestre.",
])
def test_decided_that_the_child_stops_the_lessons_is_a_cancellation(body: str) -> None:
    intent, confidence = judge(body)
    assert intent == "cancellation" and confidence >= 0.5


@pytest.mark.parametrize("body", [
    "We have decided that Lena will continue her piano lessons next term.",
    "Wir haben entschieden, dass Lena den Kurs zu Ende macht.",
    "Wir haben entschieden, dass Lena die Stunde heute früher beendet.",
])
def test_decided_that_the_child_goes_on_or_ends_one_lesson_early_is_not_a_cancellation(body: str) -> None:
    assert judge(body)[0] != "cancellation"


# Rules round 38 (after the inbound_fresh53 first look), in every language.
@pytest.mark.parametrize(("subject", "body"), [
    ("Undeliverable: Confirmation of your cancellation",
     "Your message to p.smith@example.com couldn't reach the recipient. Original: We hereby confirm the"
     " cancellation of your booking."),
    ("Unzustellbar: Bestätigung Ihrer Stornierung",
     "Die Nachricht an p.schroeder@example.com kam zurück. Original: Hiermit bestätigen wir die Stornierung"
     " Ihrer Buchung."),
    ("No se puede entregar: Confirmación de su anulación",
     "El mensaje a p.gil@example.com ha vuelto. Original: Por la presente confirmamos la anulación de su"
     " reserva."),
    ("Non remis : Confirmation de votre annulation",
     "Le message à p.martin@example.com est revenu. Original : Par la présente nous confirmons l'annulation"
     " de votre réservation."),
    ("Non recapitabile: Conferma della sua disdetta",
     "Il messaggio a p.rossi@example.com è tornato indietro. Originale: Con la presente confermiamo la"
     " disdetta della sua prenotazione."),
    ("Onbestelbaar: Bevestiging van uw annulering",
     "Het bericht aan p.smit@example.com kwam terug. Origineel: Hierbij bevestigen wij de annulering van"
     " uw boeking."),
    ("Não entregue: Confirmação do seu cancelamento",
     "A mensagem para p.silva@example.com voltou. Original: Venho por este meio confirmar o cancelamento da"
     " sua reserva."),
])
def test_a_bounce_of_the_businesss_own_cancellation_mail_is_not_answered(subject: str, body: str) -> None:
    assert judge(body, subject)[0] == "other"


@pytest.mark.parametrize("body", [
    "My last e-mail came back undeliverable, so once more: please cancel my appointment on Friday.",
    "Meine letzte Mail war unzustellbar, deshalb noch einmal: Bitte stornieren Sie meinen Termin am Freitag.",
])
def test_a_customer_mentioning_a_bounce_still_cancels(body: str) -> None:
    assert answered(body, "My appointment")


@pytest.mark.parametrize("body", [
    "Unfortunately our son has a high fever and we might have to cancel the room. I'll confirm by Friday.",
    "Por desgracia nuestro hijo tiene fiebre alta y podríamos tener que anular la habitación. Os confirmo el"
    " viernes.",
    "Malheureusement notre fils a beaucoup de fièvre et nous pourrions devoir annuler la chambre. Je vous"
    " confirme vendredi.",
    "Purtroppo nostro figlio ha la febbre alta e potremmo dover disdire la camera. Vi confermo entro"
    " venerdì.",
    "Infelizmente o nosso filho tem febre alta e poderíamos ter de cancelar o quarto. Confirmo na sexta.",
])
def test_might_have_to_cancel_is_not_answered(body: str) -> None:
    assert not answered(body)


@pytest.mark.parametrize("body", [
    "Por desgracia nuestro hijo tiene fiebre alta y tenemos que anular la habitación.",
    "Malheureusement notre fils a beaucoup de fièvre et nous devons annuler la chambre.",
    "Purtroppo nostro figlio ha la febbre alta e dobbiamo disdire la camera.",
    "Infelizmente o nosso filho tem febre alta e temos de cancelar o quarto.",
])
def test_having_to_cancel_is_still_answered(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "Could you cancel my appointment on Friday the 14th at 4pm and book me (if possible) on Friday the 21st"
    " at the same time?",
    "Können Sie meinen Termin am Freitag, 14. Januar, um 16 Uhr absagen und mich am Freitag danach (21."
    " Januar) zur gleichen Zeit eintragen?",
    "¿Podéis anular mi cita del viernes 14 a las 16:00 y ponerme (si se puede) el viernes 21 a la misma"
    " hora?",
    "Pourriez-vous annuler mon rendez-vous du vendredi 14 à 16h et me mettre (si possible) le vendredi 21 à"
    " la même heure ?",
    "Potete annullare il mio appuntamento di venerdì 14 alle 16 e mettermi (se possibile) venerdì 21 alla"
    " stessa ora?",
    "Kunnen jullie mijn afspraak van vrijdag 14 januari om 16:00 annuleren en mij de vrijdag erna (21"
    " januari) op hetzelfde tijdstip inplannen?",
    "Podem cancelar a minha consulta de sexta, dia 14, às 16h e marcar-me (se possível) na sexta, dia 21,"
    " à mesma hora?",
])
def test_cancel_and_book_me_with_the_new_date_in_brackets_is_a_reschedule(body: str) -> None:
    assert judge(body)[0] == "reschedule"


@pytest.mark.parametrize("body", [
    "Können Sie meinen Termin am Freitag, 14. Januar, um 16 Uhr absagen? Ich (Jan) bin krank.",
    "Kunnen jullie mijn afspraak van vrijdag 14 januari om 16:00 annuleren? Ik (Ruud) ben ziek.",
])
def test_a_bracket_after_a_cancel_is_no_new_booking(body: str) -> None:
    assert judge(body)[0] == "cancellation"


@pytest.mark.parametrize("body", [
    "I hereby cancel my membership as of 31 December. Please confirm it to me and stop the fees from"
    " January.",
    "Hiermit kündige ich meine Mitgliedschaft zum 31.12. Bitte bestätigen Sie mir die Kündigung kurz"
    " schriftlich und buchen Sie ab Januar keine Beiträge mehr ab.",
    "Por la presente doy de baja mi suscripción al gimnasio a 31 de diciembre. Por favor, confirmádmelo y no"
    " me paséis más cuotas desde enero.",
    "Par la présente je résilie mon adhésion au 31 décembre. Merci de me le confirmer et de ne plus me"
    " faire de prélèvements à partir de janvier.",
    "Con la presente disdico il mio abbonamento in palestra dal 31 dicembre. Per favore confermatemelo e non"
    " mettetemi più addebiti da gennaio.",
    "Hierbij zeg ik mijn lidmaatschap op per 31 december. Bevestig het mij graag en schrijf mij vanaf"
    " januari geen contributie meer af.",
    "Venho por este meio cancelar a minha inscrição no ginásio a 31 de dezembro. Confirmem-me por favor e"
    " não me marquem mais mensalidades a partir de janeiro.",
])
def test_a_cancel_that_stops_the_fees_from_a_date_is_no_rebooking(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "Ich möchte meinen Termin am Samstag, den 8., stornieren. Am 23. habt ihr mir die Haare orange statt"
    " kupfer gefärbt, ich komme nicht wieder.",
    "Quiero anular mi cita del sábado 8 de enero. Después de cómo me dejasteis el tinte el día 23 —naranja"
    " en vez de cobrizo— no pienso volver.",
])
def test_one_thing_instead_of_another_is_no_move(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "Could we do Sunday instead of Saturday?",
    "¿Podemos hacerlo el domingo en vez del sábado?",
    "Pourrait-on le faire dimanche au lieu de samedi ?",
    "Possiamo farlo domenica invece di sabato?",
    "Kunnen we het op zondag doen in plaats van zaterdag?",
])
def test_one_day_instead_of_another_is_still_a_move(body: str) -> None:
    assert judge(body)[0] == "reschedule"
