"""Read-only queries behind the console's pages (each bounded: a page never reads everything)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from responder.state import Store, from_ts, ts

PAGE = 25


@dataclass(frozen=True)
class WaitingItem:
    id: int
    message_id: str
    from_addr: str
    from_name: str
    subject: str
    intent: str
    confidence: float
    language: str
    text: str
    evidence: list[str]
    reason: str
    booking: str
    kind: str
    why: str
    since: datetime
    customer: str  # whose timeline: the sender, or for a bounce the customer our mail missed


# One row of the queue, as WaitingItem takes it: ``FROM messages m`` joined to ``i``, ``t``, ``r``.
_WAITING_SELECT = (
    "SELECT m.id, m.message_id, m.from_addr, COALESCE(r.from_name, ''), m.subject, "
    "COALESCE(m.intent, ''), COALESCE(m.confidence, 0), COALESCE(t.language, m.language, ''), "
    "COALESCE(t.text, ''), COALESCE(t.evidence, '[]'), COALESCE(t.reason, 'none'), t.booking, "
    "COALESCE(i.kind, ''), COALESCE(i.why, ''), COALESCE(i.since, m.handled_at), "
    "CASE WHEN i.kind = 'bounce' THEN COALESCE(r.reply_to, m.from_addr) ELSE m.from_addr END ")


def _waiting_item(r: Any) -> WaitingItem:
    return WaitingItem(r[0], r[1], r[2], r[3], r[4], r[5], float(r[6]), r[7], r[8],
                       json.loads(r[9]), r[10], booking_words(r[11]), r[12], r[13], from_ts(r[14]),
                       r[15])


def waiting(store: Store, page: int = 0, per_page: int = PAGE) -> list[WaitingItem]:
    rows = store.conn.execute(
        _WAITING_SELECT + "FROM review_items i JOIN messages m ON m.message_id = i.message_id "
        "LEFT JOIN message_texts t ON t.message_id = i.message_id "
        "LEFT JOIN message_replies r ON r.message_id = i.message_id "
        "WHERE i.status = 'waiting' ORDER BY i.since DESC, m.id DESC LIMIT ? OFFSET ?",
        (per_page, page * per_page))
    return [_waiting_item(r) for r in rows]


def waiting_one(store: Store, row_id: int) -> WaitingItem | None:
    """One message of the queue (waiting or not) by its row id."""
    row = store.conn.execute(
        _WAITING_SELECT + "FROM messages m "
        "LEFT JOIN review_items i ON i.message_id = m.message_id "
        "LEFT JOIN message_texts t ON t.message_id = m.message_id "
        "LEFT JOIN message_replies r ON r.message_id = m.message_id WHERE m.id = ?",
        (row_id,)).fetchone()
    return None if row is None else _waiting_item(row)


def booking_words(value: str | None) -> str:
    if not value:
        return ""
    try:
        data = json.loads(value)
    except ValueError:
        return ""
    return str(data.get("summary") or data.get("when") or "") if isinstance(data, dict) else ""


# -- status -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StatusFigures:
    last_contact: datetime | None
    outbox_depth: int
    failed_sends: int
    waiting: int
    events: list[tuple[str, str, str]]
    mailbox: list[tuple[str, int, int, str]]
    counts: dict[str, int]


def status(store: Store) -> StatusFigures:
    row = store.conn.execute(
        "SELECT COUNT(*) FROM outbox WHERE status IN ('failed', 'unknown')").fetchone()
    return StatusFigures(
        last_contact=store.last_beat("mailbox"),
        outbox_depth=store.outbox_depth(),
        failed_sends=int(row[0]),
        waiting=store.waiting_count(),
        events=[(r[0], r[1], r[2]) for r in store.conn.execute(
            "SELECT at, level, what FROM events ORDER BY id DESC LIMIT 10")],
        mailbox=[(r[0], r[1], r[2], r[3]) for r in store.conn.execute(
            "SELECT folder, uidvalidity, last_uid, started_at FROM mailbox")],
        counts=store.counts(),
    )


# -- customers ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CustomerRow:
    customer: str
    name: str
    reason: str
    status: str
    created: str


def customers(store: Store, query: str, limit: int = 50) -> list[CustomerRow]:
    """The latest conversations, or those whose address or name contains ``query``."""
    if query:
        like = "%" + query.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = store.conn.execute(
            "SELECT customer, customer_name, COALESCE(reason, 'none'), status, created_at "
            "FROM conversations WHERE customer LIKE ? ESCAPE '\\' OR lower(customer_name) LIKE ? "
            "ESCAPE '\\' ORDER BY id DESC LIMIT ?", (like, like, limit)).fetchall()
        # Senders who only ever had a message left for a person (no conversation yet).
        known = {r[0] for r in rows}
        for r in store.conn.execute(
                "SELECT m.from_addr, COALESCE(p.from_name, ''), 'none', "
                "CASE i.status WHEN 'waiting' THEN 'waiting for you' ELSE 'decided' END, i.since "
                "FROM review_items i JOIN messages m ON m.message_id = i.message_id "
                "LEFT JOIN message_replies p ON p.message_id = i.message_id "
                "WHERE m.from_addr LIKE ? ESCAPE '\\' OR lower(p.from_name) LIKE ? ESCAPE '\\' "
                "ORDER BY i.since DESC LIMIT ?", (like, like, limit)):
            if r[0] not in known and len(rows) < limit:
                known.add(r[0])
                rows.append(r)
    else:
        rows = store.conn.execute(
            "SELECT customer, customer_name, COALESCE(reason, 'none'), status, created_at "
            "FROM conversations ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
    return [CustomerRow(*r) for r in rows]


@dataclass(frozen=True)
class Event:
    at: str
    what: str
    detail: str
    followup_id: int | None = None
    followup_status: str = ""


@dataclass
class Timeline:
    address: str
    name: str = ""
    suppressed: str | None = None
    conversations: list[tuple[int, str, str, str, str]] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


def timeline(store: Store, address: str, limit: int = 200) -> Timeline:
    address = address.lower()
    out = Timeline(address, suppressed=store.suppressed(address))
    for cid, name, subject, reason, status, stop in store.conn.execute(
            "SELECT id, customer_name, subject, COALESCE(reason, 'none'), status, "
            "COALESCE(stop_reason, '') FROM conversations WHERE customer = ? ORDER BY id DESC LIMIT 20",
            (address,)):
        out.name = out.name or name
        out.conversations.append((cid, subject, reason, status, stop))
        for fid, step, template, due, fstatus, why in store.conn.execute(
                "SELECT id, step, template, due_at, status, COALESCE(status_reason, '') "
                "FROM followups WHERE conversation_id = ? ORDER BY step", (cid,)):
            words = f"follow-up {step} ({template}): {fstatus}" + (f", {why}" if why else "")
            out.events.append(Event(due, "scheduled" if fstatus == "scheduled" else "follow-up",
                                    words, fid, fstatus))
        if status == "stopped":
            row = store.conn.execute("SELECT updated_at FROM conversations WHERE id = ?",
                                     (cid,)).fetchone()
            out.events.append(Event(row[0], "stopped", stop))
    for at, subject, intent, action, why in store.conn.execute(
            "SELECT handled_at, subject, COALESCE(intent, ''), action, why FROM messages "
            "WHERE from_addr = ? ORDER BY id DESC LIMIT ?", (address, limit)):
        out.events.append(Event(at, "received", f"“{subject}”: {intent} → {action} "
                                                f"({'; '.join(json.loads(why))})"))
    for at, kind, status, err in store.conn.execute(
            "SELECT COALESCE(sent_at, created_at), kind, status, COALESCE(last_error, '') FROM outbox "
            "WHERE recipient = ? ORDER BY id DESC LIMIT ?", (address, limit)):
        out.events.append(Event(at, "sent" if status == "sent" else "outbox",
                                f"{kind}: {status}" + (f" ({err})" if err else "")))
    for at, who, action, detail in store.conn.execute(
            "SELECT a.at, a.who, a.action, a.detail FROM review_actions a JOIN messages m "
            "ON m.message_id = a.message_id WHERE m.from_addr = ? ORDER BY a.id DESC LIMIT 50",
            (address,)):
        out.events.append(Event(at, "staff", f"{who}: {action} — {detail}"))
    out.events.sort(key=lambda e: e.at, reverse=True)
    return out


# -- what the reasons say ----------------------------------------------------------------------

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
LEAD_TIMES = ("same day", "1 day", "2-6 days", "1-4 weeks", "later", "unknown")


@dataclass
class ReasonFigures:
    months: list[str] = field(default_factory=list)
    by_month_reason: dict[str, Counter[str]] = field(default_factory=dict)
    by_reason: Counter[str] = field(default_factory=Counter)
    by_language: Counter[str] = field(default_factory=Counter)
    by_weekday: Counter[str] = field(default_factory=Counter)
    by_lead_time: Counter[str] = field(default_factory=Counter)
    cancellations: int = 0
    maybe_later: int = 0
    came_back: int = 0
    opt_outs: int = 0
    followups: Counter[str] = field(default_factory=Counter)
    stopped_by: Counter[str] = field(default_factory=Counter)

    def rows(self) -> list[tuple[str, str, str, int]]:
        """(figure, key, month, count): the CSV download."""
        out = [("total", "cancellations", "", self.cancellations),
               ("total", "said maybe later", "", self.maybe_later),
               ("total", "came back (rebooked)", "", self.came_back),
               ("total", "opted out", "", self.opt_outs)]
        for month in self.months:
            for reason, n in sorted(self.by_month_reason.get(month, Counter()).items()):
                out.append(("reason by month", reason, month, n))
        for name, counter in (("reason", self.by_reason), ("language", self.by_language),
                              ("weekday", self.by_weekday), ("lead time", self.by_lead_time),
                              ("follow-ups", self.followups), ("stopped by", self.stopped_by)):
            out.extend((name, k, "", n) for k, n in counter.most_common())
        return out


_LEAD_SQL = """
    CASE WHEN t.booking IS NULL OR json_extract(t.booking, '$.day') IS NULL THEN 'unknown'
         ELSE CASE
           WHEN d <= 0 THEN 'same day' WHEN d = 1 THEN '1 day' WHEN d < 7 THEN '2-6 days'
           WHEN d <= 28 THEN '1-4 weeks' ELSE 'later' END
    END"""


def reasons(store: Store, months: int, now: datetime) -> ReasonFigures:
    """The figures of "What the reasons say", aggregated by SQLite (one pass for the counts,
    one for the lead times, one for the follow-ups)."""
    figures = ReasonFigures()
    since = ts((now - timedelta(days=31 * months)).replace(day=1, hour=0, minute=0, second=0))
    for month, reason, language, weekday, n, later, back, out in store.conn.execute(
            "SELECT substr(created_at, 1, 7), COALESCE(reason, 'none'), language, "
            "CAST(strftime('%w', created_at) AS INTEGER), COUNT(*), SUM(hint_at IS NOT NULL), "
            "SUM(COALESCE(stop_reason, '') LIKE 'rebooked%'), SUM(COALESCE(stop_reason, '') LIKE 'opt-out%') "
            "FROM conversations WHERE created_at >= ? GROUP BY 1, 2, 3, 4", (since,)):
        figures.cancellations += n
        figures.by_month_reason.setdefault(month, Counter())[reason] += n
        figures.by_reason[reason] += n
        figures.by_language[language] += n
        figures.by_weekday[WEEKDAYS[(weekday + 6) % 7]] += n  # SQLite: 0 is Sunday
        figures.maybe_later += later
        figures.came_back += back
        figures.opt_outs += out
    figures.months = sorted(figures.by_month_reason)
    for bucket, n in store.conn.execute(
            f"SELECT {_LEAD_SQL}, COUNT(*) FROM (SELECT t.booking AS booking, "  # noqa: S608
            "CAST(julianday(json_extract(t.booking, '$.day')) - julianday(date(c.created_at)) "
            "AS INTEGER) AS d FROM conversations c LEFT JOIN message_texts t "
            "ON t.message_id = c.root_message_id WHERE c.created_at >= ?) AS t GROUP BY 1",
            (since,)):
        figures.by_lead_time[bucket] += n
    for status, why, n in store.conn.execute(
            "SELECT f.status, COALESCE(f.status_reason, ''), COUNT(*) FROM followups f "
            "JOIN conversations c ON c.id = f.conversation_id WHERE c.created_at >= ? "
            "GROUP BY f.status, f.status_reason", (since,)):
        figures.followups[{"cancelled": "stopped"}.get(status, status)] += n
        if status == "cancelled":
            figures.stopped_by[why or "unknown"] += n
    return figures


# -- audit ----------------------------------------------------------------------------------------


def audit_log(store: Store, limit: int = 200) -> list[tuple[str, str, str, str, str]]:
    return [(r[0], r[1], r[2], r[3], r[4]) for r in store.conn.execute(
        "SELECT at, who, action, target, detail FROM audit ORDER BY id DESC LIMIT ?", (limit,))]
