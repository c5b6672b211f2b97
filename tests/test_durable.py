"""A full disk under the state loses nothing (issue 12, item 5).

Two ways to fill it, both answered by the real SQLite engine with its real "database or disk
is full" (SQLITE_FULL), against the real Dovecot and SMTP servers:

- ``PRAGMA max_page_count`` on the daemon's own connection (runs anywhere, in-process);
- a 2 MB tmpfs holding the state, filled up with a file (root only: the daemon runs as a
  real process, exactly as it would on a server whose disk is full).

Either way a cancellation that arrives while the disk is full is not answered, not skipped,
and the cursor does not move past it; the daemon logs one line naming ``state.path`` and the
fix, no traceback, keeps running, and answers the cancellation exactly once when space is back.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import os
import signal
import sqlite3
import subprocess
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from responder.config import load_config
from responder.errors import StorageError
from responder.service import Service
from responder.state import Store, storage_error
from responder.testing.dovecot import Dovecot, MailboxAccount
from responder.testing.smtp import SmtpSink, Stage
from tests.helpers import (
    CANCEL,
    QUESTION,
    daemon,
    log_lines,
    mail,
    run_once,
    settle,
    wait_logged,
    write_config,
)

pytestmark = pytest.mark.integration

STORAGE_LINE = "state.path: cannot write"
NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)


# -- the state on its own -----------------------------------------------------------------


def full_store(tmp_path: Path) -> Store:
    """A state whose database may not grow by one more page."""
    store = Store.open(tmp_path / "state.db")
    store.conn.execute("PRAGMA max_page_count = 1")  # raised to the pages it has now
    return store


def test_a_full_database_raises_its_own_error_and_leaves_no_transaction_open(tmp_path: Path) -> None:
    store = full_store(tmp_path)
    # SQLite rolls a transaction back by itself on SQLITE_FULL; a second ROLLBACK used to
    # fail with "cannot rollback - no transaction is active" and hide the real error.
    with pytest.raises(sqlite3.OperationalError, match="database or disk is full"), \
            store.transaction():
        store.enqueue(kind="acknowledgement", ref="r", message_id="<r@x>", conversation_id=None,
                      recipient="ann@example.net", raw=b"x" * 20_000, now=NOW)
    assert not store.conn.in_transaction
    with store.transaction():  # the next transaction starts normally
        store.set_cursor("INBOX", 1, 5, NOW)
    assert store.cursor("INBOX") == (1, 5)


def test_an_event_note_outside_a_transaction_is_logged_when_the_disk_refuses_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = Store.open(tmp_path / "state.db")
    with store.transaction():  # fill the last page: a note needs a new one
        for i in range(200):
            store.log_event("info", f"{i}" * 30, NOW)
    store.conn.execute("PRAGMA max_page_count = 1")
    for _ in range(200):
        store.log_event("error", "cycle failed: x" * 20, NOW)  # never raises for a full disk
    assert "event not recorded" in caplog.text
    # Inside a transaction it raises: what the transaction writes is all or nothing.
    with pytest.raises(sqlite3.OperationalError), store.transaction():
        for _ in range(200):
            store.log_event("error", "x" * 300, NOW)


@pytest.mark.parametrize(("exc", "storage"), [
    (sqlite3.OperationalError("database or disk is full"), False),  # no code: not ours to judge
    (OSError(errno.ENOSPC, "No space left on device"), True),
    (OSError(errno.EDQUOT, "Disk quota exceeded"), True),
    (OSError(errno.EROFS, "Read-only file system"), True),
    (OSError(errno.ECONNRESET, "Connection reset"), False),
    (ValueError("x"), False),
])
def test_which_errors_are_the_disk_refusing(exc: BaseException, storage: bool) -> None:
    problem = storage_error(exc, "/var/lib/responder/state.db")
    assert (problem is not None) == storage
    if problem is not None:
        assert isinstance(problem, StorageError)
        assert str(problem).startswith("state.path: cannot write the state at /var/lib/responder/")


def test_real_sqlite_errors_are_classified_by_their_code(tmp_path: Path) -> None:
    store = full_store(tmp_path)
    with pytest.raises(sqlite3.OperationalError) as full, store.transaction():
        store.conn.execute("INSERT INTO events (at, level, what) VALUES ('', '', ?)", ("x" * 50_000,))
    assert storage_error(full.value, "s.db") is not None
    with pytest.raises(sqlite3.OperationalError) as typo:
        store.conn.execute("SELECT nope FROM events")
    assert storage_error(typo.value, "s.db") is None  # a bug is not a full disk


# -- the daemon against the real servers --------------------------------------------------


async def until(condition: Callable[[], bool], timeout: float = 20.0) -> bool:
    """Wait (letting the daemon's task run) until ``condition()`` holds, at most ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        await asyncio.sleep(0.05)
    return condition()


def test_a_full_database_keeps_the_cancellation_and_answers_it_once_space_is_back(
    setup: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink,
    caplog: pytest.LogCaptureFixture,
) -> None:
    config = load_config(setup)  # (not run_once: the CLI would take the log away from caplog)
    caplog.set_level(logging.INFO)

    def storage_lines() -> list[logging.LogRecord]:
        return [r for r in caplog.records if STORAGE_LINE in r.getMessage()]

    async def scenario() -> None:
        service = Service(config)
        conn = service.store.conn
        unlimited = conn.execute("PRAGMA max_page_count").fetchone()[0]
        task = asyncio.create_task(service.run_forever())
        try:
            # The first cycle sets the cursor (a first start answers nothing old).
            assert await until(lambda: "watching for new mail" in caplog.text)
            await asyncio.to_thread(dovecot.append, mailbox.user, mailbox.password, "INBOX",
                                    mail(CANCEL, sender="Ben <ben@example.net>"))
            assert await until(lambda: len(smtp_sink.messages) == 1)
            cursor = service.store.cursor("INBOX")
            # The database may not grow by one page (the pages it has are well used now:
            # another acknowledgement does not fit), and the real engine says SQLITE_FULL.
            conn.execute("PRAGMA max_page_count = 1")
            await asyncio.to_thread(dovecot.append, mailbox.user, mailbox.password, "INBOX",
                                    mail(CANCEL, sender="Ann <ann@example.net>"))
            assert await until(lambda: len(storage_lines()) >= 1), caplog.text[-3000:]
            assert not task.done()  # still running
            assert len(smtp_sink.messages) == 1
            assert service.store.cursor("INBOX") == cursor  # not moved past the cancellation
            assert service.store.counts().get("messages.acknowledge", 0) == 1
            assert "skipped" not in caplog.text

            conn.execute(f"PRAGMA max_page_count = {unlimited}")  # space is back
            assert await until(lambda: len(smtp_sink.messages) >= 2, timeout=30), caplog.text[-3000:]
            await asyncio.sleep(1.5)  # another cycle or two: nothing more goes out
        finally:
            service.stop()
            await task
            counts = service.store.counts()
            service.close()
        assert counts["messages.acknowledge"] == 2
        assert counts["outbox.sent"] == 2

    asyncio.run(scenario())
    received = settle(smtp_sink)
    assert [m.rcpt_tos for m in received] == [["ben@example.net"], ["ann@example.net"]]  # once each
    line = storage_lines()[0]
    assert line.levelno == logging.ERROR and line.exc_info is None  # one line, no traceback
    text = line.getMessage()
    assert str(config.state.path) in text and "database or disk is full" in text
    assert "free space" in text
    assert all(r.exc_info is None for r in caplog.records), "a traceback was logged"


# -- a real full file system (root: a 2 MB tmpfs) -----------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs mounted for this test (skipped where mounting is not allowed)."""
    if os.geteuid() != 0:
        pytest.skip("a real full file system needs root to mount a 2 MB tmpfs; "
                    "the max_page_count test covers the same path without root")
    disk = tmp_path / "disk"
    disk.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs CAP_SYS_ADMIN): {done.stderr.strip()}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def fill(path: Path) -> None:
    """Write ``path`` until the file system is full."""
    block = b"\0" * 4096
    with path.open("wb") as f:
        try:
            while True:
                f.write(block)
                f.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    # (closing may fail too, with the last buffered bytes: the disk is full either way)


