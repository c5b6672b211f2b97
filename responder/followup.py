"""Follow-up cadence and the timer that wakes the daemon when something is due.

The follow-ups themselves live in the state database (the source of truth: a send and
the follow-ups it schedules are written in one transaction). APScheduler only keeps one
``date`` job armed at the earliest due time, so a restart loses nothing: at start the
timer is re-armed from the database, and follow-ups missed while the daemon was down
are sent if they are at most ``grace`` late, expired otherwise.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as dt_time
from zoneinfo import ZoneInfo

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from responder.config import parse_duration

log = logging.getLogger(__name__)

JOB_ID = "responder-wake"


def plan_followups(
    steps: Sequence[tuple[str, str]],
    start: datetime,
    *,
    min_spacing: timedelta = timedelta(0),
    limit: int | None = None,
) -> list[tuple[int, str, datetime]]:
    """(step, template, due) for each (delay, template), counted from ``start``.

    At most ``limit`` steps, each at least ``min_spacing`` after the one before.
    """
    plan: list[tuple[int, str, datetime]] = []
    for step, (delay, template) in enumerate(steps, start=1):
        if limit is not None and len(plan) >= limit:
            break
        due = start + parse_duration(delay)
        if plan:
            due = max(due, plan[-1][2] + min_spacing)
        plan.append((step, template, due))
    return plan


def is_expired(due: datetime, now: datetime, grace: timedelta) -> bool:
    """A follow-up more than ``grace`` late is not sent any more (the moment has passed)."""
    return now - due > grace


class Timer:
    """One APScheduler job that calls ``wake`` at the earliest due time."""

    def __init__(self, wake: Callable[[], None]) -> None:
        self._wake = wake
        self._scheduler = AsyncIOScheduler(timezone=UTC)
        self.armed_at: datetime | None = None

    def start(self) -> None:
        self._scheduler.start()

    def arm(self, when: datetime | None, now: datetime) -> None:
        """Wake at ``when`` (as seen by the daemon's clock ``now``); None disarms."""
        if when == self.armed_at:
            return
        self.armed_at = when
        if self._scheduler.get_job(JOB_ID):
            self._scheduler.remove_job(JOB_ID)
        if when is None:
            return
        # The daemon's clock may be shifted (--now): convert to a real wall-clock instant.
        delay = max(0.0, (when - now).total_seconds())
        run_at = datetime.now(UTC) + timedelta(seconds=delay)
        self._scheduler.add_job(
            self._fire, "date", run_date=run_at, id=JOB_ID, misfire_grace_time=None,
            coalesce=True,
        )
        log.debug("timer armed", extra={"fields": {"in_seconds": round(delay)}})

    def _fire(self) -> None:
        self.armed_at = None
        self._wake()

    def shutdown(self) -> None:
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)


# -- the send window: business hours, weekdays, public holidays ------------------------------

_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class SendWindow:
    """When follow-ups may go out, in the business's own time zone."""

    tz: ZoneInfo
    start: dt_time = dt_time(9, 0)
    end: dt_time = dt_time(17, 0)
    weekdays: frozenset[int] = frozenset(range(5))  # Monday = 0
    holidays: frozenset[date] = frozenset()

    def open_at(self, when: datetime) -> bool:
        local = when.astimezone(self.tz)
        return (local.weekday() in self.weekdays and local.date() not in self.holidays
                and self.start <= local.time() < self.end)

    def next_open(self, when: datetime) -> datetime:
        """``when`` itself if the window is open then, else the next time it opens."""
        if self.open_at(when):
            return when
        local = when.astimezone(self.tz)
        day = local.date()
        if local.time() >= self.start:
            day += timedelta(days=1)
        for _ in range(400):
            if day.weekday() in self.weekdays and day not in self.holidays:
                return datetime.combine(day, self.start, self.tz).astimezone(when.tzinfo)
            day += timedelta(days=1)
        return when  # no open day in a year: a misconfiguration; send rather than never


def parse_days(spec: str) -> frozenset[int]:
    """``"mon-fri"`` or ``"mon,wed,fri"`` -> weekday numbers (Monday = 0)."""
    days: set[int] = set()
    for part in spec.lower().replace(" ", "").split(","):
        if "-" in part:
            a, b = part.split("-", 1)
            i, j = _DAYS.index(a), _DAYS.index(b)
            days.update(range(i, j + 1) if i <= j else [*range(i, 7), *range(0, j + 1)])
        elif part:
            days.add(_DAYS.index(part))
    return frozenset(days)


def parse_hours(spec: str) -> tuple[dt_time, dt_time]:
    """``"09:00-17:00"`` -> (09:00, 17:00)."""
    a, b = spec.replace(" ", "").split("-", 1)
    start, end = dt_time.fromisoformat(a), dt_time.fromisoformat(b)
    if end <= start:
        raise ValueError(f"{spec!r}: the end of business hours must come after the start")
    return start, end


def holiday_dates(country: str, subdivision: str, years: range) -> frozenset[date]:
    """Public holidays from the ``holidays`` package ("" = none)."""
    if not country:
        return frozenset()
    import holidays  # imported lazily: loading every country's calendar costs start-up time

    cal = holidays.country_holidays(country, subdiv=subdivision or None, years=list(years))
    return frozenset(cal.keys())
