"""Opt-outs round 34 (after the replies_fresh42 and replies_fresh43 first looks, which neither
read nor held two wishes and read four only with the second reader): "don't you dare keep
writing", "spare me your newsletters", the wish in the subjunctive, the informal imperative that
ends its sentence ("CANCELLAMI."), and a reply's subject that asks ("… – bitte keine weiteren
E-Mails mehr"). Sentences per language, written for these tests (not the blind sets')."""

from __future__ import annotations

import dataclasses

import pytest

from responder.detect import detect
from responder.parse import parse_message
from responder.reading import read_reason
from responder.reasons import classify_reason
from tests.helpers import mail

WISHES = {
    "don't dare": {
        "en": "Don't you dare email me again after that.",
        "de": "Wagen Sie es nicht, mir noch einmal zu schreiben.",
        "es": "Y ni se te ocurra volver a escribirme.",
        "fr": "N'essayez même pas de me relancer.",
        "it": "Non vi azzardate a scrivermi ancora.",
        "nl": "Waag het niet om me nog eens te mailen.",
        "pt": "Nem pensem em me voltar a escrever.",
    },
    "spare me": {
        "en": "Spare me the newsletters, please.",
        "de": "Ersparen Sie mir bitte weitere Newsletter.",
        "es": "Ahórrenme sus promociones, gracias.",
        "fr": "Épargnez-moi vos relances, merci.",
        "it": "Risparmiatemi le vostre offerte.",
        "nl": "Bespaar me jullie nieuwsbrieven.",
        "pt": "Poupem-me as vossas newsletters.",
    },
    "would stop": {
        "en": "I'd be grateful if you could stop emailing me.",
        "de": "Ich wäre froh, wenn Sie aufhören würden, mir zu schreiben.",
        "es": "Les agradecería que dejaran de enviarme publicidad.",
        "fr": "Je vous demande d'arrêter de m'envoyer vos offres.",
        "it": "Vi chiederei di smettere di mandarmi le offerte.",
        "nl": "Ik zou het fijn vinden als jullie zouden stoppen met mailen.",
        "pt": "Agradecia que deixassem de me mandar novidades.",
    },
    "informal": {
        "de": "Lösch mich. Danke.",
        "es": "Bórrame, por favor.",
        "fr": "Désinscris-moi, merci.",
        "it": "TOGLIMI. Ci siamo trasferiti.",
        "nl": "Schrijf me uit.",
        "pt": "Tira-me. Mudámos de cidade.",
    },
}
WISHES["gerund"] = {"en": "You know what would show me you care? Never emailing me again. Ever."}
NOT_WISHES = [
    "I never texted you, that must have been my sister.",
    "No quiero que dejéis de escribirme, me encantan vuestras recetas.",  # the opposite
    "Cancellami l'appuntamento di giovedì, grazie.",  # cancel it for me
    "Bórrame la cita del jueves.",
    "Non cancellami, per favore!",
    "Nimm mich mit zur nächsten Probe.",
    "I don't dare to ask for a refund.",
    "Spare me a place on the waiting list.",
]


@pytest.mark.parametrize(("family", "language", "text"),
                         [(f, k, t) for f, v in WISHES.items() for k, t in sorted(v.items())])
def test_the_wish_to_stop_is_read(family: str, language: str, text: str) -> None:
    assert classify_reason(text, language).opt_out, (family, text)


@pytest.mark.parametrize("text", NOT_WISHES)
def test_the_same_words_asking_something_else_are_no_opt_out(text: str) -> None:
    assert not classify_reason(text, "en").opt_out


@pytest.mark.parametrize(("language", "subject"), [
    ("de", "AW: Bestätigung Ihrer Kündigung – bitte keine weiteren E-Mails mehr"),
    ("nl", "Antw: Zomerrooster – graag afmelden, geen mails meer"),
    ("en", "Re: Your cancellation is confirmed - no more emails please"),
    ("es", "RE: Baja confirmada - basta de correos, por favor"),
    ("fr", "RE : Votre annulation est confirmée – plus de mails svp"),
    ("it", "R: Disdetta confermata - niente più email, per favore"),
    ("pt", "RES: Cancelamento confirmado – não quero mais e-mails, por favor"),
])
def test_a_subject_that_asks_is_the_customers(language: str, subject: str) -> None:
    msg = parse_message(mail("Danke / thanks.", subject=subject,
                             in_reply_to="<ack.1@responder.studio.example.com>"))
    assert read_reason(msg, dataclasses.replace(detect(msg), language=language)).opt_out, subject


@pytest.mark.parametrize("subject", [
    "Re: Unsubscribe confirmation",
    "AW: Wir bestätigen Ihre Abmeldung – keine Mails mehr",
    "Re: Please confirm your booking",
])
def test_a_subject_that_does_not_ask_to_stop_stays_the_businesss(subject: str) -> None:
    msg = parse_message(mail("Thanks, all fine.", subject=subject,
                             in_reply_to="<ack.1@responder.studio.example.com>"))
    assert not read_reason(msg, detect(msg)).opt_out


IF_YOU_DONT_MIND = {  # a courtesy before the wish, not a negation of it
    "en": "If you don't mind please remove me from the mailing list.",
    "es": "Si no le importa, quíteme de la lista de correo.",
    "de": "Wenn es Ihnen nichts ausmacht, nehmen Sie mich bitte aus dem Verteiler.",
    "fr": "Si ça ne vous dérange pas, retirez-moi de votre liste.",
    "it": "Se non vi dispiace, toglietemi dalla newsletter.",
    "nl": "Als u het niet erg vindt, haal me van de mailinglijst.",
    "pt": "Se não se importam, retirem-me da lista.",
}


@pytest.mark.parametrize(("language", "text"), sorted(IF_YOU_DONT_MIND.items()))
def test_if_you_dont_mind_is_a_courtesy(language: str, text: str) -> None:
    assert classify_reason(text, language).opt_out


@pytest.mark.parametrize("text", [
    "I do not mind the emails, do not remove me from the list.",
    "Please do not remove me from the list.",
    "No me quite de la lista, por favor.",
])
def test_a_negation_after_the_courtesy_still_undoes_the_wish(text: str) -> None:
    assert not classify_reason(text, "en").opt_out
