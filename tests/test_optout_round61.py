"""Opt-outs round 61 (after the replies_fresh79 first look, a hard set: 6 of 16 opt-outs read). The quoted
mail's own stop sentence is read when the client wrapped it over several quoted lines ("… il vous\\n>
suffit de répondre par le mot FIN") and when its promise closes the sentence before ("Wil je niets meer
van ons ontvangen? Antwoord dan met het woord GENOEG"); "keine E-Mails mehr" promises too. In a short
reply, that word alone in a sentence or after a colon ("Merci pour tout. Fin.", "en ja: genoeg 😉") and
the word with two letters swapped or one left out beside a courtesy word ("Rhue bitte") opt out. Asked
in the polite conditional ("I'd appreciate it if you didn't email me", "als u mij niet meer zou
mailen") or as the end of the mails ("la fine anche delle email"), in every language."""

from __future__ import annotations

import pytest

from responder.optout import quoted_stop_words
from responder.reasons import classify_reason
from tests.test_optout_round40 import _read

#: A business's own stop sentence, wrapped by the mail client, and its word.
WRAPPED = {
    "en": ("If you'd rather not hear from us again, just reply with\nthe word QUIET and we won't write"
           " again.",
           "QUIET"),
    "de": ("Und falls Sie künftig keine E-Mails mehr von uns bekommen möchten, antworten\nSie einfach mit dem"
           " Wort RUHE.", "RUHE"),
    "es": ("Si no quieres recibir más correos nuestros, responde con\nla palabra BASTA y no te escribimos"
           " más.",
           "BASTA"),
    "fr": ("Si vous préférez ne plus recevoir de courriels de notre part, il vous\nsuffit de répondre par le"
           " mot FIN.", "FIN"),
    "it": ("Se preferisce non ricevere più email da noi, risponda\nsemplicemente FINE.", "FINE"),
    "nl": ("Wil je na deze mail niets meer van ons ontvangen? Antwoord dan met het woord\nGENOEG en we laten"
           " je met rust.", "GENOEG"),
    "pt": ("Se preferir não receber mais e-mails nossos, basta responder\ncom a palavra CHEGA.", "CHEGA"),
}


@pytest.mark.parametrize("language", sorted(WRAPPED))
def test_the_wrapped_quoted_word_alone_in_a_sentence_opts_out(language: str) -> None:
    sentence, word = WRAPPED[language]
    assert _read(language, word, sentence)
    assert _read(language, f"Thanks for everything. {word.capitalize()}.", sentence)
    assert _read(language, f"thanks, it was nice. and yes: {word.lower()} 😉", sentence)


@pytest.mark.parametrize("language", sorted(WRAPPED))
def test_the_quoted_word_with_a_slip_and_a_courtesy_word_opts_out(language: str) -> None:
    sentence, word = WRAPPED[language]
    swapped = word[0] + word[2] + word[1] + word[3:]
    # (never in a word of three letters: "Fni please" is not "FIN")
    assert _read(language, f"Thanks. {swapped.capitalize()} please.", sentence) == (len(word) >= 4)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Thanks. Shop please."),  # a letter changed, not swapped
    ("en", "Thanks, it was the quietest place I know."),
    ("de", "Danke, ich brauche jetzt ein bisschen Ruhe für den Hund."),
    ("nl", "Er liggen nog genoeg flessen in de kelder, dank je!"),
    ("fr", "Je garde l'abonnement jusqu'à la fin de la saison."),
    ("it", "Vi pago a fine mese, grazie."),
    ("pt", "A Leonor chega a tempo para a aula de sábado?"),
])
def test_the_word_in_its_ordinary_meaning_is_no_opt_out(language: str, text: str) -> None:
    sentence = WRAPPED[language][0] if language in WRAPPED else WRAPPED["en"][0]
    assert not _read(language, text, sentence)


@pytest.mark.parametrize(("language", "text"), [
    ("nl", "Ik zou het op prijs stellen als u mij voortaan niet meer zou mailen."),
    ("en", "I'd appreciate it if you didn't email me any more."),
    ("en", "It would be best if you stopped emailing me."),
    ("it", "E sì, per me può essere la fine anche delle email."),
    ("en", "And yes, that can be the end of the emails too."),
    ("es", "Y sí, que sea también el fin de los correos."),
    ("fr", "Et oui, ce sera la fin des mails aussi."),
    ("pt", "E sim, pode ser o fim dos e-mails também."),
])
def test_asked_politely_or_as_the_end_of_the_mails_opts_out(language: str, text: str) -> None:
    assert classify_reason(text, language).opt_out, classify_reason(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("it", "Non è la fine delle email, continuate pure a scrivermi!"),
    ("en", "If you didn't email me, I'd never hear about the summer evenings."),
    ("nl", "Ik stel jullie berichten erg op prijs."),
])
def test_look_alikes_are_no_opt_out(language: str, text: str) -> None:
    assert not classify_reason(text, language).opt_out, classify_reason(text, language)


def test_appreciating_is_no_price() -> None:
    assert classify_reason("Ik zou het op prijs stellen als u mij niet meer mailt.", "nl").reason != "cost"


def test_only_a_wrapped_line_joins_the_next() -> None:
    assert quoted_stop_words("> CANCELLATION CONFIRMED\n> Reply STOP and we won't write again.") == {"stop"}
    wrapped = ("> Si vous préférez ne plus recevoir de courriels de notre part, il vous\n> suffit de"
               " répondre par le mot FIN, et nous ne vous écrirons plus.")
    assert quoted_stop_words(wrapped) == {"fin"}
