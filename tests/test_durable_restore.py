"""A state restored from a backup sends nothing twice (issue 12, item 7).

The state is copied with SQLite's backup API after some cancellations were answered; more
are answered; then the copy is put back, so the cursor lags behind the mailbox. The next run
handles those messages again and would send the same acknowledgements (their Message-IDs
are deterministic) a second time; their copies in the Sent folder say they went out.
Real Dovecot and a real SMTP server (aiosmtpd) on loopback.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections import Counter
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from pathlib import Path

import pytest

from responder.testing.dovecot import Dovecot, MailboxAccount
from responder.testing.smtp import SmtpSink
from tests.helpers import CANCEL, mail, run_once, settle, write_config

pytestmark = pytest.mark.integration


def copy_database(source: Path, target: Path) -> None:
    """``source`` into ``target`` with SQLite's online backup (how a backup is taken)."""
    with contextlib.closing(sqlite3.connect(source)) as src, \
            contextlib.closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


def arrive(dovecot: Dovecot, mailbox: MailboxAccount, *senders: str) -> None:
    for sender in senders:
        dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL, sender=sender))


def sent_copies(dovecot: Dovecot, mailbox: MailboxAccount) -> Counter[str]:
    return Counter(str(message_from_bytes(raw)["Message-ID"]).strip()
                   for _, _, raw in dovecot.list_messages(mailbox.user, mailbox.password, "Sent"))


def test_a_restored_backup_records_what_is_in_sent_instead_of_sending_it_again(
    setup: Path, tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink
) -> None:
    state, backup = setup.parent / "state.db", tmp_path / "backup.db"
    assert run_once(setup) == 0  # first start
    before = [f"early{i}@example.net" for i in range(3)]
    after = [f"late{i}@example.net" for i in range(4)]
    arrive(dovecot, mailbox, *before)
    assert run_once(setup) == 0
    copy_database(state, backup)  # the nightly backup
    arrive(dovecot, mailbox, *after)
    assert run_once(setup) == 0
    assert sorted(m.rcpt_tos[0] for m in settle(smtp_sink)) == sorted(before + after)
    assert sum(sent_copies(dovecot, mailbox).values()) == 7

    copy_database(backup, state)  # the disk died; the backup is put back
    smtp_sink.clear()
    arrive(dovecot, mailbox, "new@example.net")  # and mail keeps coming
    assert run_once(setup) == 0

    # Only the customer nobody answered yet is written to; the others are not mailed again.
    assert [m.rcpt_tos[0] for m in settle(smtp_sink, 0.5)] == ["new@example.net"]
    copies = sent_copies(dovecot, mailbox)
    assert sum(copies.values()) == 8 and max(copies.values()) == 1  # no second copy in Sent
    with contextlib.closing(sqlite3.connect(state)) as db:
        rows = dict(db.execute(
            "SELECT recipient, status || '/' || filed FROM outbox WHERE kind = 'acknowledgement'"))
        noted = [what for (what,) in db.execute("SELECT what FROM events")
                 if "already in the Sent folder" in what]
    assert rows == {r: "sent/1" for r in [*before, *after, "new@example.net"]}
    assert len(noted) == len(after)
    # Their follow-ups are planned as for any answered cancellation.
    with contextlib.closing(sqlite3.connect(state)) as db:
        planned = {r for (r,) in db.execute(
            "SELECT c.customer FROM followups f JOIN conversations c ON c.id = f.conversation_id")}
    assert set(after) <= planned


def test_a_restored_backup_does_not_send_a_follow_up_again_that_went_out_after_it(
    setup: Path, tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink
) -> None:
    state, backup = setup.parent / "state.db", tmp_path / "backup.db"
    assert run_once(setup) == 0  # first start
    arrive(dovecot, mailbox, "ann@example.net")
    assert run_once(setup) == 0  # acknowledged; a follow-up planned 30 days on
    copy_database(state, backup)
    month = (datetime.now(UTC) + timedelta(days=30, hours=2)).isoformat()
    assert run_once(setup, "--now", month) == 0  # the follow-up goes out
    kinds = [m.message["Auto-Submitted"] for m in settle(smtp_sink)]
    assert kinds == ["auto-replied", "auto-generated"]

    copy_database(backup, state)  # the backup is put back: the follow-up is "scheduled" again
    smtp_sink.clear()
    assert run_once(setup, "--now", month) == 0
    assert settle(smtp_sink, 0.5) == []
    assert max(sent_copies(dovecot, mailbox).values()) == 1
    with contextlib.closing(sqlite3.connect(state)) as db:
        assert db.execute("SELECT status FROM followups").fetchall() == [("sent",)]
        assert db.execute("SELECT kind, status FROM outbox ORDER BY id").fetchall() == [
            ("acknowledgement", "sent"), ("followup", "sent")]


def test_a_restored_backup_does_not_thank_a_customer_twice(
    tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink, password: None
) -> None:
    setup = write_config(tmp_path, mailbox, smtp_sink, extra="[replies]\nthank_you = true\n")
    state, backup = tmp_path / "state.db", tmp_path / "backup.db"
    assert run_once(setup) == 0  # first start
    arrive(dovecot, mailbox, "ann@example.net")
    assert run_once(setup) == 0
    [ack] = smtp_sink.wait_for(1)
    copy_database(state, backup)
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(
        "It was because I've been ill, sorry.", sender="ann@example.net",
        subject="Re: My appointment", in_reply_to=ack.message["Message-ID"]))
    assert run_once(setup) == 0
    assert len(smtp_sink.wait_for(2)) == 2  # the acknowledgement and the thank-you

    copy_database(backup, state)
    smtp_sink.clear()
    assert run_once(setup) == 0
    assert settle(smtp_sink, 0.5) == []
    assert max(sent_copies(dovecot, mailbox).values()) == 1
    with contextlib.closing(sqlite3.connect(state)) as db:
        assert db.execute("SELECT kind, status FROM outbox ORDER BY id").fetchall() == [
            ("acknowledgement", "sent"), ("thank_you", "sent")]


def test_one_search_answers_for_a_group_of_sends_none_of_which_is_in_sent(
    dovecot: Dovecot, mailbox: MailboxAccount, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before a backlog's first sends the daemon asks the Sent folder once per 50 sends
    (the deepest OR the real server must parse); only when that finds one does it ask for each."""
    from responder.config import ImapConfig
    from responder.inbox import Mailbox
    from responder.service import SENT_CHECK_GROUP

    ids = [f"<ack.{i}@responder.studio.example.com>" for i in range(SENT_CHECK_GROUP)]
    dovecot.append(mailbox.user, mailbox.password, "Sent",
                   b"From: a@b.test\r\nTo: c@d.test\r\nMessage-ID: <other@x.test>\r\n\r\nhi\r\n")
    monkeypatch.setenv("T_IMAP_PASSWORD", mailbox.password)
    box = Mailbox(ImapConfig(host=mailbox.host, port=mailbox.port, security="none",
                             username=mailbox.user, password_env="T_IMAP_PASSWORD"))
    try:
        box.connect()
        assert box.sent_has_none(ids) is True
        dovecot.append(mailbox.user, mailbox.password, "Sent",
                       f"From: a@b.test\r\nTo: c@d.test\r\nMessage-ID: {ids[37]}\r\n\r\nhi\r\n".encode())
        assert box.sent_has_none(ids) is False
        assert box.sent_has(ids[37]) and not box.sent_has(ids[36])
        assert box.uids_after(0) == []  # back in the watched folder
    finally:
        box.close()
