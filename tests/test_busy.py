"""Mail that arrives while the daemon is busy is answered at once (issue 11.2), and one slow
SMTP server stalls nothing but its own send (issue 12.6).

Real Dovecot and aiosmtpd. The SMTP server here thinks before each command; a small TCP
proxy in front of Dovecot lets the test act at the moment the daemon files its Sent copy.
New mail is appended exactly while the daemon sends (inside the SMTP server's DATA) and
while it APPENDs to Sent, the two moments when the server's "new mail" notice used to be
lost. The assertions are on outcomes with generous timeouts, never on timing figures
(those are in benchmarks/run.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from responder.config import ImapConfig, SmtpConfig
from responder.errors import TransientSendError
from responder.inbox import Mailbox
from responder.send import OutcomeUnknownError, SmtpTransport
from responder.testing.dovecot import Dovecot, MailboxAccount
from responder.testing.smtp import SmtpSink, Stage
from tests.helpers import CANCEL, daemon, mail, message_id, run_once, wait_logged, write_config

pytestmark = pytest.mark.integration


class SlowSink(SmtpSink):
    """An SMTP server that takes ``delay`` seconds over each MAIL, RCPT and DATA (longer for
    a stage in ``stall``) and calls ``on_stage`` first (in its own thread)."""

    def __init__(self, delay: float = 0.0, stall: dict[Stage, float] | None = None) -> None:
        super().__init__()
        self.delay = delay
        self.stall = dict(stall or {})
        self.on_stage: Callable[[Stage], None] | None = None

    def _planned_failure(self, stage: Stage, address: str | None = None) -> str | None:
        if self.on_stage is not None:
            self.on_stage(stage)
        time.sleep(self.stall.pop(stage, self.delay))  # blocks the server: one send at a time
        return super()._planned_failure(stage, address)


class TapProxy:
    """A TCP proxy in front of Dovecot that calls ``on_command(data)`` with what the client
    sends, before passing it on."""

    def __init__(self, upstream: tuple[str, int], on_command: Callable[[bytes], None],
                 coalesce: float = 0.0) -> None:
        self.upstream = upstream
        self.on_command = on_command
        self.coalesce = coalesce  # wait this long before reading the server: fewer, larger packets
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.sockets: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        with contextlib.suppress(OSError):
            while True:
                client, _ = self.server.accept()
                upstream = socket.create_connection(self.upstream)
                self.sockets += [client, upstream]
                threading.Thread(target=self._pump, args=(client, upstream, True), daemon=True).start()
                threading.Thread(target=self._pump, args=(upstream, client, False), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, from_client: bool) -> None:
        with contextlib.suppress(OSError):
            while not from_client and self.coalesce and src.recv(1, socket.MSG_PEEK):
                time.sleep(self.coalesce)
                data = src.recv(65536)
                if not data:
                    break
                dst.sendall(data)
            while data := src.recv(65536):
                if from_client:
                    self.on_command(data)
                dst.sendall(data)
        for s in (src, dst):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self.server.close()
        for s in self.sockets:
            s.close()


@pytest.fixture
def smtp_sink() -> Iterator[SlowSink]:
    with SlowSink(delay=0.5) as sink:
        yield sink


def _handled(config: Path, raw: bytes) -> bool:
    with contextlib.closing(sqlite3.connect(f"file:{config.parent / 'state.db'}?mode=ro", uri=True)) as db:
        row = db.execute("SELECT 1 FROM messages WHERE message_id = ?", (message_id(raw),)).fetchone()
    return row is not None


def test_mail_arriving_during_a_slow_send_and_during_the_sent_append_is_answered(
    tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SlowSink, password: None
) -> None:
    """SMTP at 0.5 s a command; one cancellation lands inside the first reply's DATA, one
    while the daemon APPENDs that reply to Sent. All three are answered, each once."""
    first, during_send, during_append = (
        mail(CANCEL, sender=f"{who}@example.net") for who in ("ann", "ben", "cara"))
    fired: list[str] = []

    def on_stage(stage: Stage) -> None:
        if stage == "DATA" and not fired:
            fired.append("send")
            dovecot.append(mailbox.user, mailbox.password, "INBOX", during_send)

    def on_command(data: bytes) -> None:
        if b" APPEND " in data.upper() and b"SENT" in data.upper() and "append" not in fired:
            fired.append("append")
            dovecot.append(mailbox.user, mailbox.password, "INBOX", during_append)

    proxy = TapProxy((mailbox.host, mailbox.port), on_command)
    config = write_config(tmp_path, mailbox, smtp_sink, imap={"port": proxy.port})
    try:
        assert run_once(config) == 0
        proc = daemon(config)
        try:
            assert wait_logged(config, "watching for new mail", 0, proc)
            smtp_sink.on_stage = on_stage
            dovecot.append(mailbox.user, mailbox.password, "INBOX", first)
            got = smtp_sink.wait_for(3, timeout=60)
            time.sleep(2.0)  # a second copy of anything would land now
        finally:
            proc.terminate()
            assert proc.wait(30) == 0
    finally:
        proxy.close()
    assert fired[:2] == ["send", "append"] or sorted(fired) == ["append", "send"]
    assert sorted(m.rcpt_tos[0] for m in smtp_sink.messages) == [
        "ann@example.net", "ben@example.net", "cara@example.net"]
    assert {m.message["In-Reply-To"] for m in got} == {
        message_id(first), message_id(during_send), message_id(during_append)}


def test_mail_reported_in_the_same_packet_as_idles_go_ahead_is_not_missed(
    dovecot: Dovecot, mailbox: MailboxAccount, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Mail that lands just before IDLE: the server reports it right after "+ idling", and
    when both come in one packet imaplib's read buffer used to hide it until the renewal."""
    def on_command(data: bytes) -> None:
        if data.upper().endswith(b" IDLE\r\n"):
            dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL))

    proxy = TapProxy((mailbox.host, mailbox.port), on_command, coalesce=0.2)
    monkeypatch.setenv("T_IMAP_PASSWORD", mailbox.password)
    box = Mailbox(ImapConfig(host=mailbox.host, port=proxy.port, security="none",
                             username=mailbox.user, password_env="T_IMAP_PASSWORD"))
    try:
        box.connect()
        assert box.wait(8.0, threading.Event()) is True
        assert box.uids_after(0) == [1]
    finally:
        box.close()
        proxy.close()


