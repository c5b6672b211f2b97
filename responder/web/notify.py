"""Telling staff that something waits in the console: one mail per item (``http.notify =
"instant"``) or one a day (``"digest"``, at ``digest.hour``), to ``business.staff_address``,
with a link straight to the item. Queued in the outbox like every other mail: the outbox's
unique ``(kind, ref)`` makes each note go out once."""

from __future__ import annotations

from datetime import datetime

from responder.config import Config
from responder.digest import due_period
from responder.outgoing import Outgoing
from responder.state import Store, ts
from responder.web.actions import allowed_actions
from responder.web.queries import waiting

#: At most this many items listed in one digest (the link shows the rest).
DIGEST_ITEMS = 30


def console_url(config: Config) -> str:
    http = config.http
    if http.public_url:
        return http.public_url
    host = "localhost" if http.host in ("0.0.0.0", "::", "127.0.0.1") else http.host  # noqa: S104
    return f"http://{host}:{http.port or 8080}"


def queue_notes(store: Store, config: Config, outgoing: Outgoing, now: datetime) -> int:
    """Queue what is due now; return how many notes were queued."""
    mode = config.http.notify
    if mode == "off" or not config.business.staff_address:
        return 0
    if mode == "instant":
        return _instant(store, config, outgoing, now)
    return _digest(store, config, outgoing, now)


def item_link(base: str, row_id: int, kind: str) -> str:
    """Where a note sends staff for one waiting message: the acknowledgement page where one
    may be sent, else the message in the list (a bounce, a reply that may ask us to stop)."""
    return (f"{base}/waiting/{row_id}/acknowledge" if "acknowledge" in allowed_actions(kind)
            else f"{base}/waiting#m{row_id}")


def _instant(store: Store, config: Config, outgoing: Outgoing, now: datetime) -> int:
    rows = store.conn.execute(
        "SELECT m.id, m.message_id, m.from_addr, m.subject, i.kind, i.why FROM review_items i "
        "JOIN messages m ON m.message_id = i.message_id "
        "WHERE i.status = 'waiting' AND i.notified IS NULL ORDER BY i.since LIMIT 100").fetchall()
    base = console_url(config)
    queued = 0
    for row_id, message_id, sender, subject, kind, why in rows:
        note = outgoing.staff_note(
            f"waiting:{message_id}", "a message is waiting for you",
            f"A message from {sender} needs a person ({kind.replace('_', ' ')}).\n\n"
            f"Subject: {subject}\nWhy: {why}\n\n"
            f"Open it: {item_link(base, row_id, kind)}\n\n"
            f"Everything waiting: {base}/waiting\n")
        with store.transaction():
            if note is not None and not store.outbox_has("staff_alert", note.ref):
                store.enqueue(kind="staff_alert", ref=note.ref, message_id=note.message_id,
                              conversation_id=None, recipient=note.recipient, raw=note.raw, now=now)
                queued += 1
            store.conn.execute("UPDATE review_items SET notified = ? WHERE message_id = ?",
                               (ts(now), message_id))
    return queued


def _digest(store: Store, config: Config, outgoing: Outgoing, now: datetime) -> int:
    period = due_period(now, "daily", config.digest.hour, config.business.tz)
    if period is None:
        return 0
    ref = f"waiting-digest:{period[1]:%Y-%m-%d}"
    if store.outbox_has("staff_alert", ref):
        return 0
    total = store.waiting_count()
    if total == 0:
        return 0
    base = console_url(config)
    items = waiting(store, 0, DIGEST_ITEMS)
    lines = [f"- {item.from_addr}: {item.subject or '(no subject)'} "
             f"({item.kind.replace('_', ' ')}) {item_link(base, item.id, item.kind)}" for item in items]
    more = f"\n… and {total - len(items)} more.\n" if total > len(items) else ""
    note = outgoing.staff_note(
        ref, f"{total} message(s) waiting for you",
        f"{total} message(s) wait for a person in the console:\n\n" + "\n".join(lines) + "\n"
        + more + f"\nOpen the list: {base}/waiting\n")
    if note is None:
        return 0
    with store.transaction():
        store.enqueue(kind="staff_alert", ref=note.ref, message_id=note.message_id,
                      conversation_id=None, recipient=note.recipient, raw=note.raw, now=now)
    return 1
