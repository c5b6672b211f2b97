"""Opt-outs round 36 (after the replies_fresh47 and replies_fresh48 first looks): "no need to
write to me any more", taken off every list informally, the stop word on a line of its own in a
longer reply (and made stronger: "BAJA TOTAL"), a survey's answers above the attribution or
signed, and what is not an opt-out: a stop word quoted and refused, told as what one can do,
paper or a bill stopped, a platform left while asking to keep our mail. Sentences per language,
written for these tests (not the blind sets')."""

from __future__ import annotations

import pytest

from responder.detect import detect
from responder.parse import parse_message
from responder.reading import read_reason
from responder.reasons import classify_reason
from responder.text import survey_answers
from tests.helpers import mail, reply_opts_out

NO_NEED_TO_WRITE = {
    "en": "We've moved to Leeds, so you don't need to email me any more.",
    "de": "Wir sind nach Graz gezogen, ihr braucht mir also nicht mehr zu schreiben.",
    "es": "Nos mudamos a Vigo; no tenéis que escribirme, de verdad.",
    "fr": "On déménage à Nantes, donc plus la peine de m'écrire.",
    "it": "Ci trasferiamo a Bari, non c'è più bisogno che mi scriviate.",
    "nl": "We verhuizen naar Gent, je hoeft me geen mails meer te sturen.",
    "pt": "Mudámo-nos para o Porto, não precisam mais de me enviar nada.",
}


@pytest.mark.parametrize(("language", "text"), sorted(NO_NEED_TO_WRITE.items()))
def test_no_need_to_write_to_me_any_more(language: str, text: str) -> None:
    assert classify_reason(text, language).opt_out, text


OFF_ALL_LISTS = {
    "es": "Cancelé en julio y seguís escribiendo. Sacadme de todas vuestras listas.",
    "fr": "J'ai résilié en juillet. Retirez-moi de toutes vos listes, merci.",
    "it": "Ho disdetto a luglio e mi scrivete ancora. Levatemi da tutte le liste, grazie.",
    "pt": "cancelei faz tempo, me tira dessa lista pfv",
}


@pytest.mark.parametrize(("language", "text"), sorted(OFF_ALL_LISTS.items()))
def test_take_me_off_all_your_lists_informally(language: str, text: str) -> None:
    assert classify_reason(text, language).opt_out, text


def _reply(body: str, subject: str = "Re: Our autumn programme") -> bool:
    """A reply to our follow-up, read as the daemon reads it."""
    return reply_opts_out(body, subject=subject, in_reply_to="<fu.1@responder.studio.example.com>")


STOP_LINE = {  # the word on a line of its own below other words, some made stronger
    "en": "Thanks for the lovely classes, the new job just leaves no time.\n\nSTOP now\n\nMarta",
    "de": "Danke für alles, aber ich bin jetzt in Hamburg.\n\nStopp sofort\n\nGruß Jens",
    "es": "Gracias, chicos. En la empresa nueva teletrabajo.\n\nBAJA TOTAL\n\nMarta",
    "fr": "Merci pour tout, je n'ai plus le temps.\n\nSTOP\n\nJulie",
    "it": "Grazie di tutto, ma ora lavoro a Torino.\n\nBASTA\n\nLuca",
    "nl": "Bedankt voor alles, ik heb geen tijd meer.\n\nafmelden\n\nSanne",
    "pt": "Obrigada por tudo, mudei de emprego.\n\nPARAR\n\nRita",
}


@pytest.mark.parametrize(("language", "body"), sorted(STOP_LINE.items()))
def test_the_stop_word_on_a_line_of_its_own_in_a_longer_reply(language: str, body: str) -> None:
    assert _reply(body), body


@pytest.mark.parametrize("body", [
    "Thanks for everything.\n\nSTOP?\nNo thanks, keep them coming.",
    "Merci pour tout.\n\nSTOP ?\nNon merci, continuez à m'écrire.",
])
def test_the_stop_word_asked_and_refused_is_no_opt_out(body: str) -> None:
    assert not _reply(body), body


def test_in_new_mail_a_stop_word_line_is_the_cancellation_not_an_opt_out() -> None:
    msg = parse_message(mail("Hola,\n\nBaja\n\nNo puedo seguir con las clases.", subject="Baja"))
    reading = read_reason(msg, detect(msg))
    assert not reading.opt_out


QUOTED_AND_REFUSED = {
    "en": 'Please keep the newsletters coming. "No more emails"? Please don\'t.',
    "de": "Schicken Sie mir gern weiter Infos. „Keine Post“ also bitte nicht.",
    "es": "Seguid mandando novedades. ¿«No más correos»? No, gracias.",
    "fr": "Continuez à m'envoyer vos nouvelles. « Désabonnez-moi » ? Surtout pas.",
    "it": "Mandatemi pure le novità. “Cancellatemi dalla lista”? Meglio di no.",
    "nl": "Stuur de nieuwsbrief gerust. “Geen mails meer”? Liever niet.",
    "pt": "Continuem a mandar novidades. “Tirem-me da lista”? Não, obrigada.",
}


