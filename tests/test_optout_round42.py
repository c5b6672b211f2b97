"""Opt-outs round 42 (after the held opt-outs of the replies_fresh* folders): our mail named as
no longer needed ("reclamemails hoef ik niet meer", "não precisam mais mandar promoções", "weitere
Nachrichten sind nicht nötig"); "enough of these mails" said colloquially ("chega desses e-mails",
"basta co' 'ste email", "smettetela di scrivermi", "marre de tous ces mails"); and the wish not to
receive more mail with a word between the verb and the negation ("je souhaite également ne plus
recevoir", "preferirei però non ricevere più"). Look-alikes: a technician, a document or a bill not
needed, "enough of these delays", a payment or a paper bill no longer wanted. Sentences per
language, written for these tests."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason

MAIL_NOT_NEEDED = {
    "en": "Thanks for asking. No need to send more emails, though.",
    "de": "Weitere Mails sind nicht nötig, vielen Dank.",
    "es": "Ya no hace falta mandar más correos, gracias.",
    "fr": "Plus besoin d'envoyer des newsletters, merci.",
    "it": "Non serve più mandare newsletter, grazie lo stesso.",
    "nl": "Nieuwsbrieven hoef ik niet meer, dank je.",
    "pt": "Não precisa mais mandar newsletters, valeu.",
}

MAIL_NOT_NEEDED_MORE = {
    "en": "I won't be needing any more of your newsletters.",
    "de": "Weitere Newsletter sind wirklich nicht nötig.",
    "es": "No es necesario enviar más promociones, de verdad.",
    "fr": "Pas besoin d'envoyer d'autres promotions.",
    "it": "Non c'è bisogno di altre mail di questo tipo.",
    "nl": "Hoeft niet meer hoor, die nieuwsbrieven.",
    "pt": "Não precisam mais enviar ofertas, obrigada.",
}


@pytest.mark.parametrize(("language", "text"), sorted({**{f"{k}1": v for k, v in MAIL_NOT_NEEDED.items()},
                                                        **{f"{k}2": v for k, v in MAIL_NOT_NEEDED_MORE.items()}
                                                        }.items()))
def test_our_mail_no_longer_needed_is_an_opt_out(language: str, text: str) -> None:
    assert classify_reason(text, language[:2]).opt_out, text


SOMETHING_ELSE_NOT_NEEDED = {
    "en": "No need to send the technician again, it works now.",
    "de": "Weitere Unterlagen sind nicht nötig, ich habe alles.",
    "es": "Ya no hace falta mandar más recambios, el coche está vendido.",
    "fr": "Plus besoin d'envoyer le technicien, c'est réparé.",
    "it": "Non serve più mandare il tecnico, si è aggiustato da solo.",
    "nl": "Hoeft niet meer, die afspraak van dinsdag.",
    "pt": "Não precisam mais mandar o técnico, já resolvi.",
}


@pytest.mark.parametrize(("language", "text"), sorted(SOMETHING_ELSE_NOT_NEEDED.items()))
def test_something_else_no_longer_needed_is_no_opt_out(language: str, text: str) -> None:
    assert not classify_reason(text, language).opt_out, text


ENOUGH_OF_THESE = {
    "en": "Enough already with the emails!",
    "de": "Schluss jetzt mit den ganzen Mails!",
    "es": "¡Basta ya de tantos correos!",
    "fr": "Y en a marre de tous ces mails.",
    "it": "Piantatela di mandarmi mail.",
    "nl": "Nou genoeg met die mails.",
    "pt": "Chega dessas mensagens, por favor!",
}


@pytest.mark.parametrize(("language", "text"), sorted(ENOUGH_OF_THESE.items()))
def test_enough_of_these_mails_said_colloquially_is_an_opt_out(language: str, text: str) -> None:
    assert classify_reason(text, language).opt_out, text


@pytest.mark.parametrize("text", ["Smettila di mandarmi mail!", "Basta co' 'ste mail, per favore.",
                                  "Nun me mannate più gnente, grazie."])
def test_italian_enough_in_the_familiar_or_in_dialect_is_an_opt_out(text: str) -> None:
    assert classify_reason(text, "it").opt_out, text


ENOUGH_OF_SOMETHING_ELSE = {
    "en": "Enough already with the delays, that's why I cancelled.",
    "de": "Schluss jetzt mit den ganzen Preiserhöhungen, darum habe ich gekündigt.",
    "es": "¡Basta ya de tantas excusas! Por eso me di de baja.",
    "fr": "Y en a marre de tous ces retards, voilà pourquoi j'ai résilié.",
    "it": "Basta co' 'ste scuse, per questo ho disdetto.",
    "nl": "Nou genoeg met die smoesjes, daarom heb ik opgezegd.",
    "pt": "Chega desses atrasos, por isso cancelei.",
}


@pytest.mark.parametrize(("language", "text"), sorted(ENOUGH_OF_SOMETHING_ELSE.items()))
def test_enough_of_something_else_is_no_opt_out(language: str, text: str) -> None:
    assert not classify_reason(text, language).opt_out, text


WISH_WITH_A_WORD_BETWEEN = {
    "en": "I would also like not to receive any more offers.",
    "de": "Ich möchte außerdem keine Werbemails mehr erhalten.",
    "es": "Preferiría además no recibir más promociones.",
    "fr": "Je voudrais par ailleurs ne plus recevoir de mails.",
    "it": "Vorrei anche non ricevere più newsletter.",
    "nl": "Ik wil die nieuwsbrieven eigenlijk ook niet meer ontvangen.",
    "pt": "Gostaria também de não receber mais promoções.",
}


@pytest.mark.parametrize(("language", "text"), sorted(WISH_WITH_A_WORD_BETWEEN.items()))
def test_wish_not_to_receive_more_mail_with_a_word_between_is_an_opt_out(language: str, text: str) -> None:
    assert classify_reason(text, language).opt_out, text


WISH_ABOUT_A_PAYMENT = {
    "en": "I would also like not to receive any more charges on my card.",
    "de": "Ich möchte außerdem keine Abbuchungen mehr erhalten.",
    "es": "Preferiría además no recibir más cargos en la tarjeta.",
    "fr": "Je voudrais par ailleurs ne plus recevoir de prélèvements.",
    "it": "Vorrei anche non ricevere più addebiti sul conto.",
    "nl": "Ik wil die facturen eigenlijk ook niet meer ontvangen.",
    "pt": "Gostaria também de não receber mais cobranças no cartão.",
}


@pytest.mark.parametrize(("language", "text"), sorted(WISH_ABOUT_A_PAYMENT.items()))
def test_wish_about_a_payment_or_a_bill_is_no_opt_out(language: str, text: str) -> None:
    assert not classify_reason(text, language).opt_out, text


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Je ne suis pas intéressée par votre offre de réabonnement, merci."),
    ("it", "Vorrei anche non ricevere più il pacco durante agosto, siamo in ferie."),
    ("de", "Ich möchte außerdem keine SMS-Erinnerungen mehr erhalten, E-Mails sind okay."),
    ("nl", "Hoeft niet meer, dit soort mails heb ik al doorgestuurd naar mijn boekhouder."),
])
def test_one_offer_declined_a_pause_or_sms_only_is_no_opt_out(language: str, text: str) -> None:
    assert not classify_reason(text, language).opt_out, text


@pytest.mark.parametrize("text", ["Je ne suis plus intéressé par vos messages, merci.",
                                  "Je ne suis pas intéressée par d'autres courriels."])
def test_not_interested_in_more_mail_is_an_opt_out(text: str) -> None:
    assert classify_reason(text, "fr").opt_out, text
