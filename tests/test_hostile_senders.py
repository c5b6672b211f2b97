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
from tests.helpers import BUSINESS, CANCEL, mail, run_once, settle, write_config

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


# -- item 3: a reflected spam relay ------------------------------------------------------------

OUR_MX = "mx.studio.example.com"
SPAM = "Cancel: BUY CHEAP PILLS AT evil.example " + "!" * 400


def config_with(tmp_path: Path, mailbox: MailboxAccount, smtp_sink: SmtpSink,
                safety: str = "") -> Path:
    path = write_config(tmp_path, mailbox, smtp_sink, extra=f"[safety]\n{safety}\n")
    assert run_once(path) == 0  # first start
    return path


def auth(result: str, authserv_id: str = OUR_MX) -> dict[str, str]:
    return {"Authentication-Results": f"{authserv_id}; {result}"}


def flags_of_first(dovecot: Dovecot, mailbox: MailboxAccount) -> frozenset[str]:
    [(uid, _flags, _raw), *_] = dovecot.list_messages(mailbox.user, mailbox.password, "INBOX")
    return dovecot.fetch_flags(mailbox.user, mailbox.password, "INBOX", uid)


def followups(config: Path) -> list[tuple[object, ...]]:
    return db_rows(config, "SELECT c.customer, f.status FROM followups f "
                           "JOIN conversations c ON c.id = f.conversation_id")


def test_a_forged_sender_with_reply_to_a_third_party_gets_nothing_and_is_left_for_review(
    tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink,
    password: None,
) -> None:
    """Our server says DMARC failed: no mail to the Reply-To, no follow-up, $NeedsReview."""
    config = config_with(tmp_path, mailbox, smtp_sink, f'authserv_id = ["{OUR_MX}"]')
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(
        CANCEL, subject=SPAM, sender="Victim <ann@bank-like.example>",
        headers={"Reply-To": "target@third-party.example",
                 **auth("spf=fail smtp.mailfrom=bank-like.example; dkim=none; "
                        "dmarc=fail (p=reject) header.from=bank-like.example")}))
    assert run_once(config) == 0
    assert settle(smtp_sink) == []
    assert followups(config) == []
    assert db_rows(config, "SELECT action FROM messages") == [("review",)]
    assert "$NeedsReview" in flags_of_first(dovecot, mailbox)


@pytest.mark.parametrize("result", [
    "spf=softfail smtp.mailfrom=bank-like.example; dkim=fail header.d=bank-like.example",
    "spf=pass; dkim=pass; dmarc=fail header.from=bank-like.example",
])
def test_an_unauthenticated_sender_is_reviewed_not_answered(
    tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink,
    password: None, result: str,
) -> None:
    config = config_with(tmp_path, mailbox, smtp_sink, f'authserv_id = ["{OUR_MX}"]')
    dovecot.append(mailbox.user, mailbox.password, "INBOX",
                   mail(CANCEL, sender="ann@bank-like.example", headers=auth(result)))
    assert run_once(config) == 0
    assert settle(smtp_sink) == []
    assert "$NeedsReview" in flags_of_first(dovecot, mailbox)


def test_a_results_header_from_a_stranger_counts_for_nothing(
    tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink,
    password: None,
) -> None:
    """Anyone can write Authentication-Results: only our server's id is read, and a
    passing result is answered as usual."""
    config = config_with(tmp_path, mailbox, smtp_sink, f'authserv_id = ["{OUR_MX}"]')
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL, headers={
        "Authentication-Results": "mx.evil.example; dmarc=fail",
        **auth("spf=pass smtp.mailfrom=example.net; dkim=pass; dmarc=pass")}))
    assert run_once(config) == 0
    assert [m.rcpt_tos for m in smtp_sink.wait_for(1)] == [["ann@example.net"]]


def test_required_mode_reviews_mail_without_our_results(
    tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink,
    password: None,
) -> None:
    config = config_with(tmp_path, mailbox, smtp_sink,
                         f'authentication = "required"\nauthserv_id = ["{OUR_MX}"]')
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL))
    assert run_once(config) == 0
    assert settle(smtp_sink) == []
    assert "$NeedsReview" in flags_of_first(dovecot, mailbox)