def test_the_mailbox_is_watched_while_a_send_hangs(
    tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, password: None
) -> None:
    """The SMTP server hangs in the first reply's DATA; a cancellation that arrives then is
    read and recorded while that send still hangs."""
    arrived = mail(CANCEL, sender="ben@example.net")
    seen_during_send: list[bool] = []
    with SlowSink() as sink:
        config = write_config(tmp_path, mailbox, sink)

        def on_stage(stage: Stage) -> None:
            if stage == "DATA" and not seen_during_send:
                dovecot.append(mailbox.user, mailbox.password, "INBOX", arrived)
                deadline = time.monotonic() + 20
                while not _handled(config, arrived) and time.monotonic() < deadline:
                    time.sleep(0.05)
                seen_during_send.append(_handled(config, arrived))

        assert run_once(config) == 0
        proc = daemon(config)
        try:
            assert wait_logged(config, "watching for new mail", 0, proc)
            sink.on_stage = on_stage
            dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL))
            sink.wait_for(2, timeout=60)
        finally:
            proc.terminate()
            assert proc.wait(30) == 0
    assert seen_during_send == [True]


def _smtp(sink: SmtpSink, **keys: float) -> SmtpConfig:
    return SmtpConfig(host=sink.host, port=sink.port, security="none", **keys)


RAW = b"From: a@studio.example.com\r\nTo: c@example.net\r\nSubject: t\r\n\r\nhi\r\n"


def test_a_command_timeout_names_the_command_and_never_suggests_tls() -> None:
    with SlowSink(stall={"MAIL": 3.0}) as sink, pytest.raises(TransientSendError) as err:
        asyncio.run(SmtpTransport(_smtp(sink, timeout=1.0)).send(RAW, "a@studio.example.com",
                                                                 "c@example.net"))
    text = str(err.value)
    assert "MAIL FROM" in text and "smtp.timeout" in text, text
    assert "security" not in text and "TLS" not in text, text


def test_each_send_has_an_overall_deadline() -> None:
    """Each command answers within smtp.timeout, but the whole send is too slow."""
    with SlowSink(delay=0.8) as sink, pytest.raises(TransientSendError) as err:
        asyncio.run(SmtpTransport(_smtp(sink, timeout=5.0, send_timeout=1.2)).send(
            RAW, "a@studio.example.com", "c@example.net"))
    text = str(err.value)
    assert "smtp.send_timeout" in text and "RCPT TO" in text, text
    assert "security" not in text and "TLS" not in text, text
    assert sink.messages == []


def test_a_deadline_during_data_is_an_unknown_outcome_not_a_retry() -> None:
    with SlowSink(stall={"DATA": 3.0}) as sink, pytest.raises(OutcomeUnknownError) as err:
        asyncio.run(SmtpTransport(_smtp(sink, timeout=10.0, send_timeout=1.5)).send(
            RAW, "a@studio.example.com", "c@example.net"))
    assert "smtp.send_timeout" in str(err.value)
