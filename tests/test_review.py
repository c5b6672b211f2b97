"""Staff hear about what waits for them (issue 11.6): a repeat cancellation within
``ack_interval`` is tagged $NeedsReview, listed by ``status`` and ``conversations``, and
put in the staff note; so is every other message left for a person."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from responder.cli import main
from responder.testing.dovecot import Dovecot, MailboxAccount
from responder.testing.smtp import SmtpSink
from tests.helpers import CANCEL, STAFF, mail, run_once, write_config

pytestmark = pytest.mark.integration

UNSURE = "I won't be able to come, so cancel I guess?\n"  # cancellation 0.55: review


@pytest.fixture
def config(tmp_path: Path, mailbox: MailboxAccount, smtp_sink: SmtpSink, password: None) -> Path:
    return write_config(tmp_path, mailbox, smtp_sink,
                        business_extra=f'staff_address = "{STAFF}"')


def test_a_repeat_cancellation_is_left_for_a_person_listed_and_staff_are_told(
    config: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink,
    capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_once(config) == 0
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL))
    assert run_once(config) == 0
    [ack] = smtp_sink.wait_for(1)
    assert ack.rcpt_tos == ["ann@example.net"]

    # The same customer cancels again two minutes later, in a new mail: not answered again.
    uid = dovecot.append(mailbox.user, mailbox.password, "INBOX",
                         mail(CANCEL, subject="Cancel please"))
    assert run_once(config) == 0
    got = smtp_sink.wait_for(2)
    assert [m.rcpt_tos for m in got] == [["ann@example.net"], [STAFF]]
    flags = dovecot.fetch_flags(mailbox.user, mailbox.password, "INBOX", uid)
    assert {"$Cancellation", "$NeedsReview"} <= flags
    note = got[1].message
    assert "wait for a person" in str(note["Subject"])
    text = note.get_content()
    assert "ann@example.net" in text and "Cancel please" in text and "within ack_interval" in text

    capsys.readouterr()
    assert main(["status", "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert "waiting for a person ($NeedsReview): 1" in out
    assert "ann@example.net" in out and "within ack_interval" in out
    assert main(["conversations", "--config", str(config)]) == 0
    assert "within ack_interval" in capsys.readouterr().out
    assert main(["conversations", "ann@example.net", "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert "'Cancel please'" in out and "review" in out and "within ack_interval" in out

    # Told once: the next run adds no note for it.
    assert run_once(config) == 0
    assert len(smtp_sink.messages) == 2


def test_every_message_left_for_a_person_reaches_the_staff_note(
    config: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink
) -> None:
    assert run_once(config) == 0
    smtp_sink.fail_recipient("cara@example.net", 550)  # refused for good: left for a person
    for sender, body in (("ben@example.net", UNSURE), ("cara@example.net", CANCEL)):
        dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(body, sender=sender))
    assert run_once(config) == 0  # Ben's unsure mail is noted; Cara's refusal comes after it
    [first] = [m.message.get_content() for m in smtp_sink.wait_for(1) if m.rcpt_tos == [STAFF]]
    assert "ben@example.net" in first and "below answer threshold" in first
    assert "cara@example.net" not in first
    # At most one note an hour: the next hour's note has Cara, and Ben not again.
    later = (datetime.now(UTC) + timedelta(minutes=61)).isoformat()
    assert run_once(config, "--now", later) == 0
    notes = [m.message.get_content() for m in smtp_sink.messages if m.rcpt_tos == [STAFF]]
    assert len(notes) == 2
    assert "cara@example.net" in notes[1] and "550" in notes[1]
    assert "ben@example.net" not in notes[1]
