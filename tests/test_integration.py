"""End to end against a real Dovecot and a real SMTP server, both started by the tests.

Each test gets a fresh mailbox, APPENDs real messages, runs ``responder`` and checks
what the SMTP server received and the flags left in the mailbox.
"""

from __future__ import annotations

import shutil
import signal
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from responder.testing.dovecot import Dovecot, MailboxAccount
from responder.testing.smtp import SmtpSink
from tests.helpers import (
    ANYTIME,
    BUSINESS,
    CANCEL,
    DATA,
    QUESTION,
    REPO,
    RESCHEDULE,
    STAFF,
    daemon,
    mail,
    message_id,
    run_once,
    settle,
    wait_connected,
    wait_logged,
    write_config,
)

pytestmark = pytest.mark.integration


def retarget(raw: bytes, to: str = BUSINESS) -> bytes:
    """A corpus message re-addressed to the test business (To: line replaced)."""
    lines = raw.split(b"\n")
    out = [(b"To: " + to.encode()) if line.lower().startswith(b"to:") else line for line in lines]
    return b"\n".join(out)


def test_first_start_answers_no_old_mail_then_answers_new_cancellation_once(
    setup: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink
) -> None:
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL, sender="old@example.net"))
    assert run_once(setup) == 0
    assert smtp_sink.messages == []

    raw = mail(CANCEL, subject="Cancel Friday")
    original_uid = dovecot.append(mailbox.user, mailbox.password, "INBOX", raw)
    assert run_once(setup) == 0
    [got] = smtp_sink.wait_for(1)
    ack = got.message
    original_id = message_id(raw)
    assert got.rcpt_tos == ["ann@example.net"]
    assert ack["Subject"] == "Re: Cancel Friday"
    assert ack["In-Reply-To"] == original_id
    assert original_id in ack["References"]
    assert ack["Auto-Submitted"] == "auto-replied"
    assert BUSINESS in ack["From"]
    assert ack.get_content_type() == "multipart/alternative"

    flags = {uid: f for uid, f, _ in dovecot.list_messages(mailbox.user, mailbox.password, "INBOX")}
    assert {"\\Answered", "$Cancellation"} <= flags[original_uid]
    assert "\\Seen" not in flags[original_uid]
    sent = dovecot.list_messages(mailbox.user, mailbox.password, "Sent")
    assert len(sent) == 1 and ack["Message-ID"].encode() in sent[0][2]

    assert run_once(setup) == 0  # a second run sends nothing new
    assert len(settle(smtp_sink)) == 1


def test_non_cancellations_get_no_reply_and_reschedules_are_tagged(
    setup: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink
) -> None:
    assert run_once(setup) == 0  # first start
    q = dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(QUESTION, subject="Policy?"))
    r = dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(RESCHEDULE, subject="Tuesday"))
    ooo = dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(
        CANCEL, subject="Automatic reply: cancel", headers={"Auto-Submitted": "auto-replied"}))
    assert run_once(setup) == 0
    assert settle(smtp_sink) == []
    flags = {uid: f for uid, f, _ in dovecot.list_messages(mailbox.user, mailbox.password, "INBOX")}
    assert "$Cancellation" not in flags[q]
    assert "$Reschedule" in flags[r]
    assert "$Cancellation" not in flags[ooo]
    assert "\\Answered" not in flags[r] | flags[q] | flags[ooo]


def test_corpus_cancellation_in_spanish_is_answered(
    setup: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink
) -> None:
    assert run_once(setup) == 0
    raw = retarget((DATA / "es-cancellation.eml").read_bytes())
    dovecot.append(mailbox.user, mailbox.password, "INBOX", raw)
    assert run_once(setup) == 0
    [got] = smtp_sink.wait_for(1)
    assert got.message["Auto-Submitted"] == "auto-replied"


def test_followup_fires_at_its_time_and_not_after_the_customer_replied(
    setup: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink
) -> None:
    assert run_once(setup) == 0
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL, sender="ann@example.net"))
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL, sender="bob@example.net"))
    assert run_once(setup) == 0
    acks = {m.rcpt_tos[0]: m.message for m in smtp_sink.wait_for(2)}
    smtp_sink.clear()

    # Bob answers in the thread: his follow-up must not go out.
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(
        "Thanks, it was just a busy month.", sender="bob@example.net", subject="Re: My appointment",
        in_reply_to=acks["bob@example.net"]["Message-ID"]))
    assert run_once(setup) == 0
    assert settle(smtp_sink) == []  # a reply is recorded, never acknowledged again

    early = (datetime.now(UTC) + timedelta(days=29)).isoformat()
    assert run_once(setup, "--now", early) == 0
    assert settle(smtp_sink) == []  # not due yet

    later = (datetime.now(UTC) + timedelta(days=31)).isoformat()
    assert run_once(setup, "--now", later) == 0
    [fu] = smtp_sink.wait_for(1)
    assert fu.rcpt_tos == ["ann@example.net"]
    assert fu.message["Auto-Submitted"] == "auto-generated"
    assert fu.message["In-Reply-To"] == acks["ann@example.net"]["Message-ID"]
    assert fu.message["List-Unsubscribe"] == f"<mailto:{BUSINESS}?subject=unsubscribe>"

    assert run_once(setup, "--now", later) == 0  # and only once
    assert len(settle(smtp_sink)) == 1


