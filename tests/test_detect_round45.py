"""Rules round 45: cancel words that are no request of the sender's, written in the seven languages with the
sentences that must still be read so beside them (precision first: a confirmation's own way to cancel, a
cancel denied and the free cancellation's deadline are never answered)."""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


# A confirmation's or reminder's own way to cancel, arriving as a new mail (forwarded without words of the
# sender's, or the business's own template): "Need to cancel? Reply to this email." Other, never answered.
@pytest.mark.parametrize("body", [
    "Your appointment is confirmed for Friday 12 May at 10:00.\n\nNeed to cancel? Reply to this email.",
    "Reminder: your appointment is tomorrow at 10am. To cancel, just reply to this message.",
    "Ihr Termin am Freitag, 12. Mai um 10 Uhr ist bestätigt.\n\nAbsagen? Einfach auf diese Mail antworten.",
    "Tu cita del viernes 12 de mayo a las 10:00 está confirmada.\n\n¿Necesitas cancelar? Responde a este"
    " correo.",
    "Votre rendez-vous du vendredi 12 mai à 10h est confirmé.\n\nVous souhaitez annuler ? Répondez à cet"
    " e-mail.",
    "Il tuo appuntamento di venerdì 12 maggio alle 10 è confermato.\n\nAnnullare? Rispondi a questa e-mail.",
    "Je afspraak op vrijdag 12 mei om 10 uur is bevestigd.\n\nAnnuleren? Beantwoord deze mail.",
    "A sua marcação de sexta, 12 de maio, às 10h está confirmada.\n\nPrecisa cancelar? Responda a este"
    " e-mail.",
])
def test_confirmation_way_to_cancel_is_other(body: str) -> None:
    intent, _confidence = judge(body)
    assert not answered(body) and intent == "other"


@pytest.mark.parametrize("body", [
    "Please cancel my appointment on Friday.\n\nYour appointment is confirmed for Friday 12 May at 10:00."
    " Need to cancel? Reply to this email.",
    "I need to cancel my appointment on Friday. Please reply to this email to confirm.",
    "Can you cancel my appointment on Friday? Reply to this email please.",
    "Ich muss meinen Termin am Freitag absagen. Bitte antworten Sie auf diese E-Mail.",
    "Necesito cancelar mi cita del viernes. Por favor, responded a este correo para confirmar.",
    "Je dois annuler mon rendez-vous de vendredi. Merci de répondre à cet e-mail pour confirmer.",
    "Devo annullare l'appuntamento di venerdì. Rispondete a questa e-mail per conferma, grazie.",
    "Ik moet mijn afspraak van vrijdag annuleren. Wilt u deze mail beantwoorden ter bevestiging?",
    "Preciso de cancelar a minha consulta de sexta. Por favor respondam a este e-mail a confirmar.",
])
def test_confirmation_way_to_cancel_guards(body: str) -> None:
    # the sender's own cancel beside a "reply to this email" is still answered
    assert answered(body)


# A cancel denied ("no me doy de baja", "I'm not going to cancel my membership", "Stornieren Sie meinen
# Termin bitte nicht", "Annuleer de les alsjeblieft niet", "non vi do disdetta", "Ich habe nicht vor, … zu
# kündigen", "je n'ai pas l'intention d'annuler"): never answered; other, or a move when a move is asked.
@pytest.mark.parametrize("body", [
    "I'm not going to cancel my membership, I just want to update my card.",
    "Stornieren Sie meinen Termin am Freitag bitte nicht, ich komme nur 10 Minuten später.",
    "No me doy de baja del gimnasio, solo quería actualizar mi dirección.",
    "No nos vamos a dar de baja, solo queremos cambiar la cuenta del recibo.",
    "No tengo intención de darme de baja, solo quería cambiar la tarjeta.",
    "Ich habe nicht vor, meine Mitgliedschaft zu kündigen, ich möchte nur die Karte ändern.",
    "Je n'ai pas l'intention d'annuler mon abonnement, je voulais juste changer de carte.",
    "Nous ne sommes pas en train d'annuler, nous voulions juste changer de carte.",
    "Non vi do disdetta dell'abbonamento, volevo solo cambiare la carta.",
    "Non ho intenzione di disdire l'abbonamento, volevo solo cambiare la carta.",
    "Annuleer de les van donderdag alsjeblieft niet, ik kom alleen wat later.",
    "Não tenho intenção de cancelar a assinatura, só queria atualizar o cartão.",
])
def test_cancel_denied_is_not_answered(body: str) -> None:
    intent, _confidence = judge(body)
    assert not answered(body) and intent == "other"


