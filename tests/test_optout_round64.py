"""Opt-outs round 64 and reasons round 64 (review of the nineteenth session), in every language:

- a stop word on its own line that the aside or the next line takes back as a joke ("STOP (just
  kidding)", "BAJA\n¡Es broma!") is no opt-out; the word with any other aside still is;
- a stay in hospital told as "lo/la ingresaron" is illness for the customer or the child, personal for a
  parent; the relative's guard only looks at hospital words ("è malato" after "mia moglie" stays illness).
"""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason, stop_line
from tests.helpers import reply_opts_out


def _reply(body: str, subject: str = "Re: Open day on Saturday") -> bool:
    return reply_opts_out(body, subject=subject)


@pytest.mark.parametrize("body", [
    "STOP (just kidding)\n\nWe loved the open day, count us in!\n\nJo",
    "Abmelden (kleiner Scherz)\n\nWir kommen gern zum Sommerfest.",
    "BAJA\n¡Es broma! Seguid mandando cosas.",
    "STOP (je plaisante)\n\nOn viendra samedi.",
    "BASTA (scherzo!)\n\nCi vediamo venerdì.",
    "AFMELDEN (grapje)\n\nWe komen graag.",
    "SAIR (brincadeira)\n\nVamos ao lanche.",
])
def test_a_stop_word_taken_back_as_a_joke(body: str) -> None:
    assert stop_line(body) == ""
    assert not _reply(body), body


@pytest.mark.parametrize("body", ["STOP (please)\n\nThanks", "Thanks for everything.\n\nBAJA TOTAL\n\nMarta",
                                  "PS: SAIR (é assim que se faz, não é?)"])
def test_a_stop_word_with_another_aside_still_stops(body: str) -> None:
    assert stop_line(body)


@pytest.mark.parametrize(("lang", "text", "reason"), [
    ("es", "Hola, al final no pude seguir porque a mi hijo lo ingresaron en marzo.", "illness"),
    ("es", "Me ingresaron en marzo, por eso lo dejé.", "illness"),
    ("es", "Hola, a mi padre lo ingresaron en marzo y tuve que estar con él.", "personal"),
    ("es", "A mi madre la ingresaron en abril.", "personal"),
    ("it", "Purtroppo mio padre è stato ricoverato e devo stare con lui.", "personal"),
    ("it", "Purtroppo sono stato ricoverato due settimane.", "illness"),
])
def test_a_stay_in_hospital(lang: str, text: str, reason: str) -> None:
    assert classify_reason(text, lang).reason == reason


_WRAPPED = ("Am Sa., 5. Sept. 2048 um 10:00 schrieb Hofladen <hallo@hof.test>:\n"
            "> Am Samstag ist Hoffest, wir freuen uns auf Sie.\n"
            "> Wenn Sie keine Post mehr von uns möchten,\n"
            "> antworten Sie einfach mit ABBESTELLEN.\n")


def test_a_stop_sentence_wrapped_by_the_mail_client_is_read_whole() -> None:
    from responder.optout import offers_stop
    assert offers_stop(_WRAPPED)
    assert not offers_stop(_WRAPPED.replace("> Wenn", "Wenn").replace("> antworten", "antworten"))


def test_the_subject_replaced_by_the_word_below_a_wrapped_stop_sentence() -> None:
    assert reply_opts_out("Danke für die Einladung.\n\n" + _WRAPPED, subject="ABBESTELLEN")


# Opt-outs round 64, second part (after the replies_fresh82 first look, a hard set), in every language.

@pytest.mark.parametrize(("lang", "text"), [
    ("pt", "Obrigado pelas novidades. Poupem-se ao trabalho de me escrever."),
    ("en", "Thanks. Save yourselves the trouble of emailing me."),
    ("fr", "Épargnez-vous la peine de m'écrire."),
    ("it", "Risparmiatevi la fatica di scrivermi."),
    ("nl", "Bespaar jullie de moeite om mij te mailen."),
    ("de", "Aber ich habe nicht ohne Grund gekündigt. Ich wäre Ihnen dankbar, wenn ich von Ihnen künftig"
           " nichts mehr höre."),
    ("en", "I'd be grateful if I heard nothing more from you."),
])
def test_the_trouble_spared_and_nothing_more_heard_opt_out(lang: str, text: str) -> None:
    assert classify_reason(text, lang).opt_out, text


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Ich wäre froh, wenn ich von Ihnen bald wieder etwas höre."),
    ("en", "Thanks for taking the trouble of writing to me."),
])
def test_no_opt_out(lang: str, text: str) -> None:
    assert not classify_reason(text, lang).opt_out, text


_STOP_QUOTED = ("On Tue, 4 May 2049, Saltmarsh <hello@saltmarsh.test> wrote:\n> Thanks for letting us know.\n"
                "> If you'd rather we didn't email you again, just reply with the word ENOUGH and we'll take"
                " you off our list.\n\n")


@pytest.mark.parametrize(("answer", "stops"), [
    ("Aye, that.\n\nCallum", True),
    ("isso, por favor kkk", True),
    ("Genau.", True),
    ("Isso não, por favor.", False),
    ("Aye, but not yet.", False),
])
def test_a_yes_below_the_quoted_stop_sentence(answer: str, stops: bool) -> None:
    from responder.reading import said_yes_to_stop
    assert bool(said_yes_to_stop(_STOP_QUOTED + answer + "\n")) is stops


def test_a_wish_in_capitals_added_to_the_subject() -> None:
    body = "Grazie, ma non ci saremo.\n\nMarco"
    assert _reply(body, "Re: Vi invitiamo alla festa di fine stagione - NON SCRIVETECI PIÙ")
    assert not _reply(body, "Re: Vi invitiamo alla festa di fine stagione - GRAZIE MILLE")


def test_a_swapped_pair_in_capitals() -> None:
    from responder.reasons import sentence_stop
    assert sentence_stop("e x favore BATSA email", frozenset({"basta"})) == "BATSA"
    assert sentence_stop("ciao SARI", frozenset({"sair"})) == ""
