"""Opt-outs round 37 (after the replies_fresh49 and replies_fresh50 first looks): our mail stopped
by name as an order, "no more newsletters for me", "no need to keep me posted", "I don't want any
more of these", the deletion of one's data asked in nominal form, our mail named first and not
needed, refusals chained below a survey question, "SALIR"; and what is not an opt-out: text
messages stopped while e-mail is welcome, a waiting list left. Sentences per language, written for
these tests (not the blind sets')."""

from __future__ import annotations

import pytest

from responder.detect import detect
from responder.parse import parse_message
from responder.reading import read_reason
from responder.reasons import classify_reason
from tests.helpers import mail


def _opts_out(text: str, language: str) -> bool:
    return classify_reason(text, language).opt_out


STOP_THE_MAIL = {
    "de": "Stoppen Sie bitte die Mails und die Werbung, ich habe gekündigt.",
    "es": "Parad los correos y las promociones, por favor.",
    "fr": "C'est la troisième relance. Merci d'arrêter les relances et les promos.",
    "it": "Fermate le mail e le promozioni, grazie.",
    "nl": "Stop alsjeblieft met de mails en de reclame.",
}


@pytest.mark.parametrize(("language", "text"), sorted(STOP_THE_MAIL.items()))
def test_our_mail_stopped_by_name(language: str, text: str) -> None:
    assert _opts_out(text, language), text


NONE_FOR_ME = {
    "en": "P.S. and no more of the marketing emails please, thank you.",
    "es": "Y nada de correos ni promociones para mí, gracias.",
    "fr": "Plus de newsletters ni de promos pour moi, merci !",
    "it": "E niente più newsletter per me, grazie.",
    "nl": "En geen nieuwsbrieven meer voor mij, dank je.",
    "pt": "E chega de e-mails pra mim, valeu.",
}


@pytest.mark.parametrize(("language", "text"), sorted(NONE_FOR_ME.items()))
def test_no_more_of_our_mail_for_me(language: str, text: str) -> None:
    assert _opts_out(text, language), text


NO_NEED_TO_INFORM = {
    "en": "Thanks, but there's no need to keep me posted about offers.",
    "de": "Sie müssen mich nicht mehr auf dem Laufenden halten.",
    "es": "No hace falta que me mantengáis informada de las ofertas.",
    "fr": "Pas besoin de me tenir au courant des nouveautés.",
    "it": "Non serve che mi teniate aggiornato su offerte o novità.",
    "nl": "U hoeft me niet meer op de hoogte te houden.",
    "pt": "Não precisam de me manter informada das novidades.",
}


@pytest.mark.parametrize(("language", "text"), sorted(NO_NEED_TO_INFORM.items()))
def test_no_need_to_keep_me_posted(language: str, text: str) -> None:
    assert _opts_out(text, language), text


NO_MORE_OF_THESE = {
    "en": "That's the fourth email since I cancelled. I don't want any more of these, thanks.",
    "de": "Davon will ich nichts mehr, danke.",
    "es": "Es el cuarto correo este mes. No quiero más de estos, gracias.",
    "fr": "Je n'ai plus besoin de les recevoir, merci.",
    "it": "È la quarta mail in un mese: non ne voglio più, grazie.",
    "nl": "Ik zit niet te wachten op jullie reclame. Hoef ik niet meer te krijgen.",
    "pt": "Não quero receber mais desses, obrigado.",
}


@pytest.mark.parametrize(("language", "text"), sorted(NO_MORE_OF_THESE.items()))
def test_no_more_of_these(language: str, text: str) -> None:
    assert _opts_out(text, language), text


def test_any_more_of_these_sessions_is_no_opt_out() -> None:
    assert not _opts_out("I don't want any more of these sessions, they hurt my back.", "en")


DELETION_ASKED = {
    "en": "Under the GDPR I request the erasure of all my personal data.",
    "de": "Ich verlange die Löschung meiner personenbezogenen Daten.",
    "es": "Solicito la supresión de todos mis datos.",
    "fr": "Je demande la suppression de toutes mes données.",
    "it": "Chiedo la cancellazione di tutti i miei dati e di non essere più contattata.",
    "nl": "Ik verzoek om verwijdering van al mijn persoonsgegevens.",
    "pt": "Peço a eliminação de todos os meus dados.",
}


@pytest.mark.parametrize(("language", "text"), sorted(DELETION_ASKED.items()))
def test_the_deletion_of_my_data_asked_in_nominal_form(language: str, text: str) -> None:
    assert _opts_out(text, language), text


def test_our_mail_named_first_and_not_needed() -> None:
    text = "Weitere Zuschriften von Ihnen, egal ob per Mail oder per Post, brauchen wir nicht."
    assert _opts_out(text, "de")


