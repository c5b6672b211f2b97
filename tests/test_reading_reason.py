"""The reason in a reply is read from what the customer wrote, not from the subject, which
in a reply is ours ("Re: Your physio appointment is cancelled"); an opt-out counts in the body,
and in the subject only where the customer speaks in it ("Re: please stop emailing me")."""

from __future__ import annotations

import dataclasses

import pytest

from responder.decide import Policy
from responder.detect import detect
from responder.parse import parse_message, strip_reply_prefixes
from responder.reading import pre_read, read_reason
from responder.reasons import ReasonResult, classify_reason
from responder.safety import Identity
from tests.helpers import mail

IDENTITY = Identity(addresses=frozenset({"bookings@studio.example.com"}),
                    own_message_id_domain="responder.studio.example.com", require_direct=False)


def reason_of(body: str, subject: str, *,
              in_reply_to: str | None = "<ack.1@responder.studio.example.com>") -> ReasonResult:
    msg = parse_message(mail(body, subject=subject, in_reply_to=in_reply_to))
    reason = pre_read(msg, IDENTITY, "en", Policy().review_threshold).reading.reason
    assert reason is not None
    return reason


@pytest.mark.parametrize(("subject", "body", "expected"), [
    ("Re: Your physio appointment on Thursday is cancelled",
     "My club has its own coach now, so I'll train with them instead.", "found_alternative"),
    ("AW: Ihre Stornierung – Preis, Termin oder etwas anderes?",
     "Wir ziehen im Januar nach Hamburg.", "moved_away"),
    ("RE: Votre cours de yoga prénatal est annulé",
     "Je ne viens plus, je me suis inscrite dans une autre salle.", "found_alternative"),
    # the subject alone names a reason the customer never gave
    ("Re: Your physio appointment for back pain is cancelled", "Thanks, all fine.", "none"),
    ("Re: Sorry to see you go - was it the price or the schedule?", "ok thanks", "none"),
    ("AW: Ihr Termin wegen Ihrer Erkältung ist storniert", "Danke, alles gut.", "none"),
])
def test_a_replys_reason_comes_from_the_body_not_our_subject(subject: str, body: str,
                                                             expected: str) -> None:
    assert reason_of(body, subject).reason == expected


def test_an_opt_out_in_the_subject_of_a_reply_still_counts() -> None:
    r = reason_of("Thanks.", "Re: please stop emailing me")
    assert r.opt_out


def test_a_new_message_keeps_its_subject_for_the_reason() -> None:
    r = reason_of("Please cancel my appointment on Friday.", "Cancelling - down with flu",
                  in_reply_to=None)
    assert r.reason == "illness"



@pytest.mark.parametrize(("language", "subject", "body"), [
    ("it", "R: La tua disiscrizione", "Ciao, il martedì sera non ce la faccio più: turno di notte."),
    ("it", "R: Conferma disiscrizione dal corso e dalla newsletter", "Grazie, il corso era troppo caro."),
    ("en", "Re: Your unsubscribe request", "We're moving to Leeds in March, thanks for everything."),
    ("en", "Re: Unsubscribe confirmation - monthly facial plan", "Thanks. It just got too pricey for us."),
    ("de", "AW: Ihre Abmeldung – keine Mails mehr", "Wir ziehen im Januar nach Hamburg."),
    ("fr", "RE: Confirmation de votre désinscription de la newsletter", "On part s'installer à Montréal."),
    ("es", "RE: Su petición: no más correos", "Nos mudamos a Valencia el mes que viene."),
    ("pt", "RES: Confirmação: descadastro do plano mensal", "Vamos mudar para o Porto em janeiro."),
    ("nl", "Antw: Uw verzoek: geen mails meer", "We verhuizen in januari naar Gent."),
])
def test_an_opt_out_in_the_businesss_subject_of_a_reply_is_not_the_customers(
        language: str, subject: str, body: str) -> None:
    """"Re: Unsubscribe confirmation" is the subject the business gave its mail: the customer,
    who answers why, did not ask to stop the mail. Only a subject in the customer's own voice
    (the first person, or the word alone) counts."""
    msg = parse_message(mail(body, subject=subject, in_reply_to="<ack.1@responder.studio.example.com>"))
    detection = dataclasses.replace(detect(msg), language=language)
    assert classify_reason(strip_reply_prefixes(subject), language).opt_out  # the words are there
    assert not read_reason(msg, detection).opt_out


@pytest.mark.parametrize(("language", "subject"), [
    ("en", "Re: please take me off your mailing list"), ("de", "AW: Bitte keine Mails mehr an mich"),
    ("es", "RE: no me manden más correos"), ("fr", "RE : merci de me retirer de votre liste"),
    ("it", "R: non scrivetemi più, mi disiscrivo dalla newsletter"),
    ("nl", "Antw: haal me van de mailinglijst"),
    ("pt", "RES: não quero receber mais e-mails, me tirem da lista"),
    ("en", "Re: unsubscribe"), ("de", "AW: Stopp"),
])
def test_an_opt_out_in_the_customers_own_words_in_a_reply_subject_counts(language: str, subject: str) -> None:
    msg = parse_message(mail("Thanks.", subject=subject, in_reply_to="<ack.1@responder.studio.example.com>"))
    assert read_reason(msg, dataclasses.replace(detect(msg), language=language)).opt_out, subject


@pytest.mark.parametrize("subject", [
    "Re: We're sorry to see you go - your unsubscription is confirmed",
    "R: Ci dispiace vederti andare: disiscrizione confermata",
    "AW: Wir bestätigen Ihre Abmeldung – keine Mails mehr",
])
def test_the_business_writing_we_in_its_subject_is_not_the_customer_speaking(subject: str) -> None:
    msg = parse_message(mail("Thanks, all fine.", subject=subject,
                             in_reply_to="<ack.1@responder.studio.example.com>"))
    assert not read_reason(msg, detect(msg)).opt_out
