"""Opt-outs round 43 (after the replies_fresh59 first look): the stop word with a courtesy word
inside a sentence of a reply ("so no point really. stop please, ta"); our stop word, or the quoted
mail's, written in capitals inside a sentence, with a slip allowed in a long word ("donc DESABONER
merci"); regional forms of "don't write to me any more" ("nun me scrivite cchiù", "schickts ma nix
mehr", "pode parar de mandar"); the stop word added in capitals to the subject of a reply ("… -
AFMELDEN"), or the subject replaced by it; and our stop sentence cited between quotation marks and
refused, with our mail liked, which is no opt-out. Look-alikes: "please stop by", "stop please the
direct debit", "I nearly replied STOP", the word in quotation marks, a question, a technician not
to be sent, our own subject ending with the word. Sentences per language, written for these tests.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from responder.learn.measure import IDENTITY
from responder.parse import parse_message
from responder.reading import pre_read
from responder.reasons import classify_reason

#: Our mail, quoted below each reply: its stop sentence names a word per language.
STOP_SENTENCE = {
    "en": "If you'd rather not hear from us, reply UNSUBSCRIBE.",
    "de": "Wenn Sie keine Post mehr möchten, antworten Sie mit AUSTRAGEN.",
    "es": "Si no quiere recibir más correos, responda BAJA.",
    "fr": "Pour ne plus recevoir nos messages, répondez DÉSINSCRIRE.",
    "it": "Se non vuoi più ricevere le nostre email, rispondi DISISCRIVIMI.",
    "nl": "Wilt u geen mails meer, antwoord dan UITSCHRIJVEN.",
    "pt": "Para deixar de receber os nossos e-mails, responda DESCADASTRAR.",
}


def _reply(language: str, body: str, subject: str = "Re: News from the studio") -> bytes:
    quoted = "\n".join(f"> {line}" for line in
                       ("Hello,", "", "New courses start in May.", "", STOP_SENTENCE[language]))
    msg = EmailMessage()
    msg["From"] = "Kim Example <kim@example.net>"
    msg["To"] = "hello@studio-lumen.example"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 8, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<r43@example.net>"
    msg["In-Reply-To"] = "<fu43@responder.studio-lumen.example>"
    msg.set_content(f"{body}\n\nKim\n\nOn Mon, 7 Dec 2026, Studio Lumen wrote:\n{quoted}\n")
    return msg.as_bytes()


def _opted_out(language: str, body: str, subject: str = "Re: News from the studio") -> bool:
    read = pre_read(parse_message(_reply(language, body, subject)), IDENTITY, "en", 0.5).reading
    return read.reason is not None and read.reason.opt_out


# -- 1. the stop word with a courtesy word, inside a sentence -----------------------------------

POLITE_STOP = {
    "en": "Got a place closer to work now, so no need. Stop please, cheers",
    "de": "Ich bin nach Graz gezogen, also bitte stopp, danke.",
    "es": "Me cambié de gimnasio hace un mes. Baja por favor, saludos",
    "fr": "Je travaille de nuit maintenant, donc stop merci.",
    "it": "Ho trovato un'altra palestra vicino a casa, quindi basta, grazie.",
    "nl": "We zijn verhuisd naar Zwolle, dus afmelden graag.",
    "pt": "Mudei de cidade em janeiro, então parar por favor.",
}


@pytest.mark.parametrize(("language", "body"), sorted(POLITE_STOP.items()))
def test_the_stop_word_with_a_courtesy_word_inside_a_sentence_is_an_opt_out(language: str,
                                                                          body: str) -> None:
    assert _opted_out(language, body), body


POLITE_LOOK_ALIKES = {
    "en": "Please stop by the desk on Friday, I left my towel there.",
    "en2": "Can you stop please the direct debit from next month?",
    "de": "Bitte stoppen Sie die Abbuchung zum Monatsende, danke.",
    "es": "¿Baja por favor el precio del bono si vuelvo?",
    "fr": "Merci de stopper le prélèvement, je reviendrai en mars.",
    "it": "Basta poco, grazie: il corso del martedì mi piaceva molto.",
    "nl": "Graag stoppen met de automatische incasso vanaf april.",
    "pt": "Por favor parar a cobrança do cartão, volto em maio.",
}


@pytest.mark.parametrize(("language", "body"), sorted(POLITE_LOOK_ALIKES.items()))
def test_a_courtesy_word_near_another_stop_is_no_opt_out(language: str, body: str) -> None:
    assert not _opted_out(language[:2], body), body


# -- 2. the stop word in capitals inside a sentence ---------------------------------------------

CAPITAL_STOP = {
    "en": "passed my exam last week with another tutor so UNSUBSRIBE thanks",
    "de": "hab jetzt einen Platz im Verein gefunden also AUSTRAGN danke",
    "es": "ya me apunté en otro sitio así que BAJA gracias",
    "fr": "j'ai trouvé un cours en ligne donc DESINSCRIR merci",
    "it": "ho già finito il corso altrove quindi DISICRIVIMI grazie",
    "nl": "ik ga voortaan bij de buurvrouw sporten dus UITSCHRIJVN bedankt",
    "pt": "já consegui vaga noutra escola por isso DESCADASTAR obrigado",
}


@pytest.mark.parametrize(("language", "body"), sorted(CAPITAL_STOP.items()))
def test_the_stop_word_in_capitals_inside_a_sentence_is_an_opt_out(language: str, body: str) -> None:
    assert _opted_out(language, body), body


CAPITAL_LOOK_ALIKES = {
    "en": "I nearly replied STOP out of habit, but the spring offer looks good!",
    "de": "Ich schreibe ganz sicher nicht AUSTRAGEN, ich komme im Mai wieder.",
    "es": "Casi contesto BAJA sin leer, pero la oferta me interesa.",
    "fr": "Je ne vais pas répondre DÉSINSCRIRE, je reviens en juin.",
    "it": "Non rispondo DISISCRIVIMI, tranquilli: torno a settembre.",
    "nl": "Ik stuur zeker geen UITSCHRIJVEN, ik kom na de zomer terug.",
    "pt": "Quase respondi PARAR, mas afinal quero voltar em março.",
    "en2": "We moved to SARI street, the new flat is lovely.",
}


@pytest.mark.parametrize(("language", "body"), sorted(CAPITAL_LOOK_ALIKES.items()))
def test_the_stop_word_in_capitals_told_or_denied_is_no_opt_out(language: str, body: str) -> None:
    assert not _opted_out(language[:2], body), body


# -- 3. regional forms of "don't write to me any more" ------------------------------------------

REGIONAL = {
    "en": "Ach, nae mair emails, I'm done with the pool.",
    "de": "Schreibts ma bittschön nix mehr, i geh jetzt woanders hin.",
    "es": "Che, cortala con los mails que ya me anoté en otro club.",
    "fr": "M'écrivez pu, j'ai déménagé à Québec.",
    "it": "Nun me mannate cchiù, ja, stongo buono accussì.",
    "nl": "Stuurt mij niks meer, 't is gedaan.",
    "pt": "Pode parar de mandar, já mudei de escola faz tempo.",
}


@pytest.mark.parametrize(("language", "text"), sorted(REGIONAL.items()))
def test_regional_forms_of_write_no_more_are_an_opt_out(language: str, text: str) -> None:
    assert classify_reason(text, language).opt_out, text


REGIONAL_LOOK_ALIKES = {
    "de": "I brauch des nimmer, der Kurs war eh z'teuer.",
    "es": "Pará un poco, ¿el precio subió otra vez?",
    "it": "Nun ce stanno cchiù posti 'o sabato?",
    "nl": "Het lukt mij niet meer op dinsdag.",
    "pt": "Pode parar de mandar o técnico, já resolvi o problema.",
}


@pytest.mark.parametrize(("language", "text"), sorted(REGIONAL_LOOK_ALIKES.items()))
def test_regional_look_alikes_are_no_opt_out(language: str, text: str) -> None:
    assert not classify_reason(text, language).opt_out, text


# -- 4. the stop word added to the subject ------------------------------------------------------

SUBJECT_ADDED = {
    "en": "Re: Your booking is cancelled - UNSUBSCRIBE",
    "de": "AW: Ihre Kündigung ist bestätigt [AUSTRAGEN]",
    "es": "RE: Cancelación confirmada: BAJA",
    "fr": "RE : Annulation confirmée – DÉSINSCRIRE",
    "it": "R: Disdetta confermata (DISISCRIVIMI)",
    "nl": "Antw: Annulering bevestigd - UITSCHRIJVEN",
    "pt": "RES: Cancelamento confirmado - DESCADASTRAR",
}
REASON_ONLY = "The new timetable just didn't fit my shifts any more."


@pytest.mark.parametrize(("language", "subject"), sorted(SUBJECT_ADDED.items()))
def test_the_stop_word_added_to_the_subject_is_an_opt_out(language: str, subject: str) -> None:
    assert _opted_out(language, REASON_ONLY, subject), subject


def test_a_subject_replaced_by_the_word_in_a_thread_is_an_opt_out() -> None:
    assert _opted_out("de", "Wir wohnen jetzt in Linz, danke für alles.", "Abmelden")


SUBJECT_LOOK_ALIKES = {
    "en": "Re: Your booking is cancelled - Unsubscribe",
    "de": "AW: Abmelden bestätigt",
    "es": "RE: Baja confirmada",
    "fr": "RE : Stop aux frais cachés – nos nouveaux tarifs",
    "it": "R: Disdetta confermata - GRAZIE",
    "nl": "Antw: Afmelden gelukt",
    "pt": "RES: Cancelamento confirmado - SAIBA MAIS",
}


@pytest.mark.parametrize(("language", "subject"), sorted(SUBJECT_LOOK_ALIKES.items()))
def test_our_subject_with_a_stop_word_is_no_opt_out(language: str, subject: str) -> None:
    assert not _opted_out(language, REASON_ONLY, subject), subject


# -- 5. our stop sentence cited and refused -----------------------------------------------------

CITED_REFUSED = {
    "en": 'At the bottom you say "just send UNSUBSCRIBE back" - I certainly won\'t, I love your emails.',
    "de": 'Unten steht „einfach AUSTRAGEN zurückschicken“ – mach ich sicher nicht, ich mag eure Mails.',
    "es": 'Pone "envíe BAJA de vuelta" – ni hablar, me encantan sus correos.',
    "fr": "Vous écrivez « renvoyez DÉSINSCRIRE » : sûrement pas, j'adore vos newsletters.",
    "it": "Scrivete \"inviate DISISCRIVIMI\": non lo farò mai, adoro le vostre email.",
    "nl": 'Jullie schrijven "stuur UITSCHRIJVEN terug" – echt niet, ik lees jullie mails graag.',
    "pt": 'Vocês escrevem "mande DESCADASTRAR de volta" – nunca, adoro os seus e-mails.',
}


@pytest.mark.parametrize(("language", "text"), sorted(CITED_REFUSED.items()))
def test_our_stop_sentence_cited_and_refused_is_no_opt_out(language: str, text: str) -> None:
    read = classify_reason(text, language)
    assert not read.opt_out and read.cites_stop and read.keeps_mail, (text, read)


@pytest.mark.parametrize(("language", "text"), sorted(CITED_REFUSED.items()))
def test_our_stop_sentence_cited_and_refused_in_a_reply_is_no_opt_out(language: str, text: str) -> None:
    assert not _opted_out(language, text), text


def test_a_wish_told_in_words_after_liking_the_mail_stays_an_opt_out() -> None:
    assert classify_reason("I love your emails, but please stop emailing me now that I moved.", "en").opt_out
