"""The second reader's cost: detection throughput with and without it, and its memory.

Runs ``parse_message`` + ``pre_read`` (automation, bounce, detection, and with the second
reader its intent scores) over the corpus (inbound + real) repeated to N messages, on one
core, both ways in alternation, and the memory the table takes once loaded (tracemalloc,
and max RSS before/after). Usage: ``python benchmarks/second_reader_bench.py [CORPUS_DIR] [N]``.
"""

from __future__ import annotations

import gc
import resource
import sys
import time
import tracemalloc
from pathlib import Path

from responder.learn import model
from responder.parse import parse_message
from responder.reading import pre_read
from responder.safety import Identity

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
IDENTITY = Identity(addresses=frozenset({"bookings@example.com"}), own_message_id_domain="r.example.com",
                    require_direct=False)


def rate(batch: list[bytes], second: str | None) -> float:
    start = time.process_time()
    for raw in batch:
        pre_read(parse_message(raw), IDENTITY, "en", 0.5, second)
    return len(batch) / (time.process_time() - start)


def main() -> int:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS
    total = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
    raws = [p.read_bytes() for d in ("inbound", "real") for p in sorted((corpus / d).glob("*.eml"))]
    if not raws:
        print(f"no .eml files under {corpus}/inbound or /real", file=sys.stderr)
        return 1
    pre_read(parse_message(raws[0]), IDENTITY, "en", 0.5, None)  # warm-up: the language detector
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    gc.collect()
    tracemalloc.start()
    model.load()
    table, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    batch = (raws * (total // len(raws) + 1))[:total]
    rules, both = [], []
    for _ in range(3):  # alternate, best of three: the machine is shared
        rules.append(rate(batch, None))
        both.append(rate(batch, ""))
    r, b = max(rules), max(both)
    print(f"{total} messages, parse + pre_read, one core (CPU time, best of 3):")
    print(f"  rules alone:            {r:,.0f} messages/s ({1000 / r:.2f} ms each)")
    print(f"  rules + second reader:  {b:,.0f} messages/s ({1000 / b:.2f} ms each; "
          f"+{1000 / b - 1000 / r:.2f} ms)")
    print(f"second reader table: {table / 1e6:.1f} MB held (tracemalloc; {peak / 1e6:.1f} MB peak while "
          f"loading); max RSS {rss0:.0f} -> {rss1:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
