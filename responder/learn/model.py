"""The exported table and its pure-Python scorer (no scikit-learn or numpy at run time).

A table is what :mod:`responder.learn.train` exports from a fitted
``TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)``, beside it a
word ``TfidfVectorizer(analyzer="word", ngram_range=(1, 2))`` (its "word block"), and a
multinomial ``LogisticRegression`` over both: per n-gram its idf and one weight per class, and
one intercept per class. Scoring is the same arithmetic: counts -> ``1 + log(tf)`` -> times
idf -> L2 norm (each block alone) -> dot product with the weights -> sum -> softmax.

The file (``data/model.tsv.gz``, or ``second_reader.tsv.gz`` next to the state after
``responder learn``) holds three tables, ``intent`` (inbound mail: cancellation / reschedule /
other), ``reason`` (replies: the reasons of :mod:`responder.reasons`) and ``optout`` (replies:
yes / no), and ``trained_on``,
a digest of the examples it was trained on.
"""

from __future__ import annotations

import gzip
import io
import json
import logging
import math
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import compress, repeat
from operator import and_, gt, is_not, itemgetter, mul
from pathlib import Path
from typing import Any

from responder.learn.features import char_wb_ngrams, word_ngrams

log = logging.getLogger(__name__)

MODEL_FILE = "model.tsv.gz"
MAGIC = "second-reader"
TABLES = ("intent", "reason", "optout")
#: 2: a table may be followed by its word block (``@intent.words``); 1: character n-grams only.
FORMAT = 2
READABLE = ("1", "2")
WORDS = ".words"


class ModelError(Exception):
    """A second-reader table that cannot be read."""


_ANALYZERS = {"char_wb": char_wb_ngrams, "word": word_ngrams}


class TextModel:
    """One table, ready to score. Each n-gram maps to its row number; per class one array
    holds every row's idf times that class's weight, and one more array each row's idf
    squared (for the norm): a message costs a few C-level passes over the arrays, and a row
    costs its key, its number and a few 4-byte floats (no Python float or tuple per row)."""

    def __init__(self, head: dict[str, Any], features: Iterable[Sequence[Any]] = ()) -> None:
        self.classes: tuple[str, ...] = tuple(str(c) for c in head["classes"])
        self.intercepts: tuple[float, ...] = tuple(float(b) for b in head["intercepts"])
        lo, hi = head["ngram_range"]
        self.ngram_range = (int(lo), int(hi))
        analyzer = head.get("analyzer", "char_wb")
        if analyzer not in _ANALYZERS:
            raise ModelError(f"unknown analyzer {analyzer!r}")
        self.ngrams = _ANALYZERS[analyzer]
        #: The word block (a table of its own, intercepts zero), when the table has one.
        self.words: TextModel | None = None
        if len(self.intercepts) != len(self.classes):
            raise ModelError(f"{len(self.intercepts)} intercepts for {len(self.classes)} classes")
        self.index: dict[str, int] = {}
        #: Per class idf * weight, then idf * idf; one value per row, in single precision (the
        #: weights are rounded to 4 digits; the sums are made in double precision).
        self.columns = tuple(array("f") for _ in range(len(self.classes) + 1))
        for row in features:
            self.add(str(row[0]), float(row[1]), [float(w) for w in row[2:]])

    @classmethod
    def from_table(cls, table: dict[str, Any]) -> TextModel:
        """From the exported table (:func:`responder.learn.train.export`)."""
        found = cls(table, table["features"])
        if "words" in table:
            found.add_words(cls(table["words"], table["words"]["features"]))
        return found

    def add_words(self, words: TextModel) -> None:
        if words.classes != self.classes:
            raise ModelError(f"word block classes {words.classes} are not {self.classes}")
        self.words = words

    def add(self, gram: str, idf: float, weights: Sequence[float]) -> None:
        k = len(self.classes)
        if len(weights) != k:
            raise ModelError(f"feature {gram!r} has {len(weights)} weights, not {k}")
        if gram in self.index:
            raise ModelError(f"feature {gram!r} twice")
        self.index[gram] = len(self.index)
        for column, value in zip(self.columns, (*(idf * w for w in weights), idf * idf), strict=True):
            column.append(value)

    def __len__(self) -> int:
        """The n-grams of the table, its word block's too."""
        return len(self.index) + (len(self.words) if self.words is not None else 0)

    def row(self, gram: str) -> tuple[float, ...] | None:
        """One n-gram's values (idf times each class's weight, idf squared), or None."""
        i = self.index.get(gram)
        return None if i is None else tuple(column[i] for column in self.columns)

    def scores(self, text: str) -> dict[str, float]:
        """Class probabilities for ``text`` (they sum to 1): the intercepts plus each block's
        dot products (the character n-grams, then the words, each block normed alone as
        scikit-learn's vectorizers norm them), through a softmax."""
        z = [b + a for b, a in zip(self.intercepts, self.dots(text), strict=True)]
        if self.words is not None:
            z = [a + b for a, b in zip(z, self.words.dots(text), strict=True)]
        top = max(z)
        e = [math.exp(x - top) for x in z]
        total = sum(e)
        return {c: p / total for c, p in zip(self.classes, e, strict=True)}

    def dots(self, text: str) -> list[float]:
        """Per class, this block's normed tf-idf vector of ``text`` times its weights.

        The sums run over the rows in a fixed order (each n-gram's row in the order the
        n-grams first occur, then for each repeated one its extra weight), as plain float
        additions from left to right, so the same text always gets the same scores, to
        the last bit; the passes over the rows run in C (``map``, ``zip``, ``sum``)."""
        counts = self.ngrams(text, self.ngram_range)
        k = len(self.classes)
        looked = list(map(self.index.get, counts))
        known = list(map(is_not, looked, repeat(None)))
        rows: list[int] = list(compress(looked, known))  # type: ignore[arg-type] # (no None left)
        if not rows:
            return [0.0] * k
        sums = [sum(map(column.__getitem__, rows)) for column in self.columns]
        # Sublinear tf: a repeated n-gram weighs f = 1 + log(count), not 1: its row
        # once more, times f - 1 (and f * f - 1 for the norm's column), added after.
        again = list(map(and_, map(gt, counts.values(), repeat(1)), known))  # repeated and in the table
        extra: list[int] = list(compress(looked, again))  # type: ignore[arg-type]
        if extra:
            factors = list(map(_FACTORS.__getitem__, compress(counts.values(), again)))
            times = list(map(itemgetter(0), factors))
            for c in range(k):
                sums[c] = sum(map(mul, times, map(self.columns[c].__getitem__, extra)), sums[c])
            sums[k] = sum(map(mul, map(itemgetter(1), factors), map(self.columns[k].__getitem__, extra)),
                          sums[k])
        norm = math.sqrt(sums[k]) or 1.0
        return [a / norm for a in sums[:k]]


