"""Bounce reading: failed recipients, permanent vs temporary, and the Message-ID that bounced."""

from __future__ import annotations

from pathlib import Path

import pytest

from responder.bounce import Bounce, looks_like_bounce, parse_bounce
from responder.parse import parse_message

DATA = Path(__file__).resolve().parent / "data" / "safety"


def read(name: str) -> Bounce | None:
    return parse_bounce(parse_message((DATA / name).read_bytes()))


@pytest.mark.parametrize(("name", "expected"), [
    ("postfix-permanent.eml", Bounce(True, ("sarah.kemp@example.org",),
                                     "<20250310180211.reminder.55120@shearbliss.example.com>")),
    ("postfix-delayed.eml", Bounce(False, ("olivia.grant@example.net",),
                                   "<ack.7f3a9c21@responder.pilates-north.example.com>")),
    ("exchange-permanent.eml", Bounce(True, ("gareth.price@example.net",),
                                      "<20250721173005.rem.90817@harbourviewdental.example.com>")),
    ("gmail-style-permanent.eml", Bounce(True, ("joana.pires@mail.example.org",),
                                         "<follow.20251105.b41e@responder.studioluz.example.com>")),
    ("gmail-style-quota.eml", Bounce(True, ("m.kowalski@example.net",),
                                     "<20250901090002.news.3391@linguaviva.example.com>")),
    ("exim-permanent.eml", Bounce(True, ("c.ruiz@correo.example.net",),
                                  "<ack.20251120.9c1e@responder.casabonita.example.com>")),
    ("exim-delayed.eml", Bounce(False, ("k.vogel@post.example.de",),
                                "<ack.20251120.71aa@responder.praxis-weber.example.com>")),
    ("text-de-permanent.eml", Bounce(True, ("s.baumann@mailbox.test",), None)),
], ids=lambda v: v if isinstance(v, str) else "")
def test_real_looking_bounces(name: str, expected: Bounce) -> None:
    """Postfix, Exchange, Gmail-style, Exim and a German text bounce read as the MTA meant them."""
    assert read(name) == expected


def test_permanent_is_5xx_and_temporary_is_4xx() -> None:
    """5.x.x fails for good (stop follow-ups); 4.x.x is still being retried (do not block)."""
    permanent, delayed = read("postfix-permanent.eml"), read("postfix-delayed.eml")
    assert permanent is not None and permanent.permanent
    assert delayed is not None and not delayed.permanent


def test_exim_delay_warning_is_temporary_despite_failed_recipients_header() -> None:
    """flufl.bounce calls X-Failed-Recipients permanent; the 451 and the warning subject win."""
    bounce = read("exim-delayed.eml")
    assert bounce is not None and bounce.permanent is False


def test_success_report_is_a_dsn_without_failures() -> None:
    assert read("success-dsn.eml") == Bounce(False, (), "<ack.11@responder.yogaloft.example.com>")


def _dsn(status: str, action: str) -> bytes:
    return (
        "Return-Path: <>\r\nFrom: MAILER-DAEMON@mx.example.com\r\nTo: hi@studio.example.com\r\n"
        "Subject: Delivery Status Notification\r\nMessage-ID: <dsn1@mx.example.com>\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n'
        "--B\r\nContent-Type: text/plain\r\n\r\nSee below.\r\n"
        "--B\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.example.com\r\n\r\n"
        f"Final-Recipient: rfc822; Ann.Lee@Example.org\r\nAction: {action}\r\nStatus: {status}\r\n"
        "--B\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        "From: hi@studio.example.com\r\nTo: ann.lee@example.org\r\n"
        "Message-ID: <ack.42@responder.studio.example.com>\r\n"
        "--B--\r\n"
    ).encode()


@pytest.mark.parametrize(("status", "action", "permanent"), [
    ("5.1.1", "failed", True),
    ("5.2.2", "failed", True),
    ("4.4.1", "delayed", False),
    ("4.2.2", "delayed", False),
], ids=["5.1.1-failed", "5.2.2-failed", "4.4.1-delayed", "4.2.2-delayed"])
def test_dsn_status_class_decides(status: str, action: str, permanent: bool) -> None:
    bounce = parse_bounce(parse_message(_dsn(status, action)))
    assert bounce == Bounce(permanent, ("ann.lee@example.org",), "<ack.42@responder.studio.example.com>")


