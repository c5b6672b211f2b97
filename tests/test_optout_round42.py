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


BOTH_NOT_NEEDED = {**{f"{k}1": v for k, v in MAIL_NOT_NEEDED.items()},
                   **{f"{k}2": v for k, v in MAIL_NOT_NEEDED_MORE.items()}}


@pytest.mark.parametrize(("language", "text"), sorted(BOTH_NOT_NEEDED.items()))
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


@pytest.mark.parametrize("text", ["Eure Werbemails will ich ab sofort eigentlich nicht mehr bekommen.",
                                  "Ihre Angebote möchte ich dagegen künftig nicht mehr erhalten."])
def test_german_mail_named_first_then_the_wish_with_words_between_is_an_opt_out(text: str) -> None:
    assert classify_reason(text, "de").opt_out, text


@pytest.mark.parametrize("text", ["Die Rechnungen möchte ich dagegen künftig nicht mehr per Post erhalten.",
                                  "Die Angebote per SMS möchte ich allerdings nicht mehr erhalten."])
def test_german_bills_by_post_or_offers_by_sms_no_longer_wanted_are_no_opt_out(text: str) -> None:
    assert not classify_reason(text, "de").opt_out, text


SENDING_STOPPED = {
    "en": "Please do not send any further follow-ups or newsletters.",
    "de": "Bitte stellen Sie den Newsletter-Versand an meine Adresse ein.",
    "es": "Por favor, suspendan el envío de correos a esta dirección.",
    "fr": "Merci de ne plus envoyer de relances à cette adresse.",
    "it": "Vi chiedo di non inviare ulteriori follow-up.",
    "nl": "Kunnen jullie de nieuwsbrieven en acties stoppen?",
    "pt": "Peço que parem o envio de lembretes e promoções.",
}


@pytest.mark.parametrize(("language", "text"), sorted(SENDING_STOPPED.items()))
def test_the_sending_of_our_mail_stopped_is_an_opt_out(language: str, text: str) -> None:
    assert classify_reason(text, language).opt_out, text


SOMETHING_ELSE_STOPPED = {
    "en": "Please don't send any further reminders about the unpaid invoice, I paid it yesterday.",
    "de": "Bitte stellen Sie den Versand der Gemüsekisten an meine Adresse ein.",
    "es": "Por favor, suspendan el envío de los pedidos a esta dirección durante agosto.",
    "fr": "Merci de ne plus envoyer de colis à cette adresse, j'ai déménagé.",
    "it": "Vi chiedo di non inviare ulteriori pacchi, sono in ferie.",
    "nl": "Kunnen jullie de incasso en de bezorging stoppen?",
    "pt": "Peço que parem o envio das caixas durante as férias.",
}


@pytest.mark.parametrize(("language", "text"), sorted(SOMETHING_ELSE_STOPPED.items()))
def test_a_delivery_or_a_payment_stopped_is_no_opt_out(language: str, text: str) -> None:
    assert not classify_reason(text, language).opt_out, text


LAST_MAIL_WISHED = {
    "en": "I'd be glad if this were the last email I get from you.",
    "de": "Ich wäre froh, wenn das die letzte Mail von euch wäre.",
    "es": "Me gustaría que este correo fuera el último.",
    "fr": "J'aimerais que ce mail soit le dernier.",
    "it": "Vorrei che questa mail fosse l'ultima.",
    "nl": "Ik zou het fijn vinden als dit de laatste mail was.",
    "pt": "Gostaria que este e-mail fosse o último.",
}


@pytest.mark.parametrize(("language", "text"), sorted(LAST_MAIL_WISHED.items()))
def test_this_mail_wished_to_be_the_last_is_an_opt_out(language: str, text: str) -> None:
    assert classify_reason(text, language).opt_out, text


LAST_SOMETHING_ELSE = {
    "en": "I'd be glad if this were the last payment I owe you.",
    "de": "Ich wäre froh, wenn das die letzte Rate wäre.",
    "es": "Me gustaría que esta cuota fuera la última.",
    "fr": "J'aimerais que cette facture soit la dernière.",
    "it": "Vorrei che questa rata fosse l'ultima.",
    "nl": "Laat dit de laatste keer zijn dat jullie te laat komen.",
    "pt": "Gostaria que esta fatura fosse a última.",
}


@pytest.mark.parametrize(("language", "text"), sorted(LAST_SOMETHING_ELSE.items()))
def test_the_last_payment_or_the_last_delay_is_no_opt_out(language: str, text: str) -> None:
    assert not classify_reason(text, language).opt_out, text


LAST_MAIL_TOLD_OF = [
    "The last email you sent me had a broken link, that's all.",
    "This is the last email I'll send about the refund, I promise.",
    "If this were the last email I get from you about the refund, I'd be annoyed.",
]


@pytest.mark.parametrize("text", LAST_MAIL_TOLD_OF)
def test_the_last_mail_told_of_is_no_opt_out(text: str) -> None:
    assert not classify_reason(text, "en").opt_out, text


VERB_WITH_A_SLIP = {
    "en": "No. And please unsubscibe me from all your emails, thanks.",
    "fr": "Non. Et merci de me désincrire de vos mails.",
    "it": "No. E per favore disicrivetemi dalle vostre mail.",
    "nl": "Nee, en graag uitschijven voor al jullie mails.",
    "pt": "Não. Quero descadastar meu e-mail das promoções, obrigado.",
}


@pytest.mark.parametrize("language", ["en", "fr", "it", "nl", "pt"])
def test_the_unsubscribe_verb_with_a_slip_in_a_sentence_naming_our_mail_is_an_opt_out(language: str) -> None:
    text = VERB_WITH_A_SLIP[language]
    assert classify_reason(text, language).opt_out, text


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Ich möchte mich für den Newsletter anmelden."),  # sign up, never "abmelden"
    ("nl", "Graag inschrijven voor de nieuwsbrief van september."),
    ("en", "Please unsubscibe me from the yoga class, the mails are fine."),  # a class, mail kept
    ("en", "I unsubscribed from the flex plan last month, that's all."),  # told, not asked
    ("fr", "Je me suis désinscrit du cours, merci pour vos mails."),
    ("it", "Ho provato a disiscrivemi dal corso ma il sito non funziona."),  # no mail named
    ("pt", "Tentei descadastar o cartão no site e não deu."),
])
def test_a_sign_up_a_class_left_or_no_mail_named_is_no_opt_out(language: str, text: str) -> None:
    assert not classify_reason(text, language).opt_out, text
