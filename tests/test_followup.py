"""Follow-up cadence arithmetic and the grace window for missed follow-ups."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from responder.followup import is_expired, plan_followups

START = datetime(2026, 1, 31, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(("schedule", "days"), [
    (["30d"], [30]),
    (["14d", "2w"], [14, 14]),
    (["30d", "90d"], [30, 90]),
    ([], []),
])
def test_each_delay_is_counted_from_the_acknowledgement(schedule: list[str], days: list[int]) -> None:
    plan = plan_followups(schedule, "followup_checkin", START)
    assert [step for step, _, _ in plan] == list(range(1, len(days) + 1))
    assert [due - START for _, _, due in plan] == [timedelta(days=d) for d in days]


@pytest.mark.parametrize(("late", "expired"), [
    (timedelta(0), False),
    (timedelta(days=3), False),
    (timedelta(days=3, seconds=1), True),
])
def test_missed_followups_are_sent_only_within_grace(late: timedelta, expired: bool) -> None:
    assert is_expired(START, START + late, timedelta(days=3)) is expired
