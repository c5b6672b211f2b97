"""Reasons round 50 (after the replies_fresh67 first look): "moved to" a day or a time of day is a time
moved (the school play got moved to Thursday afternoon), not the customer moving away."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason


@pytest.mark.parametrize("text", [
    "I only cancelled because my daughter's school play got moved to Thursday afternoon and I can't miss it.",
    "My shift has been moved to the evenings, so Tuesdays are out.",
    "The match was moved to next week and clashes with the class.",
])
def test_a_time_moved_is_no_move_away(text: str) -> None:
    assert classify_reason(text, "en").reason != "moved_away"


@pytest.mark.parametrize("text", [
    "We moved to Leeds in the summer, so it's too far now.",
    "moved to leeds. thx",
])
def test_a_move_to_a_place_stays_moved_away(text: str) -> None:
    assert classify_reason(text, "en").reason == "moved_away"