@pytest.mark.parametrize(("language", "text"), sorted(QUOTED_AND_REFUSED.items()))
def test_a_stop_word_quoted_and_refused_is_a_mention(language: str, text: str) -> None:
    assert not classify_reason(text, language).opt_out, text


ONE_CAN = {  # the business's word told as what one can do, then declined
    "en": 'I saw that one can unsubscribe from the emails with "STOP", but I don\'t want that.',
    "de": "Ich habe gesehen, dass man mit „ABMELDEN“ die Mails abbestellen kann – das möchte ich nicht!",
    "es": "Ya vi que se puede dar de baja de los correos respondiendo «BAJA», pero no quiero.",
    "fr": "J'ai vu qu'on peut se désabonner de la newsletter en répondant « STOP », mais je ne veux pas.",
    "it": "Ho visto che si può fare la disiscrizione dalla newsletter con “STOP”, ma non lo voglio.",
    "nl": "Ik zag dat je je kunt afmelden voor de nieuwsbrief met “STOP”, maar dat wil ik niet.",
    "pt": "Vi que se pode cancelar a subscrição da newsletter respondendo “PARAR”, mas não quero.",
}


@pytest.mark.parametrize(("language", "text"), sorted(ONE_CAN.items()))
def test_the_stop_word_told_as_what_one_can_do_is_a_mention(language: str, text: str) -> None:
    assert not classify_reason(text, language).opt_out, text


NOT_MAIL = {  # paper or a bill stopped, not our mail
    "en": "Please stop sending me paper invoices, the PDF is enough.",
    "de": "Bitte schicken Sie mir keine Rechnungen mehr per Post.",
    "es": "Dejad de enviarme los folletos a casa, por favor.",
    "fr": "Merci de cesser de m'envoyer vos brochures papier.",
    "it": "Smettete di mandarmi le bollette cartacee, grazie.",
    "nl": "Stop met het sturen van papieren facturen, graag.",
    "pt": "Só não me mandem mais os boletos, já cancelei o débito.",
}


@pytest.mark.parametrize(("language", "text"), sorted(NOT_MAIL.items()))
def test_paper_or_a_bill_stopped_is_no_opt_out(language: str, text: str) -> None:
    assert not classify_reason(text, language).opt_out, text


@pytest.mark.parametrize("text", [
    "Please stop sending me emails and paper invoices.",
    "Dejad de enviarme correos y folletos, por favor.",
])
def test_mail_named_with_the_paper_stays_an_opt_out(text: str) -> None:
    assert classify_reason(text, "en").opt_out, text


LEFT_AND_KEEP = {  # a platform or a plan left, and our mail asked for
    "en": "I unsubscribed from your online platform, we won't use it. I'd like to keep getting "
          "your newsletter though.",
    "de": "Abbestellt habe ich nur das Wartungs-Abo – eure Mails will ich weiter bekommen!",
    "es": "Me di de baja de la plataforma online. Quiero seguir recibiendo vuestros correos.",
    "fr": "Je me suis désinscrite de la plateforme en ligne. Vos courriels, eux, me conviennent.",
    "it": "Mi sono disiscritta dalla vostra piattaforma online. Vorrei continuare a ricevere le "
          "vostre mail.",
    "nl": "Ik heb me uitgeschreven van het platform, maar ik wil de nieuwsbrief graag blijven ontvangen.",
    "pt": "Descadastrei-me da plataforma online, mas quero continuar a receber os vossos e-mails.",
}


@pytest.mark.parametrize(("language", "text"), sorted(LEFT_AND_KEEP.items()))
def test_a_platform_left_with_our_mail_kept_is_no_opt_out(language: str, text: str) -> None:
    reading = classify_reason(text, language)
    assert not reading.opt_out and reading.keeps_mail, (text, reading)


SURVEY_ANSWER_SIGNED = {  # the attribution below the answers, or none; a signature below the "no"
    "en": ("Would you like to keep receiving our offers by email?", "No.\n\nGreg"),
    "de": ("Dürfen wir Ihnen weiterhin unseren Newsletter und Angebote per E-Mail schicken?",
           "Nein.\n\nK. Vogel"),
    "es": ("¿Podemos seguir enviándote nuestras ofertas?", "No, gracias.\n\nMarta"),
    "fr": ("Pouvons-nous vous envoyer nos offres ?", "Non merci.\n\nJulie"),
    "it": ("Possiamo scriverti per le prossime offerte?", "No grazie.\n\nLuca"),
    "nl": ("Mogen we je nog mailen over acties?", "Liever niet.\n\nSanne"),
    "pt": ("Podemos enviar-lhe as nossas novidades?", "Não, obrigada.\n\nRita"),
}


