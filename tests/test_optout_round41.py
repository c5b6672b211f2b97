"""Opt-outs round 41 (after the replies_fresh57 first look): the stop word written with a slip
beyond two swapped letters ("desabonerr" for DÉSABONNER); "I'd prefer not to get this kind of
mail" with "this kind of" between; "take me off your list" with a particle between the verb and its
part ("schrijf mij maar uit voor jullie mails") or in dialect ("levateme da 'sta lista"); and, as
look-alikes, "I don't want to receive the refund as credit" (money, not mail) and "I'd rather not
get into it" (a reason kept private). Sentences per language, written for these tests."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason
from tests.test_optout_round40 import OWN_SENTENCE, _read

#: A business's own stop sentence per language, its word, and the word with a slip (a letter left
#: out, added or wrong).
OWN_SLIPS = {
    "en": ("Text back GOODBYE and we'll take you off our list.", "GODBYE"),
    "de": ("Schreiben Sie uns FUNKSTILLE, dann bekommen Sie keine Post mehr von uns.", "FUNKSTILE"),
    "es": ("Contesta DESPEDIDA y no te escribimos más.", "DESPEDDA"),
    "fr": ("Répondez SILENCE et vous ne recevrez plus nos courriels.", "SILANCE"),
    "it": ("Rispondi BASTA MAIL e non ti scriveremo più.", "BASTA MAILL"),
    "nl": ("Antwoord UITZETTEN en we mailen je niet meer.", "UITZETEN"),
    "pt": ("Responda FECHAR para deixar de receber as nossas mensagens.", "FECHARR"),
}


@pytest.mark.parametrize("language", sorted(OWN_SLIPS))
def test_the_quoted_word_with_a_slip_is_an_opt_out(language: str) -> None:
    sentence, slip = OWN_SLIPS[language]
    assert _read(language, slip, sentence)


def test_a_short_quoted_word_takes_no_slip_but_a_swap() -> None:
    sentence, _word = OWN_SENTENCE["nl"]  # KLAAR: five letters
    assert not _read("nl", "KLAARR", sentence)
    assert _read("nl", "KALAR", sentence)


@pytest.mark.parametrize(("language", "word"), [
    ("fr", "desabonerr"), ("de", "abmeldne"), ("nl", "uitschijven"), ("en", "unsubscibe"),
])
def test_our_own_stop_words_with_a_slip_are_an_opt_out(language: str, word: str) -> None:
    assert classify_reason(word, language).opt_out, word


@pytest.mark.parametrize(("language", "word"), [
    ("en", "Thanks"), ("en", "Stopping by Friday"), ("fr", "Merci"), ("es", "Gracias"), ("it", "Pasta"),
    ("en", "Mike"), ("de", "Danke"), ("pt", "Obrigada"),
])
def test_short_replies_near_no_stop_word_are_not_an_opt_out(language: str, word: str) -> None:
    assert not classify_reason(word, language).opt_out, word


THIS_KIND_OF = {
    "en": "I'd rather not receive this kind of emails in future, if that's all right.",
    "de": "Ich hätte lieber keine solche Art von Mails mehr, danke.",
    "es": "Preferiría no recibir este tipo de correos en adelante.",
    "fr": "Je préférerais ne plus recevoir ce genre de messages, si ça ne vous dérange pas.",
    "it": "Preferirei non ricevere questo tipo di mail in futuro.",
    "nl": "Ik ontvang liever geen mails van dit soort meer.",
    "pt": "Preferia não receber este tipo de mensagens daqui para a frente.",
}


@pytest.mark.parametrize(("language", "text"), sorted(THIS_KIND_OF.items()))
def test_rather_not_receive_this_kind_of_mail_is_an_opt_out(language: str, text: str) -> None:
    assert classify_reason(text, language).opt_out, text


OFF_THE_LIST_WITH_A_PARTICLE = {
    "nl": "Schrijf mij maar uit voor jullie mails, merci!",
    "de": "Tragt mich doch bitte aus eurem Verteiler aus.",
    "it": "E levateme da 'sta lista delle mail, grazie.",
    "fr": "Sortez-moi de votre liste d'envoi, svp.",
    "es": "Sacadme ya de esa lista de correos.",
    "pt": "Me tira dessa lista de e-mails, por favor.",
    "en": "Just take me off the mailing list then.",
}


@pytest.mark.parametrize(("language", "text"), sorted(OFF_THE_LIST_WITH_A_PARTICLE.items()))
def test_take_me_off_the_list_with_a_particle_or_in_dialect_is_an_opt_out(language: str, text: str) -> None:
    assert classify_reason(text, language).opt_out, text


NOT_MAIL_RECEIVED = {
    "en": "I'd rather not receive the refund as store credit, please put it back on my card.",
    "de": "Ich möchte die Rückerstattung nicht als Gutschein erhalten, lieber aufs Konto.",
    "es": "No quiero recibir el reembolso como vale, prefiero la devolución en la tarjeta.",
    "fr": "Je ne veux pas recevoir le remboursement en avoir, plutôt sur ma carte.",
    "it": "Non voglio ricevere il rimborso come buono, preferisco sulla carta.",
    "nl": "Ik wil het bedrag niet als tegoed ontvangen, liever terug op mijn rekening.",
    "pt": "Não quero receber o valor como crédito na loja, prefiro o estorno no cartão.",
}


@pytest.mark.parametrize(("language", "text"), sorted(NOT_MAIL_RECEIVED.items()))
def test_money_not_wanted_as_credit_is_no_opt_out(language: str, text: str) -> None:
    assert not classify_reason(text, language).opt_out, text


@pytest.mark.parametrize("text", [
    "We had to rehome the dog, family reasons I'd rather not get into. Thanks for everything.",
    "Personal stuff I'd prefer not to get into, sorry.",
])
def test_a_reason_kept_private_is_no_opt_out(text: str) -> None:
    assert not classify_reason(text, "en").opt_out, text


CITED_ONLY = {  # our stop sentence quoted back to ask something else (no opt-out asked)
    "en": 'About your line "Reply STOP if you no longer want our emails": will the invoice still come '
          "by mail?",
    "de": 'Kurze Frage zu Ihrem Satz "Antworten Sie mit STOPP, wenn Sie keine Mails mehr möchten": kommt die '
          "Jahresrechnung trotzdem per Mail?",
    "es": 'Sobre su frase "Responda BAJA si no quiere más correos": ¿la factura me llegará igual por correo?',
    "fr": "À propos de votre phrase « Répondez STOP pour ne plus recevoir nos e-mails » : la facture "
          "arrivera-t-elle quand même par mail ?",
    "it": 'Riguardo alla frase "Rispondi STOP per non ricevere più e-mail": la fattura mi arriva comunque?',
    "nl": 'Over uw zin "Antwoord STOP als u geen mails meer wilt": krijg ik de factuur nog wel per mail?',
    "pt": 'Sobre a frase "Responda PARAR para não receber mais e-mails": a fatura ainda chega por e-mail?',
}


@pytest.mark.parametrize(("language", "text"), sorted(CITED_ONLY.items()))
def test_the_second_reader_adds_no_opt_out_where_our_stop_sentence_is_only_cited(
        language: str, text: str) -> None:
    from responder.learn.opinion import add_opt_out

    read = classify_reason(text, language)
    assert not read.opt_out and read.cites_stop
    assert not add_opt_out(read, {"yes": 0.95, "no": 0.05}, 0.7).opt_out
    plain = classify_reason("Will the invoice still come by mail?", language)
    assert add_opt_out(plain, {"yes": 0.95, "no": 0.05}, 0.7).opt_out