def test_dry_run_sends_nothing_and_changes_nothing(
    setup: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink
) -> None:
    assert run_once(setup) == 0
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL))
    assert run_once(setup, "--dry-run") == 0
    assert settle(smtp_sink) == []
    assert run_once(setup) == 0  # the real run still answers it
    assert len(smtp_sink.wait_for(1)) == 1


def test_wrong_password_is_one_clear_line(
    setup: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("T_IMAP_PASSWORD", "wrong")
    assert run_once(setup) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1] == ("error: imap.username: the IMAP server refused the login; "
                       "check the user name and password")
    assert not any("Traceback" in line for line in err)


def test_unreachable_server_is_one_clear_line(
    setup: Path, mailbox: MailboxAccount, smtp_sink: SmtpSink, capsys: pytest.CaptureFixture[str]
) -> None:
    write_config(setup.parent, mailbox, smtp_sink, imap={"port": 1})
    assert run_once(setup) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("error: IMAP") and "refused" in err[-1]


def test_daemon_answers_new_mail_and_a_kill_in_the_middle_sends_nothing_twice(
    setup: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink
) -> None:
    assert run_once(setup) == 0
    senders = [f"customer{i}@example.net" for i in range(12)]
    proc = daemon(setup)
    try:
        for i, sender in enumerate(senders):
            dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL, sender=sender))
            if i in (3, 7):  # kill -9 while mail keeps arriving, then start again
                time.sleep(0.4 * i / 3)
                proc.send_signal(signal.SIGKILL)
                proc.wait(10)
                proc = daemon(setup)
        smtp_sink.wait_for(len(senders), timeout=60)
        settle(smtp_sink, 1.5)  # a doubled send would land now
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(15) == 0  # SIGTERM is a clean exit
    recipients = sorted(m.rcpt_tos[0] for m in smtp_sink.messages)
    assert recipients == sorted(senders)  # each answered, none twice


def test_uidvalidity_change_resyncs_without_answering_twice(
    setup: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink
) -> None:
    assert run_once(setup) == 0
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL, sender="ann@example.net"))
    assert run_once(setup) == 0
    assert len(smtp_sink.wait_for(1)) == 1

    # The server forgets its UIDs (as after a restore): every message gets a new UID.
    maildir = dovecot.directory / "home" / mailbox.user / "Maildir"
    dovecot.stop()
    for stale in [*maildir.glob("dovecot-uidlist"), *maildir.glob("dovecot-uidvalidity*")]:
        stale.unlink()
    dovecot.restart()
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL, sender="bob@example.net"))
    assert run_once(setup) == 0
    smtp_sink.wait_for(2)
    assert sorted(m.rcpt_tos[0] for m in settle(smtp_sink)) == ["ann@example.net",
                                                                "bob@example.net"]


def test_daemon_reconnects_after_the_imap_server_restarts_during_idle(
    setup: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink
) -> None:
    assert run_once(setup) == 0
    proc = daemon(setup)
    try:
        assert wait_connected(setup, 0, proc)
        dovecot.restart()
        dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL))
        [got] = smtp_sink.wait_for(1, timeout=30)
        assert got.rcpt_tos == ["ann@example.net"]
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(15) == 0


def test_a_broken_template_edit_keeps_the_last_good_version_and_alerts_staff(
    setup: Path, tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink
) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(REPO / "templates", templates)
    write_config(setup.parent, mailbox, smtp_sink, templates=templates,
                 business_extra=f'staff_address = "{STAFF}"')
    assert run_once(setup) == 0
    proc = daemon(setup)
    try:
        assert wait_logged(setup, "watching for new mail", 0, proc)  # good templates loaded
        ack = templates / "en" / "acknowledgement.txt"
        ack.write_text(ack.read_text() + "\n{% if %}broken\n")
        dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL))
        got = smtp_sink.wait_for(2, timeout=30)
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(15) == 0
    by_rcpt = {m.rcpt_tos[0]: m.message for m in got}
    customer = by_rcpt["ann@example.net"]
    body = customer.get_body(("plain",))
    assert body is not None and "broken" not in body.get_content()
    alert = by_rcpt[STAFF]
    assert "acknowledgement.txt" in alert.get_content()


