"""evaluate_intents: prints the measures and the misread files for a labelled folder."""

from __future__ import annotations

import io
from pathlib import Path

from responder.evaluate import evaluate_intents

FOLDER = Path(__file__).parent / "data" / "detect" / "evalset"


def test_report_has_all_sections_and_returns_zero() -> None:
    out = io.StringIO()
    assert evaluate_intents(FOLDER, out) == 0
    report = out.getvalue()
    for section in ("cancellation", "reschedule", "review band", "by language", "confusion", "misread"):
        assert section in report


def test_unreachable_threshold_turns_answers_into_misreads() -> None:
    out = io.StringIO()
    evaluate_intents(FOLDER, out, answer_threshold=1.01)
    assert "ml-0006.eml\tcancellation\tother (cancellation)" in out.getvalue()
