"""The staff console's pages on a large state: 100,000 conversations and 1,000 items waiting.

Builds the database with the product's own schema (benchmarks/followups_db.py, then the
console's tables filled the way the daemon fills them), serves the console with uvicorn on
a loopback port exactly as the daemon does, logs in, and times every page over real HTTP
(median and slowest of several requests). Target: each page under 200 ms. Nothing is
asserted; the figures are printed.

    .venv/bin/python benchmarks/web.py                     # 100,000 conversations, 1,000 waiting
    .venv/bin/python benchmarks/web.py --conversations 20000 --waiting 200
    .venv/bin/python benchmarks/web.py --screenshots DIR   # also screenshots of the full pages
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import json
import random
import re
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.followups_db import build
from responder.config import parse_config
from responder.state import Store, ts
from responder.testing import free_port
from responder.web import auth, create_app
from responder.web.server import start

REPO = Path(__file__).resolve().parent.parent
TARGET_MS = 200.0
REASONS = ("schedule_conflict", "illness", "cost", "not_ready", "found_alternative",
           "no_longer_needed", "personal", "dissatisfied", "moved_away", "none")
TEXT = ("Hi, I'm afraid I won't be coming on {day}. Something came up at work and I can't get "
        "away. Sorry for the short notice.\n\nBest,\nCustomer {i}")


def fill(path: Path, conversations: int, waiting: int, now: datetime) -> None:
    """Conversations spread over a year, their texts and bookings, and ``waiting`` messages
    left for a person (review_items, message_texts, message_replies) as the daemon leaves them."""
    rng = random.Random(5)
    store = Store.open(path)
    with store.transaction() as conn:
        conn.executemany(
            "UPDATE conversations SET created_at = ?, reason = ?, status = ?, stop_reason = ? "
            "WHERE id = ?",
            ((ts(now - timedelta(days=rng.randint(0, 360), minutes=rng.randint(0, 1440))),
              rng.choice(REASONS), *rng.choice((("open", None),) * 6 + (("stopped", "rebooked"),
                                                                        ("stopped", "opt-out"))),
              i + 1) for i in range(conversations)))
        conn.executemany(
            "INSERT INTO message_texts (message_id, text, evidence, reason, booking, language, "
            "stored_at) VALUES (?, ?, ?, ?, ?, 'en', ?)",
            ((f"<root.{i}@example.net>", TEXT.format(day="Friday", i=i), '["won\'t be coming"]',
              rng.choice(REASONS), json.dumps({"summary": "Friday", "when": "Friday", "what": "",
                                               "where": "", "day": "2026-03-06", "at": None}),
              ts(now)) for i in range(conversations)))
        base = conversations + 10
        conn.executemany(
            "INSERT INTO messages (message_id, folder, uidvalidity, uid, from_addr, subject, intent, "
            "confidence, language, action, why, flags, flags_done, handled_at) VALUES "
            "(?, 'INBOX', 1, ?, ?, 'Friday', 'cancellation', 0.6, 'en', 'review', "
            "'[\"intent cancellation 0.60: below answer threshold 0.80, left for a person\"]', "
            "'[\"$NeedsReview\"]', 1, ?)",
            ((f"<wait.{i}@example.net>", base + i, f"customer{i}@example.net",
              ts(now - timedelta(minutes=i))) for i in range(waiting)))
        conn.executemany(
            "INSERT INTO message_texts (message_id, text, evidence, reason, booking, language, "
            "stored_at) VALUES (?, ?, '[\"won''t be coming\"]', 'none', NULL, 'en', ?)",
            ((f"<wait.{i}@example.net>", TEXT.format(day="Monday", i=i), ts(now)) for i in range(waiting)))
        conn.executemany(
            "INSERT INTO message_replies (message_id, from_name, reply_to, refs, reason_text) "
            "VALUES (?, ?, ?, '[]', '')",
            ((f"<wait.{i}@example.net>", f"Customer {i}", f"customer{i}@example.net")
             for i in range(waiting)))
        conn.executemany(
            "INSERT INTO review_items (message_id, kind, why, since) VALUES (?, 'unsure', ?, ?)",
            ((f"<wait.{i}@example.net>", "below answer threshold", ts(now - timedelta(minutes=i)))
             for i in range(waiting)))
        conn.executemany(
            "INSERT INTO audit (at, who, action, target, detail) VALUES (?, 'anna', 'review:dismiss', ?, '')",
            ((ts(now - timedelta(minutes=i)), f"<old.{i}@example.net>") for i in range(5000)))
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()


class Served:
    """The console on a loopback port, in a thread with its own event loop (as the daemon's)."""

    def __init__(self, config_data: dict[str, object], source: Path) -> None:
        self.config = parse_config(config_data, source)
        self.port = free_port()
        self.ready = threading.Event()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=lambda: asyncio.run(self._main()), daemon=True)
        self.thread.start()
        if not self.ready.wait(30):
            raise RuntimeError("the console did not start")

    async def _main(self) -> None:
        server = await start(create_app(self.config), "127.0.0.1", self.port)
        self.ready.set()
        while not self.stop.is_set():
            await asyncio.sleep(0.05)
        await server.stop()


