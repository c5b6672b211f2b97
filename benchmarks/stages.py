"""Where one message's handling time goes, stage by stage, on the backlog's mail mix.

In-process and without IMAP or SQLite: each message (capped at ``max_fetch_bytes`` like
the responder fetches it) is parsed, checked for automation, detected, and its reason
read, and each stage is timed. Also shows what header-only parsing and skipping the
work for automated mail would save.

    .venv/bin/python benchmarks/stages.py [N]
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from email import policy
from email.parser import BytesHeaderParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import mailmix

from responder.bounce import parse_bounce
from responder.detect import detect
from responder.parse import parse_message
from responder.reasons import classify_reason
from responder.safety import Identity, automation_reasons, is_system_address

CAP = 2 * 1024 * 1024
BUSINESS = "bookings@studio.example.com"
IDENTITY = Identity(addresses=frozenset([BUSINESS]),
                    own_message_id_domain="responder.studio.example.com", require_direct=True)


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    samples = mailmix.load_corpus()
    mail = [(intent, raw[:CAP]) for intent, raw in mailmix.backlog(samples, n, BUSINESS)]
    detect(parse_message(mail[0][1]))  # warm-up
    spent: dict[str, float] = defaultdict(float)
    large_parse = 0.0
    automated = cancels = 0

    header_parser = BytesHeaderParser(policy=policy.default)
    clock = time.perf_counter
    for _, raw in mail:
        t0 = clock()
        header_parser.parsebytes(raw)
        t1 = clock()
        msg = parse_message(raw)
        t2 = clock()
        automated += bool(automation_reasons(msg, IDENTITY))
        t3 = clock()
        det = detect(msg)
        t4 = clock()
        if msg.content_type == "multipart/report" or is_system_address(msg.from_addr):
            parse_bounce(msg)
        t5 = clock()
        classify_reason(det.text, det.language)
        t6 = clock()
        cancels += det.intent == "cancellation"
        if len(raw) > 1_000_000:
            large_parse += t2 - t1
        for name, secs in (("headers only (BytesHeaderParser)", t1 - t0), ("parse_message", t2 - t1),
                           ("automation_reasons", t3 - t2), ("detect", t4 - t3),
                           ("parse_bounce", t5 - t4), ("classify_reason", t6 - t5)):
            spent[name] += secs
    large = sum(1 for _, raw in mail if len(raw) > 1_000_000)
    total = sum(v for k, v in spent.items() if not k.startswith("headers"))
    print(f"{n} messages of the backlog mix ({large} large, {automated} automated, "
          f"{cancels} detected as cancellations); per message:")
    for name, secs in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {name:36s} {1000 * secs / n:6.3f} ms  ({100 * secs / total:4.1f}% of the pipeline)")
    print(f"  {'pipeline total':36s} {1000 * total / n:6.3f} ms  -> {n / total:,.0f} msgs/s")
    print(f"  parse_message of the {large} large ones: {large_parse:.2f} s "
          f"({100 * large_parse / spent['parse_message']:.0f}% of all parsing)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
