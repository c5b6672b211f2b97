"""Rules alone vs rules + second reader, on held-out folders; prints figures, never file names.

    python scripts/measure_second_reader.py              # leave-one-set-out over tests/data/*_fresh*
    python scripts/measure_second_reader.py --shipped inbound_fresh7 ...   # the shipped table

Leave-one-set-out: each folder is scored by a table trained on every other labelled folder.
``--shipped``: the folders are scored by the table in the package as it is (a first look on
blind sets it was not trained on). Thresholds from ``[second_reader]``'s defaults, or
``--net``, ``--veto``, ``--reason``. Needs ``pip install 'responder[learn]'`` (training).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from responder.learn import measure
from responder.learn.model import load
from responder.learn.opinion import SecondPolicy

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shipped", nargs="+", metavar="FOLDER", help="score these with the shipped table")
    ap.add_argument("--net", type=float, default=SecondPolicy().net)
    ap.add_argument("--veto", type=float, default=SecondPolicy().veto)
    ap.add_argument("--reason", type=float, default=SecondPolicy().reason)
    args = ap.parse_args(argv)
    policy = SecondPolicy(net=args.net, veto=args.veto, reason=args.reason)
    if args.shipped:
        reader = load()
        scored = [s for name in args.shipped for s in measure.score_folder(DATA / name, reader)]
        print(f"shipped table (trained on {reader.trained_on[:12]}), not trained on these folders")
    else:
        scored = measure.leave_one_out(DATA)
    measure.report(scored, policy, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
