"""A backlog spread over many fetch batches: parsing and detection run in forked reader
processes, a few batches ahead, while this process decides, records and sends.

These tests pin down that the reader changes nothing a customer or staff member could see,
and that the reader processes never outlive the daemon (SIGTERM or kill -9).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from responder import reader
from responder.testing.dovecot import Dovecot, MailboxAccount
from responder.testing.smtp import SmtpSink
from tests.helpers import (
    CANCEL,
    QUESTION,
    RESCHEDULE,
    daemon,
    mail,
    run_once,
    settle,
    write_config,
)

pytestmark = pytest.mark.integration


def backlog_config(tmp_path: Path, mailbox: MailboxAccount, sink: SmtpSink, batch_size: int) -> Path:
    """A config that answers the whole mailbox on first start, in batches of ``batch_size``."""
    return write_config(tmp_path, mailbox, sink, imap={"backfill": "all", "batch_size": batch_size})


def append_all(dovecot: Dovecot, mailbox: MailboxAccount, raws: list[bytes]) -> list[int]:
    """APPEND many messages over one connection; their UIDs in order."""
    with dovecot.client(mailbox.user, mailbox.password) as imap:
        for raw in raws:
            imap.append("INBOX", raw)
        imap.select_folder("INBOX", readonly=True)
        return sorted(imap.search("ALL"))


def children_of(pid: int) -> set[int]:
    """Direct child processes of ``pid`` (from /proc)."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            found.update(int(c) for c in (task / "children").read_text().split())
        except OSError:
            continue
    return found


def wait_for_readers(proc: subprocess.Popen[bytes], timeout: float = 30) -> set[int]:
    """The daemon's reader processes, as soon as there are any (empty if none showed up)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if readers := children_of(proc.pid):
            return readers
        time.sleep(0.02)
    return set()


def all_gone(pids: set[int], timeout: float) -> bool:
    """Whether every process in ``pids`` has ended (zombies count as ended) within ``timeout``."""
    deadline = time.monotonic() + timeout
    while any(alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not any(alive(pid) for pid in pids)


def alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


def test_a_backlog_over_many_batches_answers_each_cancellation_once_and_tags_the_rest(
    tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink, password: None,
    capfd: pytest.CaptureFixture[str],
) -> None:
    config = backlog_config(tmp_path, mailbox, smtp_sink, batch_size=2)
    cancellers = [f"c{i}@example.net" for i in range(4)]
    raws = [
        mail(CANCEL, sender=cancellers[0]),
        mail(QUESTION, sender="q1@example.net", subject="Policy?"),
        mail(RESCHEDULE, sender="r1@example.net", subject="Tuesday"),
        mail(CANCEL, sender=cancellers[1]),
        mail(CANCEL, sender="robot@example.net", headers={"Auto-Submitted": "auto-generated"}),
        b"From: broken@example.net\r\nContent-Type: multipart/mixed; boundary=\"x\"\r\n\r\n--x\r\n",
        mail(CANCEL, sender=cancellers[2]),
        mail(QUESTION, sender="q2@example.net", subject="Fees?"),
        mail(CANCEL, sender=cancellers[3]),
    ]
    uids = append_all(dovecot, mailbox, raws)
    before = children_of(os.getpid())

    assert run_once(config) == 0

    got = smtp_sink.wait_for(len(cancellers))
    assert sorted(m.rcpt_tos[0] for m in settle(smtp_sink)) == cancellers
    assert all(m.message["Auto-Submitted"] == "auto-replied" for m in got)
    flags = {uid: f for uid, f, _ in dovecot.list_messages(mailbox.user, mailbox.password, "INBOX")}
    by_uid = dict(zip(uids, raws, strict=True))
    for uid, raw in by_uid.items():
        answered = "\\Answered" in flags[uid]
        assert answered == any(c.encode() in raw for c in cancellers), uid
    assert "$Reschedule" in flags[uids[2]]
    assert children_of(os.getpid()) == before  # the reader processes are gone
    assert "reader process" not in capfd.readouterr().err  # they did the reading

    assert run_once(config) == 0  # and nothing is handled twice
    assert len(settle(smtp_sink)) == len(cancellers)


def test_the_reader_processes_die_with_the_daemon_and_sigterm_is_a_clean_exit(
    tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink, password: None
) -> None:
    config = backlog_config(tmp_path, mailbox, smtp_sink, batch_size=5)
    filler = "Hello, a question about parking near the studio. " * 400
    raws = [mail(filler, sender=f"q{i}@example.net", subject=f"Parking {i}") for i in range(600)]
    append_all(dovecot, mailbox, raws)

    proc = daemon(config)
    try:
        readers = wait_for_readers(proc)
        assert readers, "no reader process seen while the backlog was read"
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        assert all_gone(readers, timeout=10)  # no orphan after kill -9
    finally:
        if proc.poll() is None:
            proc.kill()

    proc = daemon(config)
    try:
        readers = wait_for_readers(proc)
        assert readers, "the restarted daemon read the rest of the backlog without readers"
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(15) == 0  # stops between messages and exits 0
    finally:
        if proc.poll() is None:
            proc.kill()
    assert all_gone(readers, timeout=5)
    assert smtp_sink.messages == []  # questions only: nothing to answer


def test_a_reader_that_dies_costs_nothing_the_daemon_reads_the_backlog_itself(
    tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink, password: None,
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(reader, "CHILD", lambda *_: sys.exit(3))
    config = backlog_config(tmp_path, mailbox, smtp_sink, batch_size=2)
    cancellers = [f"c{i}@example.net" for i in range(3)]
    append_all(dovecot, mailbox, [mail(CANCEL, sender=c) for c in cancellers]
               + [mail(QUESTION, sender=f"q{i}@example.net") for i in range(3)])

    assert run_once(config) == 0

    smtp_sink.wait_for(len(cancellers))
    assert sorted(m.rcpt_tos[0] for m in settle(smtp_sink)) == cancellers
    assert "reader process failed; reading in this process" in capfd.readouterr().err