@pytest.mark.parametrize(("language", "text"), [
    ("es", "SALIR"),
    ("fr", "Rayez-moi de votre liste, s'il vous plaît."),
    ("it", "Gentili, preferirei non ricevere altro."),
])
def test_more_short_ways(language: str, text: str) -> None:
    assert _opts_out(text, language), text


TEXTS_NOT_MAIL = {  # a text message stopped, e-mail welcome
    "en": "Can you please stop the SMS reminders? Emails are totally fine.",
    "de": "Schickt mir keine SMS mehr, E-Mails sind okay.",
    "es": "Dejad de mandarme SMS, los correos me van bien.",
    "fr": "Arrêtez les SMS de rappel svp, les mails ça me va.",
    "it": "Non mandatemi più SMS, le mail vanno bene.",
    "nl": "Stuur me geen sms meer, e-mail is prima.",
    "pt": "Parem de me mandar SMS, os e-mails estão bem.",
}


@pytest.mark.parametrize(("language", "text"), sorted(TEXTS_NOT_MAIL.items()))
def test_text_messages_stopped_is_no_opt_out(language: str, text: str) -> None:
    assert not _opts_out(text, language), text


def test_text_messages_and_mail_stopped_stays_an_opt_out() -> None:
    assert _opts_out("Por favor, dejen de enviarme SMS y correos electrónicos.", "es")


@pytest.mark.parametrize("text", [
    "Vi chiedo di togliermi dalla lista d'attesa per luglio.",
    "Rayez-moi de la liste d'attente du stage.",
])
def test_a_waiting_list_left_is_no_opt_out(text: str) -> None:
    assert not _opts_out(text, "en"), text


def _survey(question: str, answer: str) -> bool:
    body = (f"> 1. How was your visit?\n\nFine.\n\n> 2. {question}\n\n{answer}\n\n"
            "On Mon, 2 May 2033 at 10:00, Studio <hello@studio.example.com> wrote:\n> Two questions.\n")
    msg = parse_message(mail(body, subject="Re: Two questions",
                             in_reply_to="<fu.2@responder.studio.example.com>"))
    return read_reason(msg, detect(msg)).opt_out


@pytest.mark.parametrize(("question", "answer"), [
    ("May we contact you now and then about offers?", "No thank you, please don't.\n\nRenee"),
    ("¿Podemos escribirte de vez en cuando?", "No, gracias, mejor no."),
    ("Mogen we je nog mailen?", "Nee, liever niet."),
])
def test_refusals_chained_below_our_asking(question: str, answer: str) -> None:
    assert _survey(question, answer)


def test_a_chain_that_turns_to_yes_is_no_refusal() -> None:
    assert not _survey("May we contact you about offers?", "No thanks, I mean yes please!")


@pytest.mark.parametrize("text", [
    "Ich habe der Löschung meiner Daten nicht zugestimmt.",
    "Non ho mai chiesto la cancellazione dell'abbonamento.",
])
def test_the_deletion_of_data_not_asked_is_no_opt_out(text: str) -> None:
    assert not _opts_out(text, "en"), text


INVITED_TO_WRITE = {  # the customer invites our mail: a wish to keep it, never held for a person
    "en": "Write me when the new beginners' group starts, I'd like that.",
    "de": "Schreiben Sie mir gern, wenn es wieder Abendkurse gibt.",
    "es": "Escribidme en verano si tenéis algo para nivel más bajo.",
    "fr": "Pas de PAUSE pour moi, continue !",
    "it": "Scrivetemi quando riaprite la piscina.",
    "nl": "Laat me maar weten als er weer een cursus start.",
    "pt": "Quando chegar o verão, mandem-me notícias das aulas para adultos.",
}


@pytest.mark.parametrize(("language", "text"), sorted(INVITED_TO_WRITE.items()))
def test_an_invitation_to_write_is_a_wish_to_keep_our_mail(language: str, text: str) -> None:
    reading = classify_reason(text, language)
    assert reading.keeps_mail and not reading.maybe_stop and not reading.opt_out, (text, reading)


@pytest.mark.parametrize("text", [
    "Don't write me when the sale starts, just stop.",
    "Ne m'écrivez plus, même si le programme change.",
    "Schreibt mir nicht, wenn ihr Angebote habt.",
])
def test_a_negated_invitation_is_no_keep(text: str) -> None:
    assert not classify_reason(text, "en").keeps_mail, text


def test_do_not_unsubscribe_me_is_a_keep() -> None:
    assert classify_reason("Surtout, ne me désabonnez pas.", "fr").keeps_mail