def test_customer_message_is_not_a_bounce() -> None:
    raw = (b"From: Ann <ann.lee@example.org>\r\nTo: hi@studio.example.com\r\n"
           b"Subject: Undeliverable parcel? No - please cancel my class\r\n\r\nCancel Tuesday, please.\r\n")
    message = parse_message(raw)
    assert not looks_like_bounce(message)
    assert parse_bounce(message) is None


def test_customer_quoting_an_smtp_code_is_not_a_bounce() -> None:
    """Only mail systems (or empty return paths) with bounce subjects are read as text bounces."""
    raw = (b"From: Ann <ann.lee@example.org>\r\nTo: hi@studio.example.com\r\n"
           b"Subject: Mail delivery failed\r\n\r\n"
           b"My mail to bob@example.net failed with 550 5.1.1, so cancel for both of us.\r\n")
    assert parse_bounce(parse_message(raw)) is None


def test_broken_report_never_raises() -> None:
    raw = (b"From: MAILER-DAEMON@mx.example.com\r\nTo: hi@studio.example.com\r\nSubject: Undeliverable\r\n"
           b"MIME-Version: 1.0\r\n"
           b'Content-Type: multipart/report; report-type=delivery-status; boundary="Z"\r\n'
           b"\r\n--Z\r\nContent-Type: message/delivery-status\r\n\r\n\x00\xff\xfe garbage\r\n")
    bounce = parse_bounce(parse_message(raw))
    assert bounce is not None and bounce.recipients == ()


def test_a_failed_recipient_without_a_local_part_is_no_recipient() -> None:
    """Issue 12 item 2: ``Final-Recipient: rfc822; gmail-like.example`` names a whole domain;
    a report can name one mailbox at most."""
    raw = (b"From: Eve <eve@evil.example>\r\nTo: hi@studio.example.com\r\nSubject: hello\r\n"
           b"MIME-Version: 1.0\r\n"
           b'Content-Type: multipart/report; report-type=delivery-status; boundary="Z"\r\n\r\n'
           b"--Z\r\nContent-Type: text/plain\r\n\r\nfailed\r\n"
           b"--Z\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; x\r\n\r\n"
           b"Final-Recipient: rfc822; gmail-like.example\r\nAction: failed\r\n\r\n"
           b"Final-Recipient: rfc822; @other-like.example\r\nAction: failed\r\nStatus: 5.1.1\r\n"
           b"--Z--\r\n")
    bounce = parse_bounce(parse_message(raw))
    assert bounce is not None and bounce.recipients == ()


def test_a_report_part_in_an_unknown_charset_is_read_without_raising() -> None:
    # Found by Hypothesis (tests/test_hostile.py): a text part whose charset Python does not
    # know raised LookupError from the plain-text bounce scan.
    raw = (b'From:  <ann@example.net>\r\nContent-Type: multipart/report; boundary="b1"\r\n\r\n'
           b'--b1\r\nContent-Type: text/plain; charset="x-bogus"\r\n'
           b"Content-Transfer-Encoding: 7bit\r\n\r\n"
           b"Hi, I'm sorry but I need to cancel my appointment on Friday at 3pm.\r\n\r\n")
    bounce = parse_bounce(parse_message(raw))
    assert bounce is None or not bounce.permanent


def test_reading_a_bounce_logs_no_line_per_detector(capfd: pytest.CaptureFixture[str]) -> None:
    """flufl.bounce logs each of its detectors at INFO: on a backlog with bounces that was
    thousands of lines (and their cost) around the decision lines."""
    import logging

    from responder.logs import setup_logging

    root = logging.getLogger()
    saved = root.handlers[:], root.level
    try:
        setup_logging("json")
        assert read("postfix-permanent.eml") is not None
    finally:
        root.handlers[:], level = saved
        root.setLevel(level)
    assert "Running detector" not in capfd.readouterr().err
