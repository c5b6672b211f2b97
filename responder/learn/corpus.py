"""The labelled examples the second reader learns from, and the shipped copy of them.

Every ``tests/data/*/labels.csv`` folder is read: inbound sets (``file,intent,language,
reason,note``) give intents, replies sets (``file,language,reason,future_contact,opt_out,
note``) give reasons. Each message is parsed and read by the rules' own text functions
(:attr:`Detection.text`, see :func:`responder.learn.features.reader_text`), so the model sees
what the rules see. The texts are shipped in the package (``data/examples.jsonl.xz``) so that
``responder learn`` can retrain where ``tests/data`` is not installed. xz (LZMA) keeps them
about 38% smaller than gzip did (``examples.jsonl.gz`` until December 2026; :func:`load`
reads both).
"""

from __future__ import annotations

import csv
import gzip
import json
import lzma
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path

from responder.detect import detect
from responder.learn.features import reader_text
from responder.parse import parse_message

#: Where the shipped examples live inside the package (and, in older commits, lived).
EXAMPLES_FILE = "examples.jsonl.xz"
OLD_EXAMPLES_FILE = "examples.jsonl.gz"


@dataclass(frozen=True)
class Example:
    """One labelled message: ``intent`` for inbound mail, ``reason`` for replies (and for
    inbound cancellations that give one); ``group`` is its folder (for leave-one-set-out)."""

    group: str
    file: str
    kind: str  # "inbound" or "reply"
    language: str
    text: str
    intent: str = ""
    reason: str = ""
    opt_out: str = ""  # replies: "yes" when the customer asks not to be emailed again, else "no"


def read_folder(folder: Path) -> list[Example]:
    """The examples of one labelled folder, in ``labels.csv`` order."""
    with (folder / "labels.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out = []
    for row in rows:
        text = reader_text(detect(parse_message((folder / row["file"]).read_bytes())).text)
        if "intent" in row:
            out.append(Example(folder.name, row["file"], "inbound", row["language"], text,
                               intent=row["intent"], reason=row.get("reason") or ""))
        else:
            out.append(Example(folder.name, row["file"], "reply", row["language"], text,
                               reason=row["reason"],
                               opt_out="yes" if row.get("opt_out") == "true" else "no"))
    return out


def labelled_folders(root: Path) -> list[Path]:
    """Every folder directly under ``root`` with a ``labels.csv``, sorted by name."""
    return sorted(p.parent for p in root.glob("*/labels.csv"))


def read_tree(root: Path, exclude: frozenset[str] = frozenset()) -> list[Example]:
    """All examples under ``root`` (``tests/data``) but the folders named in ``exclude``."""
    return [e for f in labelled_folders(root) if f.name not in exclude for e in read_folder(f)]


def dump(examples: list[Example]) -> bytes:
    """Deterministic xz'd JSON lines (the xz container carries no timestamp)."""
    lines = "".join(json.dumps(asdict(e), ensure_ascii=False, sort_keys=True) + "\n" for e in examples)
    return lzma.compress(lines.encode("utf-8"), format=lzma.FORMAT_XZ,
                         preset=9 | lzma.PRESET_EXTREME)


def decompress(data: bytes) -> str:
    """The JSON lines of a shipped examples file, xz or (older commits) gzip."""
    raw = gzip.decompress(data) if data[:2] == b"\x1f\x8b" else lzma.decompress(data)
    return raw.decode("utf-8")


def load(data: bytes) -> list[Example]:
    return [Example(**json.loads(line)) for line in decompress(data).splitlines() if line]


def shipped() -> list[Example]:
    """The examples shipped in the package."""
    return load(resources.files("responder.learn").joinpath("data", EXAMPLES_FILE).read_bytes())
