"""Sending within the provider's limits (responder.mail.limits): pure time functions by tables,
then a run of well over 100 replies against the SMTP sink answering quota and rate errors:
sending pauses and resumes, one SMTP session per flush, 0 duplicates, 0 lost."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from responder.mail.limits import PAUSES, next_allowed, next_allowed_by, pause_for
from responder.testing.dovecot import Dovecot, MailboxAccount
from responder.testing.smtp import SmtpSink, Stage
from tests.helpers import CANCEL, mail, run_once, write_config

T0 = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)


def test_the_database_answers_the_limits_as_the_pure_function_does(tmp_path: Path) -> None:
    """The daemon asks the state for the n-th latest send (one indexed query per message) instead
    of reading a day of sends: the same answer as next_allowed over all of them."""
    import random

    from responder.state import Store, ts

    store = Store.open(tmp_path / "state.db")
    rng = random.Random(7)
    sent: list[datetime] = []
    with store.transaction():
        for i in range(400):
            at = T0 + timedelta(seconds=rng.randint(-90000, 600))  # the state keeps seconds
            status = rng.choice(["sent", "sent", "unknown", "failed", "queued"])
            store.conn.execute(
                "INSERT INTO outbox (kind, ref, message_id, recipient, raw, status, created_at, "
                "next_attempt_at, sent_at) VALUES ('followup', ?, ?, 'c@x.test', x'00', ?, ?, ?, ?)",
                (str(i), f"<m{i}@x>", status, ts(at), ts(at), ts(at)))
            if status in ("sent", "unknown"):
                sent.append(at)
    for now_s in (0, 300, 600, 3600):
        now = T0 + timedelta(seconds=now_s)
        for per_minute, per_day in ((0, 0), (5, 0), (1, 0), (0, 150), (3, 200), (30, 10000)):
            expected = next_allowed(sent, now, per_minute, per_day)
            got = next_allowed_by(lambda w, n, now=now: store.nth_latest_send(now - w, now, n),  # type: ignore[misc]
                                  per_minute, per_day)
            assert got == expected, (now_s, per_minute, per_day)


def _at(*seconds: float) -> list[datetime]:
    return [T0 + timedelta(seconds=s) for s in seconds]


@pytest.mark.parametrize(("sent", "now", "per_minute", "per_day", "expected"), [
    ([], 0, 30, 10000, None),
    (list(range(29)), 30, 30, 0, None),  # 29 in the last minute: one more may go
    (list(range(30)), 30, 30, 0, 60),  # 30: the next when the first leaves the window
    (list(range(30)), 61, 30, 0, None),  # the first left it
    ([0, 1, 2, 50, 51], 52, 5, 0, 60),
    ([0, 1, 2, 50, 51], 52, 0, 0, None),  # no caps
    ([0, 3600, 7200], 7300, 0, 3, 86400),  # the day's cap: the oldest leaves after 24 h
    ([-86401, 3600, 7200], 7300, 0, 3, None),  # older than a day: not counted
    ([0, 1, 2, 3, 4], 5, 5, 5, 86400),  # both caps hit: the later wins
])
def test_next_allowed(sent: list[float], now: float, per_minute: int, per_day: int,
                      expected: float | None) -> None:
    result = next_allowed(_at(*sent), T0 + timedelta(seconds=now), per_minute, per_day)
    assert result == (None if expected is None else T0 + timedelta(seconds=expected))


@pytest.mark.parametrize(("code", "text", "at_auth", "kind"), [
    (421, "4.7.0 Too many connections, slow down", False, "rate"),
    (421, "4.3.2 Service not available, closing transmission channel", False, "rate"),
    (451, "4.7.500 Server busy. Please try again later.", False, "rate"),
    (451, "4.3.0 Local error, try again later", False, None),  # an ordinary transient: backoff
    (550, "5.4.5 Daily user sending quota exceeded. https://support.google.com/a/answer/166852", False,
     "daily"),
    (554, "5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process "
          "message due to a permanent exception", False, "daily"),
    (550, "5.1.1 The email account that you tried to reach does not exist.", False, None),
    (554, "5.7.1 Message rejected as spam", False, None),
    (454, "4.7.0 Temporary authentication failure", True, "auth"),
    (535, "5.7.8 Username and Password not accepted", True, None),
])
def test_pause_for(code: int, text: str, at_auth: bool, kind: str | None) -> None:
    paused = pause_for(code, text, at_auth=at_auth)
    assert (paused[0] if paused else None) == kind
    if paused:
        assert paused[1] == PAUSES[kind or ""]


# -- against the SMTP sink ------------------------------------------------------------------


#: Every n-th message is refused, as the big providers do when they are pushed.
QUOTA_ANSWERS: list[tuple[int, int, int, str, Stage]] = [
    (13, 4, 451, "4.7.0 Temporary System Problem. Try again later (rate limit)", "DATA"),
    (17, 8, 550, "5.4.5 Daily user sending quota exceeded.", "DATA"),
    (23, 11, 554, "5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to "
                  "process message due to a permanent exception with message", "DATA"),
    (29, 3, 421, "4.7.0 Too many concurrent SMTP connections", "MAIL"),
]


class QuotaSink(SmtpSink):
    """An SMTP sink that answers a quota or rate error to every n-th command of a stage."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: Counter[Stage] = Counter()

    def _planned_failure(self, stage: Stage, address: str | None = None) -> str | None:
        with self._lock:
            self.seen[stage] += 1
            n = self.seen[stage]
        for every, offset, code, text, at in QUOTA_ANSWERS:
            if at == stage and n % every == offset:
                return f"{code} {text}"
        return super()._planned_failure(stage, address)


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    with QuotaSink() as sink:
        yield sink


