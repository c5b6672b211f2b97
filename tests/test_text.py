"""new_text: what the customer wrote now, without quotes, signatures and footers."""

from __future__ import annotations

import pytest

from responder.text import split_new_text, strip_quotes

QUOTE_HEADERS = [
    "On Mon, 3 Mar 2025 at 10:00, Salon <s@example.com> wrote:",
    "El lun, 3 mar 2025 a las 10:00, Salón <s@example.com> escribió:",
    "Le lun. 3 mars 2025 à 10:00, Salon <s@example.com> a écrit :",
    "Am Mo., 3. März 2025 um 10:00 Uhr schrieb Salon <s@example.com>:",
    "Em seg., 3 de mar. de 2025 às 10:00, Salão <s@example.com> escreveu:",
    "Il giorno lun 3 mar 2025 alle ore 10:00 Salone <s@example.com> ha scritto:",
    "Op ma 3 mrt 2025 om 10:00 schreef Salon <s@example.com>:",
    "Op 3 mrt 2025 om 10:00 heeft Salon <s@example.com> het volgende geschreven:",  # Apple Mail
    "Salão <s@example.com> escreveu no dia seg., 3/03/2025 à(s) 10:00:",  # Gmail, pt-PT
    "-----Original Message-----",
    "-----Ursprüngliche Nachricht-----",
]


@pytest.mark.parametrize("header", QUOTE_HEADERS)
def test_quoted_reply_is_cut_in_every_language(header: str) -> None:
    body = f"Customer words here today.\n\n{header}\n> Your appointment is confirmed.\n> To cancel click here"
    assert strip_quotes(body) == "Customer words here today."


@pytest.mark.parametrize(("head", "sent"), [("From", "Sent"), ("Von", "Gesendet"), ("De", "Envoyé"),
                                            ("De", "Enviado"), ("Da", "Inviato"), ("Van", "Verzonden")])
def test_outlook_header_block_is_cut(head: str, sent: str) -> None:
    body = (f"Please move my call to Friday.\n\n{head}: Bookings <b@example.com>\n"
            f"{sent}: Monday, 3 March 2025 10:00\nSubject: Confirmed\n\nYour call is booked.")
    assert strip_quotes(body) == "Please move my call to Friday."


@pytest.mark.parametrize("line", ["Sent from my iPhone", "Von meinem iPhone gesendet", "Envoyé de mon iPhone",
                                  "Enviado desde mi iPhone", "Enviado do meu iPhone", "Inviato da iPhone",
                                  "Verstuurd vanaf mijn iPhone"])
def test_mobile_signature_is_dropped(line: str) -> None:
    assert strip_quotes(f"Cancel Friday please.\n\n{line}") == "Cancel Friday please."


def test_booking_footer_is_removed_and_reported() -> None:
    text, footers = split_new_text("Your table is booked.\nTo cancel, click here: https://x.example.com/c")
    assert text == "Your table is booked."
    assert footers and "click here" in footers[0]


def test_forwarded_message_counts_when_nothing_written_above() -> None:
    body = ("FYI\n\n---------- Forwarded message ---------\nFrom: Ann <ann@example.org>\n"
            "Date: Mon, 3 Mar 2025\nSubject: Friday\n\nPlease cancel my booking for Friday.\n")
    assert "Please cancel my booking for Friday." in strip_quotes(body)


def test_forwarded_message_is_context_when_sender_wrote_above() -> None:
    body = ("Please keep my appointment, I just wanted you to see this.\n\n"
            "---------- Forwarded message ---------\nFrom: x@example.org\n\nI cancel everything.")
    assert "cancel" not in strip_quotes(body)


@pytest.mark.parametrize("line", ["Reschedule: https://meet.example.com/r/4b9e",
                                  "Cancel: https://meet.example.com/c/4b9e",
                                  "Annuler : https://rdv.example.com/a/1",
                                  "Termin verschieben: https://t.example.com/v/1"])
def test_link_labelled_cancel_or_reschedule_is_a_footer(line: str) -> None:
    new, footers = split_new_text(f"A new event has been scheduled.\n{line}\n")
    assert new == "A new event has been scheduled." and footers == (line,)


def test_bottom_posted_reply_keeps_what_is_written_below_the_quote() -> None:
    """A customer who writes under the quoted acknowledgement is still read."""
    from responder.text import strip_quotes

    text = ("On 18/09/2025 12:00, Studio wrote:\n> We've received your cancellation.\n>\n"
            "> Feel free to tell us why.\n\nMy new job starts next week, so evenings are out.\n")
    assert strip_quotes(text) == "My new job starts next week, so evenings are out."


