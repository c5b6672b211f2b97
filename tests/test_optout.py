"""The unsubscribe promise, tested from the sentence that makes it.

Every follow-up ends with ``{{ unsubscribe_sentence }}``: "Just reply “stop” …", "Responda
«baja» …", "Antworten Sie einfach mit „Stopp“ …". The cases below are generated from the
follow-ups as the shipped templates render them: the word(s) in quotation marks are read out
of each language's rendered sentence, and each is replied under the follow-up's own subject
(and a bare "Re:"), with and without the quoted follow-up, a signature, a phone's "Sent from"
line, a full stop, in any case. Each must be read as an opt-out; then the handler puts the
address on the suppression list and cancels every scheduled follow-up, in one transaction.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from responder.optout import LANGUAGES as OPT_OUT
from responder.optout import is_stop_word, promised_words, stop_reply
from responder.parse import parse_message
from responder.reading import pre_read
from responder.render import LANGUAGES, Renderer, sample_context
from responder.safety import Identity

REPO = Path(__file__).resolve().parent.parent
TEMPLATE_DIRS = (REPO / "templates", REPO / "responder" / "default_templates")
FOLLOWUPS = ("followup_checkin", "followup_rebook")
IDENTITY = Identity(addresses=frozenset({"hello@studio-lumen.example"}),
                    own_message_id_domain="responder.studio-lumen.example", require_direct=False)

# What a mail client adds around a reply, per language.
PREFIX = {"en": "Re:", "de": "AW:", "es": "RE:", "fr": "RE :", "it": "R:", "nl": "Antw:", "pt": "RES:"}
HEADER = {
    "en": "On Mon, 7 Dec 2026 at 10:00, Studio Lumen <hello@studio-lumen.example> wrote:",
    "de": "Am 07.12.2026 um 10:00 schrieb Studio Lumen <hello@studio-lumen.example>:",
    "es": "El lun, 7 dic 2026 a las 10:00, Studio Lumen (<hello@studio-lumen.example>) escribió:",
    "fr": "Le lun. 7 déc. 2026 à 10:00, Studio Lumen <hello@studio-lumen.example> a écrit :",
    "it": "Il giorno lun 7 dic 2026 alle ore 10:00 Studio Lumen <hello@studio-lumen.example> ha scritto:",
    "nl": "Op ma 7 dec. 2026 om 10:00 schreef Studio Lumen <hello@studio-lumen.example>:",
    "pt": "Em seg., 7 de dez. de 2026 às 10:00, Studio Lumen <hello@studio-lumen.example> escreveu:",
}
PHONE = {"en": "Sent from my iPhone", "de": "Von meinem iPhone gesendet", "es": "Enviado desde mi iPhone",
         "fr": "Envoyé de mon iPhone", "it": "Inviato da iPhone", "nl": "Verstuurd vanaf mijn iPhone",
         "pt": "Enviado do meu iPhone"}
SIGN_OFF = {"en": "Thanks,\nAnn", "de": "Viele Grüße\nLena", "es": "Saludos,\nLucía",
            "fr": "Cordialement,\nCamille", "it": "Cordiali saluti\nGiulia",
            "nl": "Met vriendelijke groet,\nSanne", "pt": "Cumprimentos,\nAna"}


def rendered_followups(language: str) -> Iterator[tuple[str, str, str]]:
    """(subject, text, the unsubscribe sentence as it appears in the text) of each follow-up."""
    for directory in TEMPLATE_DIRS:
        renderer = Renderer(directory)
        for name in FOLLOWUPS:
            ctx = sample_context(name, language)
            out = renderer.render(name, language, ctx)
            assert out.language == language
            sentence = str(ctx["unsubscribe_sentence"])
            assert sentence in out.text, f"{directory}/{language}/{name}: the promise is missing"
            yield out.subject, out.text, sentence


def promised(language: str) -> list[str]:
    """Every word the rendered follow-ups tell the customer to reply (must be at least one)."""
    words = sorted({w for _, _, s in rendered_followups(language) for w in promised_words(s)})
    assert words, f"{language}: the unsubscribe sentence quotes no word to reply"
    return words


def reply(language: str, subject: str, word: str, *, quote: str, signature: str,
          quoted_text: str, header: str = "") -> bytes:
    """``header``: the quote header of another mail client than the language's usual one."""
    body = word
    if signature == "phone":
        body += f"\n\n{PHONE[language]}"
    elif signature == "dashes":
        body += "\n\n-- \nAnn Example\nStudio Street 1"
    elif signature == "sign-off":
        body += f"\n\n{SIGN_OFF[language]}"
    quoted = "\n".join(f"> {line}" if line else ">" for line in quoted_text.split("\n"))
    if quote == "top":
        body = f"{body}\n\n{header or HEADER[language]}\n\n{quoted}\n"
    elif quote == "bottom":
        body = f"{HEADER[language]}\n{quoted}\n\n{body}\n"
    elif quote == "outlook":
        body = (f"{body}\n\n________________________________\nFrom: Studio Lumen "
                f"<hello@studio-lumen.example>\nSent: 07 December 2026 10:00\nSubject: {subject}\n\n"
                f"{quoted_text}\n")
    msg = EmailMessage()
    msg["From"] = "Ann Example <ann@example.net>"
    msg["To"] = "hello@studio-lumen.example"
    msg["Subject"] = f"{PREFIX[language]} {subject}".strip() if subject else PREFIX[language]
    msg["Date"] = format_datetime(datetime(2026, 12, 8, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<r1@example.net>"
    msg["In-Reply-To"] = "<fu1@responder.studio-lumen.example>"
    msg.set_content(body)
    return msg.as_bytes()


def cases() -> Iterator[tuple[str, str, str, str, str, str]]:
    """(language, subject, word as written, quote, signature, quoted text): the words come
    from the rendered sentences; each is crossed with subjects, quoting, signatures, case
    and punctuation."""
    for language in LANGUAGES:
        followups = list(rendered_followups(language))
        subjects = [*sorted({s for s, _, _ in followups}), ""]  # "" = a bare "Re:"
        text = followups[0][1]
        for word in promised(language):
            forms = (word, word.lower() + ".", word.upper(), word.capitalize() + "!", f"“{word}”")
            for subject, form, quote, signature in itertools.product(
                    subjects, forms, ("none", "top", "bottom", "outlook"),
                    ("none", "phone", "dashes", "sign-off")):
                yield language, subject, form, quote, signature, text


CASES = list(cases())


def test_the_cases_cover_every_language_and_word() -> None:
    assert {c[0] for c in CASES} == set(LANGUAGES)
    assert len(CASES) >= len(LANGUAGES) * 3 * 5 * 4 * 4


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_reply_the_sentence_promises_is_read_as_an_opt_out(language: str) -> None:
    missed = []
    for lang, subject, word, quote, signature, text in CASES:
        if lang != language:
            continue
        raw = reply(lang, subject, word, quote=quote, signature=signature, quoted_text=text)
        read = pre_read(parse_message(raw), IDENTITY, "en", 0.5).reading
        if read.reason is None or not read.reason.opt_out:
            missed.append(f"{subject!r} {word!r} quote={quote} signature={signature}")
    assert not missed, f"{len(missed)} replies not honoured, e.g.:\n" + "\n".join(missed[:10])


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_quoted_words_are_in_the_vocabulary(language: str) -> None:
    for word in promised_words(OPT_OUT[language].sentence):
        assert is_stop_word(word) and is_stop_word(word.upper() + ".")


@pytest.mark.parametrize(("language", "word"), [("pt", "SAIR"), ("pt", "sair."), ("nl", "Afmelden"),
                                               ("nl", "Afmelden graag.")])
def test_the_usual_unsubscribe_word_of_a_country_is_honoured_as_a_whole_reply(
        language: str, word: str) -> None:
    """Not in our sentence, but what customers send ("SAIR" is Brazil's word for leaving a
    list; replies_fresh10's first look missed it)."""
    raw = reply(language, "", word, quote="bottom", signature="phone",
                quoted_text=next(iter(rendered_followups(language)))[1])
    read = pre_read(parse_message(raw), IDENTITY, "en", 0.5).reading
    assert read.reason is not None and read.reason.opt_out


@pytest.mark.parametrize(("language", "header"), [
    ("nl", "Op 9 mrt 2027 om 10:06 heeft Studio Lumen <hello@studio-lumen.example> het volgende geschreven:"),
    ("pt", "Studio Lumen <hello@studio-lumen.example> escreveu no dia ter., 9/03/2027 à(s) 10:06:"),
])
def test_a_stop_word_above_apple_mail_or_european_gmail_quotes_is_honoured(
        language: str, header: str) -> None:
    """Quote headers the replies_fresh12 first look met ("Afmelden graag." was read as more than
    the word, because the quote below it was taken for the customer's own text)."""
    raw = reply(language, "", f"{promised(language)[0].capitalize()}.", quote="top", signature="phone",
                quoted_text=next(iter(rendered_followups(language)))[1], header=header)
    read = pre_read(parse_message(raw), IDENTITY, "en", 0.5).reading
    assert read.reason is not None and read.reason.opt_out


@pytest.mark.parametrize("text", [
    "Stop by the studio if you like, I'll come on Friday.",  # a sentence, not the word
    "Please cancel my appointment on Friday.",
    "Basta poco per spostarlo?",
    "stop\nI would like to book again next week for a haircut and a colour, please",
    "Baja\nMe gustaría saber si hay sitio la semana que viene para dos personas, gracias",
    "",
])
def test_text_that_is_more_than_the_word_is_not_a_stop_reply(text: str) -> None:
    assert stop_reply(text) is None


@pytest.mark.parametrize("text", [
    "Plus de mails svp.", "Please don't email me again.", "Keine E-Mails mehr, bitte.",
    "No me escriban más, por favor.", "Não quero receber mais e-mails.", "Non scrivetemi più.",
    "Stuur me geen e-mails meer.",
])
def test_an_opt_out_sentence_counts_below_any_subject_line(text: str) -> None:
    """The reason reader gets the subject as the first line: it must not hide the body's
    first sentence (a line start is a sentence start)."""
    from responder.reasons import classify_reason

    assert classify_reason(text, "en").opt_out
    for subject in [*(s for lang in LANGUAGES for s, _, _ in rendered_followups(lang)), "Hello"]:
        assert classify_reason(f"{subject}\n{text}", "en").opt_out, subject


def test_classify_shows_the_opt_out_of_a_reply_under_the_followup_subject() -> None:
    from responder.classify import Classifier

    raw = reply("es", "Una nueva cita, cuando le venga bien", "baja", quote="top", signature="phone",
                quoted_text="Hola, Lucía:")
    out = Classifier().classify(raw)
    assert out["opt_out"] is True and out["action"] == "ignore"
    assert any("opt-out" in why for why in out["why"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_thanks_and_the_promised_word_is_an_opt_out(language: str) -> None:
    """"Non merci. STOP" (replies_fresh35): a "no thanks" before the word keeps the promise."""
    no_thanks = {"en": "No thanks.", "de": "Nein danke.", "es": "No gracias,", "fr": "Non merci.",
                 "it": "No grazie.", "nl": "Nee bedankt.", "pt": "Não, obrigada."}[language]
    for word in promised_words(OPT_OUT[language].sentence):
        text = f"{no_thanks} {word.upper()}"
        assert stop_reply(text) == text, text
        assert not is_stop_word(no_thanks)  # "no thanks" alone asks nothing


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_greeting_above_the_promised_word_keeps_the_promise(language: str) -> None:
    """"Hallo,\n\nABMELDEN\n\nDanke und Gruß\nKevin" (replies_fresh36) was only held."""
    hello = {"en": "Hi Sam,", "de": "Hallo,", "es": "Hola:", "fr": "Bonjour,", "it": "Buongiorno,",
             "nl": "Beste Ria,", "pt": "Olá,"}[language]
    for word in promised_words(OPT_OUT[language].sentence):
        assert stop_reply(f"{hello}\n\n{word.upper()}\n\nThanks\nKevin") == word.upper(), word
    assert stop_reply(f"{hello}\nI'd like to book again next week please.") is None