def _outbox(config: Path) -> list[tuple[str, str, int]]:
    with sqlite3.connect(config.parent / "state.db") as db:
        return list(db.execute("SELECT recipient, status, attempts FROM outbox ORDER BY id"))


@pytest.mark.integration
def test_quota_answers_pause_sending_and_over_100_replies_none_is_lost_or_sent_twice(
        setup: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: QuotaSink) -> None:
    assert run_once(setup) == 0
    customers = [f"customer{i:03}@example.net" for i in range(120)]
    for sender in customers:
        dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL, sender=sender))
    start = datetime.now(UTC)
    runs = 0
    while len(smtp_sink.messages) < len(customers) and runs < 60:
        # Each run starts a little over an hour on: past every pause (a day's quota is
        # looked at again after an hour).
        assert run_once(setup, "--now", (start + timedelta(minutes=61 * runs)).isoformat()) == 0
        runs += 1
    received = Counter(m.rcpt_tos[0] for m in smtp_sink.messages)
    assert sorted(received) == customers  # 0 lost
    assert max(received.values()) == 1  # 0 duplicates
    refusals = smtp_sink.refusals
    assert len(refusals) >= 10 and {r.reply[:3] for r in refusals} == {"451", "550", "554", "421"}
    rows = _outbox(setup)
    assert [status for _, status, _ in rows] == ["sent"] * len(customers)
    assert all(attempts <= 1 for _, _, attempts in rows)  # a pause is not a failed attempt
    # One SMTP session per flush: a flush ends at a pause, so at most one per run.
    assert smtp_sink.sessions <= runs
    print(f"\n{len(customers)} replies, {len(refusals)} quota/rate answers, {runs} runs, "
          f"{smtp_sink.sessions} SMTP sessions")


@pytest.mark.integration
def test_the_per_minute_cap_holds_sends_back_until_the_window_has_room(
        tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, password: None) -> None:
    with SmtpSink() as sink:
        config = write_config(tmp_path, mailbox, sink, smtp={"per_minute": 5})
        assert run_once(config) == 0
        for i in range(12):
            dovecot.append(mailbox.user, mailbox.password, "INBOX",
                           mail(CANCEL, sender=f"c{i}@example.net"))
        start = datetime.now(UTC)
        counts = []
        for seconds in (0, 1, 62, 124):
            assert run_once(config, "--now", (start + timedelta(seconds=seconds)).isoformat()) == 0
            counts.append(len(sink.messages))
        assert counts == [5, 5, 10, 12]
        assert sink.sessions == 3  # one per flush that sent, however many it sent


@pytest.mark.integration
def test_a_temporary_login_refusal_pauses_sending_and_nothing_is_lost_or_failed(
        tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, password: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A real SMTP server answers 454 4.7.0 to AUTH (the login service busy, as Microsoft and
    Google do under load): the acknowledgement waits, its attempts not counted, and goes out
    once the pause is over."""
    monkeypatch.setenv("T_SMTP_PASSWORD", "s3cret")
    with SmtpSink(users={"studio": "s3cret"}, require_auth=True) as sink:
        config = write_config(tmp_path, mailbox, sink,
                              smtp={"username": "studio", "password_env": "T_SMTP_PASSWORD"})
        assert run_once(config) == 0
        dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL))
        # Every login of this run is refused (the start-up check of the From address logs in too).
        sink.fail_next(454, count=10, text="4.7.0 Temporary authentication failure", at="AUTH")
        assert run_once(config) == 0
        assert sink.messages == [] and {r.reply[:3] for r in sink.refusals} == {"454"}
        [(_, status, attempts)] = _outbox(config)
        assert (status, attempts) == ("queued", 0)  # paused: not failed, not an attempt
        sink.reset_failures()
        later = datetime.now(UTC) + PAUSES["auth"] + timedelta(minutes=1)
        assert run_once(config, "--now", later.isoformat()) == 0
        assert len(sink.wait_for(1)) == 1
        assert [status for _, status, _ in _outbox(config)] == ["sent"]
