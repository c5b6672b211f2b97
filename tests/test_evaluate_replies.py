"""The replies evaluation: figures printed from a small labelled folder (copied from the dev corpus)."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest

from responder.evaluate_replies import evaluate_inbound_reasons, evaluate_replies

DATA = Path(__file__).parent / "data" / "replies"
FRESH = Path(__file__).parent / "data" / "replies_fresh"


def test_prints_every_figure_and_returns_zero() -> None:
    """Reason accuracy (overall, per category, per language), future_contact, opt-out P/R are printed."""
    out = io.StringIO()
    assert evaluate_replies(DATA, out) == 0
    text = out.getvalue()
    for needle in ("reason accuracy:", "reason accuracy by language", "future_contact accuracy:",
                   "opt_out precision:", "recall:", "misread ("):
        assert needle in text
    assert "opt_out precision: 1.000 (5/5)  recall: 1.000 (5/5)" in text


def test_opt_outs_the_rules_miss_are_counted_as_held_for_a_person(tmp_path: Path) -> None:
    """A reply that asks to stop in words no rule knows is not read as an opt-out but is held
    (responder.maybe_stop); the figure counts it, and a reason alone is not held."""
    shutil.copy(DATA / "r-0029.eml", tmp_path / "a.eml")
    raw = (DATA / "r-0053.eml").read_bytes()
    head, _, _ = raw.partition(b"\n\n")
    (tmp_path / "b.eml").write_bytes(
        head.replace(b"Content-Transfer-Encoding: base64", b"Content-Transfer-Encoding: 8bit")
        + b"\n\nHonestly, I could do without the messages from now on.\n")
    (tmp_path / "labels.csv").write_text(
        "file,language,reason,future_contact,opt_out,note\n"
        "a.eml,de,none,no,true,\nb.eml,en,none,unknown,true,new words\n", encoding="utf-8")
    out = io.StringIO()
    evaluate_replies(tmp_path, out)
    text = out.getvalue()
    assert "recall: 0.500 (1/2)" in text
    assert "opt_out stopped or held for a person: 1.000 (2/2)" in text
    assert "b.eml\ten\topt_out true->False (held for a person)" in text


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


def _figure(text: str, label: str) -> float:
    match = re.search(rf"{label}: (\d\.\d+) ", text)
    assert match, label
    return float(match.group(1))


def test_fresh_held_out_set_keeps_opt_out_recall_and_a_reason_floor() -> None:
    """On the 84 fresh replies (7 languages) opt-out recall is 1.0, precision >= 0.95, reason >= 0.90.

    The first look at this set, before any rule was changed for it, was reason 0.71, future_contact
    0.87 and opt-out recall 0.69; after the general changes it reads 1.00 / 0.99 / 1.00. The floors
    sit between: a rule change that costs more than about eight replies here is a real regression,
    while 0.90 is still not a claim about unseen mail (a second fresh batch read 0.83).
    """
    out = io.StringIO()
    evaluate_replies(FRESH, out)
    text = out.getvalue()
    assert "84 replies" in text
    assert _figure(text, "opt_out precision") >= 0.95
    assert _figure(text, "recall") == 1.0
    assert _figure(text, "reason accuracy") >= 0.90
    assert _figure(text, "future_contact accuracy") >= 0.85


@pytest.mark.parametrize(("folder", "count", "min_reason", "min_future"), [
    # first look: reason 0.53, future_contact 0.79, opt-out P 0.93 R 0.87; after 0.76 / 0.84
    ("replies_fresh2", 105, 0.85, 0.84),
    # first look: reason 0.47, future_contact 0.77, opt-out P 1.00 R 0.86; after 0.93 / 0.89
    ("replies_fresh3", 70, 0.95, 0.88),
    # first look: reason 0.90, future_contact 0.96, opt-out 1.00 / 1.00 (a realistic sample)
    ("replies_fresh4", 70, 0.98, 0.95),
    # first look: reason 0.83, opt-out R 0.92 ("m ecrire"); after the 2026-12-04 round 0.976
    ("replies_fresh5", 84, 0.97, 0.92),
])
def test_later_fresh_sets_keep_opt_outs_and_a_reason_floor(folder: str, count: int, min_reason: float,
                                                           min_future: float) -> None:
    """Written blind; FIRST_LOOK.txt holds the held-out figures. After the families in
    test_reasons_families every opt-out is found and nothing else is read as one. A regression
    guard, not a held-out claim."""
    out = io.StringIO()
    evaluate_replies(Path(__file__).parent / "data" / folder, out)
    text = out.getvalue()
    assert f"{count} replies" in text
    assert _figure(text, "opt_out precision") == 1.0
    assert _figure(text, "recall") == 1.0
    assert _figure(text, "reason accuracy") >= min_reason
    assert _figure(text, "future_contact accuracy") >= min_future
