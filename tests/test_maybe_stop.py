"""The safety net under the opt-out rules (responder.maybe_stop): a reply that may ask us to
stop in words the rules do not know goes to a person. Sentences per language, both ways;
the rules' own phrasings are switched off here by asking the net directly."""

from __future__ import annotations

import pytest

from responder.maybe_stop import LANGUAGES, maybe_stop, says_little
from responder.reasons import classify_reason

ASKS = {  # (language, words no rule was written for)
    "en": ["I'd appreciate it if the emails about it ended here.",
           "Please delete our details, we won't be needing any further correspondence.",
           "I just get far too many emails.", "Count me out of the mailing list please"],
    "de": ["Hört endlich auf, mir zu schreiben.", "Bitte löschen Sie meine Daten.",
           "Nehmen Sie mich bitte aus Ihrem Verteiler."],
    "es": ["Les pido que eliminen mis datos y que no me vuelvan a escribir.",
           "Por favor sacadme de la lista de correo."],
    "fr": ["Du coup plus besoin de vos mails.", "Merci de ne plus m'écrire.",
           "Désabonnez-moi s'il vous plaît."],
    "it": ["Non mandatemi più niente, grazie.", "BASTA con queste email!!!"],
    "nl": ["Hou nou eens op met die mails.", "Ik wil niks meer van jullie ontvangen.",
           "Gelieve mij uit te schrijven."],
    "pt": ["Por favor retirem o meu email da vossa lista.", "Por favor não me enviem mais emails.",
           "Quero me descadastrar."],
    # round 18: the last e-mail, forget me, spare me (words, not these sentences)
    "xx": ["Let this message be the last one you send.", "Vergessen Sie bitte meine Adresse für Ihre Mails.",
           "Ersparen Sie mir weitere Mails.", "Oubliez mon adresse pour vos envois.",
           "Que este sea el último mensaje, por favor."],
}

SAYS_NOTHING_OF_IT = {  # reasons and thanks: no word of our mail, or no wish for an end
    "en": ["Thanks for your email, I moved to Leeds.", "My knee is not good, I had to stop.",
           "Work got too busy, sorry."],
    "de": ["Danke für Ihre Nachricht. Ich bin umgezogen.", "Das Knie macht nicht mehr mit."],
    "es": ["Gracias por su mensaje, me mudé a Valencia.", "No tengo tiempo ahora mismo."],
    "fr": ["Merci pour votre message, j'ai déménagé.", "Je n'ai plus le temps."],
    "it": ["Grazie per il messaggio, mi sono trasferita.", "Non ho più tempo."],
    "nl": ["Bedankt voor je bericht, ik ben verhuisd.", "Ik heb er geen tijd meer voor."],
    "pt": ["Obrigada pela mensagem, mudei-me para o Porto.", "Não tenho tempo agora."],
}


KEEP_SENDING = {  # the opposite wish, in every language: never held
    "en": "My knee needs rest. Please don't stop sending the newsletter though!",
    "de": "Hören Sie bitte nicht auf, mir den Newsletter zu schicken.",
    "es": "Eso sí, no dejéis de mandarme las ofertas.",
    "fr": "N'arrêtez surtout pas de m'envoyer vos nouvelles.",
    "it": "Non smettete di mandarmi le offerte, mi raccomando.",
    "nl": "Stop vooral niet met mailen, ik lees het graag.",
    "pt": "Não parem de me mandar as novidades, por favor.",
}


@pytest.mark.parametrize(("language", "text"), sorted(KEEP_SENDING.items()))
def test_asking_us_to_keep_sending_is_not_held(language: str, text: str) -> None:
    assert maybe_stop(text) == ""


def test_why_dont_you_stop_is_still_held() -> None:
    assert maybe_stop("Why don't you stop emailing me?")


@pytest.mark.parametrize(("language", "text"),
                         [(lang, t) for lang, texts in ASKS.items() for t in texts])
def test_words_that_may_ask_us_to_stop(language: str, text: str) -> None:
    assert maybe_stop(text).startswith("may have asked to stop")


@pytest.mark.parametrize(("language", "text"),
                         [(lang, t) for lang, texts in SAYS_NOTHING_OF_IT.items() for t in texts])
def test_reasons_and_thanks_are_not_held(language: str, text: str) -> None:
    assert maybe_stop(text) == ""


def test_every_language_has_its_words() -> None:
    assert set(LANGUAGES) == set(ASKS) - {"xx"} == set(SAYS_NOTHING_OF_IT) == set(KEEP_SENDING)
    assert all(e.mail and e.end and e.list_words and e.thanks and e.fine and e.mine and e.keep
               for e in LANGUAGES.values())


