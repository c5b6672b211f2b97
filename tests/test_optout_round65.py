"""Opt-outs round 65 (after the replies_fresh84 first look), in every language: a yes below our quoted stop
sentence is a yes only when it stands alone or before a courtesy or a stop mark, never the French "Si"
(if) opening a question ("Si je réponds ça, est-ce que je perds …"); the wish not to be unsubscribed with
the pronoun between ("Ne me désabonnez surtout pas", "No me den de baja", "Non mi disiscrivete", "Não me
descadastrem") is no opt-out."""

from __future__ import annotations

import pytest

from responder.reading import said_yes_to_stop
from responder.reasons import classify_reason
from tests.helpers import reply_opts_out
from tests.test_optout_round64 import _STOP_QUOTED


@pytest.mark.parametrize(("answer", "stops"), [
    ("Si je réponds ça, est-ce que je perds aussi l'accès à l'édition numérique?", False),
    ("Yes I have a question first: what happens to my voucher?", False),
    ("Sí, por favor.", True),
    ("Oui merci", True),
    ("Yes please - no sense once we've gone.", True),
    ("Ja", True),
])
def test_a_yes_stands_alone(answer: str, stops: bool) -> None:
    assert bool(said_yes_to_stop(_STOP_QUOTED + answer + "\n")) is stops


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Ne me désabonnez surtout pas des courriels!"),
    ("fr", "Ne me désabonnez pas des courriels!"),
    ("es", "No me den de baja de los correos, por favor."),
    ("it", "Non mi disiscrivete dalla newsletter!"),
    ("pt", "Não me descadastrem da lista, por favor."),
])
def test_not_to_be_unsubscribed_is_no_opt_out(lang: str, text: str) -> None:
    assert not classify_reason(text, lang).opt_out, classify_reason(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Désabonnez-moi des courriels."),
    ("es", "Denme de baja de los correos."),
])
def test_unsubscribe_me_still_opts_out(lang: str, text: str) -> None:
    assert classify_reason(text, lang).opt_out, classify_reason(text, lang)


# Second part (after the replies_fresh85 first look, a hard set), in every language.
@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Mari, con todo el cariño del mundo: basta de mails, posta, que tengo la casilla explotada."),
    ("pt", "Chega de e-mails, por favor."),
    ("en", "Enough of the emails, honestly."),
    ("de", "Genug mit den Mails, bitte."),
    ("fr", "Assez de courriels, merci."),
    ("nl", "Kunt ge aub stoppen met mij te mailen?"),
])
def test_enough_of_the_mail_opts_out(lang: str, text: str) -> None:
    assert classify_reason(text, lang).opt_out, classify_reason(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("pt", "Chega de sedentarismo! Bora treinar."),
    ("it", "Basta che mi teniate un posto il sabato."),
])
def test_enough_of_something_else_is_no_opt_out(lang: str, text: str) -> None:
    assert not classify_reason(text, lang).opt_out, classify_reason(text, lang)


def test_isso_ai_below_the_quoted_stop_sentence_is_a_yes() -> None:
    assert said_yes_to_stop(_STOP_QUOTED + "Isso aí, por favor. Valeu por tudo!\n")


def _crlf_reply(body: str, subject: str = "Re: Novedades del estudio") -> bool:
    """The reply as it comes off the wire (CRLF line ends), read as the daemon reads it."""
    return reply_opts_out(body, subject=subject, crlf=True)


_QUOTE = ("\n\nEl vie, 8 oct 2049 a las 10:00, Estudio <hola@estudio.test> escribió:\n> Hay muestra en Villa"
          " Crespo.\n> Si no querés recibir más correos míos, respondé a este mail con la palabra BASTA.\n")


def test_the_word_in_a_reply_that_signs_up_again_is_no_stop() -> None:
    assert not _crlf_reply("¡Basta! ¿En serio hacen la muestra en Villa Crespo? Me muero. Anotame ya mismo,"
                           " obvio.\n\nCami" + _QUOTE)
    assert _crlf_reply("Basta, gracias. Ya no canto más.\n\nCami" + _QUOTE)


# Review mend (twenty-second session): signing up again is read once, in responder.maybe_stop, as a wish
# for more of us (``keeps_mail``), in every language, so every opt-out path that honours that wish (the
# stop word inside a sentence, the yes below our stop sentence, the second reader) honours it too.
@pytest.mark.parametrize("text", [
    "Sign me up for the September group!",
    "Bitte melde mich für den Herbstkurs an.",
    "Anotame ya mismo, obvio.",
    "Inscrivez-moi à l'atelier de samedi.",
    "Iscrivimi al corso di ottobre.",
    "Schrijf me maar in voor de nieuwe reeks.",
    "Me inscreve na turma de sábado!",
])
def test_signing_up_again_keeps_our_mail(text: str) -> None:
    from responder.maybe_stop import keeps_mail

    assert keeps_mail(text)
    assert classify_reason(text, "en").keeps_mail


@pytest.mark.parametrize("text", ["Don't sign me up for anything.", "Ne m'inscrivez plus."])
def test_not_signing_up_is_no_wish_for_more(text: str) -> None:
    from responder.maybe_stop import keeps_mail

    assert not keeps_mail(text)


def test_a_yes_below_our_stop_sentence_with_a_sign_up_is_no_stop() -> None:
    # "Yes!" right below our quoted stop sentence, then signing up for the new group: the yes answers the
    # invitation, not our stop sentence
    assert said_yes_to_stop(_STOP_QUOTED + "Yes!\n") != ""
    assert _crlf_reply(_STOP_QUOTED + "Yes!\n", "Re: A new Saturday group")
    assert not _crlf_reply(_STOP_QUOTED + "Yes! Sign me up for the new Saturday group.\n",
                           "Re: A new Saturday group")

