"""What a rules change does to every labelled message: the rules' readings of another tree (an
exported commit) against this checkout's, message by message. Prints totals and each change.

    git archive <commit> responder | tar -x -C /tmp/old
    python scripts/compare_rules.py /tmp/old            # inbound actions and replies' readings

Inbound mail: the action the rules decide (acknowledge, review, tag, ignore), with the label.
Replies: the reason and the opt-out the rules read (and whether the reply is held for a person).
No second reader: a rules round is judged on what the rules do. A change should move readings
toward their labels only; the lines show which.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

#: Run in a tree (its own responder first on sys.path): one JSON document of every reading.
_READ = r"""
import json, sys
from pathlib import Path
sys.path.insert(0, ".")
from responder.learn import measure
from responder.learn.corpus import labelled_folders

class Nothing:
    def scores(self, text):
        return {}

reader = type("R", (), {"intent": Nothing(), "reason": Nothing(), "optout": Nothing()})()
out = {}
for folder in labelled_folders(Path(sys.argv[1])):
    for s in measure.score_folder(folder, reader):
        out[f"{s.group}/{s.file}"] = {"kind": s.kind, "label": s.label, "action": s.rules_action,
                                      "reason": s.rules_reason, "asked": s.opt_out,
                                      "opt_out": s.rules_opt_out, "held": s.held}
print(json.dumps(out))
"""


def readings(tree: Path) -> dict[str, dict[str, Any]]:
    run = subprocess.run([sys.executable, "-c", _READ, str(ROOT / "tests" / "data")], cwd=tree,
                         capture_output=True, text=True, check=True)
    result: dict[str, dict[str, Any]] = json.loads(run.stdout)
    return result


def totals(read: dict[str, dict[str, Any]]) -> str:
    inbound = [r for r in read.values() if r["kind"] == "inbound"]
    replies = [r for r in read.values() if r["kind"] == "reply"]
    answered = [r for r in inbound if r["action"] == "acknowledge"]
    right = sum(r["label"] == "cancellation" for r in answered)
    cancels = [r for r in inbound if r["label"] == "cancellation"]
    caught = sum(r["action"] in ("acknowledge", "review") for r in cancels)
    asked = [r for r in replies if r["asked"]]
    return (f"inbound {len(inbound)}: answered {right}/{len(answered)} right, cancellations answered or"
            f" reviewed {caught}/{len(cancels)}; replies {len(replies)}: reasons"
            f" {sum(r['label'] == r['reason'] for r in replies)} right, opt-outs read"
            f" {sum(r['opt_out'] for r in asked)}/{len(asked)},"
            f" false {sum(r['opt_out'] and not r['asked'] for r in replies)}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old", type=Path, help="a tree holding the old responder/ (git archive)")
    args = ap.parse_args(argv)
    old, new = readings(args.old), readings(ROOT)
    print(f"old: {totals(old)}\nnew: {totals(new)}")
    fields = {"inbound": ("action",), "reply": ("reason", "opt_out", "held")}
    for name in sorted(new):
        was, now = old.get(name), new[name]
        keys = fields[now["kind"]]
        if was is not None and any(was[k] != now[k] for k in keys):
            change = ", ".join(f"{k} {was[k]} -> {now[k]}" for k in keys if was[k] != now[k])
            print(f"{name:<45} label {now['label']:<17} {change}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
