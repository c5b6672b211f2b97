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
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from responder.config import parse_duration

log = logging.getLogger(__name__)

JOB_ID = "responder-wake"


def plan_followups(
    schedule: Sequence[str], template: str, start: datetime
) -> list[tuple[int, str, datetime]]:
    """(step, template, due) for each delay in the cadence, counted from ``start``."""
    return [(step, template, start + parse_duration(delay))
            for step, delay in enumerate(schedule, start=1)]


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
