"""The exported table and its pure-Python scorer (no scikit-learn or numpy at run time).

A table is what :mod:`responder.learn.train` exports from a fitted
``TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)`` and a
multinomial ``LogisticRegression``: per n-gram its idf and one weight per class, and one
intercept per class. Scoring is the same arithmetic: counts -> ``1 + log(tf)`` -> times idf ->
L2 norm -> dot product with the weights -> softmax.

The file (``data/model.json.gz``, or ``second_reader.json.gz`` next to the state after
``responder learn``) holds two tables, ``intent`` (inbound mail: cancellation / reschedule /
other) and ``reason`` (replies: the reasons of :mod:`responder.reasons`), and ``trained_on``,
a digest of the examples it was trained on.
"""

from __future__ import annotations

import gzip
import json
import logging
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from responder.learn.features import char_wb_ngrams

log = logging.getLogger(__name__)

MODEL_FILE = "model.json.gz"
FORMAT = 1


class ModelError(Exception):
    """A second-reader table that cannot be read."""


class TextModel:
    """One table, ready to score. Each n-gram maps to one tuple: its idf times each class's
    weight, then its idf squared (for the norm), so a message costs a few C-level passes."""

    def __init__(self, table: dict[str, Any]) -> None:
        self.classes: tuple[str, ...] = tuple(table["classes"])
        self.intercepts: tuple[float, ...] = tuple(float(b) for b in table["intercepts"])
        lo, hi = table["ngram_range"]
        self.ngram_range = (int(lo), int(hi))
        k = len(self.classes)
        if len(self.intercepts) != k:
            raise ModelError(f"{len(self.intercepts)} intercepts for {k} classes")
        self.rows: dict[str, tuple[float, ...]] = {}
        for row in table["features"]:
            if len(row) != k + 2:
                raise ModelError(f"feature row {row[:1]} has {len(row) - 2} weights, not {k}")
            idf = float(row[1])
            self.rows[str(row[0])] = (*(idf * float(w) for w in row[2:]), idf * idf)

    def __len__(self) -> int:
        return len(self.rows)

    def scores(self, text: str) -> dict[str, float]:
        """Class probabilities for ``text`` (they sum to 1)."""
        counts = char_wb_ngrams(text, self.ngram_range)
        rows = list(filter(None, map(self.rows.get, counts)))
        # Sublinear tf: a repeated n-gram weighs 1 + log(count), not 1.
        for gram in [g for g, n in counts.items() if n > 1 and g in self.rows]:
            f = 1.0 + math.log(counts[gram])
            row = self.rows[gram]
            rows.append((*((f - 1.0) * w for w in row[:-1]), (f * f - 1.0) * row[-1]))
        k = len(self.classes)
        sums = [math.fsum(col) for col in zip(*rows, strict=True)] if rows else [0.0] * (k + 1)
        norm = math.sqrt(sums[k]) or 1.0
        z = [b + a / norm for b, a in zip(self.intercepts, sums[:k], strict=True)]
        top = max(z)
        e = [math.exp(x - top) for x in z]
        total = sum(e)
        return {c: p / total for c, p in zip(self.classes, e, strict=True)}


@dataclass(frozen=True)
class SecondReader:
    """Both tables of one model file."""

    intent: TextModel
    reason: TextModel
    trained_on: str


def parse(data: bytes) -> SecondReader:
    try:
        doc = json.loads(gzip.decompress(data))
        if doc.get("format") != FORMAT:
            raise ModelError(f"format {doc.get('format')!r}, expected {FORMAT}")
        return SecondReader(TextModel(doc["intent"]), TextModel(doc["reason"]), str(doc["trained_on"]))
    except (OSError, ValueError, KeyError, TypeError, EOFError) as exc:
        raise ModelError(f"unreadable second-reader table: {exc}") from exc


def shipped_bytes() -> bytes:
    return resources.files("responder.learn").joinpath("data", MODEL_FILE).read_bytes()


def load(path: str | None = None) -> SecondReader:
    """The table at ``path`` (the one ``responder learn`` switched to; read again when the
    file changes), else the shipped one. A learned table that cannot be read falls back to
    the shipped one with a warning."""
    if path:
        try:
            return _load(path, Path(path).stat().st_mtime_ns)
        except FileNotFoundError:
            pass
        except (OSError, ModelError) as exc:
            log.warning("second reader: %s unreadable (%s); using the shipped table", path, exc)
    return _load(None, 0)


@lru_cache(maxsize=2)
def _load(path: str | None, mtime: int) -> SecondReader:
    return parse(Path(path).read_bytes() if path else shipped_bytes())
