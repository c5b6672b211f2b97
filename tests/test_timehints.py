"""Time hints -> follow-up dates, with a fixed `now`."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from responder.timehints import follow_up_hint, mentions_time

TZ = timezone(timedelta(hours=2))
NOW = datetime(2026, 4, 15, 10, 0, tzinfo=TZ)  # a Wednesday in spring


def d(y: int, m: int, day: int) -> datetime:
    return datetime(y, m, day, 10, 0, tzinfo=TZ)


@pytest.mark.parametrize(("text", "expected"), [
    ("maybe in three weeks", d(2026, 5, 6)),
    ("I'll be back in a couple of months", d(2026, 6, 15)),
    ("next month", d(2026, 5, 1)),
    ("after the summer", d(2026, 9, 23)),
    ("hit you up again in the autumn", d(2026, 9, 23)),
    ("I'll be back in March", d(2027, 3, 1)),  # March has passed: next year
    ("after my surgery in March", d(2027, 4, 1)),
    ("we hope to come back in June", d(2026, 6, 1)),
    ("in the new year", d(2027, 1, 10)),
    ("dans trois semaines", d(2026, 5, 6)),
    ("después del verano", d(2026, 9, 23)),
    ("na de zomer", d(2026, 9, 23)),
    ("tra un mese", d(2026, 5, 15)),
    ("daqui a duas semanas", d(2026, 4, 29)),
    ("in zwei Wochen melde ich mich wieder", d(2026, 4, 29)),
    ("nach Ostern", d(2027, 4, 5)),  # Easter 2026 (5 April) has passed: Easter 2027 is 28 March, +8 days
    ("volveré en septiembre", d(2026, 9, 1)),
    ("l'année prochaine", d(2027, 1, 10)),
])
def test_hint_table(text: str, expected: datetime) -> None:
    """Each phrase resolves to the expected date, in now's time zone."""
    got = follow_up_hint(text, "en", NOW)
    assert got == expected
    assert got is not None and got.tzinfo == TZ


def test_clamped_to_min_days() -> None:
    """'in two days' is moved out to now + min_days."""
    assert follow_up_hint("in two days", "en", NOW) == NOW + timedelta(days=7)
    assert follow_up_hint("in two days", "en", NOW, min_days=3) == NOW + timedelta(days=3)


def test_clamped_to_max_days() -> None:
    """'in five years' is brought in to now + max_days."""
    assert follow_up_hint("in five years", "en", NOW) == NOW + timedelta(days=365)
    assert follow_up_hint("in five years", "en", NOW, max_days=180) == NOW + timedelta(days=180)


def test_inside_the_season_means_soon() -> None:
    """'not until the spring' said in spring is as soon as allowed."""
    assert follow_up_hint("not until the spring", "en", NOW) == NOW + timedelta(days=7)


def test_month_rollover_at_year_end() -> None:
    """'next month' in December is January of the next year; month-end days are clamped."""
    december = datetime(2026, 12, 20, 9, 0, tzinfo=TZ)
    assert follow_up_hint("next month", "en", december) == datetime(2027, 1, 1, 9, 0, tzinfo=TZ)
    jan31 = datetime(2027, 1, 31, 9, 0, tzinfo=TZ)
    assert follow_up_hint("in one month", "en", jan31) == datetime(2027, 2, 28, 9, 0, tzinfo=TZ)


def test_latest_hint_wins() -> None:
    """Several hints: the latest one (the customer is not ready before it)."""
    text = "I'll walk for a couple of months and then try again in the autumn."
    assert follow_up_hint(text, "en", NOW) == d(2026, 9, 23)


@pytest.mark.parametrize("text", [
    "Thanks for the quick confirmation.",
    "My father had a fall last week.",
    "I have been a patient for eight years.",
    "The colour I had in March went brassy.",
    "I may need a break.",
    "We pay every two weeks.",
])
def test_no_hint(text: str) -> None:
    """Past dates, 'may' the verb, 'a fall' and durations in the past are not hints."""
    assert follow_up_hint(text, "en", NOW) is None
    assert not mentions_time(text, strict=True)


def test_french_ete_as_been_is_not_summer_but_en_ete_is() -> None:
    """'J'ai été malade' is a past illness, not 'the summer'; 'en été' and 'cet été' are."""
    assert follow_up_hint("J'ai été malade, je reviendrai bientôt.", "fr", NOW) is None
    summer = d(2026, 6, 21)
    assert follow_up_hint("Je reviendrai en été.", "fr", NOW) == summer
    assert follow_up_hint("Je reviendrai cet été.", "fr", NOW) == summer
