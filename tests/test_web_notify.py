"""Staff are told when something waits in the console: one mail per item with a link
straight to it (instant), or one a day (digest); each exactly once."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from responder.config import parse_config
from responder.outgoing import Outgoing
from responder.render import Renderer
from responder.state import Store
from responder.testing.dovecot import Dovecot, MailboxAccount
from responder.testing.smtp import SmtpSink
from responder.web.notify import queue_notes
from tests.helpers import REPO, STAFF, mail, run_once, settle, write_config

UNSURE = "Hi, I won't be coming this week.\n\nAnn\n"


@pytest.mark.integration
def test_instant_notes_link_to_the_item_and_go_out_once(
        tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink,
        password: None) -> None:
    config = write_config(tmp_path, mailbox, smtp_sink, business_extra=f'staff_address = "{STAFF}"',
                          extra='[http]\nnotify = "instant"\npublic_url = "https://console.studio.example"\n')
    assert run_once(config) == 0
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(UNSURE, subject="Friday"))
    assert run_once(config) == 0
    [note] = smtp_sink.wait_for(1, timeout=20)
    assert note.rcpt_tos == [STAFF]
    body = note.message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert re.search(r"https://console\.studio\.example/waiting/\d+/acknowledge", body)
    assert "ann@example.net" in body and "won't be coming" not in body  # a link, not the mail
    assert run_once(config) == 0
    assert len(settle(smtp_sink)) == 1  # once per item


def test_the_digest_lists_what_waits_once_a_day(tmp_path: Path) -> None:
    config = parse_config({
        "business": {"name": "S", "address": "bookings@studio.example.com", "staff_address": STAFF,
                     "timezone": "UTC"},
        "imap": {"host": "h"}, "smtp": {"host": "h"}, "digest": {"hour": 8},
        "http": {"notify": "digest", "port": 8080}}, tmp_path / "config.toml")
    store = Store.open(tmp_path / "state.db")
    outgoing = Outgoing(config, Renderer(REPO / "templates"), lambda: datetime.now(UTC))
    morning = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)
    assert queue_notes(store, config, outgoing, morning) == 0  # nothing waits: no mail
    with store.transaction():
        for i in range(3):
            mid = f"<m{i}@example.net>"
            store.record_message(message_id=mid, folder="INBOX", uidvalidity=1, uid=i + 1,
                                 from_addr=f"c{i}@example.net", subject=f"Subject {i}",
                                 intent="cancellation", confidence=0.5, language="en",
                                 action="review", why=["unsure"], conversation_id=None,
                                 flags=("$NeedsReview",), now=morning)
            store.add_review_item(mid, "unsure", "unsure", morning)
    assert queue_notes(store, config, outgoing, datetime(2026, 3, 3, 7, 0, tzinfo=UTC)) == 0  # before 08:00
    assert queue_notes(store, config, outgoing, morning) == 1
    assert queue_notes(store, config, outgoing, morning) == 0  # once a day
    raw = bytes(store.conn.execute("SELECT raw FROM outbox").fetchone()[0])
    assert b"3 message(s) waiting" in raw and b"http://localhost:8080/waiting/" in raw


@pytest.mark.parametrize(("kind", "path"), [
    ("unsure", "/waiting/7/acknowledge"), ("cancellation", "/waiting/7/acknowledge"),
    ("optout", "/waiting#m7"), ("bounce", "/waiting#m7")])
def test_a_note_never_sends_staff_to_acknowledge_what_is_never_acknowledged(kind: str, path: str) -> None:
    from responder.web.notify import item_link

    assert item_link("https://c.example", 7, kind) == "https://c.example" + path
