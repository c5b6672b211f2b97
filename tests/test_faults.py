"""Server faults against the real servers: SMTP 4xx, 5xx and refused connections from
aiosmtpd, and a Dovecot that goes away in the middle of a run.

Transient faults are retried later (``--now`` moves the clock past the backoff) and the
acknowledgement then goes out exactly once; permanent ones are recorded, shown by
``responder status``, flag the original ``$NeedsReview`` and are never retried.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from responder.cli import main
from responder.testing.dovecot import Dovecot, MailboxAccount
from responder.testing.smtp import SmtpSink, Stage
from tests.helpers import CANCEL, mail, run_once, settle, write_config

pytestmark = pytest.mark.integration


@pytest.fixture
def setup(tmp_path: Path, mailbox: MailboxAccount, smtp_sink: SmtpSink, password: None) -> Path:
    """The shared config (conftest), with 5 s timeouts so a dead server fails a run fast."""
    return write_config(tmp_path, mailbox, smtp_sink, timeout=5)


def later(minutes: float) -> str:
    """An ``--now`` value this many minutes ahead of the real clock."""
    return (datetime.now(UTC) + timedelta(minutes=minutes)).isoformat()


def outbox(config: Path) -> list[dict[str, object]]:
    with contextlib.closing(sqlite3.connect(config.parent / "state.db")) as db:
        db.row_factory = sqlite3.Row
        rows = db.execute("SELECT kind, recipient, status, attempts, last_error, filed "
                          "FROM outbox ORDER BY id").fetchall()
    return [dict(r) for r in rows]


def flags_of(dovecot: Dovecot, mailbox: MailboxAccount, uid: int) -> frozenset[str]:
    return dovecot.fetch_flags(mailbox.user, mailbox.password, "INBOX", uid)


class GatedSink(SmtpSink):
    """A sink that holds one SMTP command until the test lets it go (to act mid-send)."""

    def __init__(self, *, stage: Stage, port: int | None = None) -> None:
        super().__init__(port=port)
        self.stage = stage
        self.reached = threading.Event()
        self.release = threading.Event()

    def _planned_failure(self, stage: Stage, address: str | None = None) -> str | None:
        if stage == self.stage and not self.reached.is_set():
            self.reached.set()
            self.release.wait(20)  # blocks the sink's loop: nothing else is in flight
        return super()._planned_failure(stage, address)


# -- transient SMTP refusals ----------------------------------------------------------------


@pytest.mark.parametrize(("code", "stage"), [(421, "MAIL"), (421, "DATA"), (451, "RCPT"),
                                             (451, "DATA")])
def test_transient_smtp_refusal_is_retried_after_the_backoff_and_sent_exactly_once(
    setup: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink,
    code: int, stage: Stage,
) -> None:
    assert run_once(setup) == 0  # first start
    uid = dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL))
    smtp_sink.fail_next(code, at=stage)
    assert run_once(setup) == 0  # a refused send is not an error of the run
    assert len(settle(smtp_sink)) == 0
    assert [r.stage for r in smtp_sink.refusals] == [stage]
    [row] = outbox(setup)
    assert row["status"] == "queued" and str(code) in str(row["last_error"])
    assert "\\Answered" not in flags_of(dovecot, mailbox, uid)

    assert run_once(setup) == 0  # still inside the backoff: not tried again yet
    assert len(settle(smtp_sink, 0.1)) == 0 and len(smtp_sink.refusals) == 1

    assert run_once(setup, "--now", later(5)) == 0  # past the backoff
    [got] = smtp_sink.wait_for(1)
    assert got.rcpt_tos == ["ann@example.net"]
    [row] = outbox(setup)
    assert row["status"] == "sent" and row["filed"] == 1
    assert "\\Answered" in flags_of(dovecot, mailbox, uid)
    sent = dovecot.list_messages(mailbox.user, mailbox.password, "Sent")
    assert len(sent) == 1

    assert run_once(setup, "--now", later(24 * 60)) == 0  # and never again
    assert len(settle(smtp_sink)) == 1


def test_transient_refusals_back_off_longer_each_time(
    setup: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink
) -> None:
    """Two refusals in a row: the second retry waits longer than the first."""
    assert run_once(setup) == 0
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL))
    smtp_sink.fail_next(451, count=2, at="MAIL")
    assert run_once(setup) == 0
    assert run_once(setup, "--now", later(1)) == 0  # first retry (after ~30 s): refused again
    assert len(smtp_sink.refusals) == 2
    assert run_once(setup, "--now", later(1.2)) == 0  # second backoff is ~60 s: too early
    assert len(settle(smtp_sink, 0.1)) == 0 and len(smtp_sink.refusals) == 2
    assert run_once(setup, "--now", later(3)) == 0
    assert len(smtp_sink.wait_for(1)) == 1
    [row] = outbox(setup)
    assert row["status"] == "sent"


def test_connection_refused_on_smtp_is_retried_when_the_server_is_back(
    tmp_path: Path, setup: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink
) -> None:
    assert run_once(setup) == 0
    uid = dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL))
    smtp_sink.stop()  # nothing listens on the port now
    assert run_once(setup) == 0
    [row] = outbox(setup)
    assert row["status"] == "queued" and row["last_error"]
    assert flags_of(dovecot, mailbox, uid) >= {"$Cancellation"}

    with SmtpSink(port=smtp_sink.port) as back:
        assert run_once(setup, "--now", later(5)) == 0
        [got] = back.wait_for(1)
        assert got.rcpt_tos == ["ann@example.net"]
        assert run_once(setup, "--now", later(60)) == 0
        assert len(settle(back)) == 1
    [row] = outbox(setup)
    assert row["status"] == "sent"


# -- permanent SMTP refusals ----------------------------------------------------------------


def test_permanent_refusal_is_recorded_flagged_for_review_shown_and_never_retried(
    setup: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run_once(setup) == 0
    uid = dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL))
    other = dovecot.append(mailbox.user, mailbox.password, "INBOX",
                           mail(CANCEL, sender="Bob <bob@example.net>"))
    smtp_sink.fail_recipient("ann@example.net", 550)
    assert run_once(setup) == 0
    [got] = smtp_sink.wait_for(1)  # the other customer is not held up by Ann's refusal
    assert got.rcpt_tos == ["bob@example.net"]
    rows = {r["recipient"]: r for r in outbox(setup)}
    assert rows["ann@example.net"]["status"] == "failed"
    assert "550" in str(rows["ann@example.net"]["last_error"])
    assert "$NeedsReview" in flags_of(dovecot, mailbox, uid)
    assert "\\Answered" not in flags_of(dovecot, mailbox, uid)
    assert "$NeedsReview" not in flags_of(dovecot, mailbox, other)

    for minutes in (5, 120, 60 * 24 * 3):  # never retried, however long we wait
        assert run_once(setup, "--now", later(minutes)) == 0
    assert len(smtp_sink.refusals) == 1
    assert len(settle(smtp_sink)) == 1

    capsys.readouterr()
    assert main(["status", "--config", str(setup)]) == 0
    out = capsys.readouterr().out
    assert "outbox.failed: 1" in out
    assert "ann@example.net" in out and "550" in out


# -- Dovecot going away -----------------------------------------------------------------------


def _stop_when_held(sink: GatedSink, dovecot: Dovecot) -> threading.Thread:
    def work() -> None:
        if sink.reached.wait(20):
            dovecot.stop()
        sink.release.set()

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    return thread


def test_dovecot_stopped_during_a_once_run_is_one_clear_error_and_nothing_is_lost(
    tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, password: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with GatedSink(stage="DATA") as sink:
        config = write_config(tmp_path, mailbox, sink, timeout=5)
        assert run_once(config) == 0
        uid = dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL))
        capsys.readouterr()
        helper = _stop_when_held(sink, dovecot)  # IMAP goes away while the ack is in DATA
        try:
            code = run_once(config)
        finally:
            helper.join(30)
            sink.release.set()
        err = capsys.readouterr().err.strip().splitlines()
        assert code == 1
        errors = [line for line in err if line.startswith("error:")]
        assert len(errors) == 1 and "IMAP" in errors[0], err
        assert not any("Traceback" in line for line in err)
        assert len(sink.wait_for(1)) == 1  # the acknowledgement itself went out

        dovecot.restart()
        late = dovecot.append(mailbox.user, mailbox.password, "INBOX",
                              mail(CANCEL, sender="Bob <bob@example.net>"))
        assert run_once(config) == 0  # the next run finishes the filing and answers new mail
        got = sink.wait_for(2)
        assert sorted(m.rcpt_tos[0] for m in got) == ["ann@example.net", "bob@example.net"]
        assert len(settle(sink)) == 2
    for u in (uid, late):
        assert {"\\Answered", "$Cancellation"} <= flags_of(dovecot, mailbox, u)
    sent = dovecot.list_messages(mailbox.user, mailbox.password, "Sent")
    assert len(sent) == 2
    assert all(r["status"] == "sent" and r["filed"] == 1 for r in outbox(config))


def test_dovecot_stopped_before_a_once_run_is_one_clear_error_and_the_next_run_answers(
    setup: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run_once(setup) == 0
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL))
    dovecot.stop()
    try:
        capsys.readouterr()
        assert run_once(setup) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert [line for line in err if line.startswith("error:")] == [err[-1]]
        assert "refused" in err[-1] and not any("Traceback" in line for line in err)
    finally:
        dovecot.restart()
    assert run_once(setup) == 0
    [got] = smtp_sink.wait_for(1)
    assert got.rcpt_tos == ["ann@example.net"]


def test_a_permanent_refusal_while_imap_is_down_still_flags_the_original_later(
    tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, password: None,
) -> None:
    with GatedSink(stage="RCPT") as sink:
        sink.fail_recipient("ann@example.net", 550)
        config = write_config(tmp_path, mailbox, sink, timeout=5)
        assert run_once(config) == 0
        uid = dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL))
        helper = _stop_when_held(sink, dovecot)
        try:
            assert run_once(config) == 1
        finally:
            helper.join(30)
            sink.release.set()
            dovecot.restart()
        assert run_once(config) == 0
        assert run_once(config, "--now", later(10)) == 0
    [row] = outbox(config)
    assert row["status"] == "failed"
    assert "$NeedsReview" in flags_of(dovecot, mailbox, uid)


# -- an answer that never comes -------------------------------------------------------------


def test_a_timeout_after_the_message_was_handed_over_is_never_retried_into_a_duplicate(
    tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, password: None,
) -> None:
    """The server takes the message but answers too late: the outcome is unknown, so it is
    left for a person ($NeedsReview), never sent again."""
    with GatedSink(stage="DATA") as sink:
        config = write_config(tmp_path, mailbox, sink, timeout=5, smtp={"timeout": 1})
        assert run_once(config) == 0
        uid = dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL))
        releaser = threading.Timer(2.5, sink.release.set)  # accept, but after our timeout
        releaser.start()
        try:
            assert run_once(config) == 0
        finally:
            releaser.join()
        assert len(sink.wait_for(1)) == 1  # the server did take it
        for minutes in (5, 60, 60 * 24):
            assert run_once(config, "--now", later(minutes)) == 0
        assert len(settle(sink)) == 1
    [row] = outbox(config)
    assert row["status"] in ("failed", "unknown")
    assert "$NeedsReview" in flags_of(dovecot, mailbox, uid)
