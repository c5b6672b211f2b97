"""``run --now`` (issue 11.4) moves what is due, never the Date of what is sent; a ``--now``
that would expire due follow-ups says so, lists them and does nothing."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

from responder.service import expired_by_now
from responder.state import Store
from responder.testing.dovecot import Dovecot, MailboxAccount
from responder.testing.smtp import SmtpSink
from tests.helpers import CANCEL, mail, run_once

T0 = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def _followup_statuses(config: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(config.parent / "state.db")) as db:
        return [r[0] for r in db.execute("SELECT status FROM followups ORDER BY id")]


@pytest.mark.integration
def test_now_sends_due_followups_with_the_real_date_and_refuses_to_expire_them(
    setup: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink,
    capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_once(setup) == 0
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL))
    assert run_once(setup) == 0
    [ack] = smtp_sink.wait_for(1)
    assert _followup_statuses(setup) == ["scheduled"]  # 30 days on (tests.helpers.ANYTIME)
    real = datetime.now(UTC)

    # 40 days on, the 30-day follow-up would be 10 days late (grace 3 days): refused, listed.
    capsys.readouterr()
    assert run_once(setup, "--now", (real + timedelta(days=40)).isoformat()) == 1
    err = capsys.readouterr().err
    assert "would expire 1 follow-up(s)" in err and "followups.grace = 3d" in err
    assert "ann@example.net" in err and "--expire-late" in err
    assert _followup_statuses(setup) == ["scheduled"]  # nothing was done
    assert len(smtp_sink.messages) == 1

    # A --now at which it is due (and within grace) sends it, dated now, not 30 days on.
    assert run_once(setup, "--now", (real + timedelta(days=30, hours=1)).isoformat()) == 0
    followup = smtp_sink.wait_for(2)[-1]
    assert _followup_statuses(setup) == ["sent"]
    for sent in (ack, followup):
        date = parsedate_to_datetime(str(sent.message["Date"]))
        assert abs(date - datetime.now(UTC)) < timedelta(minutes=5), sent.message["Date"]


def test_expired_by_now_lists_what_only_the_moved_clock_makes_late(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "state.db")
    with store.transaction():
        conv = store.create_conversation(customer="ann@example.net", root_message_id="<a@x>",
                                         subject="s", language="en", customer_name="Ann",
                                         reason=None, now=T0)
        store.schedule_followups(conv, [(1, "followup_checkin", T0 + timedelta(days=1)),
                                        (2, "followup_checkin", T0 + timedelta(days=10)),
                                        (3, "followup_checkin", T0 - timedelta(days=5))], T0)
    grace = timedelta(days=3)
    assert expired_by_now(store, T0, T0, grace) == []  # --now = the real time
    assert expired_by_now(store, T0 - timedelta(days=9), T0, grace) == []  # earlier: nothing
    # Step 3 is late by the real clock already (expired anyway); step 1 only by --now.
    assert [f.step for f in expired_by_now(store, T0 + timedelta(days=6), T0, grace)] == [1]
    assert [f.step for f in expired_by_now(store, T0 + timedelta(days=20), T0, grace)] == [1, 2]
