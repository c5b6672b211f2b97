"""The test harness itself: the throwaway Dovecot and the SMTP sink behave like real servers."""

from __future__ import annotations

import asyncio
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import aiosmtplib
import pytest
from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from responder.testing.dovecot import Dovecot, MailboxAccount, process_group_alive, reap_orphans
from responder.testing.smtp import SmtpSink

pytestmark = pytest.mark.integration

RAW = b"From: Ann <ann@example.net>\r\nTo: shop@example.com\r\nSubject: Hello\r\n\r\nCan I cancel?\r\n"


def outgoing(to: str = "ann@example.net") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Studio <bookings@studio.example.com>"
    msg["To"] = to
    msg["Subject"] = "Re: Hello é"
    msg.set_content("We have cancelled it. Take care!\n")
    return msg


def send(
    sink: SmtpSink,
    msg: EmailMessage,
    *,
    sender: str | None = None,
    username: str | None = None,
    password: str | None = None,
) -> None:
    asyncio.run(aiosmtplib.send(
        msg, sender=sender, hostname=sink.host, port=sink.port, use_tls=False, start_tls=False,
        username=username, password=password, timeout=10))


def _connect(account: MailboxAccount) -> IMAPClient:
    imap = IMAPClient(account.host, account.port, ssl=False, timeout=10)
    try:
        imap.login(account.user, account.password)
    except BaseException:
        imap.shutdown()
        raise
    return imap


# -- Dovecot ---------------------------------------------------------------------------


def test_appended_message_is_listed_with_uid_flags_and_exact_bytes(
    dovecot: Dovecot, mailbox: MailboxAccount
) -> None:
    first = dovecot.append(mailbox.user, mailbox.password, "INBOX", RAW)
    second = dovecot.append(mailbox.user, mailbox.password, "INBOX", RAW, flags=["\\Seen", "$Test"])
    listed = dovecot.list_messages(mailbox.user, mailbox.password, "INBOX")
    assert [uid for uid, _, _ in listed] == [first, second] and second > first
    assert listed[0][2] == RAW
    assert "\\Seen" not in listed[0][1]
    assert {"\\Seen", "$Test"} <= listed[1][1]
    assert dovecot.fetch_flags(mailbox.user, mailbox.password, "INBOX", second) == listed[1][1]
    # Listing never marks anything read.
    assert "\\Seen" not in dovecot.fetch_flags(mailbox.user, mailbox.password, "INBOX", first)


def test_accounts_are_separate_and_usable_at_once_and_wrong_password_is_refused(
    dovecot: Dovecot, mailbox: MailboxAccount
) -> None:
    other = dovecot.new_account()
    dovecot.append(other.user, other.password, "INBOX", RAW)
    assert dovecot.list_messages(mailbox.user, mailbox.password, "INBOX") == []
    with pytest.raises(LoginError), dovecot.client(mailbox.user, "wrong"):
        pass


def test_sent_folder_exists_with_the_sent_special_use(dovecot: Dovecot, mailbox: MailboxAccount) -> None:
    imap = _connect(mailbox)
    try:
        sent = [name for flags, _, name in imap.list_folders() if b"\\Sent" in flags]
    finally:
        imap.logout()
    assert sent == ["Sent"]
    uid = dovecot.append(mailbox.user, mailbox.password, "Sent", RAW, flags=["\\Seen"])
    assert [u for u, _, _ in dovecot.list_messages(mailbox.user, mailbox.password, "Sent")] == [uid]


def test_idle_client_is_told_of_an_append_from_another_connection(
    dovecot: Dovecot, mailbox: MailboxAccount
) -> None:
    imap = _connect(mailbox)
    try:
        imap.select_folder("INBOX")
        imap.idle()
        started = time.monotonic()
        uid = dovecot.append(mailbox.user, mailbox.password, "INBOX", RAW)
        responses: list[tuple[int, bytes]] = []
        while not any(kind == b"EXISTS" for _, kind in responses) and time.monotonic() - started < 5:
            responses += imap.idle_check(timeout=1)
        imap.idle_done()
    finally:
        imap.logout()
    assert (1, b"EXISTS") in responses
    assert uid == 1


def test_restart_keeps_port_users_and_mail_and_a_kill_cuts_an_idle_connection(
    dovecot: Dovecot, mailbox: MailboxAccount
) -> None:
    uid = dovecot.append(mailbox.user, mailbox.password, "INBOX", RAW, flags=["$Kept"])
    port = dovecot.port
    imap = _connect(mailbox)
    imap.select_folder("INBOX")
    imap.idle()
    dovecot.restart(kill=True)
    with pytest.raises((OSError, IMAPClient.AbortError, IMAPClient.Error)):
        imap.idle_check(timeout=5)
        imap.idle_done()
    imap.shutdown()
    assert dovecot.port == port and dovecot.running
    [(got_uid, flags, raw)] = dovecot.list_messages(mailbox.user, mailbox.password, "INBOX")
    assert (got_uid, raw) == (uid, RAW) and "$Kept" in flags
    dovecot.restart()  # the gentle way too
    assert dovecot.fetch_flags(mailbox.user, mailbox.password, "INBOX", uid) == flags


