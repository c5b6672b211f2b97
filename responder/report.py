"""What the customers said, for staff: the ``report`` and ``conversations`` commands.

Read-only queries over the state; formatting as a table, CSV or JSON.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from responder.state import Store, ts


@dataclass
class Report:
    since: str | None
    cancellations: int = 0
    by_reason: Counter[str] = field(default_factory=Counter)
    by_language: Counter[str] = field(default_factory=Counter)
    by_month: Counter[str] = field(default_factory=Counter)
    came_back: int = 0
    opt_outs: int = 0
    followups: Counter[str] = field(default_factory=Counter)

    def rows(self) -> list[tuple[str, str, int]]:
        """(section, key, count) rows, the common ground of every output format."""
        out: list[tuple[str, str, int]] = [("total", "cancellations", self.cancellations),
                                           ("total", "came back (rebooked)", self.came_back),
                                           ("total", "opted out", self.opt_outs)]
        for section, counter in (("reason", self.by_reason), ("language", self.by_language),
                                 ("month", self.by_month), ("follow-ups", self.followups)):
            keys = sorted(counter) if section == "month" else [k for k, _ in counter.most_common()]
            out.extend((section, k, counter[k]) for k in keys)
        return out


def build_report(store: Store, since: datetime | None = None) -> Report:
    report = Report(since=ts(since) if since else None)
    floor = ts(since) if since else ""
    for reason, language, created, stop in store.conn.execute(
        "SELECT COALESCE(reason, 'none'), language, created_at, COALESCE(stop_reason, '') "
        "FROM conversations WHERE created_at >= ?", (floor,)
    ):
        report.cancellations += 1
        report.by_reason[reason] += 1
        report.by_language[language] += 1
        report.by_month[created[:7]] += 1
        if stop.startswith("rebooked"):
            report.came_back += 1
        if stop.startswith("opt-out"):
            report.opt_outs += 1
    for status, n in store.conn.execute(
        "SELECT f.status, COUNT(*) FROM followups f JOIN conversations c ON c.id = f.conversation_id "
        "WHERE c.created_at >= ? GROUP BY f.status", (floor,)
    ):
        report.followups[{"cancelled": "stopped"}.get(status, status)] += n
    return report


def format_report(report: Report, fmt: str) -> str:
    rows = report.rows()
    if fmt == "json":
        data: dict[str, Any] = {"since": report.since}
        for section, key, n in rows:
            if section == "total":
                data[key.split(" ")[0].replace("came", "came_back").replace("opted", "opt_outs")] = n
            else:
                data.setdefault(section.replace("-", "_"), {})[key] = n
        return json.dumps(data, indent=2, ensure_ascii=False)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(["section", "key", "count"])
        writer.writerows(rows)
        return buf.getvalue().rstrip("\n")
    lines = [f"Cancellations since {report.since or 'the start'}"]
    current = None
    for section, key, n in rows:
        if section != current:
            lines.append(f"\n{section}:")
            current = section
        lines.append(f"  {key:<28} {n:>6}")
    return "\n".join(lines)


def conversation_history(store: Store, address: str | None) -> str:
    """One customer's history (or the latest conversations): received, sent, scheduled, why."""
    where, args = ("WHERE customer = ?", (address.lower(),)) if address else ("", ())
    query = (
        "SELECT id, customer, subject, language, COALESCE(reason, 'none'), status, "  # noqa: S608
        f"COALESCE(stop_reason, ''), created_at FROM conversations {where} "
        "ORDER BY id DESC LIMIT 20"
    )
    convs = store.conn.execute(query, args).fetchall()
    lines = _waiting_lines(store, address)
    if not convs:
        return "\n".join([*lines, f"no conversations{' with ' + address if address else ''}"])
    for cid, customer, subject, language, reason, status, stop, created in convs:
        lines.append(f"#{cid} {customer}  {subject!r}  ({language}, reason: {reason}, {status}"
                     f"{': ' + stop if stop else ''})  since {created}")
        events: list[tuple[str, str]] = []
        for at, intent, action, why in store.conn.execute(
                "SELECT handled_at, intent, action, why FROM messages WHERE conversation_id = ?",
                (cid,)):
            reasons = "; ".join(json.loads(why))
            events.append((at, f"received  {intent} -> {action}  ({reasons})"))
        for at, kind, status_, err in store.conn.execute(
                "SELECT COALESCE(sent_at, created_at), kind, status, COALESCE(last_error, '') "
                "FROM outbox WHERE conversation_id = ?", (cid,)):
            events.append((at, f"sent      {kind} [{status_}]{'  ' + err if err else ''}"))
        for step, template, due, fstatus in store.followups_of(cid):
            events.append((due, f"follow-up step {step} ({template}) [{fstatus}]"))
        lines.extend(f"  {at}  {what}" for at, what in sorted(events))
    return "\n".join(lines)


def _waiting_lines(store: Store, address: str | None) -> list[str]:
    """Messages left for a person ($NeedsReview), newest first; with an address, also that
    sender's messages that belong to no conversation (a repeat cancellation, say)."""
    waiting = store.needs_review(20, address=address)
    lines: list[str] = []
    if waiting:
        lines.append(f"waiting for a person ($NeedsReview): {len(waiting)}"
                     f"{' (latest 20)' if len(waiting) == 20 else ''}")
        for r in waiting:
            lines.append(f"  {ts(r.handled_at)}  {r.from_addr}  {r.subject[:60]!r}  {r.action}: "
                         f"{'; '.join(r.why[-2:])}")
    if address:
        shown = {r.id for r in waiting}
        loose = [row for row in store.conn.execute(
            "SELECT id, handled_at, intent, action, why FROM messages WHERE lower(from_addr) = ? "
            "AND conversation_id IS NULL ORDER BY id DESC LIMIT 20", (address.lower(),))
            if row[0] not in shown]
        if loose:
            lines.append(f"other messages from {address} (in no conversation):")
            lines.extend(f"  {at}  received  {intent} -> {action}  ({'; '.join(json.loads(why))})"
                         for _, at, intent, action, why in loose)
    return lines