class _Factors(dict[int, tuple[float, float]]):
    """Per count n (f = 1 + log n): (f - 1, f * f - 1), made once."""

    def __missing__(self, n: int) -> tuple[float, float]:
        f = 1.0 + math.log(n)
        found = self[n] = (f - 1.0, f * f - 1.0)
        return found


_FACTORS = _Factors()


@dataclass(frozen=True)
class SecondReader:
    """The tables of one model file."""

    intent: TextModel
    reason: TextModel
    optout: TextModel
    trained_on: str


def dumps(doc: dict[str, Any]) -> bytes:
    """The file's bytes: a header line, then per table a head line (a tab, ``@name``, a tab
    and JSON: classes, intercepts) and one tab-separated line per n-gram (n-grams never hold
    a tab or a newline); gzip without a timestamp, so the same tables give the same bytes.
    Read line by line, never as one JSON document, so loading costs little more memory than
    the table itself."""
    lines = [f"{MAGIC}\t{FORMAT}\t{doc['trained_on']}"]
    for name in TABLES:
        blocks = [(name, doc[name])]
        if "words" in doc[name]:  # the word block follows as a table of its own
            blocks.append((f"{name}{WORDS}", doc[name]["words"]))
        for title, table in blocks:
            head = {k: v for k, v in table.items() if k not in ("features", "words")}
            lines.append(f"\t@{title}\t" + json.dumps(head, ensure_ascii=False, separators=(",", ":")))
            lines.extend("\t".join([row[0], *(repr(float(x)) for x in row[1:])]) for row in table["features"])
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="", compresslevel=9) as gz:
        gz.write(("\n".join(lines) + "\n").encode("utf-8"))
    return buf.getvalue()


def _lines(data: bytes) -> Iterator[str]:
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
        for raw in io.TextIOWrapper(gz, encoding="utf-8", newline="\n"):
            yield raw.rstrip("\n")


def _tables(data: bytes) -> tuple[str, Iterator[tuple[str, dict[str, Any] | None, str, list[str]]]]:
    """The digest, then (table, head or None, gram, values) line by line."""
    lines = _lines(data)
    first = next(lines, "").split("\t")
    if len(first) != 3 or first[0] != MAGIC:
        raise ModelError("not a second-reader table")
    if first[1] not in READABLE:
        raise ModelError(f"format {first[1]!r}, expected {FORMAT}")

    def rows() -> Iterator[tuple[str, dict[str, Any] | None, str, list[str]]]:
        current = ""
        for line in lines:
            if line.startswith("\t@"):  # a table's head (an n-gram is never empty)
                current, _, head = line[2:].partition("\t")
                yield current, json.loads(head), "", []
            elif current:
                gram, *values = line.split("\t")
                yield current, None, gram, values

    return first[2], rows()


