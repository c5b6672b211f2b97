"""Opt-outs round 33 (after the replies_fresh40 and replies_fresh41 first looks): a customer who
asks us to keep writing is never opted out by a word that is also leaving a plan, a group or an
app ("I unsubscribed from the flex-desk plan … do keep sending news"), nor by the second reader;
an explicit wish to stop, told in words, stays the customer's. Sentences per language, written
for these tests (not the blind sets')."""

from __future__ import annotations

import pytest

from responder.learn.opinion import add_opt_out
from responder.maybe_stop import LANGUAGES, keeps_mail
from responder.reasons import classify_reason

KEEP = {  # the wish to keep getting our mail, in every language
    "en": ["Do keep sending the news, I like it.", "Please carry on emailing me the dates.",
           "You can continue sending the offers."],
    "de": ["Schickt mir ruhig weiter eure Angebote.", "Schreiben Sie mir gerne weiter."],
    "es": ["Sigan enviándome las novedades, por favor.", "Podéis seguir mandándome cosas."],
    "fr": ["Continuez à m'envoyer vos nouvelles.", "Surtout pas, continuez à m'écrire !",
           "Vos mails d'automne me font du bien, continuez."],
    "it": ["Continuate pure a scrivermi.", "Non smettete di mandarmi le offerte."],
    "nl": ["Blijf gerust mailen hoor.", "Mailen mag gewoon, ik lees het graag."],
    "pt": ["Podem continuar a mandar as novidades.", "Continuem a enviar os e-mails, gosto deles."],
}
NOT_KEEP = {  # the same words turned round: no wish to keep
    "en": ["Please don't keep sending me these.", "Do not continue sending the offers."],
    "es": ["No me sigan escribiendo, gracias.", "Por favor no sigan enviando correos."],
    "fr": ["Ne continuez pas à m'écrire.", "Ne continuez pas.", "Continuez sans moi."],
    "nl": ["Blijf niet mailen alsjeblieft."],
    "xx": ["I'll be in touch when I'm ready.", "Je reprendrai contact en septembre.",
           "Volto a contactar-vos em breve."],  # (our mail not named: not a wish either way)
}


@pytest.mark.parametrize(("language", "text"), [(k, t) for k, v in sorted(KEEP.items()) for t in v])
def test_the_wish_to_keep_our_mail(language: str, text: str) -> None:
    assert keeps_mail(text)


@pytest.mark.parametrize(("language", "text"), [(k, t) for k, v in sorted(NOT_KEEP.items()) for t in v])
def test_no_wish_to_keep_our_mail(language: str, text: str) -> None:
    assert keeps_mail(text) == ""


def test_every_language_can_ask_to_keep_our_mail() -> None:
    assert set(KEEP) == set(LANGUAGES)


LEFT_AND_KEEP = {  # left a plan, a group or an app with a word that is also an opt-out; keep writing
    "en": "I unsubscribed from the evening plan because of my shifts. Do keep sending the news though.",
    "it": "Mi sono disiscritta dal gruppo WhatsApp, ma continuate pure a scrivermi.",
    "pt": "Descadastrei-me do grupo de WhatsApp, mas podem continuar a mandar os e-mails.",
    "fr": "Je me suis désabonnée de l'appli, mais continuez à m'envoyer la lettre, elle est belle.",
    "es": "Me desinscribí del plan mensual; sigan enviándome las novedades.",
    "nl": "Ik heb me uitgeschreven voor de avondles, blijf gerust mailen.",
    "de": "Ich habe mich vom Abendkurs abgemeldet, schreiben Sie mir gerne weiter.",
}


@pytest.mark.parametrize(("language", "text"), sorted(LEFT_AND_KEEP.items()))
def test_leaving_a_plan_and_asking_for_our_mail_is_no_opt_out(language: str, text: str) -> None:
    got = classify_reason(text, language)
    assert not got.opt_out
    assert got.keeps_mail