def test_a_full_file_system_under_the_running_daemon_loses_nothing(
    setup: Path, small_disk: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink,
) -> None:
    state = small_disk / "state.db"
    setup.write_text(setup.read_text().replace(str(setup.parent / "state.db"), str(state)))
    assert run_once(setup) == 0  # first start: the cursor is set
    proc = daemon(setup)
    filler = small_disk / "filler"
    try:
        assert wait_logged(setup, "watching for new mail", 0, proc), log_lines(setup)[-20:]
        with contextlib.closing(sqlite3.connect(state)) as db:
            cursor = db.execute("SELECT last_uid FROM mailbox").fetchone()
            # An empty WAL: the daemon's next write needs new blocks, as on a disk in use.
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with contextlib.suppress(OSError):
            fill(filler)
        dovecot.append(mailbox.user, mailbox.password, "INBOX",
                       mail(CANCEL, sender="Ann <ann@example.net>"))
        assert wait_logged(setup, STORAGE_LINE, 0, proc), log_lines(setup)[-20:]
        time.sleep(0.5)
        assert proc.poll() is None  # still running
        assert smtp_sink.messages == []
        with contextlib.closing(sqlite3.connect(f"file:{state}?mode=ro", uri=True)) as db:
            assert db.execute("SELECT last_uid FROM mailbox").fetchone() == cursor
            assert db.execute("SELECT COUNT(*) FROM messages").fetchone()[0] == 0

        filler.unlink()  # space is back
        assert len(smtp_sink.wait_for(1, timeout=150)) == 1, log_lines(setup)[-20:]
        time.sleep(1.5)  # another cycle or two: nothing more goes out
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(20)
    assert [m.rcpt_tos for m in settle(smtp_sink)] == [["ann@example.net"]]  # exactly once
    lines = log_lines(setup)
    storage = [line for line in lines if STORAGE_LINE in line]
    assert storage and str(state) in storage[0] and "free space" in storage[0]
    assert not any("Traceback" in line for line in lines), "\n".join(lines[-40:])
    assert not any("skipped" in line for line in lines)
    with contextlib.closing(sqlite3.connect(state)) as db:
        assert db.execute("SELECT status FROM outbox").fetchall() == [("sent",)]