def test_off_mode_answers_whatever_the_results_say(
    tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink,
    password: None,
) -> None:
    config = config_with(tmp_path, mailbox, smtp_sink,
                         f'authentication = "off"\nauthserv_id = ["{OUR_MX}"]')
    dovecot.append(mailbox.user, mailbox.password, "INBOX",
                   mail(CANCEL, headers=auth("dmarc=fail")))
    assert run_once(config) == 0
    assert len(smtp_sink.wait_for(1)) == 1


def test_our_servers_id_is_learned_from_the_mailbox(
    tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink,
    password: None,
) -> None:
    """Nothing configured: once our server's id heads mail from three sender domains, a
    DMARC failure it reports is reviewed."""
    config = config_with(tmp_path, mailbox, smtp_sink)
    for n, domain in enumerate(["a.example", "b.example", "c.example"]):
        dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(
            f"Hello, what are your opening hours? {n}", sender=f"x@{domain}",
            headers=auth(f"spf=pass smtp.mailfrom={domain}; dmarc=pass")))
    assert run_once(config) == 0
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(
        CANCEL, sender="ann@bank-like.example", headers=auth("dmarc=fail")))
    assert run_once(config) == 0
    assert settle(smtp_sink) == []
    assert db_rows(config, "SELECT action FROM messages ORDER BY id DESC LIMIT 1") == [("review",)]


def test_reply_to_on_another_domain_gets_no_follow_ups_until_it_answers(
    setup: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink
) -> None:
    """No results header at all: the acknowledgement goes to the Reply-To, capped (subject
    at 200 characters, an over-long Message-ID not echoed), but no follow-up is planned
    until the acknowledgement is answered from that address."""
    assert run_once(setup) == 0
    huge_id = "<" + "x" * 200_000 + "@evil.example>"
    raw = mail(CANCEL, subject=SPAM, sender="Ann <ann@example.net>",
               headers={"Reply-To": "target@third-party.example"})
    raw = raw.replace(b"Message-ID: ", b"References: " + huge_id.encode() + b"\nMessage-ID: ")
    dovecot.append(mailbox.user, mailbox.password, "INBOX", raw)
    assert run_once(setup) == 0
    [ack] = smtp_sink.wait_for(1)
    assert ack.rcpt_tos == ["target@third-party.example"]
    assert len(str(ack.message["Subject"])) <= 200
    assert "x" * 300 not in ack.raw.decode("ascii", "replace")
    assert len(ack.raw) < 20_000
    assert followups(setup) == []
    # The third party answers the acknowledgement: the address is theirs after all.
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(
        "Thanks! Yes, please keep me posted about new classes.",
        subject="Re: " + SPAM[:50], sender="target@third-party.example",
        in_reply_to=ack.message["Message-ID"]))
    assert run_once(setup) == 0
    assert db_rows(setup, "SELECT followups_held FROM conversations") == [(None,)]


def test_sender_on_another_domain_than_from_gets_no_follow_ups(
    setup: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink
) -> None:
    assert run_once(setup) == 0
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(
        CANCEL, sender="Victim <victim@bank-like.example>",
        headers={"Sender": "attacker@evil.example"}))
    assert run_once(setup) == 0
    assert [m.rcpt_tos for m in smtp_sink.wait_for(1)] == [["victim@bank-like.example"]]
    assert followups(setup) == []


def test_same_domain_reply_to_still_gets_its_follow_up(
    setup: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink
) -> None:
    """The guard holds back only what it must."""
    assert run_once(setup) == 0
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(
        CANCEL, headers={"Reply-To": "ann.work@example.net"}))
    assert run_once(setup) == 0
    assert [m.rcpt_tos for m in smtp_sink.wait_for(1)] == [["ann.work@example.net"]]
    assert followups(setup) == [("ann.work@example.net", "scheduled")]
