"""What customers wrote is kept only for ``[state] keep_texts``: after that the daemon erases
the console's texts, the labelled examples made from them and the reason in the customer's
words; decisions, counts and the suppression list stay."""

from __future__ import annotations

import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from responder.learn.examples import labels, record_label
from responder.state import Store
from responder.testing.dovecot import Dovecot, MailboxAccount
from responder.testing.smtp import SmtpSink
from tests.helpers import mail, run_once, write_config

pytestmark = pytest.mark.integration

ILL = ("Hi,\n\nI'm sorry but I need to cancel my appointment on Friday at 3pm. I've got the "
       "flu and a fever.\n\nThanks,\nAnn\n")


def _rows(db_path: Path) -> tuple[int, int, int, int]:
    with sqlite3.connect(db_path) as db:
        texts = db.execute("SELECT COUNT(*) FROM message_texts").fetchone()[0]
        worded = db.execute("SELECT COUNT(*) FROM conversations WHERE reason_text IS NOT NULL"
                            ).fetchone()[0]
        messages = db.execute("SELECT COUNT(*) FROM messages").fetchone()[0]
        conversations = db.execute("SELECT COUNT(*) FROM conversations").fetchone()[0]
    return texts, worded, messages, conversations


def test_customer_texts_are_erased_after_keep_texts_and_decisions_stay(
    tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink, password: None
) -> None:
    config = write_config(tmp_path, mailbox, smtp_sink)
    assert run_once(config) == 0  # first start
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(ILL))
    assert run_once(config) == 0
    assert len(smtp_sink.wait_for(1)) == 1
    assert _rows(tmp_path / "state.db") == (1, 1, 1, 1)  # kept while within keep_texts

    text = config.read_text(encoding="utf-8")
    state_line = f'path = "{tmp_path / "state.db"}"'
    config.write_text(text.replace(state_line, state_line + '\nkeep_texts = "1s"'), encoding="utf-8")
    time.sleep(2.1)
    assert run_once(config) == 0
    assert _rows(tmp_path / "state.db") == (0, 0, 1, 1)  # the words gone, the records stay


@pytest.mark.parametrize("age_days, kept", [(400, False), (30, True)])
def test_labelled_examples_older_than_the_cutoff_are_erased(tmp_path: Path, age_days: int,
                                                            kept: bool) -> None:
    now = datetime(2026, 12, 4, 12, tzinfo=UTC)
    store = Store.open(tmp_path / "state.db")
    try:
        record_label(store, message_id="<a@example.net>", intent="cancellation", reason=None,
                     text="please cancel my class", language="en", who="anna",
                     at=now - timedelta(days=age_days))
        with store.transaction():
            store.forget_texts(now - timedelta(days=365))
        assert bool(labels(store)) is kept
    finally:
        store.close()
