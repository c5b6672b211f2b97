"""The never-answer rules, each both ways: a tiny raw message built per case."""

from __future__ import annotations

from pathlib import Path

import pytest

from responder.parse import ParsedMessage, parse_message
from responder.safety import (
    Identity,
    automation_reasons,
    is_system_address,
    safe_reply_address,
)

DATA = Path(__file__).resolve().parent / "data" / "safety"
BUSINESS = "bookings@salon.example.com"
IDENTITY = Identity(addresses=frozenset({BUSINESS, "hello@salon.example.com"}),
                    own_message_id_domain="responder.salon.example.com")

_BASE = {
    "From": "Maria Lopez <maria.lopez@example.org>",
    "To": f"Salon <{BUSINESS}>",
    "Subject": "Cancel my appointment on Friday",
    "Date": "Mon, 03 Nov 2025 09:00:00 +0000",
    "Message-ID": "<abc123@mail.example.org>",
}


def build(extra: dict[str, str | None] | None = None, body: str = "Please cancel Friday. Maria") -> bytes:
    """A plain message; ``extra`` adds or replaces headers (None removes one)."""
    headers: dict[str, str | None] = {**_BASE, **(extra or {})}
    lines = [f"{k}: {v}" for k, v in headers.items() if v is not None]
    lines += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "", body, ""]
    return "\r\n".join(lines).encode()


def msg(extra: dict[str, str | None] | None = None) -> ParsedMessage:
    return parse_message(build(extra))


def slugs(reasons: tuple[str, ...]) -> set[str]:
    return {r.split(":", 1)[0] for r in reasons}


