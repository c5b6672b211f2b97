"""Opt-outs round 39 (after the replies_fresh54 first look): the promised word with two
neighbouring letters swapped ("stpo", "afmleden aub"), generated from the unsubscribe sentences
themselves in every language; and text messages stopped while our e-mail is kept ("could you
stop the text reminders? Emails are fine"), which is no opt-out and waits for nobody. Sentences
per language, written for these tests (not the blind set's)."""

from __future__ import annotations

import pytest

from responder.learn.measure import IDENTITY
from responder.optout import LANGUAGES as OPT_OUT
from responder.parse import parse_message
from responder.reading import pre_read
from responder.reasons import classify_reason
from tests.test_optout import LANGUAGES, promised, rendered_followups, reply


def _swaps(word: str) -> list[str]:
    return sorted({word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)
                   if word[i] != word[i + 1]})


def _opted_out(language: str, word: str, quote: str = "top") -> bool:
    subject, text, _ = next(rendered_followups(language))
    raw = reply(language, subject, word, quote=quote, signature="phone", quoted_text=text)
    read = pre_read(parse_message(raw), IDENTITY, "en", 0.5).reading
    return read.reason is not None and read.reason.opt_out


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_promised_word_with_two_letters_swapped_is_still_the_promise(language: str) -> None:
    words = [w for w in promised(language) if " " not in w and len(w) >= 4]
    assert words, f"{language}: no one-word promise of four letters or more"
    missed = [f"{slip} ({word})" for word in words for slip in _swaps(word.lower())
              for form in (slip, slip.upper(), f"{slip} {OPT_OUT[language].please[0]}")
              if not _opted_out(language, form)]
    assert not missed, missed


@pytest.mark.parametrize(("language", "signature"), [
    ("pt", "Obrigada por tudo.\n\nSari"),  # a name that is "sair" with two letters swapped
    ("es", "Gracias por todo.\n\nParra"),  # "parar"
    ("en", "Thanks for the lovely note.\n\nTosp"),
])
def test_a_name_on_a_line_of_its_own_is_not_a_slip_of_the_fingers(language: str, signature: str) -> None:
    assert not classify_reason(signature, language).opt_out


SMS_STOPPED_MAIL_KEPT = {
    "en": "Please stop sending the reminder texts, they wake the baby. Email is fine.",
    "de": "Schickt mir bitte keine Kurznachrichten mehr. Mails sind in Ordnung.",
    "es": "Dejad de mandarme los textos de recordatorio, por favor. Los correos están bien.",
    "fr": "Pouvez-vous arrêter les SMS de rappel ? Les mails, ça va.",
    "it": "Potete smettere di mandarmi i messaggini? Le email vanno bene.",
    "nl": "Kunnen jullie stoppen met de sms'jes? Mailen is prima.",
    "pt": "Podem parar de me mandar mensagens de texto? Os e-mails tudo bem.",
}


@pytest.mark.parametrize(("language", "text"), sorted(SMS_STOPPED_MAIL_KEPT.items()))
def test_texts_stopped_and_mail_kept_is_no_opt_out_and_not_held(language: str, text: str) -> None:
    read = classify_reason(text, language)
    assert not read.opt_out, text
    assert read.keeps_mail, text
    assert not read.maybe_stop, text


SMS_AND_MAIL_STOPPED = {
    "en": "Please stop the text reminders and the emails too.",
    "de": "Bitte keine SMS und keine E-Mails mehr.",
    "es": "Dejen de enviarme SMS y correos, por favor.",
    "fr": "Arrêtez de m'envoyer des SMS et des mails, merci.",
    "it": "Smettete di mandarmi SMS e email, grazie.",
    "nl": "Stop met het sturen van sms'jes en mails, alstublieft.",
    "pt": "Parem de me enviar SMS e e-mails, por favor.",
}


@pytest.mark.parametrize(("language", "text"), sorted(SMS_AND_MAIL_STOPPED.items()))
def test_texts_and_mail_stopped_is_an_opt_out(language: str, text: str) -> None:
    assert classify_reason(text, language).opt_out, text
