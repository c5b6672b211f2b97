"""What hostile input costs after the issue 12 limits: seconds and peak memory per case.

Prints one line per case: MIME nested 1,000 and 5,000 deep, a 250 KB and a 1 MB subject
(parse, then the whole ``classify``), HTML of 20,000 quotes, and the template edits of the
attack run (refused in the sandbox). Usage: ``python benchmarks/hostile_bench.py``. Figures only, no targets.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from responder.classify import Classifier
from responder.errors import TemplateError
from responder.parse import parse_message
from responder.render import load_checked

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.test_hostile_parse import long_subject, nested, quoted_html
from tests.test_template_limits import HEAD, HOSTILE


def measure(label: str, work: Callable[[], object]) -> None:
    tracemalloc.start()
    start = time.perf_counter()
    try:
        work()
        outcome = "ok"
    except TemplateError as exc:
        outcome = "refused: " + str(exc).split("not allowed in a template: ")[-1][:60]
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    print(f"{label:<34} {seconds:7.3f} s  peak {peak:7.1f} MB  {outcome}")


def main() -> int:
    classifier = Classifier()
    classifier.classify(nested(1))  # warm-up: the language detector
    for depth in (1000, 5000):
        raw = nested(depth)
        measure(f"parse: MIME nested {depth} deep", lambda raw=raw: parse_message(raw))
        measure(f"classify: MIME nested {depth} deep", lambda raw=raw: classifier.classify(raw))
    for size in (250_000, 1_000_000):
        raw = long_subject(size)
        measure(f"parse: {size // 1000} KB subject", lambda raw=raw: parse_message(raw))
        measure(f"classify: {size // 1000} KB subject", lambda raw=raw: classifier.classify(raw))
    raw = quoted_html(20_000)
    measure("text: 1.7 MB HTML, 20,000 quotes", lambda: parse_message(raw).text)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "en" / "acknowledgement.txt"
        path.parent.mkdir()
        for name, body in HOSTILE.items():
            path.write_text(HEAD + body + "\n", encoding="utf-8")
            measure(f"template: {name}", lambda: load_checked(path, "acknowledgement", "en"))
    print(f"max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