# (id, extra headers, slug expected or None for "answer normally")
CASES: list[tuple[str, dict[str, str | None], str | None]] = [
    ("plain-customer-mail", {}, None),
    # envelope sender (RFC 3834 section 2, RFC 5230)
    ("return-path-empty", {"Return-Path": "<>"}, "empty-return-path"),
    ("return-path-normal", {"Return-Path": "<maria.lopez@example.org>"}, None),
    # Auto-Submitted (RFC 3834 section 5)
    ("auto-submitted-auto-replied", {"Auto-Submitted": "auto-replied"}, "auto-submitted"),
    ("auto-submitted-any-case", {"Auto-Submitted": "Auto-Generated"}, "auto-submitted"),
    ("auto-submitted-with-comment", {"Auto-Submitted": "auto-replied (vacation)"}, "auto-submitted"),
    ("auto-submitted-with-params", {"Auto-Submitted": "auto-notified; owner-email=a@b.example"},
     "auto-submitted"),
    ("auto-submitted-unknown-value", {"Auto-Submitted": "auto-something-new"}, "auto-submitted"),
    ("auto-submitted-no", {"Auto-Submitted": "no"}, None),
    ("auto-submitted-No-with-comment", {"Auto-Submitted": "No (sent by a person)"}, None),
    # Precedence (RFC 2076), X-Precedence
    ("precedence-bulk", {"Precedence": "bulk"}, "precedence"),
    ("precedence-list-upper", {"Precedence": "LIST"}, "precedence"),
    ("precedence-junk", {"Precedence": "junk"}, "precedence"),
    ("precedence-auto-reply", {"Precedence": "auto_reply"}, "precedence"),
    ("x-precedence-bulk", {"X-Precedence": "Bulk"}, "precedence"),
    ("precedence-first-class", {"Precedence": "first-class"}, None),
    # X-Auto-Response-Suppress (MS-OXCMAIL 2.1.3.2.20)
    ("suppress-all", {"X-Auto-Response-Suppress": "All"}, "auto-response-suppress"),
    ("suppress-oof", {"X-Auto-Response-Suppress": "OOF"}, "auto-response-suppress"),
    ("suppress-autoreply-in-list", {"X-Auto-Response-Suppress": "DR, AutoReply"}, "auto-response-suppress"),
    ("suppress-space-separated", {"X-Auto-Response-Suppress": "rn oof"}, "auto-response-suppress"),
    ("suppress-receipts-only", {"X-Auto-Response-Suppress": "DR, RN, NRN"}, None),
    ("suppress-ndr-only", {"X-Auto-Response-Suppress": "NDR"}, None),
    ("suppress-none", {"X-Auto-Response-Suppress": "None"}, None),
    # List headers (RFC 2369, RFC 2919, RFC 8058)
    ("list-id", {"List-Id": "Yoga news <news.yoga.example.com>"}, "list-header"),
    ("list-unsubscribe", {"List-Unsubscribe": "<mailto:unsub@yoga.example.com>"}, "list-header"),
    ("list-post", {"List-Post": "<mailto:members@yoga.example.com>"}, "list-header"),
    ("list-help", {"List-Help": "<https://yoga.example.com/help>"}, "list-header"),
    ("x-mailing-list", {"X-Mailing-List": "members@yoga.example.com"}, "list-header"),
    # autoresponder markers (FreeScout, Zammad, field practice)
    ("x-autoreply", {"X-Autoreply": "yes"}, "autoresponder-header"),
    ("x-autorespond", {"X-Autorespond": "Out of office"}, "autoresponder-header"),
    ("x-autoresponder", {"X-Autoresponder": "1"}, "autoresponder-header"),
    ("x-loop", {"X-Loop": "helpdesk@vendor.example.net"}, "autoresponder-header"),
    ("x-autoreply-no", {"X-Autoreply": "no"}, None),
    ("delivered-to-autoresponder", {"Delivered-To": "autoresponder"}, "autoresponder-header"),
    # spam
    ("spam-flag-yes", {"X-Spam-Flag": "YES"}, "spam-flag"),
    ("spam-flag-no", {"X-Spam-Flag": "NO"}, None),
    # system senders: judged on the address (RFC 5230 section 4.6, Pigeonhole, vacation(1))
    ("mailer-daemon", {"From": "MAILER-DAEMON@mx.example.net"}, "system-sender"),
    ("postmaster", {"From": "Postmaster <postmaster@example.net>"}, "system-sender"),
    ("listserv", {"From": "LISTSERV@lists.example.net"}, "system-sender"),
    ("majordomo", {"From": "majordomo@lists.example.net"}, "system-sender"),
    ("owner-prefix", {"From": "owner-yoga@lists.example.net"}, "system-sender"),
    ("request-suffix", {"From": "yoga-request@lists.example.net"}, "system-sender"),
    ("noreply", {"From": "Booking Site <noreply@bookings.example.net>"}, "system-sender"),
    ("no-reply", {"From": "no-reply@bookings.example.net"}, "system-sender"),
    ("no_reply", {"From": "no_reply@bookings.example.net"}, "system-sender"),
    ("donotreply", {"From": "DoNotReply@shop.example.net"}, "system-sender"),
    ("do-not-reply", {"From": "do-not-reply@shop.example.net"}, "system-sender"),
    ("noreply-word-in-local-part", {"From": "booking-noreply@shop.example.net"}, "system-sender"),
    ("ne-pas-repondre", {"From": "ne-pas-repondre@boutique.example.fr"}, "system-sender"),
    ("bounces-verp", {"From": "bounces+12345@mailer.example.net"}, "system-sender"),
    ("system-sender-header", {"Sender": "owner-yoga@lists.example.net"}, "system-sender"),
    ("noreply-display-name-only", {"From": '"No Reply" <maria.lopez@example.org>'}, None),
    ("noreply-in-display-name", {"From": "noreply (not really) <maria.lopez@example.org>"}, None),
    ("name-ending-in-no-reply", {"From": "bruno.reply@example.org"}, None),
    ("person-named-postmaster-smith", {"From": "postmaster.smith@example.org"}, None),
    # own mail
    ("from-business-address", {"From": f"Salon <{BUSINESS}>"}, "own-mail"),
    ("from-business-address-upper", {"From": "BOOKINGS@Salon.Example.com"}, "own-mail"),
    ("from-business-alias", {"From": "hello@salon.example.com"}, "own-mail"),
    ("our-message-id", {"Message-ID": "<ack.1a2b@responder.salon.example.com>"}, "own-mail"),
    ("reply-to-our-ack-by-a-person", {"In-Reply-To": "<ack.1a2b@responder.salon.example.com>",
                                      "Subject": "Re: We received your cancellation"}, None),
    ("reply-to-our-ack-automated", {"In-Reply-To": "<ack.1a2b@responder.salon.example.com>",
                                    "Auto-Submitted": "auto-replied"}, "auto-submitted"),
    # addressed to us (RFC 3834 section 2, RFC 5230 section 4.5)
    ("business-only-bcc", {"To": "someone.else@example.net"}, "not-addressed"),
    ("business-no-to", {"To": None}, "not-addressed"),
    ("business-in-cc", {"To": "someone.else@example.net", "Cc": BUSINESS}, None),
    ("business-alias-in-to", {"To": "hello@salon.example.com"}, None),
    ("business-in-resent-to", {"To": "someone.else@example.net", "Resent-To": BUSINESS}, None),
    # sender
    ("from-missing", {"From": None}, "invalid-from"),
    ("from-no-address", {"From": "Maria Lopez"}, "invalid-from"),
    ("from-no-domain-dot", {"From": "maria@localhost"}, "invalid-from"),
    ("from-encoded-display-name", {"From": "=?utf-8?q?Mar=C3=ADa_L=C3=B3pez?= <maria.lopez@example.org>"},
     None),
    # bounce and report headers outside a multipart/report
    ("x-failed-recipients", {"X-Failed-Recipients": "x@example.net"}, "bounce"),
    # out-of-office by subject, no headers (seven languages)
    ("ooo-en-automatic-reply", {"Subject": "Automatic reply: Your appointment"}, "out-of-office"),
    ("ooo-en-out-of-office-colon", {"Subject": "Out of Office: Your appointment"}, "out-of-office"),
    ("ooo-en-out-of-office-alone", {"Subject": "Out of office"}, "out-of-office"),
    ("ooo-en-out-of-office-until", {"Subject": "Out of the office until 12 November"}, "out-of-office"),
    ("ooo-en-autoreply", {"Subject": "Autoreply: Re: booking"}, "out-of-office"),
    ("ooo-en-bracket-auto-reply", {"Subject": "[Auto-Reply] Re: booking"}, "out-of-office"),
    ("ooo-pigeonhole-auto-prefix", {"Subject": "Auto: Re: booking"}, "out-of-office"),
    ("ooo-de-abwesenheitsnotiz", {"Subject": "Abwesenheitsnotiz: Ihr Termin"}, "out-of-office"),
    ("ooo-de-automatische-antwort", {"Subject": "Automatische Antwort: Ihr Termin"}, "out-of-office"),
    ("ooo-es-respuesta-automatica", {"Subject": "Respuesta automática: Su cita"}, "out-of-office"),
    ("ooo-es-fuera-de-la-oficina", {"Subject": "Fuera de la oficina"}, "out-of-office"),
    ("ooo-es-ausente-echo", {"Subject": "Ausente: RE: Su cita del jueves"}, "out-of-office"),
    ("ooo-fr-reponse-automatique", {"Subject": "Réponse automatique : Votre rendez-vous"}, "out-of-office"),
    ("ooo-fr-absent-du-bureau", {"Subject": "Absent du bureau jusqu'au 12/11"}, "out-of-office"),
    ("ooo-pt-resposta-automatica", {"Subject": "Resposta automática: A sua marcação"}, "out-of-office"),
    ("ooo-it-risposta-automatica", {"Subject": "Risposta automatica: Il tuo appuntamento"}, "out-of-office"),
    ("ooo-it-fuori-sede", {"Subject": "Fuori sede: Re: appuntamento"}, "out-of-office"),
    ("ooo-nl-automatisch-antwoord", {"Subject": "Automatisch antwoord: Uw afspraak"}, "out-of-office"),
    ("ooo-nl-afwezig-echo", {"Subject": "Afwezig: Re: Uw afspraak", "In-Reply-To": "<x@y.example>"},
     "out-of-office"),
    # customers' subjects that only look similar: answered
    ("customer-out-of-office-next-week", {"Subject": "Out of office next week - cancel my Tuesday"}, None),
    ("customer-ausente-clase", {"Subject": "Ausente: clase del jueves"}, None),
    ("customer-afwezig-les", {"Subject": "Afwezig - les donderdag"}, None),
    ("customer-de-vacaciones", {"Subject": "De vacaciones - cancelo mi cita"}, None),
    ("customer-holiday-party", {"Subject": "Holiday Party - Canceled"}, None),
    ("customer-automatic-renewal", {"Subject": "Automatic renewal - please cancel"}, None),
    ("customer-nl-automatisch-innen", {"Subject": "Kunnen jullie de kosten automatisch innen?"}, None),
]


