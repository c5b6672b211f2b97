"""The replies evaluation: figures printed from a small labelled folder (copied from the dev corpus)."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from responder.evaluate_replies import evaluate_inbound_reasons, evaluate_replies

DATA = Path(__file__).parent / "data" / "replies"


def test_prints_every_figure_and_returns_zero() -> None:
    """Reason accuracy (overall, per category, per language), future_contact, opt-out P/R are printed."""
    out = io.StringIO()
    assert evaluate_replies(DATA, out) == 0
    text = out.getvalue()
    for needle in ("reason accuracy:", "reason accuracy by language", "future_contact accuracy:",
                   "opt_out precision:", "recall:", "misread ("):
        assert needle in text
    assert "opt_out precision: 1.000 (5/5)  recall: 1.000 (5/5)" in text


def test_bottom_posted_reply_is_read_after_the_quote() -> None:
    """A reply written below the quoted acknowledgement is still classified (r-0039: a lab clash)."""
    out = io.StringIO()
    evaluate_replies(DATA, out)
    misread = out.getvalue().split("misread (")[1]
    assert "r-0039.eml" not in misread


def test_misreads_are_listed_with_the_field(tmp_path: Path) -> None:
    """A wrong label shows up as a misread naming the field, expected and got."""
    shutil.copy(DATA / "r-0029.eml", tmp_path / "x.eml")
    (tmp_path / "labels.csv").write_text(
        "file,language,reason,future_contact,opt_out,note\nx.eml,de,cost,no,false,deliberately wrong\n",
        encoding="utf-8")
    out = io.StringIO()
    evaluate_replies(tmp_path, out)
    assert "x.eml\tde\treason cost->none; opt_out false->True" in out.getvalue()


def test_inbound_reasons_read_only_cancellations(tmp_path: Path) -> None:
    """The inbound variant scores the reason column of cancellation rows only."""
    shutil.copy(DATA / "r-0053.eml", tmp_path / "a.eml")
    shutil.copy(DATA / "r-0085.eml", tmp_path / "b.eml")
    (tmp_path / "labels.csv").write_text(
        "file,intent,language,reason,note\na.eml,cancellation,pt,illness,\nb.eml,other,it,,\n",
        encoding="utf-8")
    out = io.StringIO()
    assert evaluate_inbound_reasons(tmp_path, out) == 0
    assert "1 cancellations" in out.getvalue()
    assert "reason accuracy: 1.000 (1/1)" in out.getvalue()