class Client:
    def __init__(self, port: int) -> None:
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.cookie = ""

    def request(self, method: str, path: str, form: dict[str, str] | None = None) -> tuple[int, str]:
        headers = {"Cookie": self.cookie} if self.cookie else {}
        body = urlencode(form) if form is not None else None
        if form is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        self.conn.request(method, path, body=body, headers=headers)
        resp = self.conn.getresponse()
        text = resp.read().decode("utf-8", "replace")
        cookie = resp.getheader("set-cookie")
        if cookie:
            self.cookie = cookie.split(";", 1)[0]
        return resp.status, text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--conversations", type=int, default=100_000)
    parser.add_argument("--waiting", type=int, default=1_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--screenshots", metavar="DIR", help="screenshots of the pages (Chromium)")
    args = parser.parse_args()
    now = datetime.now(UTC).replace(microsecond=0)
    with tempfile.TemporaryDirectory(prefix="responder-web-bench-") as scratch:
        db = Path(scratch) / "state.db"
        t0 = time.perf_counter()
        info = build(db, followups=2 * args.conversations, due=0, now=now)
        fill(db, info.conversations, args.waiting, now)
        print(f"state: {info.conversations:,} conversations, {2 * info.conversations:,} follow-ups, "
              f"{args.waiting:,} waiting, {db.stat().st_size / 1e6:.0f} MB "
              f"(built in {time.perf_counter() - t0:.1f} s)")
        data = {"business": {"name": "Studio", "address": "bookings@studio.example.com",
                             "staff_address": "staff@studio.example.com"},
                "imap": {"host": "localhost"}, "smtp": {"host": "localhost"},
                "state": {"path": str(db)}, "templates": {"dir": str(REPO / "templates")},
                "http": {"port": 1}}
        store = Store.open(db)
        auth.add_user(store, "anna", "benchmark password", now)
        store.close()
        served = Served(data, Path(scratch) / "config.toml")
        try:
            client = Client(served.port)
            _, page = client.request("GET", "/login")
            token = re.search(r'name="csrf" value="([^"]+)"', page)
            assert token is not None
            status, _ = client.request("POST", "/login", {"csrf": token.group(1), "name": "anna",
                                                          "password": "benchmark password"})
            assert status == 303, status
            _, first = client.request("GET", "/waiting")
            item = re.search(r'href="/waiting/(\d+)/acknowledge"', first)
            assert item is not None
            pages = ["/waiting", f"/waiting?page={args.waiting // 25 - 1}",
                     f"/waiting/{item.group(1)}/acknowledge", "/status", "/customers",
                     "/customers?q=customer4242", "/customers?q=nobody-matches-this",
                     "/customers/customer4242@example.net", "/messages",
                     "/messages/en/acknowledgement", "/reasons", "/reasons?months=24",
                     "/reasons.csv", "/audit", "/healthz", "/metrics"]
            print(f"\n{'page':<44} {'median ms':>10} {'slowest ms':>11}  target {TARGET_MS:.0f} ms")
            worst = 0.0
            for path in pages:
                times = []
                for _ in range(args.repeat):
                    t = time.perf_counter()
                    status, _ = client.request("GET", path)
                    times.append(1000 * (time.perf_counter() - t))
                    assert status == 200, (path, status)
                median, slowest = statistics.median(times), max(times)
                worst = max(worst, median)
                flag = "ok" if median < TARGET_MS else "SLOW"
                print(f"{path:<44} {median:>10.1f} {slowest:>11.1f}  {flag}")
            print(f"\nslowest page (median): {worst:.1f} ms")
            if args.screenshots:
                shoot(served.port, Path(args.screenshots))
        finally:
            served.stop.set()
            served.thread.join(15)
    return 0


def shoot(port: int, directory: Path) -> None:
    from playwright.sync_api import sync_playwright

    directory.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        page = browser.new_page(viewport={"width": 1100, "height": 800})
        page.goto(f"http://127.0.0.1:{port}/login")
        page.fill("input[name=name]", "anna")
        page.fill("input[name=password]", "benchmark password")
        page.click("button[type=submit]")
        for path, name in (("/waiting", "bench-waiting"), ("/reasons", "bench-reasons"),
                           ("/customers", "bench-customers")):
            page.goto(f"http://127.0.0.1:{port}{path}")
            page.wait_for_timeout(300)
            page.screenshot(path=str(directory / f"{name}.png"), full_page=path != "/waiting")
        browser.close()


if __name__ == "__main__":
    sys.exit(main())