@pytest.mark.parametrize(("text", "little"), [
    ("Nee.", True), ("Genug!", True), ("SAIR", True), ("Thanks!", False), ("Muchas gracias", False),
    ("ok", False), ("Ja, danke", False), ("", False), ("I moved to Porto last month.", False)])
def test_a_word_or_two(text: str, little: bool) -> None:
    assert says_little(text) is little


def test_the_reading_carries_it_only_where_no_opt_out_is_read() -> None:
    held = classify_reason("Honestly, I could do without the messages from now on.", "en")
    assert not held.opt_out and held.maybe_stop
    assert classify_reason("Please stop emailing me.", "en").maybe_stop == ""  # the rules read it
    assert classify_reason("Nee.", "nl").maybe_stop  # a word or two that says nothing else
    assert classify_reason("Ziek.", "nl").maybe_stop == ""  # a word that gives a reason


# Round 22 (the replies_fresh21 first look: 9 of 55 held that did not ask, most of them
# "don't take me off the list"), in every language, written anew.
KEEP_ME_ON = {
    "en": "Please don't take me off the mailing list, I'll want the spring dates.",
    "de": "Tragen Sie mich bitte nicht aus dem Verteiler aus.",
    "es": "No me borréis de la lista, que en primavera vuelvo.",
    "fr": "Gardez-moi bien dans votre newsletter, s'il vous plaît.",
    "it": "Non toglietemi dalla newsletter, mi interessa.",
    "nl": "Haal me alsjeblieft niet van de nieuwsbrief af.",
    "pt": "Não me tirem da lista, quero saber das novidades.",
}
OUR_SILENCE = {  # "without a word": what went wrong, not a wish about our mail
    "en": "The cleaner never came, without any word to us.",
    "de": "Zweimal kam niemand, ohne jede Nachricht.",
    "es": "Cancelaron la clase sin avisar, otra vez.",
    "fr": "Le cours a été annulé sans prévenir.",
    "it": "Hanno spostato la lezione senza avvisare nessuno.",
    "nl": "Er kwam niemand, zonder bericht.",
    "pt": "Desmarcaram a sessão sem avisar.",
}


@pytest.mark.parametrize(("language", "text"), sorted(KEEP_ME_ON.items()))
def test_asking_to_stay_on_the_list_is_not_held(language: str, text: str) -> None:
    assert maybe_stop(text) == ""


@pytest.mark.parametrize(("language", "text"), sorted(OUR_SILENCE.items()))
def test_our_silence_is_not_held(language: str, text: str) -> None:
    assert maybe_stop(text) == ""


def test_a_desk_is_no_writing() -> None:
    assert maybe_stop("Niente di che: ho preso una scrivania in un coworking.") == ""
    assert maybe_stop("Non scrivetemi più.") != ""


@pytest.mark.parametrize("text", [
    "Take me off the mailing list, please.", "Tragen Sie mich aus dem Verteiler aus.",
    "Borradme de la lista.", "Retirez-moi de votre liste.", "Toglietemi dalla newsletter.",
    "Haal me van de nieuwsbrief af.", "Tirem-me da lista.",
])
def test_asking_to_leave_the_list_still_is(text: str) -> None:
    assert maybe_stop(text) != "" or classify_reason(text, "en").opt_out


@pytest.mark.parametrize("text", [  # more ways of staying on the list, with "us" and in other orders
    "Please don't take us off the mailing list, we'll be back in spring.",
    "Bitte uns nicht aus dem Verteiler nehmen.",
    "Nehmen Sie mich da bitte nicht raus.",
    "No me deis de baja del boletín, eh.",
    "Ne nous retirez pas, on reviendra.",
    "Ik wil me niet afmelden hoor.",
    "Podem continuar a enviar-me as novidades.",
])
def test_staying_on_the_list_in_other_words_is_not_held(text: str) -> None:
    assert maybe_stop(text) == ""


@pytest.mark.parametrize("text", [  # our mail named as the customer's address: held when no rule reads it
    "Löschen Sie meine Adresse endlich.", "Erase my address for good.", "Quiten mi dirección ya.",
    "Effacez enfin mon adresse.", "Togliete il mio indirizzo e basta.", "Haal mijn adres weg.",
    "Tirem o meu endereço daí.",
])
def test_the_address_is_our_mail(text: str) -> None:
    assert maybe_stop(text) != ""