def test_replying_the_promised_word_stops_every_scheduled_follow_up(
    tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink, password: None
) -> None:
    """A follow-up goes out in Spanish; the customer answers "Baja." under its subject, from a
    phone, with the follow-up quoted: the address is suppressed, the next follow-up cancelled,
    and nothing more is sent."""
    import sqlite3

    from responder.optout import promised_words
    from responder.render import UNSUBSCRIBE_SENTENCE

    followups = ANYTIME.replace('schedule = ["30d"]', 'schedule = ["30d", "40d"]')
    setup = write_config(tmp_path, mailbox, smtp_sink, followups=followups)
    assert run_once(setup) == 0
    cancel = ("Hola:\n\nLo siento, pero tengo que cancelar mi cita del viernes. "
              "Por favor, anúlenla.\n\nGracias,\nLucía\n")
    dovecot.append(mailbox.user, mailbox.password, "INBOX",
                   mail(cancel, sender="Lucía <lucia@example.net>", subject="Cancelar cita"))
    assert run_once(setup) == 0
    smtp_sink.wait_for(1)
    smtp_sink.clear()

    first = (datetime.now(UTC) + timedelta(days=31)).isoformat()
    assert run_once(setup, "--now", first) == 0
    [fu] = smtp_sink.wait_for(1)
    text = fu.message.get_body(("plain",)).get_content()
    [word] = promised_words(UNSUBSCRIBE_SENTENCE["es"])
    assert f"«{word}»" in text  # the promise as the customer read it
    smtp_sink.clear()

    quoted = "\n".join(f"> {line}" for line in text.splitlines())
    answer = (f"{word.capitalize()}.\n\nEnviado desde mi iPhone\n\n"
              f"El lun, 7 dic 2026 a las 10:00, Studio Example <{BUSINESS}> escribió:\n\n{quoted}\n")
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(
        answer, sender="Lucía <lucia@example.net>", subject=f"Re: {fu.message['Subject']}",
        in_reply_to=fu.message["Message-ID"]))
    assert run_once(setup, "--now", first) == 0
    assert settle(smtp_sink) == []  # an opt-out gets no answer

    with sqlite3.connect(tmp_path / "state.db") as db:
        assert db.execute("SELECT entry, reason FROM suppressions").fetchall() == [
            ("lucia@example.net", "opt-out")]
        assert db.execute("SELECT COUNT(*) FROM followups WHERE status = 'scheduled'").fetchone()[0] == 0
        assert db.execute("SELECT status_reason FROM followups WHERE status = 'cancelled'").fetchall() \
            == [("opt-out",)]

    later = (datetime.now(UTC) + timedelta(days=41)).isoformat()
    assert run_once(setup, "--now", later) == 0
    assert settle(smtp_sink) == []


def test_a_reply_that_may_ask_to_stop_in_new_words_stops_the_follow_ups_and_waits_for_a_person(
    tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink, password: None
) -> None:
    """Words no opt-out rule knows ("I could do without the messages"): the follow-ups stop,
    nothing is sent, the reply is tagged and waits in the console's queue; the address is not
    suppressed until a person confirms."""
    import sqlite3

    followups = ANYTIME.replace('schedule = ["30d"]', 'schedule = ["30d", "40d"]')
    setup = write_config(tmp_path, mailbox, smtp_sink, followups=followups)
    assert run_once(setup) == 0
    dovecot.append(mailbox.user, mailbox.password, "INBOX",
                   mail(CANCEL, sender="Ann <ann@example.net>", subject="Friday"))
    assert run_once(setup) == 0
    [ack] = smtp_sink.wait_for(1)
    smtp_sink.clear()

    answer = ("Money's tight at the moment. Honestly, I could do without the messages from now on.\n\n"
              "Ann\n")
    uid = dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(
        answer, sender="Ann <ann@example.net>", subject=f"Re: {ack.message['Subject']}",
        in_reply_to=ack.message["Message-ID"]))
    assert run_once(setup) == 0
    assert settle(smtp_sink) == []

    with sqlite3.connect(tmp_path / "state.db") as db:
        assert db.execute("SELECT kind FROM review_items WHERE status = 'waiting'").fetchall() == [
            ("optout",)]
        assert db.execute("SELECT COUNT(*) FROM followups WHERE status = 'scheduled'").fetchone()[0] == 0
        assert db.execute("SELECT stop_reason FROM conversations").fetchall() == [
            ("may have asked to stop",)]
        assert db.execute("SELECT COUNT(*) FROM suppressions").fetchone()[0] == 0
    flags = {u: f for u, f, _ in dovecot.list_messages(mailbox.user, mailbox.password, "INBOX")}
    assert "$NeedsReview" in flags[uid]

    later = (datetime.now(UTC) + timedelta(days=41)).isoformat()
    assert run_once(setup, "--now", later) == 0
    assert settle(smtp_sink) == []
