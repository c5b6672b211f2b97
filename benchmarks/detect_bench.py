"""Detection throughput, parsing included: messages/s on one core and peak memory.

Runs ``parse_message`` + ``detect`` over the corpus (inbound + real) repeated to a few
thousand messages. Usage: ``python benchmarks/detect_bench.py [CORPUS_DIR] [N]``.
"""

from __future__ import annotations

import resource
import sys
import time
import tracemalloc
from pathlib import Path

from responder.detect import detect
from responder.parse import parse_message

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def main() -> int:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS
    total = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
    raws = [p.read_bytes() for d in ("inbound", "real") for p in sorted((corpus / d).glob("*.eml"))]
    if not raws:
        print(f"no .eml files under {corpus}/inbound or /real", file=sys.stderr)
        return 1
    detect(parse_message(raws[0]))  # warm-up: builds the language detector once
    batch = (raws * (total // len(raws) + 1))[:total]
    start = time.perf_counter()
    for raw in batch:
        detect(parse_message(raw))
    elapsed = time.perf_counter() - start
    tracemalloc.start()
    for raw in batch[:1000]:
        detect(parse_message(raw))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{total} messages in {elapsed:.2f}s: {total / elapsed:,.0f} messages/s (single core)")
    print(f"peak traced memory during detection: {peak / 1e6:.1f} MB; max RSS {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