def test_cancel_denied_with_a_move_asked_is_a_move() -> None:
    intent, _confidence = judge("No me doy de baja, pero ¿podemos pasar la cita del viernes al lunes?")
    assert intent == "reschedule"


@pytest.mark.parametrize("body", [
    "Please cancel my appointment on Friday.",
    "I'm not going to make it on Friday, please cancel my appointment.",
    "Stornieren Sie bitte nicht nur den Termin am Freitag, sondern auch den am Montag.",
    "Me doy de baja del gimnasio a partir de mayo.",
    "Je me désinscris du club à partir de mai, merci d'annuler mon abonnement.",
    "Vi do disdetta dell'abbonamento a partire da maggio.",
    "Annuleer alsjeblieft mijn les van donderdag.",
    "Quero cancelar a minha assinatura a partir de maio.",
    "I have no intention of coming back, please cancel my membership.",
    "Ich habe nicht vor, noch einmal zu kommen, bitte kündigen Sie meine Mitgliedschaft.",
    "Je n'ai pas l'intention de revenir, merci d'annuler mon abonnement.",
    "Não tenho intenção de voltar, por isso quero cancelar a assinatura.",
])
def test_cancel_denied_guards(body: str) -> None:
    assert answered(body)


# The free cancellation's deadline stated at the cancel word, a confirmation's own policy line ("You can
# cancel free of charge up to 24 hours before", "Sie können bis 24 Stunden vorher kostenlos stornieren"):
# other, never answered.
@pytest.mark.parametrize("body", [
    "Your booking for Friday 12 May at 10:00 is confirmed. You can cancel free of charge up to 24 hours"
    " before.",
    "Ihr Termin am Freitag um 10 Uhr ist bestätigt. Sie können bis 24 Stunden vorher kostenlos stornieren.",
    "Tu cita del viernes a las 10 está confirmada. Puedes cancelar gratis hasta 24 horas antes.",
    "Votre rendez-vous de vendredi à 10h est confirmé. Vous pouvez annuler gratuitement jusqu'à 24 heures"
    " avant.",
    "Il tuo appuntamento di venerdì alle 10 è confermato. Puoi annullare gratuitamente fino a 24 ore prima.",
    "Je afspraak op vrijdag om 10 uur is bevestigd. Je kunt tot 24 uur van tevoren kosteloos annuleren.",
    "A sua consulta de sexta às 10h está confirmada. Podes desmarcar sem custos até 24 horas antes.",
])
def test_free_cancellation_deadline_is_other(body: str) -> None:
    intent, _confidence = judge(body)
    assert not answered(body) and intent == "other"


@pytest.mark.parametrize("body", [
    "Please cancel my appointment on Friday, I know it's free up to 24 hours before.",
    "Please cancel my appointment on Friday. I know I can cancel free of charge up to 24 hours before.",
    "Bitte stornieren Sie meinen Termin am Freitag, das ist ja bis 24 Stunden vorher kostenlos.",
    "Por favor, cancelad mi cita del viernes, sé que es gratis hasta 24 horas antes.",
    "Merci d'annuler mon rendez-vous de vendredi, c'est gratuit jusqu'à 24 heures avant.",
    "Vorrei annullare l'appuntamento di venerdì, so che è gratis fino a 24 ore prima.",
    "Wilt u mijn afspraak van vrijdag annuleren? Het is tot 24 uur van tevoren gratis.",
    "Queria cancelar a minha consulta de sexta, sei que é grátis até 24 horas antes.",
])
def test_free_cancellation_deadline_guards(body: str) -> None:
    assert answered(body)


# The fee paid on another day beside a cancel denied ("NO queremos dar de baja a Daniel … pagaríamos la
# cuota el día 10 de febrero en lugar de a principios de mes"): a payment's date, no move; other.
@pytest.mark.parametrize("body", [
    "We do NOT want to take Daniel off the piano lessons. We'd just pay the fee on 10 February instead of at"
    " the start of the month.",
    "NO queremos dar de baja a Daniel de las clases de piano. Solo pagaríamos la cuota el día 10 de febrero"
    " en lugar de a principios de mes.",
])
def test_fee_paid_on_another_day_is_no_move(body: str) -> None:
    intent, _confidence = judge(body)
    assert intent == "other"


def test_fee_paid_on_another_day_guard() -> None:
    # a weekday there: the booking is moved
    intent, _confidence = judge("I can't come on Friday, could I pay the fee and come on Monday instead?")
    assert intent == "reschedule"