_BROKEN = (OSError, ValueError, KeyError, TypeError, EOFError, IndexError)


def read_doc(data: bytes) -> dict[str, Any]:
    """The file as the document :func:`dumps` wrote (for tests and tools)."""
    try:
        trained_on, rows = _tables(data)
        doc: dict[str, Any] = {"format": FORMAT, "trained_on": trained_on}
        for table, head, gram, values in rows:
            name, words, _ = table.partition(WORDS)
            if head is not None:
                if words:
                    doc[name]["words"] = {**head, "features": []}
                else:
                    doc[table] = {**head, "features": []}
            else:
                (doc[name]["words"] if words else doc[table])["features"].append(
                    [gram, *(float(v) for v in values)])
    except _BROKEN as exc:
        raise ModelError(f"unreadable second-reader table: {exc}") from exc
    return doc


def parse(data: bytes) -> SecondReader:
    """Both tables, read line by line."""
    models, trained_on = _parse(data, TABLES)
    return SecondReader(models["intent"], models["reason"], models["optout"], trained_on)


def parse_table(data: bytes, name: str) -> TextModel:
    """One table (``intent``, ``reason`` or ``optout``); the others' lines are skipped unread."""
    return _parse(data, (name,))[0][name]


def _parse(data: bytes, wanted: tuple[str, ...]) -> tuple[dict[str, TextModel], str]:
    models: dict[str, TextModel] = {}
    try:
        trained_on, rows = _tables(data)
        words: dict[str, TextModel] = {}
        for table, head, gram, values in rows:
            name, block, _ = table.partition(WORDS)
            if name not in wanted:
                continue
            into = words if block else models
            if head is not None:
                into[name] = TextModel(head)
            else:
                into[name].add(gram, float(values[0]), [float(v) for v in values[1:]])
        for name, found in words.items():
            models[name].add_words(found)
        for name in wanted:
            models[name]  # a missing table is a broken file (KeyError below)
    except _BROKEN as exc:
        raise ModelError(f"unreadable second-reader table: {exc}") from exc
    return models, trained_on


def shipped_bytes() -> bytes:
    return resources.files("responder.learn").joinpath("data", MODEL_FILE).read_bytes()


def load(path: str | None = None) -> SecondReader:
    """The table at ``path`` (the one ``responder learn`` switched to; read again when the
    file changes), else the shipped one. A learned table that cannot be read falls back to
    the shipped one with a warning."""
    return SecondReader(load_table(path, "intent"), load_table(path, "reason"),
                        load_table(path, "optout"), _trained_on(path))


def load_table(path: str | None, name: str) -> TextModel:
    """One table of :func:`load` (``intent``, ``reason`` or ``optout``), read alone: a reader process
    needs only the intent table, the daemon only the reasons (for replies)."""
    if path:
        try:
            return _load(path, Path(path).stat().st_mtime_ns, name)
        except FileNotFoundError:
            pass
        except (OSError, ModelError) as exc:  # said once per file and table, not per message
            message = f"second reader: {path} unreadable ({exc}); using the shipped {name} table"
            if message not in _warned:
                _warned.add(message)
                log.warning(message)
    try:
        return _load(None, 0, name)
    except (OSError, ModelError) as exc:
        _warn_once(f"second reader: the shipped table is unreadable ({exc}); the rules decide alone "
                   "(reinstall responder)")
        raise ModelError(str(exc)) from exc


def _trained_on(path: str | None) -> str:
    """The digest of the table :func:`load_table` reads for ``path`` (its first line)."""
    if path:
        try:
            return _first_line(path, Path(path).stat().st_mtime_ns)
        except (OSError, ModelError):
            pass
    return _first_line(None, 0)


@lru_cache(maxsize=4)
def _first_line(path: str | None, mtime: int) -> str:
    try:
        return _tables(Path(path).read_bytes() if path else shipped_bytes())[0]
    except _BROKEN as exc:
        raise ModelError(f"unreadable second-reader table: {exc}") from exc


_warned: set[str] = set()


def _warn_once(message: str) -> None:
    if message not in _warned:
        _warned.add(message)
        log.error(message)


@lru_cache(maxsize=4)
def _load(path: str | None, mtime: int, name: str) -> TextModel:
    return parse_table(Path(path).read_bytes() if path else shipped_bytes(), name)