@pytest.mark.parametrize(("extra", "expected"), [(c[1], c[2]) for c in CASES], ids=[c[0] for c in CASES])
def test_automation_rule(extra: dict[str, str | None], expected: str | None) -> None:
    """Each rule blocks its case with its slug; the look-alike case is answered."""
    reasons = automation_reasons(msg(extra), IDENTITY)
    if expected is None:
        assert reasons == ()
    else:
        assert expected in slugs(reasons), reasons


def test_reasons_carry_detail() -> None:
    """A reason is "slug: detail", stable enough to log and group on."""
    reasons = automation_reasons(msg({"From": "MAILER-DAEMON@mx.example.net", "Precedence": "bulk",
                                      "List-Id": "<x.example>"}), IDENTITY)
    assert "system-sender: mailer-daemon@mx.example.net" in reasons
    assert "precedence: bulk" in reasons
    assert "list-header: List-Id" in reasons


def test_require_direct_can_be_switched_off() -> None:
    """A Bcc'd message is answered when the business opts out of the direct-address rule."""
    identity = Identity(addresses=frozenset({BUSINESS}), own_message_id_domain="responder.salon.example.com",
                        require_direct=False)
    assert automation_reasons(msg({"To": "someone.else@example.net"}), identity) == ()


def test_identity_addresses_compared_case_insensitively() -> None:
    """Config may spell the business address in any case; rules still match."""
    identity = Identity(addresses=frozenset({"Bookings@Salon.Example.COM"}),
                        own_message_id_domain="Responder.Salon.Example.com")
    assert automation_reasons(msg(), identity) == ()
    assert "own-mail" in slugs(automation_reasons(msg({"From": BUSINESS}), identity))


