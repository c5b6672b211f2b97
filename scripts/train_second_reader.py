"""Rebuild the second reader's shipped examples and table from the labelled mail in tests/data.

    python scripts/train_second_reader.py [--check]

Writes responder/learn/data/examples.jsonl.xz (the texts the rules read, with their labels)
and responder/learn/data/model.json.gz (the exported table). Deterministic: the same data
gives the same bytes; tests/test_learn_model.py checks the shipped files equal a fresh run.
``--check`` writes nothing and exits 1 when the shipped files are stale. Needs
``pip install 'responder[learn]'``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from responder.learn import corpus, train
from responder.learn.model import MODEL_FILE

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "responder" / "learn" / "data"


def build(tests_data: Path = ROOT / "tests" / "data") -> tuple[bytes, bytes]:
    examples = corpus.read_tree(tests_data)
    return corpus.dump(examples), train.dump(train.train(examples))


def main(argv: list[str]) -> int:
    examples, model = build()
    targets = {DATA / corpus.EXAMPLES_FILE: examples, DATA / MODEL_FILE: model}
    if "--check" in argv:
        stale = [p.name for p, b in targets.items() if not p.is_file() or p.read_bytes() != b]
        print(f"stale: {', '.join(stale)}" if stale else "up to date")
        return 1 if stale else 0
    DATA.mkdir(parents=True, exist_ok=True)
    for path, data in targets.items():
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)} ({len(data) / 1e3:.0f} kB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