def test_closed_dovecot_leaves_no_process_and_no_directory(dovecot_binary: str) -> None:
    server = Dovecot.start()
    pid, directory = server._proc.pid if server._proc else 0, server.directory
    assert pid and directory.is_dir()
    server.close()
    assert not directory.exists()
    assert not process_group_alive(pid)
    with pytest.raises(OSError), socket.create_connection((server.host, server.port), timeout=1):
        pass


def test_dovecot_of_a_killed_test_run_is_reaped_by_the_next_start(dovecot_binary: str) -> None:
    script = (
        "import sys, time\n"
        "from responder.testing.dovecot import Dovecot\n"
        "d = Dovecot.start()\n"
        "print(d.directory, d._proc.pid, flush=True)\n"
        "time.sleep(60)\n"
    )
    owner = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert owner.stdout is not None
        directory, pid = owner.stdout.readline().split()
    finally:
        owner.send_signal(signal.SIGKILL)
        owner.wait(10)
        if owner.stdout is not None:
            owner.stdout.close()
    assert process_group_alive(int(pid))  # its owner died without stopping it
    reap_orphans()  # what every Dovecot.start() does first
    assert not Path(directory).exists()
    assert not process_group_alive(int(pid))


# -- SMTP sink -------------------------------------------------------------------------


def test_sink_captures_envelope_raw_bytes_and_parsed_message(smtp_sink: SmtpSink) -> None:
    send(smtp_sink, outgoing(), sender="bounces@studio.example.com")
    [got] = smtp_sink.wait_for(1)
    assert got.mail_from == "bounces@studio.example.com"
    assert got.rcpt_tos == ["ann@example.net"]
    assert got.message["Subject"] == "Re: Hello é"
    assert got.message.get_content().rstrip() == "We have cancelled it. Take care!"
    assert b"Subject: Re: Hello =?utf-8?" in got.raw
    assert got.login is None
    smtp_sink.clear()
    assert smtp_sink.messages == []


def test_wait_for_times_out_with_the_count_it_got(smtp_sink: SmtpSink) -> None:
    with pytest.raises(TimeoutError, match="got 0 message"):
        smtp_sink.wait_for(1, timeout=0.1)


def test_sink_refuses_a_recipient_with_550_when_told(smtp_sink: SmtpSink) -> None:
    smtp_sink.fail_recipient("gone@example.net", 550)
    with pytest.raises(aiosmtplib.SMTPRecipientsRefused) as refused:
        send(smtp_sink, outgoing("gone@example.net"))
    assert refused.value.recipients[0].code == 550
    send(smtp_sink, outgoing("ann@example.net"))  # others still get through
    assert [m.rcpt_tos for m in smtp_sink.wait_for(1)] == [["ann@example.net"]]
    assert [(r.stage, r.reply[:3]) for r in smtp_sink.refusals] == [("RCPT", "550")]


@pytest.mark.parametrize("code", [421, 451, 554])
def test_sink_refuses_the_next_message_with_the_given_code_then_accepts(
    smtp_sink: SmtpSink, code: int
) -> None:
    smtp_sink.fail_next(code)
    with pytest.raises(aiosmtplib.SMTPResponseException) as refused:
        send(smtp_sink, outgoing())
    assert refused.value.code == code
    assert smtp_sink.messages == []
    send(smtp_sink, outgoing())
    assert len(smtp_sink.wait_for(1)) == 1


def test_sink_with_users_checks_the_login_and_can_require_it() -> None:
    with SmtpSink(users={"studio": "s3cret"}, require_auth=True) as sink:
        with pytest.raises(aiosmtplib.SMTPAuthenticationError):
            send(sink, outgoing(), username="studio", password="wrong")
        with pytest.raises(aiosmtplib.SMTPSenderRefused) as refused:
            send(sink, outgoing())
        assert refused.value.code == 530
        send(sink, outgoing(), username="studio", password="s3cret")
        [got] = sink.wait_for(1)
        assert got.login == "studio"


def test_corpus_file_reads_tests_data(corpus_file: Callable[[str], bytes]) -> None:
    assert len(corpus_file("es-cancellation.eml")) > 100
    with pytest.raises(FileNotFoundError, match="tests/data"):
        corpus_file("no-such-file.eml")