@pytest.mark.parametrize("line", [
    "Gostaria de cancelar a minha subscrição do cabaz semanal (cliente n.º 7741) a partir de amanhã.",
    "Quisiera cancelar mi suscripción, soy clienta desde hace años.",
    "Je voudrais annuler mon abonnement, le lien avec le club me manque déjà.",
])
def test_a_customers_own_line_is_no_footer_because_a_word_holds_lien_or_clic(line: str) -> None:
    body, footers = split_new_text(f"Boa noite,\n\n{line}\n\nObrigado,\nTiago\n")
    assert line in body and footers == ()


@pytest.mark.parametrize("line", [
    "Para cancelar a sua subscrição, clique aqui: https://x.example/c",
    "Pour annuler votre rendez-vous, cliquez ici.",
    "To cancel your booking, click here.",
])
def test_a_booking_system_footer_is_still_a_footer(line: str) -> None:
    _body, footers = split_new_text(f"Hi,\n\nSee you soon.\n\n{line}\n")
    assert footers == (line,)


# GMX and web.de quote with the date first ("Gesendet:" then "Von:"), and an HTML quote may
# flatten that block onto one line (the replies_fresh22 first look: the business's own "keine
# E-Mails mehr" in the quote was read as the customer's opt-out).
@pytest.mark.parametrize("header", [
    'Gesendet: Dienstag, 15. Dezember 2026 um 16:45 Uhr  Von: "Lernwerk" <team@lernwerk.example.com>'
    "  An: ayse@example.net\nBetreff: Ihre Kündigung",
    'Gesendet: Dienstag, 15. Dezember 2026 um 16:45 Uhr\nVon: "Lernwerk" <team@lernwerk.example.com>\n'
    "An: ayse@example.net\nBetreff: Ihre Kündigung",
    "Envoyé : mardi 15 décembre 2026 16:45  De : Studio <team@studio.example.com>\nObjet : Votre annulation",
])
def test_a_quote_block_that_starts_with_the_date_is_cut(header: str) -> None:
    body = ("Guten Morgen,\n\nEmre hat jetzt dienstags Unterricht bis 16 Uhr.\n\nViele Grüße\nAyşe\n\n"
            f"{header}\n\nSehr geehrte Frau Demir,\nwir bestätigen die Kündigung.\n"
            "Möchten Sie keine E-Mails mehr erhalten, schreiben Sie uns kurz.\n")
    new = strip_quotes(body)
    assert "Unterricht" in new
    assert "keine E-Mails" not in new and "bestätigen" not in new


_SURVEY_HEADERS = {
    "en": "On Mon, 15 Apr 2030 at 11:02, Studio Ochre <hello@ochre.example> wrote:",
    "de": "Am 14.06.2030 um 08:00 schrieb Studio Ochre <hello@ochre.example>:",
    "es": "El lun, 15 abr 2030 a las 11:02, Studio Ochre <hello@ochre.example> escribió:",
    "fr": "Le lun. 15 avr. 2030 à 11:02, Studio Ochre <hello@ochre.example> a écrit :",
    "it": "Il giorno lun 15 apr 2030 alle 11:02 Studio Ochre <hello@ochre.example> ha scritto:",
    "nl": "Op ma 15 apr 2030 om 11:02 schreef Studio Ochre <hello@ochre.example>:",
    "pt": "Em seg., 15 de abr. de 2030 às 11:02, Studio Ochre <hello@ochre.example> escreveu:",
}


@pytest.mark.parametrize("language", sorted(_SURVEY_HEADERS))
def test_answers_written_between_the_quoted_questions_are_the_customers(language: str) -> None:
    """A survey answered inline (replies_fresh37, replies_fresh38): the answers below each
    quoted question were cut off with the quote, and the reasons in them never read."""
    text = (f"Hello,\n\nanswers below.\n\n{_SURVEY_HEADERS[language]}\n> Dear Ann,\n>\n"
            "> 1. What was the main reason you stopped coming?\n\nMy mother moved in with us.\n\n"
            "> 2. Would you come back?\n\nMaybe in autumn.\n\n> Thanks!\n>\n"
            "> Reply STOP to receive no more emails.\n\nBest,\nAnn\n")
    new = strip_quotes(text)
    assert "My mother moved in with us." in new and "Maybe in autumn." in new
    assert "What was the main reason" not in new and "STOP" not in new and "Dear Ann" not in new


def test_a_quote_below_a_top_posted_reply_is_still_dropped_whole() -> None:
    text = ("Thanks, see you Friday.\n\nOn Mon, 15 Apr 2030 at 11:02, Studio <s@x.example> wrote:\n"
            "> Can you still make Friday?\n> Reply STOP to receive no more emails.\n")
    assert strip_quotes(text) == "Thanks, see you Friday."
