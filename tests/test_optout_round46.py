"""Opt-outs round 46 (after the replies_fresh61 first look), by family, in seven languages: our
"reply STOP to unsubscribe" told back with its purpose by a customer who wants to stay on the list
(neither an opt-out nor held for a person); e-mail named as the one way to be reached (the phone
refused, our mail kept: not held); a verb written as it is spoken, its last letter dropped
("niet meer maile", "stop emailin me", "abmelde bitte"). Look-alikes: a first person "ich schreibe",
"ik maile", a story told with a clipped verb, our mail asked for, "not even by email", a real wish
told after the instruction. Sentences written for these tests.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from responder.learn.measure import IDENTITY
from responder.parse import parse_message
from responder.reading import pre_read
from responder.reasons import ReasonResult, classify_reason

STOP_SENTENCE = {
    "en": "Had enough of us? Reply PAUSE to unsubscribe.",
    "de": "Genug von uns? Antworten Sie mit RUHE, um sich abzumelden.",
    "es": "¿Ya no quiere saber de nosotros? Responda CORCHO para darse de baja.",
    "fr": "Plus envie de nos nouvelles ? Répondez RIDEAU pour vous désabonner.",
    "it": "Non vuoi più nostre notizie? Rispondi SPEGNI per disiscriverti.",
    "nl": "Genoeg van ons? Antwoord SCHAAR om je af te melden.",
    "pt": "Já não quer notícias? Responda MARÉ para se descadastrar.",
}


def _reply(language: str, body: str) -> bytes:
    quoted = "\n".join(f"> {line}" for line in ("Hello,", "", "Autumn courses are open.", "",
                                                  STOP_SENTENCE[language]))
    msg = EmailMessage()
    msg["From"] = "Alex Marrow <alex@example.net>"
    msg["To"] = "hello@atelier-fern.example"
    msg["Subject"] = "Re: Autumn at the atelier"
    msg["Date"] = format_datetime(datetime(2026, 12, 10, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<r46@example.net>"
    msg["In-Reply-To"] = "<fu46@responder.atelier-fern.example>"
    msg.set_content(f"{body}\n\nOn Wed, 9 Dec 2026, Atelier Fern wrote:\n{quoted}\n")
    return msg.as_bytes()


def _read(language: str, body: str) -> ReasonResult:
    read = pre_read(parse_message(_reply(language, body)), IDENTITY, "en", 0.5).reading
    assert read.reason is not None
    return read.reason


# -- 1. our instruction told back with its purpose, by one who wants to stay on the list ------------

TOLD_BACK_STAYING = {
    "en": "Thanks for the news. I saw the email says to reply PAUSE to unsubscribe, so to be clear: "
          "please don't, I want to stay on your list. We'll book again in spring.",
    "de": "Danke für die Nachricht. Da unten steht, man soll RUHE antworten, um sich abzumelden. "
          "Bitte nicht, ich möchte im Verteiler bleiben.",
    "es": "Gracias por escribir. Veo que pone que responda CORCHO para darse de baja: no lo hagan, "
          "quiero seguir en la lista.",
    "fr": "Merci du message. Il est écrit de répondre RIDEAU pour se désabonner : surtout pas, "
          "je veux rester inscrite.",
    "it": "Grazie per la mail. C'è scritto di rispondere SPEGNI per disiscriversi, ma no, "
          "voglio restare iscritta.",
    "nl": "Bedankt voor het bericht. Er staat dat je SCHAAR moet antwoorden om je af te melden, "
          "maar nee hoor, ik wil op de lijst blijven.",
    "pt": "Obrigada pela mensagem. Diz para responder MARÉ para se descadastrar, mas não, "
          "quero continuar na lista.",
}


@pytest.mark.parametrize("language", sorted(TOLD_BACK_STAYING))
def test_instruction_told_back_by_one_who_stays_is_no_opt_out(language: str) -> None:
    read = _read(language, TOLD_BACK_STAYING[language])
    assert not read.opt_out
    assert not read.maybe_stop  # not held for a person either


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The email says to reply PAUSE to unsubscribe. Fine by me: please take me off your mailing list."),
    ("de", "Da steht, man soll RUHE antworten, um sich abzumelden. Also bitte tragen Sie mich aus dem "
           "Newsletter aus."),
    ("nl", "Er staat dat je SCHAAR moet antwoorden om je af te melden. Haal me dan maar van de "
           "mailinglijst af."),
])
def test_a_wish_told_after_the_instruction_is_still_read(language: str, text: str) -> None:
    assert classify_reason(text, language).opt_out


# -- 2. e-mail named as the one way to be reached ------------------------------------------------

ONLY_BY_MAIL = {
    "en": "Please stop the phone calls. I'd much rather be contacted only by email, that suits me.",
    "de": "Bitte keine Anrufe mehr, kontaktieren Sie mich lieber nur per Mail.",
    "es": "Por favor, nada de llamadas; prefiero que me contacten solo por correo.",
    "fr": "Merci de ne plus m'appeler, je préfère être contacté uniquement par mail.",
    "it": "Niente telefonate per favore, preferisco essere contattata solo via email.",
    "nl": "Liever geen telefoontjes meer, neem alleen per mail contact met me op.",
    "pt": "Chega de ligações, por favor; prefiro que falem comigo apenas por email.",
}


@pytest.mark.parametrize("language", sorted(ONLY_BY_MAIL))
def test_mail_as_the_one_way_to_be_reached_is_not_held(language: str) -> None:
    read = classify_reason(ONLY_BY_MAIL[language], language)
    assert not read.opt_out
    assert not read.maybe_stop
    assert read.keeps_mail


def test_not_even_by_email_is_still_an_opt_out() -> None:
    assert classify_reason("Please do not contact me again, not even by email.", "en").opt_out


# -- 3. a verb written as spoken, its last letter dropped ---------------------------------------

CLIPPED = {
    "en": "Right, we're done with the course. Stop emailin me please, cheers.",
    "de": "Des Kurs isch vorbei. Hört bitte auf zu maile, merci.",
    "es": "Ya terminé el curso, así que no me manden ma correos, gracias.",
    "fr": "Le cours c'est fini pour moi. Plus d'mails svp.",
    "nl": "De cursus is klaar. Graag niet meer maile, dank je.",
    "pt": "Acabou o curso pra mim, parem de me mandá email por favor.",
}


@pytest.mark.parametrize("language", sorted(CLIPPED))
def test_clipped_spoken_verb_is_read(language: str) -> None:
    assert classify_reason(CLIPPED[language], language).opt_out


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Ich schreibe Ihnen nicht mehr so oft, weil der Kurs vorbei ist."),
    ("de", "Ich maile nicht mehr vom Büro aus, nur noch von zu Hause."),
    ("nl", "Ik maile jullie volgende week over de nieuwe data."),
    ("en", "My daughter was sendin me photos from the course all week, lovely."),
    ("en", "Please keep emailin me, I love your news."),
    ("es", "No me manden ma nada por correo postal, que se pierde."),
    ("pt", "Ele pediu de manda o carro para a oficina."),
    ("it", "Smettete di mandà il furgone sotto casa, grazie."),
])
def test_clipped_look_alikes_are_no_opt_out(language: str, text: str) -> None:
    assert not classify_reason(text, language).opt_out


# -- 4. our stop word refused, alone after a "no" -------------------------------------------------

REFUSED_STOP = {
    "en": 'Ha, you write "reply PAUSE". No thanks, don\'t unsubscribe me! The autumn course looks great.',
    "de": 'Ihr schreibt "mit RUHE antworten". Nein danke, bloß nicht abmelden! Im Herbst bin ich wieder da.',
    "es": 'Ponéis "responda CORCHO". No, por favor, no me den de baja. Vuelvo en otoño.',
    "fr": 'Vous écrivez « répondez RIDEAU ». Non, surtout ne me désabonnez pas ! Je reviens cet automne.',
    "it": 'Scrivete "rispondi SPEGNI". No, per favore, non smettete! Torno in autunno.',
    "nl": 'Jullie schrijven "antwoord SCHAAR". Nee dank je, niet afmelden! In de herfst ben ik terug.',
    "pt": 'Vocês escrevem "responda MARÉ". Não, por favor, não me descadastrem! Volto no outono.',
}


@pytest.mark.parametrize("language", sorted(REFUSED_STOP))
def test_stop_word_refused_keeps_our_mail(language: str) -> None:
    read = _read(language, REFUSED_STOP[language])
    assert not read.opt_out
    assert not read.maybe_stop
    assert read.keeps_mail


@pytest.mark.parametrize(("language", "text"), [
    ("en", "No, don't stop the lessons for the others. But please stop emailing me."),
    ("nl", "Nee, niet stoppen met de lessen voor de groep. Maar stuur me geen mails meer."),
])
def test_a_refusal_about_something_else_keeps_the_wish(language: str, text: str) -> None:
    read = classify_reason(text, language)
    assert read.opt_out
    assert not read.keeps_mail