def test_no_business_address_configured_blocks_when_direct_required() -> None:
    """Without any business address nothing can be "addressed to us": refuse, and say why."""
    identity = Identity(addresses=frozenset(), own_message_id_domain="responder.invalid")
    assert automation_reasons(msg(), identity) == ("not-addressed: no business address configured",)


def test_several_from_headers_blocked() -> None:
    raw = build().replace(b"From: ", b"From: other@example.net\r\nFrom: ", 1)
    assert "invalid-from: several From headers" in automation_reasons(parse_message(raw), IDENTITY)


@pytest.mark.parametrize("name", ["postfix-permanent.eml", "exchange-permanent.eml",
                                  "gmail-style-permanent.eml", "exim-permanent.eml", "postfix-delayed.eml",
                                  "success-dsn.eml"])
def test_delivery_reports_are_never_answered(name: str) -> None:
    """Every bounce or delivery report, permanent, delayed or successful, is blocked."""
    message = parse_message((DATA / name).read_bytes())
    identity = Identity(addresses=frozenset(message.to), own_message_id_domain="responder.invalid")
    assert "bounce" in slugs(automation_reasons(message, identity))


def test_read_receipt_report_is_not_answered() -> None:
    """A read receipt (RFC 8098 disposition notification) is a report, never a customer."""
    raw = build({"Content-Type": None}).replace(
        b"Content-Type: text/plain; charset=utf-8",
        b'Content-Type: multipart/report; report-type=disposition-notification; boundary="b"')
    raw = raw.split(b"\r\n\r\n")[0] + (
        b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nRead.\r\n--b\r\n"
        b"Content-Type: message/disposition-notification\r\n\r\n"
        b"Final-Recipient: rfc822; maria.lopez@example.org\r\n"
        b"Disposition: manual-action/MDN-sent-manually; displayed\r\n--b--\r\n")
    assert "receipt" in slugs(automation_reasons(parse_message(raw), IDENTITY))


# -- is_system_address ----------------------------------------------------------------------

@pytest.mark.parametrize(("address", "system"), [
    ("MAILER-DAEMON@mx.example.net", True),
    ("mailer-daemon@googlemail.com", True),
    ("postmaster@example.net", True),
    ("owner-list@example.net", True),
    ("list-request@example.net", True),
    ("noreply@example.net", True),
    ("no.reply@example.net", True),
    ("notifications-noreply@example.net", True),
    ("nao-responda@loja.example.com.br", True),
    ("non-rispondere@negozio.example.it", True),
    ("Maria <noreply@example.net>", True),
    ('"noreply" <maria@example.net>', False),
    ("maria@example.net", False),
    ("bruno.reply@example.net", False),
    ("nora@example.net", False),
    ("", False),
], ids=lambda v: str(v))
def test_is_system_address(address: str, system: bool) -> None:
    """System addresses are judged on the local part, never on the display name."""
    assert is_system_address(address) is system


