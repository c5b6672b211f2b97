"""Opt-outs round 68 (after the replies_fresh88 first look and the rest of replies_fresh87), in every
language where the form exists. Sentences written for these tests, not the blind sets':

- what the word would do, asked ("If I reply STOP, does that just stop the offers?", "Si je réponds
  DÉSABONNER, est-ce que ça arrête aussi les rappels ?", "Wenn ich mit ABMELDEN antworte, …?"): no opt-out;
- a wish to keep our mail in more words ("Bitte melden Sie mich nicht ab", "ich möchte Ihre Mails weiter
  bekommen", "Ne me désabonnez pas", "Non mi disiscrivete", "Schrijf me niet uit", "Não me descadastrem",
  "No me den de baja", "I still want your emails"), so the stop word in the same reply is no opt-out;
- read: the Austrian "gebts ma a Ruah mit de Mails", "lassen Sie mich mit den Mails in Ruhe", the West
  Flemish "genoech met die mails"; the word the quoted mail promised on a line of its own with a slip
  ("Remvoe"), and in a long reply in a sentence that names our mail ("Et pour les courriels : FINI,
  merci."), never in one that does not ("C'est FINI pour moi, le théâtre.").
"""

from __future__ import annotations

import pytest

from responder.maybe_stop import keeps_mail
from responder.reasons import classify_reason
from tests.helpers import reply_opts_out


@pytest.mark.parametrize(("language", "text"), [
    ("en", "If I reply STOP, does that just stop the offers, or does it close my account too?"),
    ("en", "Does replying STOP just stop the offers?"),
    ("fr", "Si je réponds DÉSABONNER, est-ce que ça arrête aussi les rappels de rendez-vous ?"),
    ("de", "Wenn ich mit ABMELDEN antworte, bekomme ich dann keine Mails mehr?"),
    ("nl", "Als ik met NEE antwoord, krijg ik dan geen mails meer?"),
    ("es", "Si respondo BAJA, ¿dejan de mandarme también los recordatorios?"),
    ("it", "Se rispondo BASTA, smettete di mandarmi anche i promemoria?"),
    ("pt", "Se eu responder SAIR, deixam de me mandar os lembretes também?"),
])
def test_what_the_word_would_do_asked(language: str, text: str) -> None:
    assert not classify_reason(text, language).opt_out, text


@pytest.mark.parametrize("text", [
    "Bitte melden Sie mich nicht ab, ich möchte Ihre Mails weiter bekommen!",
    "Ich möchte Ihre Newsletter auch weiterhin bekommen.",
    "Please don't unsubscribe me.",
    "I still want your emails.",
    "Ne me désabonnez pas, surtout !",
    "Je voudrais continuer à recevoir vos courriels.",
    "Non mi disiscrivete, per favore.",
    "Schrijf me alsjeblieft niet uit.",
    "Ik wil jullie nieuwsbrief blijven ontvangen.",
    "Não me descadastrem, por favor.",
    "No me den de baja, porfa.",
])
def test_a_wish_to_keep_our_mail(text: str) -> None:
    assert keeps_mail(text), text


@pytest.mark.parametrize("text", ["Please unsubscribe me.", "Bitte melden Sie mich ab.", "Désabonnez-moi."])
def test_a_wish_to_leave_is_not_kept(text: str) -> None:
    assert not keeps_mail(text), text


_QUOTE_DE = ("\n\nAm Mo., 3. März 2051 um 10:00 schrieb Reitstall <stall@hof.test>:"
             "\n> Danke für Ihre Nachricht."
             "\n> Sie möchten keine E-Mails mehr von uns? Dann antworten Sie einfach mit ABMELDEN.\n")


def test_the_word_told_back_beside_a_wish_to_keep_is_no_opt_out() -> None:
    body = ("Kurz zur Info, weil ich gesehen hab, dass man sich mit ABMELDEN austragen kann: Bitte melden Sie"
            " mich nicht ab, ich möchte Ihre Mails weiter bekommen!" + _QUOTE_DE)
    assert not reply_opts_out(body, subject="Re: Ihre Absage")


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Oba gebts ma bitte a Ruah mit de Mails, i brauch des ned."),
    ("de", "Lassen Sie mich mit den Mails in Ruhe."),
    ("nl", "En genoech met die mails, merci."),
])
def test_told_in_regional_words(language: str, text: str) -> None:
    assert classify_reason(text, language).opt_out, text


_STORY = ("Since you asked. When we started with you it was £16 a clean, then £18, then £24 with a letter"
          " that said nothing else. That's a big rise for the same windows, and with the council tax going"
          " up again and my hours cut at work, something had to give. Nothing against the lad who does it,"
          " he's always polite and he shuts the gate behind him every single time, bless him.")
_QUOTE_EN = ("\n\nOn Mon, 3 Mar 2051 at 10:00, Brightpane <dan@brightpane.test> wrote:"
             "\n> Could you tell us why?"
             "\n> If you'd rather not hear from us again, just reply with the word REMOVE.\n")
_QUOTE_FR = ("\n\nLe lun. 3 mars 2051 à 10:00, Atelier <atelier@scene.test> a écrit :"
             "\n> Pourquoi nous quittez-vous ?"
             "\n> Si vous ne souhaitez plus recevoir nos courriels, répondez simplement FINI.\n")
_LONG_FR = ("Mon mari a perdu son emploi en septembre. Depuis, on a tout repris ligne par ligne :"
            " la voiture, les abonnements, le club de foot du petit, les vacances. Le théâtre, c'était"
            " mon seul moment à moi de la semaine, mais deux cent septante euros le trimestre, ce n'est"
            " plus possible. Je garderai un très bon souvenir de la troupe et de notre petite pièce de"
            " juin, même si j'ai oublié la moitié de mon texte le soir de la première. Merci à Madame"
            " Renard pour sa patience, et aux autres pour les fous rires du mercredi soir, qui vont me"
            " manquer plus que je ne saurais le dire ici. Je passerai peut-être vous voir au spectacle"
            " de fin d'année, si les horaires le permettent.")


def test_the_reply_is_long() -> None:
    assert len(_LONG_FR) > 600  # the length above which a reply was never read for the promised word


def test_the_promised_word_with_a_slip_on_its_own_line() -> None:
    assert reply_opts_out(_STORY + "\n\nRemvoe\n\nGary" + _QUOTE_EN)


def test_the_promised_word_in_a_long_reply_where_it_names_our_mail() -> None:
    assert reply_opts_out(_LONG_FR + "\n\nEt pour les courriels : FINI, merci.\n\nVéronique" + _QUOTE_FR)


def test_the_promised_word_in_a_long_reply_about_something_else() -> None:
    body = _LONG_FR + "\n\nC'est FINI pour moi, le théâtre, hélas.\n\nVéronique"
    assert not reply_opts_out(body + _QUOTE_FR)
