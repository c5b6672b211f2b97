"""Outgoing messages are proper, threaded, automatic replies and cannot carry injected headers."""

from __future__ import annotations

import email
from datetime import UTC, datetime
from email import policy

import pytest

from responder.compose import build_message, make_message_id, reply_subject


def build(**overrides: object) -> email.message.EmailMessage:
    args: dict[str, object] = dict(
        from_name="Sophie Lane Photography", from_addr="bookings@example.com",
        to="ann@example.net", subject="Re: Cancel", text="Thank you", html="<p>Thank you</p>",
        message_id="<ack.1@responder.example.com>", date=datetime(2026, 1, 2, tzinfo=UTC),
        in_reply_to="<orig@example.net>", references=["<root@example.net>", "<orig@example.net>"],
        auto_submitted="auto-replied")
    args.update(overrides)
    raw = build_message(**args)  # type: ignore[arg-type]
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, email.message.EmailMessage)
    return msg


def test_reply_carries_threading_and_rfc3834_headers() -> None:
    msg = build()
    assert msg["In-Reply-To"] == "<orig@example.net>"
    assert msg["References"] == "<root@example.net> <orig@example.net>"
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["X-Auto-Response-Suppress"] == "All"
    assert msg["Message-ID"] == "<ack.1@responder.example.com>"
    assert msg.get_content_type() == "multipart/alternative"


def test_message_ids_are_deterministic_per_kind_and_ref() -> None:
    a = make_message_id("ack", "<x@y>", "responder.example.com")
    assert a == make_message_id("ack", "<x@y>", "responder.example.com")
    assert a != make_message_id("ack", "<z@y>", "responder.example.com")
    assert a != make_message_id("followup", "<x@y>", "responder.example.com")
    assert a.startswith("<ack.") and a.endswith("@responder.example.com>")


@pytest.mark.parametrize(("subject", "expected"), [
    ("Cancel my booking", "Re: Cancel my booking"),
    ("Re: Cancel my booking", "Re: Cancel my booking"),
    ("AW: Termin absagen", "AW: Termin absagen"),
    ("Re[2]: Cancel my booking", "Re[2]: Cancel my booking"),
    ("Fwd: Cancel my booking", "Re: Fwd: Cancel my booking"),
    ("WG: Termin absagen", "Re: WG: Termin absagen"),
    ("SV: Avbokning", "SV: Avbokning"),
    ("", "We've received your cancellation"),
    ("Line\r\nBcc: evil@example.org", "Re: Line Bcc: evil@example.org"),
])
def test_reply_subject(subject: str, expected: str) -> None:
    assert reply_subject(subject, "We've received your cancellation") == expected


def test_crlf_in_display_name_or_subject_never_reaches_a_header() -> None:
    msg = build(from_name="Evil\r\nBcc: victim@example.org", subject="Hi\nBcc: victim@example.org")
    assert msg["Bcc"] is None
    raw = msg.as_bytes()
    assert b"\nBcc:" not in raw
