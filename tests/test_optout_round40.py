"""Opt-outs round 40 (after the replies_fresh56 first look): the word a business's own quoted
sentence told the customer to reply ("Send us the word OUT and we'll take you off the list"),
replied alone or with a slip of the fingers; erasure of one's personal data asked with a verb or
the right to be forgotten named; our mail declined as something one does without; dialect forms of
"send me nothing more". Sentences per language, written for these tests (not the blind set's)."""

from __future__ import annotations

import pytest

from responder.learn.measure import IDENTITY
from responder.parse import parse_message
from responder.reading import pre_read
from responder.reasons import classify_reason
from tests.test_optout import reply

#: A business's own stop sentence per language (not ours), and the word it names.
OWN_SENTENCE = {
    "en": ("Text back GOODBYE and we'll take you off our list.", "GOODBYE"),
    "de": ("Schreiben Sie uns RUHE, dann bekommen Sie keine Post mehr von uns.", "RUHE"),
    "es": ("Contesta ADIÓS y no te escribimos más.", "ADIÓS"),
    "fr": ("Répondez SILENCE et vous ne recevrez plus nos courriels.", "SILENCE"),
    "it": ("Rispondi BASTA MAIL e non ti scriveremo più.", "BASTA MAIL"),
    "nl": ("Antwoord KLAAR en we mailen je niet meer.", "KLAAR"),
    "pt": ("Responda FECHAR para deixar de receber as nossas mensagens.", "FECHAR"),
}


def _read(language: str, word: str, sentence: str) -> bool:
    quoted = f"Hello,\n\nNew classes start next month.\n\n{sentence}\n\nThe studio"
    raw = reply(language, "News", word, quote="top", signature="phone", quoted_text=quoted)
    read = pre_read(parse_message(raw), IDENTITY, "en", 0.5).reading
    return read.reason is not None and read.reason.opt_out


@pytest.mark.parametrize("language", sorted(OWN_SENTENCE))
def test_the_word_of_the_business_s_own_sentence_replied_alone_is_an_opt_out(language: str) -> None:
    sentence, word = OWN_SENTENCE[language]
    assert _read(language, word, sentence)
    assert _read(language, word.lower() + ".", sentence)
    slip = word[0] + word[2] + word[1] + word[3:]  # two letters swapped
    assert _read(language, slip, sentence)


@pytest.mark.parametrize(("sentence", "word"), [
    ("Reply YES to confirm your booking for Friday.", "YES"),  # no promise of no more mail
    ("Antworten Sie JA, um den Termin zu bestätigen.", "JA"),
    ("Text back GOODBYE and we'll take you off our list.", "HELLO"),  # not the word named
    ("Reply YES and we'll write to you again in the spring, or STOP and we won't.", "YES"),
    ("Rispondi SÌ per ricevere più informazioni sul corso.", "SÌ"),
])
def test_a_word_that_is_not_the_quoted_promise_is_no_opt_out(sentence: str, word: str) -> None:
    assert not _read("en", word, sentence)


def test_the_quoted_words_are_upper_case_words_of_a_stop_sentence_only() -> None:
    from responder.optout import quoted_stop_words

    text = ("> Text back GOODBYE and we'll take you off our list.\n> Reply YES to confirm the CLASS.\n"
            "> Rispondi BASTA MAIL e non ti scriveremo più.")
    assert quoted_stop_words(text) == {"goodbye", "basta mail"}
    assert quoted_stop_words("> Reply YES and we'll write to you again in the spring.") == frozenset()
    assert quoted_stop_words("> Rispondi SÌ per ricevere più informazioni.") == frozenset()


ERASE = {
    "en": "Please delete all personal data you hold about me.",
    "de": "Löschen Sie bitte sämtliche meine personenbezogenen Daten.",
    "es": "Os pido que borréis todos mis datos personales.",
    "fr": "Merci d'effacer l'ensemble des données me concernant de vos fichiers.",
    "it": "Vi chiedo di eliminare il mio nominativo dai vostri elenchi.",
    "nl": "Graag al mijn persoonsgegevens verwijderen uit uw systeem.",
    "pt": "Quero exercer o meu direito ao esquecimento, por favor.",
}


@pytest.mark.parametrize(("language", "text"), sorted(ERASE.items()))
def test_erasure_of_one_s_data_is_an_opt_out(language: str, text: str) -> None:
    assert classify_reason(text, language).opt_out, text


@pytest.mark.parametrize(("language", "text"), [
    ("es", "Por favor, borrad los datos de mi tarjeta. Los correos no me molestan."),
    ("it", "Potete cancellare i miei dati della carta? Le email vanno bene."),
    ("pt", "Podem apagar os meus dados do cartão? Os e-mails podem continuar."),
    ("en", "Could you delete my card details from your system? Emails are fine."),
])
def test_card_details_deleted_is_no_opt_out(language: str, text: str) -> None:
    assert not classify_reason(text, language).opt_out, text


DO_WITHOUT = {
    "en": "I can happily do without the promotional emails, thanks.",
    "de": "Auf die Werbung verzichte ich künftig gern.",
    "es": "Prescindo de los boletines, gracias.",
    "fr": "Je me passe volontiers de vos promotions.",
    "it": "Faccio volentieri a meno delle vostre offerte.",
    "nl": "Ik kan prima zonder de nieuwsbrieven.",
    "pt": "Dispenso as promoções, obrigado.",
}


@pytest.mark.parametrize(("language", "text"), sorted(DO_WITHOUT.items()))
def test_our_mail_declined_as_done_without_is_an_opt_out(language: str, text: str) -> None:
    assert classify_reason(text, language).opt_out, text


@pytest.mark.parametrize(("language", "text"), [
    ("pt", "Não dispenso as vossas novidades, continuem!"),
    ("de", "Auf eure Newsletter verzichte ich ungern, schickt sie weiter."),
])
def test_not_doing_without_is_no_opt_out(language: str, text: str) -> None:
    assert not classify_reason(text, language).opt_out, text


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Merci viumau, aber schicked mir bitte kei Newsletter meh."),
    ("nl", "Ge moogt ons vanaf nu niks meer sturen, merci."),
    ("nl", "Stuur mij maar niks meer, ik kom toch niet terug."),
])
def test_dialect_send_me_nothing_more_is_an_opt_out(language: str, text: str) -> None:
    assert classify_reason(text, language).opt_out, text
