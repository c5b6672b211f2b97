"""The staff digest: which period is due, and what goes in it.

:func:`due_period` is pure (a table-tested function of ``now``); :func:`digest_context`
reads the state for one period. The service queues one digest per period: the outbox's
unique ``(kind, ref)`` key, with the period as ``ref``, makes it at most once.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from responder.state import Store, from_ts, ts


def due_period(now: datetime, frequency: str, hour: int, tz: ZoneInfo) -> tuple[datetime, datetime] | None:
    """The last complete period (start, end) whose digest is due at ``now``, or None.

    Daily: yesterday, due from ``hour`` today. Weekly: last Monday-to-Monday, due from
    ``hour`` on Monday. Times are in the business's time zone.
    """
    if frequency == "off":
        return None
    local = now.astimezone(tz)
    today = local.replace(hour=0, minute=0, second=0, microsecond=0)
    if frequency == "daily":
        end = today
        start = end - timedelta(days=1)
    else:
        end = today - timedelta(days=local.weekday())
        start = end - timedelta(days=7)
    send_from = end.replace(hour=hour)
    if local < send_from:
        # Not yet time for the period that just ended: the one before it is already done.
        return None
    return start, end


def describe(start: datetime, end: datetime) -> str:
    last = end - timedelta(days=1)
    if last.date() == start.date():
        return f"{start:%a %d %b %Y}"
    return f"{start:%d %b} – {last:%d %b %Y}"


def digest_context(store: Store, start: datetime, end: datetime, tz: ZoneInfo) -> dict[str, object]:
    cancellations = []
    for name, email, reason, text, language, created in store.conn.execute(
        "SELECT customer_name, customer, COALESCE(reason, 'none'), COALESCE(reason_text, ''), "
        "language, created_at FROM conversations WHERE created_at >= ? AND created_at < ? "
        "ORDER BY created_at", (ts(start), ts(end))
    ):
        cancellations.append({
            "customer_name": name, "customer_email": email, "reason": reason,
            "reason_text": text, "language": language,
            "received": f"{from_ts(created).astimezone(tz):%a %d %b %H:%M}",
        })
    followups = [{
        "customer_name": f.customer_name, "customer_email": f.customer, "template": f.template,
        "due": f"{f.due_at.astimezone(tz):%a %d %b}", "step": f.step, "reason": f.reason,
    } for f in store.next_followups(20)]
    return {"period": describe(start, end), "cancellations": cancellations,
            "followups_due": followups}
