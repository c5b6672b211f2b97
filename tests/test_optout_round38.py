"""Opt-outs round 38 (after the replies_fresh51 and replies_fresh52 first looks): asked to refrain
from mailing, never to write again in the subjunctive, "leave my inbox alone", mailing no longer
needed with the verb first, contacting by e-mail asked to end, not wishing to go on seeing our
mail; and e-mail told as enough while paper is stopped (no opt-out). Sentences per language,
written for these tests (not the blind sets')."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason


def _opts_out(text: str, language: str) -> bool:
    return classify_reason(text, language).opt_out


REFRAIN = {
    "en": "I would ask you to refrain from sending me further offers.",
    "de": "Ich bitte Sie, von weiteren Zusendungen an mich abzusehen.",
    "es": "Les agradecería que no volvieran a escribirme a esta dirección.",
    "fr": "Je vous prie de vous abstenir de m'envoyer d'autres offres.",
    "it": "Vi prego di astenervi dall'inviarmi altre offerte.",
    "nl": "Ik verzoek u af te zien van verdere mailings aan mij.",
    "pt": "Agradecia que se abstenham de me enviar mais ofertas.",
}


@pytest.mark.parametrize(("language", "text"), sorted(REFRAIN.items()))
def test_asked_to_refrain(language: str, text: str) -> None:
    assert _opts_out(text, language), text


LEAVE_MY_INBOX = {
    "en": "Not this offer, not the next one: give my inbox a rest, please.",
    "de": "Gönnt meinem Postfach eine Pause, bitte.",
    "es": "Ni esta oferta ni las siguientes: dejad descansar mi bandeja de entrada.",
    "fr": "Laissez ma boîte mail tranquille, merci.",
    "it": "Lasciate in pace la mia casella, grazie.",
    "nl": "Gun mijn inbox wat rust, alsjeblieft.",
    "pt": "Deixem a minha caixa de correio em paz, por favor.",
}


@pytest.mark.parametrize(("language", "text"), sorted(LEAVE_MY_INBOX.items()))
def test_leave_my_inbox_alone(language: str, text: str) -> None:
    assert _opts_out(text, language), text


MAILING_ENDED = {
    "en": "Please take care not to contact us by email any more.",
    "de": "Bitte uns nicht mehr per E-Mail zu kontaktieren.",
    "es": "Les pido no contactarme más por correo.",
    "fr": "Merci de ne plus me contacter par e-mail.",
    "it": "Vi chiedo di non contattarmi più via email.",
    "nl": "Hoeft niet. En mailen hoeft ook niet meer.",
    "pt": "Peço que passem a não me contactar mais por e-mail.",
}


@pytest.mark.parametrize(("language", "text"), sorted(MAILING_ENDED.items()))
def test_mailing_no_longer_needed_or_asked_to_end(language: str, text: str) -> None:
    assert _opts_out(text, language), text


def test_contacting_by_email_asked_to_end_in_dutch() -> None:
    assert _opts_out("Ik verzoek u vriendelijk ons verder niet meer per e-mail te benaderen.", "nl")


def test_mailing_not_needed_to_stop_is_no_opt_out() -> None:
    assert not _opts_out("Stoppen met mailen hoeft niet, ik lees ze graag.", "nl")


NOT_GOING_ON = {
    "en": "I honestly don't want to keep getting these after what happened.",
    "de": "Ich habe nicht vor, weitere Angebote von Ihnen zu lesen.",
    "es": "No quiero seguir recibiendo estas ofertas.",
    "fr": "Je n'ai pas l'intention de continuer à recevoir vos offres.",
    "it": "Non voglio continuare a ricevere queste offerte.",
    "nl": "Ik ben niet van plan jullie nieuwsbrief te blijven ontvangen.",
    "pt": "Não pretendo receber mais emails vossos. Obrigado.",
}


@pytest.mark.parametrize(("language", "text"), sorted(NOT_GOING_ON.items()))
def test_not_wishing_to_go_on_receiving(language: str, text: str) -> None:
    assert _opts_out(text, language), text


def test_not_going_on_seeing_our_mail_in_portuguese() -> None:
    assert _opts_out("Sinceramente não quero continuar a ver estas mensagens.", "pt")


PAPER_STOPPED_MAIL_ENOUGH = {  # paper stopped, e-mail told as enough: no opt-out
    "en": "Please stop sending the paper letters, email is just fine.",
    "de": "Bitte keine Briefe mehr per Post schicken, E-Mail reicht.",
    "es": "Dejad de mandarme cartas en papel, el correo basta.",
    "fr": "Arrêtez de m'envoyer des lettres papier, l'e-mail suffit.",
    "it": "Smettete di mandarmi lettere cartacee, la mail basta.",
    "nl": "Stuur geen brieven meer op papier, e-mail is genoeg.",
    "pt": "Deixem de me mandar as cartas em papel, que o email chega perfeitamente.",
}


@pytest.mark.parametrize(("language", "text"), sorted(PAPER_STOPPED_MAIL_ENOUGH.items()))
def test_paper_stopped_with_email_enough_is_no_opt_out(language: str, text: str) -> None:
    reading = classify_reason(text, language)
    assert not reading.opt_out and reading.keeps_mail, (text, reading)


OLD_ADDRESS = {  # an old address removed, the current one kept: a change of address
    "en": "Please remove my old address from your list and write to this one instead.",
    "de": "Bitte löschen Sie meine alte Adresse aus dem Verteiler, die neue ist diese hier.",
    "es": "Quitad de la lista mi correo antiguo, ya no lo uso; escribidme a este.",
    "fr": "Retirez mon ancienne adresse de votre liste, écrivez-moi plutôt ici.",
    "it": "Toglietemi dalla lista il vecchio indirizzo, scrivetemi a questo.",
    "nl": "Haal mijn oude e-mailadres van de lijst, mail me voortaan hier.",
    "pt": "Por favor retirem da vossa lista o meu e-mail antigo. Podem continuar a escrever-me para este.",
}


@pytest.mark.parametrize(("language", "text"), sorted(OLD_ADDRESS.items()))
def test_an_old_address_removed_is_no_opt_out(language: str, text: str) -> None:
    assert not _opts_out(text, language), text
