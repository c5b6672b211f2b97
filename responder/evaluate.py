"""``responder eval PATH``: measure intent detection on a folder with ``labels.csv``.

A message counts as predicted ``cancellation`` only when the detector is at least
``answer_threshold`` sure (what the product answers automatically); cancellations between
``review_threshold`` and it are counted separately (tagged for a person, nothing sent).
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from pathlib import Path
from typing import TextIO

from responder.detect import Detection, detect
from responder.parse import parse_message

INTENTS = ("cancellation", "reschedule", "other")


def predicted_intent(d: Detection, answer_threshold: float) -> str:
    """The intent as the product acts on it: unsure cancellations are not answered."""
    if d.intent == "cancellation" and d.confidence < answer_threshold:
        return "other"
    return d.intent


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate_intents(folder: Path, out: TextIO, answer_threshold: float = 0.8,
                     review_threshold: float = 0.5) -> int:
    """Print precision/recall/F1 per intent, per language, the confusion matrix and misreads."""
    with (folder / "labels.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    pairs: list[tuple[dict[str, str], Detection, str]] = []
    for row in rows:
        d = detect(parse_message((folder / row["file"]).read_bytes()))
        pairs.append((row, d, predicted_intent(d, answer_threshold)))

    print(f"{folder}: {len(pairs)} messages; cancellation answered at confidence >= "
          f"{answer_threshold:.2f}", file=out)
    print(f"{'intent':<14}{'prec':>7}{'recall':>8}{'F1':>7}{'n':>6}", file=out)
    for intent in INTENTS:
        tp = sum(1 for r, _, p in pairs if r["intent"] == intent and p == intent)
        fp = sum(1 for r, _, p in pairs if r["intent"] != intent and p == intent)
        fn = sum(1 for r, _, p in pairs if r["intent"] == intent and p != intent)
        prec, rec, f1 = _prf(tp, fp, fn)
        n = sum(1 for r, _, _ in pairs if r["intent"] == intent)
        print(f"{intent:<14}{prec:>7.3f}{rec:>8.3f}{f1:>7.3f}{n:>6}", file=out)

    review = [(r, d) for r, d, _ in pairs
              if d.intent == "cancellation" and review_threshold <= d.confidence < answer_threshold]
    by_label = Counter(r["intent"] for r, _ in review)
    print(f"\nreview band [{review_threshold:.2f}, {answer_threshold:.2f}): {len(review)} messages "
          f"({', '.join(f'{k} {v}' for k, v in sorted(by_label.items())) or 'none'})", file=out)

    print("\ncancellation by language", file=out)
    print(f"{'lang':<6}{'prec':>7}{'recall':>8}{'n':>5}", file=out)
    langs: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for r, _, p in pairs:
        langs[r["language"]].append((r["intent"], p))
    for lang in sorted(langs):
        items = langs[lang]
        tp = sum(1 for t, p in items if t == p == "cancellation")
        fp = sum(1 for t, p in items if t != "cancellation" and p == "cancellation")
        fn = sum(1 for t, p in items if t == "cancellation" and p != "cancellation")
        prec, rec, _ = _prf(tp, fp, fn)
        print(f"{lang:<6}{prec:>7.3f}{rec:>8.3f}{len(items):>5}", file=out)

    print("\nconfusion (rows: expected, columns: predicted)", file=out)
    print(f"{'':<14}" + "".join(f"{i:>14}" for i in INTENTS), file=out)
    matrix = Counter((r["intent"], p) for r, _, p in pairs)
    for t in INTENTS:
        print(f"{t:<14}" + "".join(f"{matrix[(t, p)]:>14}" for p in INTENTS), file=out)

    misread = [(r, d, p) for r, d, p in pairs if r["intent"] != p]
    print(f"\nmisread ({len(misread)}): file, expected, got, confidence, evidence", file=out)
    for r, d, p in misread:
        got = p if p == d.intent else f"{p} ({d.intent})"
        print(f"{r['file']}\t{r['intent']}\t{got}\t{d.confidence:.2f}\t{'; '.join(d.evidence)}", file=out)
    return 0
