"""Replay first looks: each blind folder read by the rules of the commit its first look was
recorded at, and scored by a table the current training code fits on that commit's shipped
examples (which did not hold the folder). Prints figures per folder and pooled, never file names.

    python scripts/replay_first_looks.py replies              # every replies folder with a FIRST_LOOK
    python scripts/replay_first_looks.py inbound --net 0.6 --veto 0.45
    python scripts/replay_first_looks.py replies --reason 0.3 0.35 0.4

This is how a threshold or a training change is judged on mail the rules and the table had not
seen, rather than on the folders that taught them. Each commit is exported once into ``--cache``
(``git archive``); its rules' readings and each trained table are kept there. Needs git and
``pip install 'responder[learn]'``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import fields
from pathlib import Path
from typing import Any

from responder.learn import corpus, train
from responder.learn.measure import Scored, inbound_figures, reason_accuracy, stopped_or_held
from responder.learn.model import parse
from responder.learn.opinion import SecondPolicy

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
COMMIT = re.compile(r"\b[0-9a-f]{7,40}\b")

#: Run inside an exported commit: its own measure.score_folder with a stand-in table that keeps
#: the text each message is scored on. Prints one JSON line per message.
_READ = r"""
import dataclasses, json, sys
from pathlib import Path
sys.path.insert(0, ".")
from responder.learn import measure
import responder.reasons as reasons

calls = []  # per message: the rules' reason hits of each classify_reason call, weight per reason
hits = reasons._reason_hits
def kept_hits(folded, original):
    found = hits(folded, original)
    weights = {}
    for h in found:
        weights[h.reason] = weights.get(h.reason, 0) + h.weight
    calls[-1].append(weights)
    return found
reasons._reason_hits = kept_hits
parse = measure.parse_message
def parse_and_mark(data):
    calls.append([])
    return parse(data)
measure.parse_message = parse_and_mark

class Keep:
    def __init__(self): self.texts = []
    def scores(self, text):
        self.texts.append(text)
        return {}

for folder in sys.argv[1:]:
    intent, reason = Keep(), Keep()
    reader = type("R", (), {"intent": intent, "reason": reason, "optout": Keep()})()
    calls.clear()
    for s, text, made in zip(measure.score_folder(Path(folder), reader), intent.texts, list(calls)):
        print(json.dumps({**dataclasses.asdict(s), "text": text, "candidates": made[0] if made else {}},
                         ensure_ascii=False))
"""


def first_look_commit(folder: Path) -> str | None:
    path = folder / "FIRST_LOOK.txt"
    if not path.exists():
        return None
    found = COMMIT.findall(path.read_text(encoding="utf-8"))
    return found[0] if found else None


def export(commit: str, cache: Path) -> Path:
    src = cache / commit / "src"
    if not (src / "responder").exists():
        src.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "responder"],
                                 check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(src)], input=archive, check=True)
    return src


def rules_readings(commit: str, folders: list[Path], cache: Path) -> list[dict[str, Any]]:
    """What the commit's rules made of each message (cached per commit and folder)."""
    out: list[dict[str, Any]] = []
    src = export(commit, cache)
    for folder in folders:
        kept = cache / commit / f"{folder.name}.v2.jsonl"
        if not kept.exists():
            run = subprocess.run([sys.executable, "-c", _READ, str(folder)], cwd=src, check=True,
                                 capture_output=True, text=True)
            kept.write_text(run.stdout, encoding="utf-8")
        out.extend(json.loads(line) for line in kept.read_text(encoding="utf-8").splitlines())
    return out


def examples_at(commit: str, cache: Path) -> list[corpus.Example]:
    data = export(commit, cache) / "responder" / "learn" / "data" / corpus.EXAMPLES_FILE
    if not data.exists():
        data = data.with_name(corpus.OLD_EXAMPLES_FILE)
    names = {f.name for f in fields(corpus.Example)}
    lines = corpus.decompress(data.read_bytes()).splitlines()
    return [corpus.Example(**{k: v for k, v in json.loads(line).items() if k in names})
            for line in lines if line]


