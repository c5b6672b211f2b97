"""Hostile senders end to end (Dovecot + aiosmtpd, issue 12): forged bounces, reflected spam.

Each test runs the real daemon (``run --once``) against a real Dovecot and SMTP server and
reads the state database and what the SMTP server received.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from responder.testing.dovecot import Dovecot, MailboxAccount
from responder.testing.smtp import SmtpSink
from tests.helpers import BUSINESS, CANCEL, mail, run_once, settle

pytestmark = pytest.mark.integration


def db_rows(config: Path, sql: str) -> list[tuple[object, ...]]:
    with contextlib.closing(sqlite3.connect(config.parent / "state.db")) as db:
        return list(db.execute(sql))


def suppressed(config: Path) -> set[str]:
    return {str(r[0]) for r in db_rows(config, "SELECT entry FROM suppressions")}


def report(sender: str, blocks: list[str], returned_headers: str = "") -> bytes:
    """A ``multipart/report`` delivery report with one DSN block per failed recipient."""
    dsn = "\r\n".join(f"Final-Recipient: rfc822; {b}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
                      for b in blocks)
    tail = (f"--b\r\nContent-Type: text/rfc822-headers\r\n\r\n{returned_headers}\r\n"
            if returned_headers else "")
    return (
        f"From: {sender}\r\nTo: {BUSINESS}\r\nSubject: Undelivered Mail Returned to Sender\r\n"
        "Message-ID: <forged-dsn.1@evil.example>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
        "--b\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
        "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.evil.example"
        f"\r\n\r\n{dsn}{tail}--b--\r\n"
    ).encode()


# -- item 2: a forged bounce silences nobody ---------------------------------------------------

def test_a_forged_bounce_silences_neither_a_domain_nor_a_customer(
    setup: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink
) -> None:
    assert run_once(setup) == 0  # first start
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL))
    assert run_once(setup) == 0
    [ack] = smtp_sink.wait_for(1)
    ack_id = ack.message["Message-ID"]
    # An ordinary sender's report naming a whole domain and a customer, referring to nothing.
    dovecot.append(mailbox.user, mailbox.password, "INBOX", report(
        "Eve <eve@evil.example>", ["gmail-like.example", "ann@example.net"]))
    # One that refers to our acknowledgement but names someone it never went to.
    dovecot.append(mailbox.user, mailbox.password, "INBOX", report(
        "MAILER-DAEMON@mx.evil.example", ["dora@gmail-like.example"],
        f"From: {BUSINESS}\r\nTo: ann@example.net\r\nMessage-ID: {ack_id}\r\n"))
    assert run_once(setup) == 0
    assert suppressed(setup) == set()
    assert db_rows(setup, "SELECT status FROM followups") == [("scheduled",)]  # Ann's goes on
    # Nobody at that domain is silenced: the next customer there is answered.
    dovecot.append(mailbox.user, mailbox.password, "INBOX",
                   mail(CANCEL, sender="Dora <dora@gmail-like.example>"))
    assert run_once(setup) == 0
    assert [m.rcpt_tos for m in settle(smtp_sink)] == [["ann@example.net"],
                                                       ["dora@gmail-like.example"]]


def test_a_bounce_referring_to_our_mail_suppresses_only_its_recipient(
    setup: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink
) -> None:
    assert run_once(setup) == 0
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL))
    assert run_once(setup) == 0
    [ack] = smtp_sink.wait_for(1)
    dovecot.append(mailbox.user, mailbox.password, "INBOX", report(
        "MAILER-DAEMON@mx.example.net", ["ann@example.net", "example.net", "bob@example.net"],
        f"From: {BUSINESS}\r\nTo: ann@example.net\r\nMessage-ID: {ack.message['Message-ID']}\r\n"))
    assert run_once(setup) == 0
    assert suppressed(setup) == {"ann@example.net"}
    assert db_rows(setup, "SELECT status FROM followups") == [("cancelled",)]
