"""A state database as a long-running business would have it: many conversations, each with
its acknowledgement sent and follow-ups scheduled; a chosen number of them due.

Built with :class:`responder.state.Store` (so the schema and migrations are the product's)
and bulk ``executemany`` inserts in one transaction.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from responder.state import Store, ts

LANGS = ("en", "en", "en", "es", "fr", "de", "pt", "it", "nl")
REASONS = ("schedule_conflict", "illness", "cost", "not_ready", "personal", None)
#: An acknowledgement as stored in the outbox (text + HTML alternative) is about this big.
ACK_BYTES = 4000


@dataclass(frozen=True)
class DbInfo:
    path: Path
    conversations: int
    followups: int
    due: int
    size_mb: float


def build(path: Path, *, followups: int, due: int, now: datetime, seed: int = 11) -> DbInfo:
    """``followups`` scheduled follow-ups (two per conversation); ``due`` of them due by ``now``.

    Everything else is due weeks to months after ``now``. Every conversation also has its
    received message and its sent acknowledgement, as in real use.
    """
    rng = random.Random(seed)
    convs = (followups + 1) // 2
    store = Store.open(path)
    filler = ("Thank you for letting us know. " * (ACK_BYTES // 31)).encode()
    created = now - timedelta(days=20)
    due_convs = set(rng.sample(range(convs), min(due, convs)))
    with store.transaction() as conn:
        conn.executemany(
            "INSERT INTO conversations (id, customer, root_message_id, subject, language, "
            "customer_name, reason, status, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)",
            ((i + 1, f"customer{i}@example.net", f"<root.{i}@example.net>", "My appointment",
              rng.choice(LANGS), f"Customer{i}", rng.choice(REASONS), ts(created), ts(created))
             for i in range(convs)))
        conn.executemany(
            "INSERT INTO messages (message_id, folder, uidvalidity, uid, from_addr, subject, intent, "
            "confidence, language, action, why, conversation_id, flags, flags_done, handled_at) "
            "VALUES (?, 'INBOX', 1, ?, ?, 'My appointment', 'cancellation', 0.95, 'en', 'acknowledge', "
            "'[]', ?, '[]', 1, ?)",
            ((f"<root.{i}@example.net>", i + 1, f"customer{i}@example.net", i + 1, ts(created))
             for i in range(convs)))
        conn.executemany(
            "INSERT INTO outbox (kind, ref, message_id, conversation_id, recipient, raw, status, "
            "attempts, next_attempt_at, filed, created_at, sent_at) "
            "VALUES ('acknowledgement', ?, ?, ?, ?, ?, 'sent', 1, ?, 1, ?, ?)",
            ((f"<root.{i}@example.net>", f"<ack.{i}@responder.example.com>", i + 1,
              f"customer{i}@example.net", filler, ts(created), ts(created), ts(created))
             for i in range(convs)))

        def rows() -> list[tuple[int, int, str, str, str]]:
            out = []
            for i in range(convs):
                if i in due_convs:
                    first = now - timedelta(minutes=rng.randint(1, 600))
                else:
                    first = now + timedelta(days=rng.randint(7, 120))
                out.append((i + 1, 1, "followup_checkin", ts(first), ts(created)))
                out.append((i + 1, 2, "followup_checkin", ts(first + timedelta(days=60)), ts(created)))
            return out[:followups]

        conn.executemany(
            "INSERT INTO followups (conversation_id, step, template, due_at, status, created_at) "
            "VALUES (?, ?, ?, ?, 'scheduled', ?)", rows())
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return DbInfo(path, convs, followups, len(due_convs), path.stat().st_size / 1e6)
