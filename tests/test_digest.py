"""Which digest period is due at a given moment (pure, table-tested)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from responder.digest import describe, due_period

TZ = ZoneInfo("Europe/Madrid")


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=TZ)  # type: ignore[misc]


@pytest.mark.parametrize(("now", "frequency", "expected"), [
    (at(2026, 3, 4, 9, 0), "daily", (at(2026, 3, 3), at(2026, 3, 4))),
    (at(2026, 3, 4, 7, 59), "daily", None),                              # before the hour
    (at(2026, 3, 4, 9, 0), "off", None),
    (at(2026, 3, 2, 8, 0), "weekly", (at(2026, 2, 23), at(2026, 3, 2))),  # Monday 08:00
    (at(2026, 3, 5, 12, 0), "weekly", (at(2026, 2, 23), at(2026, 3, 2))), # later that week
    (at(2026, 3, 2, 7, 0), "weekly", None),
])
def test_due_period(now: datetime, frequency: str,
                    expected: tuple[datetime, datetime] | None) -> None:
    assert due_period(now, frequency, 8, TZ) == expected


def test_period_is_described_for_people() -> None:
    assert describe(at(2026, 3, 3), at(2026, 3, 4)) == "Tue 03 Mar 2026"
    assert describe(at(2026, 2, 23), at(2026, 3, 2)) == "23 Feb – 01 Mar 2026"
