"""The business's own labelled examples: every staff decision kept as a lesson.

A label is a message's text (what the rules read: subject and new text only), its intent
and/or reason, who gave it and when (``labels`` table, migration ``0030_labels``). The
latest label of a message wins. :func:`export` writes them as ``.eml`` files with the
``labels.csv`` that ``responder eval`` reads.
"""

from __future__ import annotations

import csv
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

from responder.errors import ResponderError
from responder.learn.corpus import Example
from responder.reasons import REASONS
from responder.state import Store, ts

INTENTS = ("cancellation", "reschedule", "other")


class LabelError(ResponderError):
    """A label that cannot be kept (unknown intent or reason, no text)."""


@dataclass(frozen=True)
class Label:
    message_id: str
    intent: str | None
    reason: str | None
    text: str
    language: str | None
    who: str
    at: str


def check(intent: str | None, reason: str | None, text: str) -> None:
    if intent is None and reason is None:
        raise LabelError("a label needs intent=… or reason=…")
    if intent is not None and intent not in INTENTS:
        raise LabelError(f"intent={intent!r}: use one of {', '.join(INTENTS)}")
    if reason is not None and reason not in REASONS:
        raise LabelError(f"reason={reason!r}: use one of {', '.join(REASONS)}")
    if not text.strip():
        raise LabelError("the message has no text to learn from")


def record_label(store: Store, *, message_id: str, intent: str | None, reason: str | None, text: str,
                 language: str | None, who: str, at: datetime | str) -> int:
    """Keep one staff decision as a labelled example; returns its row id. Runs in the caller's
    transaction when there is one (the console's review action), else in its own."""
    check(intent, reason, text)
    sql = ("INSERT INTO labels (message_id, intent, reason, text, language, who, at) "
           "VALUES (?, ?, ?, ?, ?, ?, ?)")
    values = (message_id, intent, reason, text, language, who, ts(at) if isinstance(at, datetime) else at)
    if store.conn.in_transaction:
        return int(store.conn.execute(sql, values).lastrowid or 0)
    with store.transaction() as conn:
        return int(conn.execute(sql, values).lastrowid or 0)


def labels(store: Store) -> list[Label]:
    """The latest label of every labelled message, oldest first."""
    rows = store.conn.execute(
        "SELECT message_id, intent, reason, text, language, who, at FROM labels "
        "WHERE id IN (SELECT MAX(id) FROM labels GROUP BY message_id) ORDER BY id")
    return [Label(*row) for row in rows]


def stored_text(store: Store, message_id: str) -> tuple[str, str | None] | None:
    """The text and language kept for a handled message (``message_texts``), if any."""
    try:
        row = store.conn.execute("SELECT text, language FROM message_texts WHERE message_id = ?",
                                 (message_id,)).fetchone()
    except sqlite3.OperationalError:  # no such table: an older state
        return None
    return (str(row[0]), row[1]) if row and row[0] else None


def as_examples(items: list[Label]) -> list[Example]:
    """The labels as training examples (group ``business``)."""
    out = []
    for lab in items:
        if lab.intent:
            out.append(Example("business", lab.message_id, "inbound", lab.language or "", lab.text,
                               intent=lab.intent, reason=lab.reason or ""))
        elif lab.reason:
            out.append(Example("business", lab.message_id, "reply", lab.language or "", lab.text,
                               reason=lab.reason))
    return out


def eml(lab: Label, name: str) -> bytes:
    """A message whose subject is the text's first line and whose body is the rest."""
    subject, _, body = lab.text.partition("\n")
    msg = EmailMessage()
    msg["From"] = "customer@example.invalid"
    msg["To"] = "business@example.invalid"
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{name}@label.example.invalid>"
    msg.set_content(body or subject)
    return msg.as_bytes()


def export(items: list[Label], folder: Path) -> tuple[int, int]:
    """Write intent labels as ``folder/*.eml`` + ``labels.csv`` (``responder eval``'s inbound
    format) and reason-only labels under ``folder/replies/`` (the replies format). Returns
    the two counts."""
    inbound = [lab for lab in items if lab.intent]
    replies = [lab for lab in items if not lab.intent and lab.reason]
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "labels.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "intent", "language", "reason", "note"])
        for i, lab in enumerate(inbound, 1):
            name = f"label-{i:05d}.eml"
            (folder / name).write_bytes(eml(lab, name))
            w.writerow([name, lab.intent, lab.language or "", lab.reason or "",
                        f"{lab.message_id} by {lab.who} at {lab.at}"])
    if replies:
        sub = folder / "replies"
        sub.mkdir(exist_ok=True)
        with (sub / "labels.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["file", "language", "reason", "future_contact", "opt_out", "note"])
            for i, lab in enumerate(replies, 1):
                name = f"reply-{i:05d}.eml"
                (sub / name).write_bytes(eml(lab, name))
                w.writerow([name, lab.language or "", lab.reason, "unknown", "false",
                            f"{lab.message_id} by {lab.who} at {lab.at}"])
    return len(inbound), len(replies)