def table_at(commit: str, kind: str, cache: Path) -> Any:
    """The current training code's table for ``kind`` ("intent" or "reason"), fitted on the
    commit's shipped examples (cached by the training parameters)."""
    params = train.INTENT if kind == "intent" else train.REASON
    kept = cache / commit / f"{kind}-{params.max_features}-{params.max_words}-{params.c}.json.gz"
    if not kept.exists():
        examples = examples_at(commit, cache)
        chosen = train.intent_examples(examples) if kind == "intent" else train.reason_examples(examples)
        labels = [e.intent if kind == "intent" else e.reason for e in chosen]
        doc = {"format": "2", "trained_on": commit, kind: train.fit_table([e.text for e in chosen], labels,
                                                                          params)}
        kept.write_bytes(gzip.compress(json.dumps(doc).encode("utf-8"), mtime=0))
    doc = json.loads(gzip.decompress(kept.read_bytes()))
    empty = {"classes": ["a", "b"], "intercepts": [0.0, 0.0], "ngram_range": [2, 5], "features": []}
    doc.setdefault("intent", empty)
    doc.setdefault("reason", empty)
    doc.setdefault("optout", empty)
    return getattr(parse(train.dump(doc)), kind)


def heard(weights: dict[str, int]) -> tuple[tuple[str, str], ...]:
    """:attr:`ReasonResult.heard` from the rules' weight per reason (as classify_reason keeps
    it; the sentences are not needed to replay)."""
    reasons = sorted(r for r in weights if r != "none" or len(weights) == 1)
    return tuple((r, "") for r in reasons) if len(reasons) > 1 else ()


def _has_examples(commit: str) -> bool:
    """The commit ships the second reader's examples (first looks before it are skipped)."""
    return any(subprocess.run(["git", "-C", str(ROOT), "cat-file", "-e",
                               f"{commit}:responder/learn/data/{name}"], capture_output=True).returncode == 0
               for name in (corpus.EXAMPLES_FILE, corpus.OLD_EXAMPLES_FILE))


def replay(kind: str, cache: Path) -> list[Scored]:
    """Every first-look folder of ``kind`` read by its commit's rules, scored by the table."""
    prefix = "inbound_fresh" if kind == "inbound" else "replies_fresh"
    by_commit: dict[str, list[Path]] = {}
    for folder in corpus.labelled_folders(DATA):
        commit = first_look_commit(folder) if folder.name.startswith(prefix) else None
        if commit is not None and _has_examples(commit):
            by_commit.setdefault(commit, []).append(folder)
    names = {f.name for f in fields(Scored)}
    scored: list[Scored] = []
    for commit, folders in by_commit.items():
        table = table_at(commit, "intent" if kind == "inbound" else "reason", cache)
        for row in rules_readings(commit, folders, cache):
            row["rules_heard"] = heard(row.get("candidates") or {})
            scores = tuple(sorted(table.scores(row["text"]).items()))
            row = {k: v for k, v in row.items() if k in names}
            row["intent_scores" if kind == "inbound" else "reason_scores"] = scores
            for key in ("intent_scores", "reason_scores"):
                row[key] = tuple(tuple(p) for p in row.get(key) or ())
            scored.append(Scored(**row))
    return scored


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("kind", choices=["inbound", "replies"])
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "responder-replay")
    ap.add_argument("--net", type=float, nargs="+", default=[SecondPolicy().net])
    ap.add_argument("--veto", type=float, nargs="+", default=[SecondPolicy().veto])
    ap.add_argument("--reason", type=float, nargs="+", default=[SecondPolicy().reason])
    ap.add_argument("--reason-margin", type=float, nargs="+", default=[SecondPolicy().reason_margin])
    args = ap.parse_args(argv)
    scored = replay(args.kind, args.cache)
    groups = sorted({s.group for s in scored}, key=lambda g: int(re.sub(r"\D", "", g) or 0))
    for net in args.net:
        for veto in args.veto:
            for threshold, margin in ((t, m) for t in args.reason for m in args.reason_margin):
                policy = SecondPolicy(net=net, veto=veto, reason=threshold, reason_margin=margin)
                print(f"net {net:.2f}, veto {veto:.2f}, reason {threshold:.2f}, reason margin {margin:.2f}")
                for name, items in [*((g, [s for s in scored if s.group == g]) for g in groups),
                                    ("pooled", scored)]:
                    if args.kind == "inbound":
                        a, b = inbound_figures(items, None), inbound_figures(items, policy)
                        print(f"  {name:<18}{a.intents:>5}  precision {a.precision:.3f} -> {b.precision:.3f}"
                              f"  caught {a.caught_share:.3f} -> {b.caught_share:.3f}"
                              f"  review {a.review_share:.1%} -> {b.review_share:.1%}")
                    else:
                        ok_a, n = reason_accuracy(items, None)
                        ok_b, _ = reason_accuracy(items, policy)
                        caught, asked, _, _ = stopped_or_held(items)
                        print(f"  {name:<18}{n:>5}  reasons {ok_a / n:.3f} -> {ok_b / n:.3f}"
                              f"  opt-outs stopped or held {caught}/{asked}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
