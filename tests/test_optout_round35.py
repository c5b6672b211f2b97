"""Opt-outs round 35 (after the replies_fresh45 and replies_fresh46 first looks): strike me off
your mailing list, "if you stopped sending", the list named after "baja", the cited instruction
answered with its word, and the Spanish Outlook header "Enviado el:" that hid a quote. Sentences
per language, written for these tests (not the blind sets')."""

from __future__ import annotations

import pytest

from responder.detect import detect
from responder.parse import parse_message
from responder.reading import read_reason
from responder.reasons import classify_reason
from responder.text import split_new_text
from tests.helpers import mail

STRIKE_ME_OFF = {
    "en": "Please strike me off your mailing list.",
    "de": "Streichen Sie mich bitte aus Ihrem Verteiler.",
    "es": "Tachadme de vuestra lista de correo, gracias.",
    "fr": "Rayez-moi de vos listes, merci.",
    "it": "Depennatemi dalla vostra mailing list.",
    "nl": "Schrap me van jullie mailinglijst.",
    "pt": "Risquem-me da vossa lista de e-mails.",
}
THE_COURSE_LIST = [  # the list of a course or a day: a cancellation, not an opt-out
    "Streicht mich bitte von der Liste für den Kurs am Dienstag.",
    "Rayez-moi de la liste du cours de jeudi.",
    "Me di de baja de la lista de espera.",
    "Tachadme de la lista de espera del taller.",
]


@pytest.mark.parametrize(("language", "text"), sorted(STRIKE_ME_OFF.items()))
def test_strike_me_off_the_mailing_list(language: str, text: str) -> None:
    assert classify_reason(text, language).opt_out


@pytest.mark.parametrize("text", THE_COURSE_LIST)
def test_the_list_of_a_course_is_no_mailing_list(text: str) -> None:
    assert not classify_reason(text, "en").opt_out


@pytest.mark.parametrize("text", [
    "I'd appreciate it if you stopped sending me the promo emails.",
    "BAJA DE LA LISTA, por favor",
    "Quiero la baja de vuestra newsletter.",
])
def test_more_ways_of_asking(text: str) -> None:
    assert classify_reason(text, "en").opt_out


CITED_AND_ANSWERED = {  # the business's instruction cited, then answered with its word
    "en": 'As for "reply STOP if you no longer want our emails": STOP.',
    "es": 'Y lo de "responda BAJA si no desea recibir más correos": BAJA. Por si no quedaba claro.',
    "fr": "Vous écrivez « répondez STOP pour ne plus recevoir nos messages » : STOP.",
    "de": "Zu „Antworten Sie mit STOPP, wenn Sie keine Mails mehr möchten“: STOPP.",
    "it": "Quanto a “rispondete STOP per non ricevere più email”: STOP.",
    "nl": "Wat betreft “antwoord STOP als je geen mails meer wilt”: STOP.",
    "pt": "Quanto a “responda PARAR para não receber mais e-mails”: PARAR.",
}
CITED_AND_DECLINED = [
    'You wrote "reply STOP to unsubscribe". No thanks, keep them coming.',
    'You wrote "reply STOP to unsubscribe". Thanks.',
    "Vous écrivez « Répondez STOP pour ne plus recevoir nos messages » : surtout pas, continuez.",
]


@pytest.mark.parametrize(("language", "text"), sorted(CITED_AND_ANSWERED.items()))
def test_the_cited_instruction_answered_with_its_word(language: str, text: str) -> None:
    assert classify_reason(text, language).opt_out


@pytest.mark.parametrize("text", CITED_AND_DECLINED)
def test_the_cited_instruction_declined_is_no_opt_out(text: str) -> None:
    assert not classify_reason(text, "en").opt_out


def test_the_spanish_outlook_header_enviado_el_starts_a_quote() -> None:
    body = ("BAJA\n\nDe: Estudio Lumen <hola@lumen.example>\nEnviado el: domingo, 21 de marzo de 2032"
            " 09:00 Para: Ana <ana@example.com> Asunto: ¡Feliz primavera!\n\nHola, Ana:\n"
            "Si prefieres no recibir más mensajes, contesta con la palabra FIN.\n")
    assert split_new_text(body)[0] == "BAJA"


ASKED_LEAVE = {  # (our question asking leave to mail, the customer's refusal below it)
    "en": ("May we email you about our spring offers?", "No thanks."),
    "de": ("Dürfen wir Ihnen künftig unsere Angebote schicken?", "Lieber nicht."),
    "es": ("¿Podemos escribirte con novedades?", "Mejor no."),
    "fr": ("Pouvons-nous vous écrire pour nos prochains stages ?", "Non merci."),
    "it": ("Possiamo scriverti per le prossime offerte?", "No grazie."),
    "nl": ("Mogen we je in de toekomst nog mailen over acties?", "Liever niet."),
    "pt": ("Podemos enviar-lhe as novidades?", "Não, obrigada."),
}


def _read(question: str, answer: str) -> bool:
    """A reply answering a survey between its quoted questions, read as the daemon reads it."""
    body = (f"On Sun, 19 Jun 2032 at 10:00, Studio <hello@studio.example.com> wrote:\n"
            f"> How was your teacher?\n\nFine.\n\n> {question}\n\n{answer}\n\n"
            f"> Thanks! Reply STOP to hear no more.\n")
    msg = parse_message(mail(body, subject="Re: Quick survey",
                             in_reply_to="<fu.1@responder.studio.example.com>"))
    return read_reason(msg, detect(msg)).opt_out


@pytest.mark.parametrize(("language", "qa"), sorted(ASKED_LEAVE.items()))
def test_no_to_our_asking_leave_to_mail_is_an_opt_out(language: str, qa: tuple[str, str]) -> None:
    assert _read(*qa), qa


@pytest.mark.parametrize("qa", [
    ("Would you book with us again?", "No."),  # not about our mail
    ("Quer deixar de receber os nossos e-mails?", "Não!"),  # about stopping: "no" keeps them
    ("May we email you about our spring offers?", "Yes please."),
    ("Mogen we je in de toekomst nog mailen over acties?", "Ja hoor, prima."),
    ("May we email you about our spring offers?", "No idea yet, maybe in May."),
])
def test_other_answers_and_questions_are_no_opt_out(qa: tuple[str, str]) -> None:
    assert not _read(*qa), qa
