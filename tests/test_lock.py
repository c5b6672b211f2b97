"""One daemon per state (issue 12.1): a second daemon refuses to start; the kernel drops the
lock of a dead one; the outbox claims each row atomically, so even two processes that
share a state never send one row twice."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from responder.config import load_config
from responder.errors import StateError
from responder.lock import StateLock, holder, lock_path
from responder.service import Service
from responder.state import Store
from responder.testing.dovecot import Dovecot, MailboxAccount
from responder.testing.smtp import SmtpSink
from tests.helpers import CANCEL, daemon, mail, run_once, wait_connected, write_config

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def test_a_second_lock_on_the_same_state_is_refused_naming_state_path(tmp_path: Path) -> None:
    state = tmp_path / "state.db"
    assert holder(state) is None  # never locked: not running
    first = StateLock.acquire(state)
    try:
        assert holder(state) is not None
        with pytest.raises(StateError, match=r"^state\.path: another responder \(pid \d+\)"):
            StateLock.acquire(state, wait=0.1)
    finally:
        first.release()
    assert holder(state) is None
    StateLock.acquire(state, wait=0).release()  # free again


def test_the_kernel_drops_the_lock_of_a_killed_process(tmp_path: Path) -> None:
    state = tmp_path / "state.db"
    child = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; "
         "from responder.lock import StateLock; StateLock.acquire(Path(sys.argv[1])); "
         "print('locked', flush=True); time.sleep(60)", str(state)],
        stdout=subprocess.PIPE)
    try:
        assert child.stdout is not None and child.stdout.readline() == b"locked\n"
        assert holder(state) == child.pid
        assert lock_path(state).read_text().strip() == str(child.pid)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        if child.stdout is not None:
            child.stdout.close()
    assert holder(state) is None
    StateLock.acquire(state, wait=0).release()


def _queue(store: Store, n: int) -> list[int]:
    ids = []
    with store.transaction():
        for i in range(n):
            raw = (f"From: bookings@studio.example.com\r\nTo: c{i}@example.net\r\n"
                   f"Subject: t\r\nMessage-ID: <ack.{i}@responder.studio.example.com>\r\n\r\nhi\r\n")
            row = store.enqueue(kind="acknowledgement", ref=f"<m{i}@x>",
                                message_id=f"<ack.{i}@responder.studio.example.com>",
                                conversation_id=None, recipient=f"c{i}@example.net",
                                raw=raw.encode(), now=NOW)
            assert row is not None
            ids.append(row)
    return ids


def test_a_claimed_row_cannot_be_claimed_again_from_another_connection(tmp_path: Path) -> None:
    one, two = Store.open(tmp_path / "s.db"), Store.open(tmp_path / "s.db")
    [row] = _queue(one, 1)
    assert one.claim(row) is True
    assert two.claim(row) is False
    assert one.claim(row) is False
    # A claim that never handed its message over goes back to the queue (unless in use)...
    assert two.release_claims(busy={row}) == 0
    assert two.release_claims() == 1
    assert two.claim(row) is True
    # ... one that did is in doubt, never queued again.
    two.mark_sending(row)
    assert one.release_claims() == 0
    assert [i.id for i in one.outbox_in_doubt()] == [row]
    assert one.outbox_in_doubt(busy={row}) == []


def test_two_senders_on_one_state_never_send_a_row_twice(
    tmp_path: Path, smtp_sink: SmtpSink, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even when the lock is bypassed, two services flushing the same outbox at the same
    moment send each row once."""
    monkeypatch.setenv("T_IMAP_PASSWORD", "unused")
    config = load_config(write_config(tmp_path, MailboxAccount("127.0.0.1", 1, "u", "p"), smtp_sink))
    first = Service(config)
    monkeypatch.setattr(StateLock, "acquire", classmethod(lambda cls, state, wait=0: None))
    second = Service(config)
    try:
        _queue(first.store, 20)

        async def both() -> None:
            await asyncio.gather(first.flush_outbox(), second.flush_outbox())

        asyncio.run(both())
    finally:
        first.close()
        second.close()
    time.sleep(0.3)
    recipients = sorted(m.rcpt_tos[0] for m in smtp_sink.messages)
    assert recipients == sorted(f"c{i}@example.net" for i in range(20))


@pytest.mark.integration
def test_a_second_daemon_on_the_same_state_refuses_to_start(
    setup: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink,
    capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_once(setup) == 0
    proc = daemon(setup)
    try:
        assert wait_connected(setup, 0, proc)
        capsys.readouterr()
        assert run_once(setup) == 1  # --once is refused as well while the daemon runs
        err = capsys.readouterr().err.strip().splitlines()
        assert err[-1].startswith(f"error: state.path: another responder (pid {proc.pid})")
        second = subprocess.run(
            [sys.executable, "-m", "responder.cli", "run", "--config", str(setup)],
            capture_output=True, text=True, timeout=60, check=False)
        assert second.returncode == 1
        assert "state.path: another responder" in second.stderr
        assert "Traceback" not in second.stderr
        dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL))
        smtp_sink.wait_for(1, timeout=30)
        time.sleep(1.0)  # a second sender would land now
        assert len(smtp_sink.messages) == 1
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    assert run_once(setup) == 0  # a killed daemon's lock is gone with it
