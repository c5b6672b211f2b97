"""Follow-up cadence arithmetic and the grace window for missed follow-ups."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from responder.followup import SendWindow, is_expired, parse_days, parse_hours, plan_followups

START = datetime(2026, 1, 31, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(("schedule", "days"), [
    (["30d"], [30]),
    (["14d", "2w"], [14, 14]),
    (["30d", "90d"], [30, 90]),
    ([], []),
])
def test_each_delay_is_counted_from_the_acknowledgement(schedule: list[str], days: list[int]) -> None:
    plan = plan_followups([(d, "followup_checkin") for d in schedule], START)
    assert [step for step, _, _ in plan] == list(range(1, len(days) + 1))
    assert [due - START for _, _, due in plan] == [timedelta(days=d) for d in days]


@pytest.mark.parametrize(("late", "expired"), [
    (timedelta(0), False),
    (timedelta(days=3), False),
    (timedelta(days=3, seconds=1), True),
])
def test_missed_followups_are_sent_only_within_grace(late: timedelta, expired: bool) -> None:
    assert is_expired(START, START + late, timedelta(days=3)) is expired


def test_steps_keep_their_minimum_spacing_and_the_per_customer_limit() -> None:
    steps = [("10d", "a"), ("12d", "b"), ("60d", "c")]
    plan = plan_followups(steps, START, min_spacing=timedelta(days=14), limit=2)
    assert [(n, t, due - START) for n, t, due in plan] == [
        (1, "a", timedelta(days=10)), (2, "b", timedelta(days=24))]


LONDON = ZoneInfo("Europe/London")
WINDOW = SendWindow(tz=LONDON, holidays=frozenset({date(2026, 12, 25), date(2026, 12, 28)}))


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=LONDON)  # type: ignore[misc]


@pytest.mark.parametrize(("due", "sent"), [
    (local(2026, 12, 2, 10, 0), local(2026, 12, 2, 10, 0)),   # Wednesday 10:00: open
    (local(2026, 12, 2, 7, 30), local(2026, 12, 2, 9, 0)),    # before opening: same day 09:00
    (local(2026, 12, 2, 17, 0), local(2026, 12, 3, 9, 0)),    # closing time: next day
    (local(2026, 12, 4, 23, 0), local(2026, 12, 7, 9, 0)),    # Friday night: Monday
    (local(2026, 12, 5, 12, 0), local(2026, 12, 7, 9, 0)),    # Saturday noon: Monday
    (local(2026, 12, 24, 18, 0), local(2026, 12, 29, 9, 0)),  # Christmas, weekend, holiday
])
def test_followups_wait_for_the_next_business_window(due: datetime, sent: datetime) -> None:
    assert WINDOW.next_open(due) == sent


def test_window_is_judged_in_the_business_time_zone() -> None:
    # 08:30 UTC in summer is 09:30 in London: open.
    assert WINDOW.open_at(datetime(2026, 7, 1, 8, 30, tzinfo=UTC))
    assert not WINDOW.open_at(datetime(2026, 7, 1, 7, 30, tzinfo=UTC))


def test_day_and_hour_specs() -> None:
    assert parse_days("mon-fri") == frozenset(range(5))
    assert parse_days("sat-mon") == frozenset({5, 6, 0})
    assert parse_days("mon,wed") == frozenset({0, 2})
    assert parse_hours("08:30-18:00")[1].hour == 18
    with pytest.raises(ValueError, match="must come after"):
        parse_hours("18:00-08:00")