@pytest.mark.parametrize("text", [
    "I unsubscribed from the flex-desk plan in May.",
    "I've unsubscribed from the kids' coding group, sorry.",
    "Mi sono disiscritto dal gruppo WhatsApp per non intasare il telefono.",
    "Me descadastrei do grupo de WhatsApp de vocês.",
])
def test_leaving_a_named_plan_or_group_is_held_not_read(text: str) -> None:
    got = classify_reason(text, "en")
    assert not got.opt_out
    assert got.maybe_stop  # the word alone: a person decides


STOP_AND_KEEP_SOME = {  # an explicit wish to stop, and a keep-wish about something else: stays
    "en": "Please unsubscribe me from the newsletter. The invoices you can keep sending.",
    "es": "No me enviéis más promociones. La factura me la podéis seguir mandando.",
    "fr": "Je ne souhaite plus recevoir vos offres ; pour le remboursement, continuez à m'écrire.",
    "pt": "Retirem o meu email da vossa lista. Sobre a fatura podem continuar a mandar.",
    "it": "Toglietemi dalla newsletter; per la fattura continuate pure a scrivermi.",
    "nl": "Haal me van de nieuwsbrief. Over de factuur: blijf gerust mailen.",
    "de": "Nehmen Sie mich aus Ihrem Verteiler. Die Rechnung schicken Sie mir ruhig weiter.",
}


@pytest.mark.parametrize(("language", "text"), sorted(STOP_AND_KEEP_SOME.items()))
def test_a_wish_to_stop_told_in_words_stays(language: str, text: str) -> None:
    assert classify_reason(text, language).opt_out


@pytest.mark.parametrize("text", [
    "Please unsubscribe me from your course emails.",
    "Unsubscribe me from the yoga class newsletter please.",
    "unsubscribe",
])
def test_the_mail_named_after_the_service_is_still_an_opt_out(text: str) -> None:
    assert classify_reason(text, "en").opt_out


def test_the_second_reader_adds_no_opt_out_to_a_customer_who_asked_to_keep_our_mail() -> None:
    kept = classify_reason("J'ai arrêté l'abonnement. Surtout pas, continuez à m'écrire !", "fr")
    assert kept.keeps_mail and not kept.opt_out
    assert not add_opt_out(kept, {"yes": 0.95, "no": 0.05}, 0.7).opt_out
    plain = classify_reason("J'ai arrêté l'abonnement.", "fr")
    assert add_opt_out(plain, {"yes": 0.95, "no": 0.05}, 0.7).opt_out


TOLD_BACK = {  # the business's instruction told back without quotation marks, and declined
    "en": "You said to reply STOP if I'd rather not hear from you - no need, keep them coming.",
    "de": "Sie schreiben, ich soll mit STOPP antworten, wenn ich keine Mails mehr möchte. Nein danke.",
    "es": "Dices que responda BAJA si no quiero más correos: nada de eso.",
    "fr": "Vous dites de répondre STOP si je ne veux plus recevoir vos mails : non, au contraire.",
    "it": "Scrivete di rispondere STOP se non voglio più ricevere email: no, anzi.",
    "nl": "Jullie schrijven dat ik met STOP moet antwoorden als ik geen mails meer wil: nee hoor.",
    "pt": "Dizem para responder SAIR se não quiser mais e-mails: nada disso.",
}


@pytest.mark.parametrize(("language", "text"), sorted(TOLD_BACK.items()))
def test_the_instruction_told_back_is_a_mention(language: str, text: str) -> None:
    assert not classify_reason(text, language).opt_out


@pytest.mark.parametrize("text", [
    "You said to reply if I'd rather not hear from you: I'd rather not hear from you, thanks.",
    "I'm replying because I'd rather not hear from you any more.",
    "I'd rather not hear from you again.",
])
def test_the_wish_said_outside_the_instruction_stays(text: str) -> None:
    assert classify_reason(text, "en").opt_out


def test_happy_to_keep_getting_the_newsletter_is_a_wish_to_keep_our_mail() -> None:
    assert keeps_mail("No need, I'm happy to keep getting the newsletter.")