class FillingSink(SmtpSink):
    """An SMTP server that, while it takes the next message, fills ``disk`` (as another
    program on the machine might): the send goes out, the database cannot record it."""

    def __init__(self) -> None:
        super().__init__()
        self.fill_at_data: Path | None = None
        self.hold_after_fill = 2.0
        self.on_fill: Callable[[], None] | None = None

    def _planned_failure(self, stage: Stage, address: str | None = None) -> str | None:
        if stage == "DATA" and self.fill_at_data is not None:
            with contextlib.suppress(OSError):
                fill(self.fill_at_data)
            self.fill_at_data = None
            # The send's answer waits while the daemon's main task meets the full disk
            # first (as it did now and then on a loaded machine): ``on_fill`` gives it work.
            if self.on_fill is not None:
                self.on_fill()
            time.sleep(self.hold_after_fill)
        return super()._planned_failure(stage, address)


def test_a_send_the_full_disk_could_not_record_is_recorded_from_its_sent_copy(
    tmp_path: Path, small_disk: Path, dovecot: Dovecot, mailbox: MailboxAccount, password: None,
) -> None:
    with FillingSink() as sink:
        setup = write_config(tmp_path, mailbox, sink)
        state = small_disk / "state.db"
        setup.write_text(setup.read_text().replace(str(tmp_path / "state.db"), str(state)))
        assert run_once(setup) == 0  # first start: the cursor is set
        proc = daemon(setup)
        filler = small_disk / "filler"
        try:
            assert wait_logged(setup, "watching for new mail", 0, proc), log_lines(setup)[-20:]
            with contextlib.closing(sqlite3.connect(state)) as db:
                db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            sink.fill_at_data = filler
            sink.on_fill = lambda: dovecot.append(mailbox.user, mailbox.password, "INBOX",
                                                  mail(QUESTION, sender="Ben <ben@example.net>"))
            uid = dovecot.append(mailbox.user, mailbox.password, "INBOX",
                                 mail(CANCEL, sender="Ann <ann@example.net>"))
            assert len(sink.wait_for(1)) == 1
            # Room comes back only once the send's own record was refused: the main task
            # may meet the full disk first (and log STORAGE_LINE) while the send is in hand.
            assert wait_logged(setup, "sent, but the disk refused its record", 0, proc), \
                "\n".join(log_lines(setup)[-20:])
            assert wait_logged(setup, STORAGE_LINE, 0, proc), "\n".join(log_lines(setup)[-20:])
            filler.unlink()  # space is back
            assert wait_logged(setup, "send in doubt found in Sent folder", 0, proc, timeout=150), \
                "\n".join(log_lines(setup)[-20:])
            time.sleep(1.0)
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.wait(20)
        assert len(settle(sink)) == 1  # sent once, never again
    lines = log_lines(setup)
    assert not any("Traceback" in line for line in lines), "\n".join(lines[-40:])
    with contextlib.closing(sqlite3.connect(state)) as db:
        assert db.execute("SELECT status, filed FROM outbox").fetchall() == [("sent", 1)]
        assert db.execute("SELECT status FROM followups").fetchall() == [("scheduled",)]
    assert "$NeedsReview" not in dovecot.fetch_flags(mailbox.user, mailbox.password, "INBOX", uid)
    assert len(dovecot.list_messages(mailbox.user, mailbox.password, "Sent")) == 1