@pytest.mark.parametrize(("language", "qa"), sorted(SURVEY_ANSWER_SIGNED.items()))
def test_survey_answers_above_the_attribution_are_read(language: str, qa: tuple[str, str]) -> None:
    question, answer = qa
    body = (f"> 1. How was your last visit?\n\nFine.\n\n> 2. {question}\n\n{answer}\n\n"
            "On Mon, Nov 22, 2032 at 10:00 AM Studio <hello@studio.example.com> wrote:\n"
            "> Three quick questions.\n")
    assert len(survey_answers(body)) == 2
    assert _reply(body, subject="Re: Three quick questions"), qa


def test_survey_answers_with_no_attribution_are_read() -> None:
    body = "> Would you book with us again?\n\nNo.\n\n> May we email you about offers?\n\nNo thanks.\n"
    assert survey_answers(body) == [("Would you book with us again?", "\nNo.\n"),
                                    ("May we email you about offers?", "\nNo thanks.\n")]
    assert _reply(body, subject="Re: Quick survey")
    assert not _reply(body.replace("No thanks.", "Yes please."), subject="Re: Quick survey")


KEEP_WITH_AN_ADVERB = {  # the wish to keep our mail, with a pronoun or an adverb inside it
    "de": "Schreibt mir bitte unbedingt weiter.",
    "fr": "Continuez surtout à m'écrire.",
    "nl": "Blijf me vooral mailen, e-mail is het enige wat ik gebruik.",
}


@pytest.mark.parametrize(("language", "text"), sorted(KEEP_WITH_AN_ADVERB.items()))
def test_the_wish_to_keep_our_mail_with_an_adverb(language: str, text: str) -> None:
    assert classify_reason(text, language).keeps_mail, text


@pytest.mark.parametrize("text", ["Schreibt mir nicht weiter.", "Schreiben Sie mir keinesfalls weiter."])
def test_a_negated_keep_is_no_keep(text: str) -> None:
    assert not classify_reason(text, "de").keeps_mail, text


MAIL_NOT_WANTED = {  # our mail named first, then not wanted any more (German: round 28)
    "en": "Keep the order notices coming, but promotions and newsletters I don't want anymore.",
    "es": "Los avisos de pedido sí, pero promociones y newsletter no quiero más.",
    "fr": "Les avis de commande oui, mais les promos et la newsletter, je n'en veux plus.",
    "it": "Gli avvisi d'ordine sì, ma promozioni e newsletter non le voglio più.",
    "nl": "Bestelmeldingen graag, maar reclame en nieuwsbrief wil ik niet meer.",
    "pt": "Continuem mandando os avisos de pedido, mas promoções e newsletter não quero mais.",
}


@pytest.mark.parametrize(("language", "text"), sorted(MAIL_NOT_WANTED.items()))
def test_our_mail_named_then_not_wanted(language: str, text: str) -> None:
    assert classify_reason(text, language).opt_out, text


def test_your_mail_not_to_be_missed_is_no_opt_out() -> None:
    assert not classify_reason("Your emails, I don't want to miss them.", "en").opt_out


KEPT_NOT_HELD = {  # asking to keep our mail, with words that once held the reply for a person
    "en": "Please DON'T unsubscribe me - I gave up my desk, but keep the emails coming!",
    "de": "Brauch grad keine Nachhilfe mehr, aber wenn ihr Abi-Kurse macht, schreibt mir ruhig.",
    "es": "Ya no necesito las clases, pero mantenedme informada de los talleres.",
    "fr": "Non merci, pas de stage. Mais vous pouvez continuer à m'envoyer la lettre d'info.",
    "it": "Il tagliando l'ho disdetto, ma non cancellatemi, mandate pure i promemoria a me.",
    "nl": "Misschien volgend jaar, houd me op de hoogte van aanbiedingen!",
    "pt": "Parei as aulas por ordem do médico, mas por favor continuem a enviar.",
}


@pytest.mark.parametrize(("language", "text"), sorted(KEPT_NOT_HELD.items()))
def test_a_reply_asking_to_keep_our_mail_is_not_held(language: str, text: str) -> None:
    reading = classify_reason(text, language)
    assert reading.keeps_mail and not reading.opt_out and not reading.maybe_stop, (text, reading)


def test_a_reply_without_re_under_a_cancellation_subject_is_no_opt_out() -> None:
    """The customer's own cancellation subject ("Baja") carried over into a reply without "Re:"
    is not an opt-out word of the reply; the body alone is read."""
    msg = parse_message(mail("Porque me mudo a Sevilla, gracias por todo.", subject="Baja",
                             in_reply_to="<ack.1@responder.studio.example.com>"))
    assert not read_reason(msg, detect(msg)).opt_out