# -- safe_reply_address ---------------------------------------------------------------------

def test_reply_to_used_when_safe() -> None:
    assert safe_reply_address(msg({"Reply-To": "maria.work@example.net"}), IDENTITY) == (
        "maria.work@example.net", ())


def test_no_reply_to_uses_from() -> None:
    assert safe_reply_address(msg(), IDENTITY) == ("maria.lopez@example.org", ())


def test_robot_reply_to_falls_back_to_from() -> None:
    """A Reply-To that fails the address rules is not used; From is, and the refusal is noted."""
    address, notes = safe_reply_address(msg({"Reply-To": "noreply@bookings.example.net"}), IDENTITY)
    assert address == "maria.lopez@example.org"
    assert notes == ("reply-to refused: system-sender: noreply@bookings.example.net",)


def test_reply_to_business_address_falls_back_to_from() -> None:
    """A Reply-To pointing at ourselves would mail ourselves: refused."""
    address, notes = safe_reply_address(msg({"Reply-To": BUSINESS}), IDENTITY)
    assert address == "maria.lopez@example.org"
    assert notes and notes[0].startswith("reply-to refused: own-mail")


def test_first_safe_reply_to_of_several() -> None:
    address, _ = safe_reply_address(msg({"Reply-To": f"{BUSINESS}, maria.work@example.net"}), IDENTITY)
    assert address == "maria.work@example.net"


def test_nobody_safe() -> None:
    address, notes = safe_reply_address(
        msg({"From": "noreply@shop.example.net", "Reply-To": "do-not-reply@shop.example.net"}), IDENTITY)
    assert address is None
    assert notes == ("reply-to refused: system-sender: do-not-reply@shop.example.net",
                     "system-sender: noreply@shop.example.net")


def test_missing_from_nobody_safe() -> None:
    assert safe_reply_address(msg({"From": None}), IDENTITY) == (
        None, ("invalid-from: missing or unparseable From",))


def test_encoded_display_name_reply_address() -> None:
    message = msg({"From": "=?utf-8?q?Mar=C3=ADa?= <maria.lopez@example.org>"})
    assert safe_reply_address(message, IDENTITY) == ("maria.lopez@example.org", ())


# -- out-of-office by subject ---------------------------------------------------------------

def test_windows_1252_encoded_ooo_subject() -> None:
    """Encoded subjects are judged after decoding."""
    subject = "=?windows-1252?q?Abwesenheitsnotiz=3A_Stornierung?="
    assert "out-of-office: subject" in automation_reasons(msg({"Subject": subject}), IDENTITY)


# -- our own address, however it is written (issue 12, item 9) ------------------------------

@pytest.mark.parametrize("written", [
    "bookings@salon.example.com.",        # the root dot of a fully qualified domain
    "bookings+x@salon.example.com",       # plus-addressing (subaddress, RFC 5233)
    "Bookings+Cancel@Salon.Example.COM.",
    "hello+anything@salon.example.com",   # an alias, subaddressed
])
def test_own_address_with_trailing_dot_or_plus_tag_is_ours(written: str) -> None:
    """Neither a reply to ourselves nor a follow-up to ourselves: From and Reply-To both."""
    assert "own-mail" in slugs(automation_reasons(msg({"From": written}), IDENTITY))
    address, notes = safe_reply_address(msg({"Reply-To": written}), IDENTITY)
    assert address == "maria.lopez@example.org"
    assert notes and notes[0].startswith("reply-to refused: own-mail")


def test_plus_tagged_business_address_in_to_counts_as_addressed_to_us() -> None:
    message = msg({"To": "bookings+studio@salon.example.com."})
    assert "not-addressed" not in slugs(automation_reasons(message, IDENTITY))


def test_a_customer_with_a_plus_tag_is_not_us() -> None:
    message = msg({"From": "bookings+x@other.example.com"})
    assert "own-mail" not in slugs(automation_reasons(message, IDENTITY))
