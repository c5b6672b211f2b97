"""Measure :func:`responder.reasons.classify_reason` on labelled folders.

``evaluate_replies``: answers to our acknowledgement (``labels.csv``:
file,language,reason,future_contact,opt_out,note) -> reason accuracy overall, per category
and per language, future_contact accuracy, opt-out precision and recall, and the misreads.
``evaluate_inbound_reasons``: the reasons given inside cancellations (inbound ``labels.csv``:
file,intent,language,reason,note; only ``cancellation`` rows are read).
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path
from typing import TextIO

from responder.classify import Classifier
from responder.parse import parse_message
from responder.reading import pre_read
from responder.reasons import REASONS, ReasonResult, classify_reason


def _rows(folder: Path) -> list[dict[str, str]]:
    with (folder / "labels.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _pct(ok: int, n: int) -> str:
    return f"{ok / n:.3f} ({ok}/{n})" if n else "n/a"


def _reason_tables(pairs: list[tuple[dict[str, str], ReasonResult]], out: TextIO) -> None:
    ok = sum(1 for r, res in pairs if res.reason == r["reason"])
    print(f"reason accuracy: {_pct(ok, len(pairs))}", file=out)
    print(f"{'reason':<19}{'recall':>16}{'precision':>18}", file=out)
    for reason in REASONS:
        n = sum(1 for r, _ in pairs if r["reason"] == reason)
        got = sum(1 for _, res in pairs if res.reason == reason)
        tp = sum(1 for r, res in pairs if r["reason"] == reason == res.reason)
        if n or got:
            print(f"{reason:<19}{_pct(tp, n):>16}{_pct(tp, got):>18}", file=out)
    by_lang: dict[str, list[bool]] = defaultdict(list)
    for r, res in pairs:
        by_lang[r["language"]].append(res.reason == r["reason"])
    print("reason accuracy by language", file=out)
    for lang in sorted(by_lang):
        print(f"  {lang:<4}{_pct(sum(by_lang[lang]), len(by_lang[lang]))}", file=out)


def _classify(folder: Path, rows: list[dict[str, str]]) -> list[tuple[dict[str, str], ReasonResult]]:
    """Each reply read as the daemon reads it: the reading (a bare "stop" under the follow-up
    included), else the reason from the detection's text."""
    defaults = Classifier()  # the business-independent defaults `responder classify` uses
    pairs = []
    for row in rows:
        msg = parse_message((folder / row["file"]).read_bytes())
        read = pre_read(msg, defaults.identity, defaults.default_language,
                        defaults.policy.review_threshold, None).reading
        reason = read.reason or classify_reason(read.detection.text, read.detection.language)
        pairs.append((row, reason))
    return pairs


def evaluate_replies(folder: Path, out: TextIO) -> int:
    """Print reason, future_contact and opt-out figures for a replies folder; returns 0."""
    pairs = _classify(folder, _rows(folder))
    print(f"{folder}: {len(pairs)} replies", file=out)
    _reason_tables(pairs, out)
    fc_ok = sum(1 for r, res in pairs if res.future_contact == r["future_contact"])
    print(f"future_contact accuracy: {_pct(fc_ok, len(pairs))}", file=out)
    truth = [r["opt_out"].strip().lower() == "true" for r, _ in pairs]
    tp = sum(1 for t, (_, res) in zip(truth, pairs, strict=True) if t and res.opt_out)
    fp = sum(1 for t, (_, res) in zip(truth, pairs, strict=True) if not t and res.opt_out)
    fn = sum(1 for t, (_, res) in zip(truth, pairs, strict=True) if t and not res.opt_out)
    print(f"opt_out precision: {_pct(tp, tp + fp)}  recall: {_pct(tp, tp + fn)}", file=out)
    # The safety net (responder.maybe_stop): what the rules miss may still go to a person,
    # with every follow-up stopped. Counted apart, as "answered-or-reviewed" is for intent.
    held = [(t, res) for t, (_, res) in zip(truth, pairs, strict=True)
            if not res.opt_out and res.maybe_stop]
    caught = tp + sum(1 for t, _ in held if t)
    print(f"opt_out stopped or held for a person: {_pct(caught, tp + fn)}  "
          f"held that did not ask: {_pct(sum(1 for t, _ in held if not t), truth.count(False))}",
          file=out)
    _misreads(pairs, out, with_contact=True)
    return 0


def evaluate_inbound_reasons(folder: Path, out: TextIO) -> int:
    """Print reason accuracy for the cancellations of an inbound folder; returns 0."""
    rows = [r for r in _rows(folder) if r.get("intent") == "cancellation"]
    pairs = _classify(folder, rows)
    print(f"{folder}: {len(pairs)} cancellations", file=out)
    _reason_tables(pairs, out)
    _misreads(pairs, out, with_contact=False)
    return 0


def _misreads(pairs: list[tuple[dict[str, str], ReasonResult]], out: TextIO, *, with_contact: bool) -> None:
    wrong = []
    for r, res in pairs:
        bad_reason = res.reason != r["reason"]
        bad_contact = with_contact and res.future_contact != r["future_contact"]
        bad_opt = with_contact and res.opt_out != (r["opt_out"].strip().lower() == "true")
        if bad_reason or bad_contact or bad_opt:
            wrong.append((r, res, bad_reason, bad_contact, bad_opt))
    print(f"misread ({len(wrong)}): file, language, field expected->got, evidence", file=out)
    for r, res, bad_reason, bad_contact, bad_opt in wrong:
        fields = []
        if bad_reason:
            fields.append(f"reason {r['reason']}->{res.reason}")
        if bad_contact:
            fields.append(f"future {r['future_contact']}->{res.future_contact}")
        if bad_opt:
            fields.append(f"opt_out {r['opt_out']}->{res.opt_out}"
                          + (" (held for a person)" if res.maybe_stop else ""))
        print(f"{r['file']}\t{r['language']}\t{'; '.join(fields)}\t{' | '.join(res.evidence)}", file=out)
