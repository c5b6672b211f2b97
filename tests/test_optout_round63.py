"""Opt-outs round 63 (after the replies_fresh81 first look, a hard set: 10 of 23 opt-outs read, two
innocent uses of the stop word read as opt-outs), in every language where the form exists:

- a wish to keep our mail told in words ("Please keep me on.", "lassen Sie uns auf dem Verteiler"; never
  "lassen Sie mich nicht auf dem Verteiler") and an earlier reply reported ("Mein Mann hat … mit
  „Abmelden“ geantwortet"): no opt-out;
- read: the word in a postscript with an aside ("PS: SAIR (é assim que se faz, não é?)"), "bitte kein
  newsleter oder so mehr schiken" (never "seit Mai keine Newsletter mehr bekommen"), "quero sai da lista",
  "Consider my address retired", the word in capitals after a dash in the subject followed by the list it
  leaves ("… - BAJA también de la lista de correo"), and a yes written right below our quoted stop
  sentence ("Yes please - no sense once we've gone.").
"""

from __future__ import annotations

import pytest

from responder.maybe_stop import keeps_mail
from responder.reasons import classify_reason, stop_line
from tests.helpers import reply_opts_out


def _reply(body: str, subject: str = "Re: Your veg box has been cancelled") -> bool:
    return reply_opts_out(body, subject=subject)


@pytest.mark.parametrize("text", [
    "Please keep me on.",
    "Bitte ignorieren Sie das und lassen Sie uns auf dem Verteiler, ich möchte weiterhin von Ihnen hören.",
    "Lasciatemi nella lista, grazie.",
    "Laat me maar op de lijst staan.",
    "Deixem-me na lista, por favor.",
])
def test_a_wish_to_keep_our_mail(text: str) -> None:
    assert keeps_mail(text), text


def test_a_wish_refused_is_not_kept() -> None:
    assert not keeps_mail("Bitte lassen Sie mich nicht auf dem Verteiler.")


@pytest.mark.parametrize(("body", "subject"), [
    ("Hi Hannah,\n\nThanks for sorting it so quickly.\n\nOne thing though: my thumb was literally hovering"
     " over reply to type REMOVE, because that's what I do with every shop these days. Then I thought, no,"
     " actually. Please keep me on. I'd like to hear what you're up to.\n\nCheers,\nPriya",
     "Re: Your veg box has been cancelled"),
    ("Liebe Frau Kühn,\n\nwir kommen sehr gern zum Sommerfest!\n\nUnd noch etwas Peinliches: Mein Mann hat"
     " auf Ihre letzte Mail mit „Abmelden“ geantwortet, weil er dachte, er meldet uns damit vom Social Walk"
     " ab. Bitte ignorieren Sie das und lassen Sie uns auf dem Verteiler, ich möchte weiterhin von Ihnen"
     " hören.\n\nAnja", "Re: Einladung zu unserem Sommerfest"),
])
def test_the_word_used_innocently_is_no_opt_out(body: str, subject: str) -> None:
    assert not _reply(body, subject)


@pytest.mark.parametrize(("language", "text"), [
    ("de", "hallo, bitte kein newsleter oder so mehr schiken. wir habn den hund wieder abgegeben"),
    ("pt", "e ja agora quero sai da lista dos emails pf obg"),
    ("en", "So let's save each other the bother, shall we? Consider my address retired."),
])
def test_read_in_the_customer_s_words(language: str, text: str) -> None:
    assert classify_reason(text, language).opt_out, classify_reason(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Ich habe seit Mai keine Newsletter mehr bekommen, schade."),
    ("de", "Ich habe seit Mai kein newsletter mehr bekommen, schade."),
    ("pt", "quero sai da lista de espera"),
])
def test_not_an_opt_out(language: str, text: str) -> None:
    assert not classify_reason(text, language).opt_out, classify_reason(text, language)


@pytest.mark.parametrize("text", [
    "Obrigado pelo convite.\n\nPS: SAIR (é assim que se faz, não é?)",
    "Thanks!\n\nP.S. STOP",
    "Gracias.\n\nPD: BAJA",
])
def test_the_word_in_a_postscript(text: str) -> None:
    assert stop_line(text)


def test_the_word_in_capitals_after_a_dash_in_the_subject_with_the_list() -> None:
    assert _reply("Recibido, muchas gracias por la rapidez en la gestión.\n\nIgnacio",
                  "RE: Hemos dado de baja tu cuota - BAJA también de la lista de correo")


_QUOTED_STOP = ("On 25/03/2048 10:20, Hannah wrote:\n> Hi Alistair,\n>\n> We've cancelled your weekly"
                " box.\n\nThanks.\n\n> If you'd rather we didn't email you again, just reply with the"
                " word\n> REMOVE and we'll take you off our list.\n\n{answer}\n\nAlistair")


@pytest.mark.parametrize(("answer", "opt_out"), [
    ("Yes please - no sense once we've gone.", True),
    ("Yes please.", True),
    ("Yes, but please keep the newsletter coming.", False),
    ("No thanks, I like hearing from you.", False),
])
def test_a_yes_right_below_our_quoted_stop_sentence(answer: str, opt_out: bool) -> None:
    assert _reply(_QUOTED_STOP.format(answer=answer)) is opt_out
