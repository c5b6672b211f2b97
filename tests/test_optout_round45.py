"""Opt-outs round 45 (after the replies_fresh60 first look), by family, in seven languages: a
misspelt one-word reply (a phone's capital letter, b for v, a doubled letter: "Stpo", "vaja");
dialect with an elided letter ("schickt's ma nix mehr", "quit sendin' me"); "lose / forget my
e-mail address"; formal GDPR wording (erasure as a noun, commercial mail to cease); "I want to
leave the list"; an informal "take me off" followed by a clause of its own, asked of the staff
member who sends the newsletter. Look-alikes: the sender's own name alone, an e-mail password
forgotten, yesterday's e-mail to be forgotten, a bank card's data, a waiting list, a list one asks
to stay on, a class to be taken off, a WhatsApp group. Sentences written for these tests.
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

STOP_SENTENCE = {
    "en": "Rather not hear from us? Reply STOP.",
    "de": "Keine Post mehr gewünscht? Antworten Sie mit STOPP.",
    "es": "¿No quieres más correos? Responde BAJA.",
    "fr": "Vous ne voulez plus de nos messages ? Répondez DÉSABONNER.",
    "it": "Non vuoi più le nostre email? Rispondi BASTA.",
    "nl": "Geen mails meer? Antwoord STOP.",
    "pt": "Não quer mais e-mails? Responda SAIR.",
}


def _reply(language: str, body: str, sender: str = "Robin Vale") -> bytes:
    quoted = "\n".join(f"> {line}" for line in ("Hello,", "", "Spring classes start soon.", "",
                                                  STOP_SENTENCE[language]))
    msg = EmailMessage()
    msg["From"] = f"{sender} <robin@example.net>"
    msg["To"] = "hello@studio-birch.example"
    msg["Subject"] = "Re: Spring at the studio"
    msg["Date"] = format_datetime(datetime(2026, 12, 9, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<r45@example.net>"
    msg["In-Reply-To"] = "<fu45@responder.studio-birch.example>"
    msg.set_content(f"{body}\n\nOn Tue, 8 Dec 2026, Studio Birch wrote:\n{quoted}\n")
    return msg.as_bytes()


def _opted_out(language: str, body: str, sender: str = "Robin Vale") -> bool:
    read = pre_read(parse_message(_reply(language, body, sender)), IDENTITY, "en", 0.5).reading
    return read.reason is not None and read.reason.opt_out


# -- 1. a misspelt one-word reply ---------------------------------------------------------------

MISSPELT_WORD = {
    "en": "Sotp",              # swapped, with a phone's capital
    "de": "Sotpp",             # swapped, capital
    "es": "Vaja",              # b written v, capital
    "fr": "Stoop",             # a doubled letter
    "it": "Vasta",             # b written v
    "nl": "Stpo",              # swapped, capital
    "pt": "Siar",              # swapped, capital
}


@pytest.mark.parametrize("language", sorted(MISSPELT_WORD))
def test_misspelt_one_word_reply_is_read(language: str) -> None:
    assert _opted_out(language, MISSPELT_WORD[language])


@pytest.mark.parametrize("language", sorted(MISSPELT_WORD))
def test_misspelt_word_above_the_senders_name_is_read(language: str) -> None:
    assert _opted_out(language, f"{MISSPELT_WORD[language]}\n\nRobin")


@pytest.mark.parametrize(("language", "body", "sender"), [
    ("pt", "Sari", "Sari Lopes"),     # the sender's own name, sent alone
    ("en", "Thanks for everything.\n\nSari", "Sari Lopes"),
    ("es", "Vale", "Robin Vale"),      # "OK", and the sender's name too
    ("es", "vale", "Marta Ruiz"),      # "OK": not "baja" with a slip
    ("it", "Pasta", "Robin Vale"),     # the first letter is not a slip
])
def test_a_name_or_another_word_is_not_a_misspelt_stop(language: str, body: str, sender: str) -> None:
    assert not _opted_out(language, body, sender)


# -- 2. dialect with an elided letter ------------------------------------------------------------

ELIDED = {
    "en": "Moved up north, so quit sendin' me them emails, ta.",
    "de": "Servus, schreibt's ma bittschön nix mehr, i geh nimma hin.",
    "es": "Mirá, no me mandes ma' correos, ya no voy.",
    "it": "Guagliù, nun me mannat' cchiù, nun vengo.",
}


@pytest.mark.parametrize("language", sorted(ELIDED))
def test_elided_dialect_no_more_mail_is_read(language: str) -> None:
    assert classify_reason(ELIDED[language], language).opt_out


def test_elided_dialect_about_a_parcel_is_not_an_opt_out() -> None:
    assert not classify_reason("Schickt's ma bittschön de Rechnung, i zoi glei.", "de").opt_out


# -- 3. lose / forget my e-mail address ----------------------------------------------------------

LOSE_MY_ADDRESS = {
    "en": "No hard feelings, but forget my email address please. I've stopped climbing.",
    "de": "Nichts für ungut, aber vergesst einfach meine Mailadresse. Ich tanze nicht mehr.",
    "es": "Sin rencor, pero olvidaos de mi correo. Ya no estudio idiomas.",
    "fr": "Sans rancune, mais oubliez mon adresse mail. J'ai arrêté la poterie.",
    "it": "Senza offesa, ma dimenticate il mio indirizzo email. Ho smesso con la palestra.",
    "nl": "Niet persoonlijk bedoeld, maar vergeet mijn mailadres maar. Ik speel geen gitaar meer.",
    "pt": "Sem ofensa, mas esqueçam o meu endereço de e-mail. Já não surfo.",
}


@pytest.mark.parametrize("language", sorted(LOSE_MY_ADDRESS))
def test_lose_or_forget_my_address_is_read(language: str) -> None:
    assert classify_reason(LOSE_MY_ADDRESS[language], language).opt_out


@pytest.mark.parametrize(("language", "text"), [
    ("en", "I forgot my email password, could you reset the booking account?"),
    ("en", "Please forget my email from yesterday, I sent it to the wrong studio."),
    ("de", "Vergesst meine Mail von gestern, das hat sich erledigt. Bis Montag!"),
    ("es", "Olvida mi correo de ayer, ya lo he solucionado."),
    ("pt", "Esqueci a senha do meu e-mail, podem mandar a fatura por SMS?"),
    ("nl", "Vergeet mijn mail van gisteren maar, het is al opgelost."),
    ("en", "Please don't lose my email address, I want the spring news."),
])
def test_forgotten_password_or_message_is_not_an_opt_out(language: str, text: str) -> None:
    assert not classify_reason(text, language).opt_out


# -- 4. formal GDPR wording ----------------------------------------------------------------------

GDPR = {
    "en": "I hereby ask you to discontinue all promotional mailings to this address.",
    "de": "Ich fordere Sie auf, jegliche Zusendung von Werbung an diese Adresse einzustellen.",
    "es": "Les ruego el cese de todo envío de comunicaciones comerciales a esta dirección.",
    "fr": "Je vous prie de procéder à l'effacement de la totalité de mes données.",
    "it": "Vi chiedo di cessare ogni invio di comunicazioni commerciali a questo indirizzo.",
    "nl": "Ik verzoek u de toezending van commerciële berichten aan dit adres te staken.",
    "pt": "Solicito que cessem o envio de comunicações comerciais para este endereço.",
}


@pytest.mark.parametrize("language", sorted(GDPR))
def test_formal_erasure_or_cease_commercial_mail_is_read(language: str) -> None:
    assert classify_reason(GDPR[language], language).opt_out


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Merci de procéder à l'effacement des données de carte bancaire, je paie en espèces."),
    ("es", "Solicito la supresión de los datos de la tarjeta, pagaré en efectivo. Los correos sí."),
    ("pt", "Podem cessar o envio de faturas em papel? Os e-mails podem continuar."),
])
def test_card_data_or_paper_is_not_an_opt_out(language: str, text: str) -> None:
    assert not classify_reason(text, language).opt_out


# -- 5. I want to leave the list -----------------------------------------------------------------

LEAVE_THE_LIST = {
    "en": "Could you tell whoever does the mailings? I'd like to be taken off the list.",
    "de": "Gebt das bitte an Jonas weiter: ich möchte von eurer Liste gestrichen werden... nein: "
          "ich möchte aus der Liste raus.",
    "es": "Pásale esto a Lucía, que lleva los correos: quisiera salir de la lista.",
    "fr": "Transmettez à Claire qui gère les envois : je voudrais sortir de la liste, merci.",
    "it": "Girala a Marco che cura le email: vorrei essere tolta dalla lista.",
    "nl": "Wil je dit aan Sanne doorgeven: ik wil van de maillijst af.",
    "pt": "Passa ao Rui, que trata dos e-mails: quero sair da vossa lista de e-mails.",
}


@pytest.mark.parametrize("language", sorted(LEAVE_THE_LIST))
def test_wish_to_leave_the_list_is_read(language: str) -> None:
    assert classify_reason(LEAVE_THE_LIST[language], language).opt_out


@pytest.mark.parametrize(("language", "text"), [
    ("es", "Quiero salir de la lista de espera del intensivo, ya encontré plaza."),
    ("pt", "Por favor não me tirem da lista, gosto das novidades. Quero sair é do grupo de WhatsApp."),
    ("fr", "Je voudrais sortir de la liste d'attente du cours du lundi."),
    ("it", "Vorrei essere tolta dalla lista d'attesa, ho trovato posto altrove."),
])
def test_waiting_list_or_group_is_not_an_opt_out(language: str, text: str) -> None:
    assert not classify_reason(text, language).opt_out


# -- 6. "take me off", then a clause of its own, asked of the one who sends the mail --------------

TAKE_ME_OFF_THEN = {
    "de": "Jonas, du machst doch den Newsletter? Trag mich bitte aus, wir sind nach Linz gezogen.",
    "es": "Lucía, tú mandas el boletín, ¿no? Sácame, ya no vivo en Sevilla.",
    "fr": "Claire, c'est toi qui fais les mails ? Désinscris-moi, je n'ai plus le temps.",
    "it": "Marco, la newsletter la mandi tu, giusto? Toglimi, ho cambiato città.",
    "nl": "Sanne, jij verstuurt de nieuwsbrief toch? Haal me eraf, we zijn verhuisd.",
    "pt": "Rita, és tu que mandas a newsletter, certo? Tira-me, já não surfo.",
    "en": "Sam, you send the newsletter, right? Take me off, we've moved to Leeds.",  # read before too
}


@pytest.mark.parametrize("language", sorted(TAKE_ME_OFF_THEN))
def test_take_me_off_then_a_clause_is_read(language: str) -> None:
    assert classify_reason(TAKE_ME_OFF_THEN[language], language).opt_out


@pytest.mark.parametrize(("language", "text"), [
    ("it", "Marco, cancellami, il corso del giovedì non lo faccio più. Le email le leggo volentieri."),
    ("de", "Trag mich bitte aus, der Kinderkurs am Samstag geht nicht mehr. Den Newsletter lese ich gern."),
    ("nl", "Haal me eraf, de zomerkamp gaat niet door voor ons. De nieuwsbrief mag blijven komen."),
    ("es", "Sácame, que el curso de los martes no me va. Seguid mandando el boletín."),
])
def test_take_me_off_a_course_is_not_an_opt_out(language: str, text: str) -> None:
    assert not classify_reason(text, language).opt_out
