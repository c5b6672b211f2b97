"""Issue 7's benchmark: latency, backlog, idle cost, follow-up scale, detection throughput.

Starts its own Dovecot and SMTP sink (``responder.testing``), seeds the mailboxes, runs
``responder`` as a subprocess exactly as a user would, and prints one table: each figure,
its target and the raw-fetch baseline measured in the same run. Nothing is asserted.

    .venv/bin/python benchmarks/run.py            # full run, a few minutes
    .venv/bin/python benchmarks/run.py --quick    # small sizes, under a minute
    .venv/bin/python benchmarks/run.py --only backlog --backlog 3000 --profile /tmp/prof
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from imapclient import IMAPClient

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import followups_db  # noqa: E402
import mailmix  # noqa: E402
from proc import PYTHON, Daemon, Measured, cpu_seconds, responder_cmd, run_measured  # noqa: E402

from responder.config import load_config  # noqa: E402
from responder.testing.dovecot import Dovecot, MailboxAccount  # noqa: E402
from responder.testing.smtp import ReceivedMessage, SmtpSink  # noqa: E402

BUSINESS = "bookings@studio.example.com"
PASSWORD_ENV = "BENCH_IMAP_PASSWORD"  # noqa: S105 - the name of a variable, not a secret
SCENARIOS = ("latency", "idle", "backlog", "ordinary", "followups", "detect")
#: The "ordinary mail" backlog (issue 11, item 8): the same intent mix, small mail, 1% of
#: it with a 1 MB attachment, so the raw fetch is fast and the responder's own cost shows.
ORDINARY_LARGE_SHARE = 0.01
ORDINARY_LARGE_BYTES = (1_000_000, 1_000_000)


@dataclass
class Row:
    figure: str
    value: str
    target: str = ""
    ok: bool | None = None
    note: str = ""


@dataclass
class Results:
    rows: list[Row] = field(default_factory=list)
    raw: dict[str, Any] = field(default_factory=dict)

    def add(self, figure: str, value: str, target: str = "", ok: bool | None = None, note: str = "") -> None:
        self.rows.append(Row(figure, value, target, ok, note))
        print(f"  {figure}: {value}  {('(target ' + target + ')') if target else ''} {note}", flush=True)


# -- configuration ----------------------------------------------------------------------------


def write_config(path: Path, account: MailboxAccount, *, state: Path, smtp_port: int,
                 backfill: str = "none", extra_imap: str = "") -> Path:
    path.write_text(f"""
[business]
name = "Studio Example"
address = "{BUSINESS}"
timezone = "Europe/London"

[imap]
host = "{account.host}"
port = {account.port}
security = "none"
username = "{account.user}"
password_env = "{PASSWORD_ENV}"
idle = true
backfill = "{backfill}"
{extra_imap}

[smtp]
host = "127.0.0.1"
port = {smtp_port}
security = "none"

[state]
path = "{state}"

[templates]
dir = "{REPO / 'templates'}"

[logging]
format = "text"
level = "INFO"
""")
    return path


def env_for(account: MailboxAccount) -> dict[str, str]:
    env = dict(os.environ)
    env[PASSWORD_ENV] = account.password
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


@contextlib.contextmanager
def imap_login(account: MailboxAccount) -> Iterator[Any]:
    imap = IMAPClient(account.host, account.port, ssl=False, timeout=60)
    try:
        imap.login(account.user, account.password)
        yield imap
    finally:
        with contextlib.suppress(Exception):
            imap.logout()


def pct(values: list[float], q: float) -> float:
    """The q-quantile (0..1), linear between closest ranks."""
    s = sorted(values)
    if len(s) == 1:
        return s[0]
    pos = q * (len(s) - 1)
    lo = int(pos)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (pos - lo)


# -- latency and idle -------------------------------------------------------------------------


def answered_cancellations(samples: list[mailmix.Sample], config: Path, count: int) -> list[bytes]:
    """``count + 1`` corpus cancellations that ``run`` answers on their own, each re-addressed
    with its own sender (the corpus's are used again, under new senders, when it has fewer)."""
    from responder.classify import Classifier

    classifier = Classifier(load_config(config))
    answered = [s.raw for s in samples if s.intent == "cancellation"
                and classifier.classify(mailmix.rewrite(s.raw, serial=0, business=BUSINESS))["action"]
                == "acknowledge"]
    if not answered:
        raise RuntimeError("no corpus cancellation is answered on its own")
    return [mailmix.rewrite(answered[n % len(answered)], serial=900_000 + n, business=BUSINESS)
            for n in range(count + 1)]


def message_id(raw: bytes) -> str:
    found = re.search(rb"^Message-ID:\s*(<[^>]+>)", raw, re.M | re.I)
    return found.group(1).decode() if found else ""


class TimedSink(SmtpSink):
    """The SMTP sink, noting when each acknowledgement arrived, by the message it answers."""

    def __init__(self) -> None:
        super().__init__()
        self.arrived: dict[str, float] = {}

    def _record(self, message: ReceivedMessage) -> None:
        self.arrived.setdefault(str(message.message["In-Reply-To"] or ""), time.perf_counter())
        super()._record(message)

    def wait_answered(self, mids: list[str], timeout: float,
                      done: Callable[[str], bool] = lambda m: False) -> dict[str, float]:
        """When each of ``mids`` was answered (the ones answered within ``timeout``); one
        for which ``done`` says no answer will come (checked every 0.2 s) is not waited for."""
        deadline = time.monotonic() + timeout
        waiting = set(mids)
        checked = 0.0
        while waiting and time.monotonic() < deadline:
            waiting -= self.arrived.keys()
            if time.monotonic() - checked > 0.2:
                checked = time.monotonic()
                waiting = {m for m in waiting if not done(m)}
            time.sleep(0.01)
        return {m: self.arrived[m] for m in mids if m in self.arrived}


#: The burst: this many cancellations appended evenly within BURST_SECONDS.
BURST, BURST_SECONDS = 50, 5.0


def scenario_latency_idle(dv: Dovecot, samples: list[mailmix.Sample], work: Path, res: Results,
                          n: int, idle_s: float, do_latency: bool, do_idle: bool) -> None:
    account = dv.new_account("latency")
    with TimedSink() as sink:
        config = write_config(work / "latency.toml", account, state=work / "latency.db",
                              smtp_port=sink.port)
        raws = answered_cancellations(samples, config, 2 * n + BURST)
        daemon = Daemon(config, env_for(account))
        try:
            connected = daemon.wait_for_log("mailbox connected")
            quiet = daemon.wait_quiet()
            res.raw["daemon_start"] = {"connected_s": connected, "idle_s": quiet}
            if do_latency:
                _latency(account, sink, raws, n, res, work / "latency.db")
            if do_idle:
                _idle(daemon, idle_s, res)
        finally:
            daemon.stop()
            if daemon.proc.returncode not in (0, None):
                print(daemon.log()[-3000:], file=sys.stderr)
            daemon.cleanup()


def _latency(account: MailboxAccount, sink: TimedSink, raws: list[bytes], n: int, res: Results,
             state: Path) -> None:
    """Three ways mail arrives: 1 s apart; back to back (each as soon as the previous answer
    reached the SMTP server); a burst of BURST within BURST_SECONDS. Each figure is the time
    from the start of the APPEND to the acknowledgement's arrival at the SMTP server. A
    message the daemon decided to leave for a person (the second reader can) is no miss: it
    is counted apart; a miss is one it did not answer although it decided to, or never read."""
    warm, paced, b2b, burst = raws[0], raws[1 : n + 1], raws[n + 1 : 2 * n + 1], raws[2 * n + 1 :]
    runs: dict[str, list[float]] = {"1 s apart": [], "back to back": [], f"burst of {len(burst)} in "
                                    f"{BURST_SECONDS:g} s": []}
    unanswered: dict[str, list[str]] = {label: [] for label in runs}
    decided = _Decisions(state)
    with imap_login(account) as imap:
        first = _one(imap, sink, warm, decided)  # the first one also loads the language models
        if first is None:
            raise RuntimeError("the first cancellation was not answered within 30 s")
        for label, batch, pause in (("1 s apart", paced, 1.0), ("back to back", b2b, 0.0)):
            time.sleep(1.0)
            for raw in batch:
                time.sleep(pause)
                took = _one(imap, sink, raw, decided)
                if took is None:
                    unanswered[label].append(message_id(raw))
                else:
                    runs[label].append(took)
        time.sleep(1.0)
        label = list(runs)[2]
        started: dict[str, float] = {}
        t0 = time.perf_counter()
        for i, raw in enumerate(burst):
            time.sleep(max(0.0, t0 + i * BURST_SECONDS / len(burst) - time.perf_counter()))
            started[message_id(raw)] = time.perf_counter()
            imap.append("INBOX", raw)
        answered = sink.wait_answered(list(started), timeout=120,
                                      done=lambda m: decided.action(m) not in (None, "acknowledge"))
        runs[label] = [answered[m] - t for m, t in started.items() if m in answered]
        unanswered[label] = [m for m in started if m not in answered]
    left = {label: [m for m in mids if decided.action(m) not in (None, "acknowledge")]
            for label, mids in unanswered.items()}
    missing = {label: len(unanswered[label]) - len(left[label]) for label in runs}
    res.raw["latency"] = {"first_after_start_s": first, **runs, "missing": missing,
                          "left_for_a_person": {k: len(v) for k, v in left.items()}}
    for label, times in runs.items():
        if not times:
            res.add(f"Latency APPEND -> SMTP, {label}", "none answered", "p95 < 2 s", False)
            continue
        med, p95 = statistics.median(times), pct(times, 0.95)
        notes = [f"{missing[label]} NOT ANSWERED in time (30 s; burst 120 s)"] if missing[label] else []
        if left[label]:
            notes.append(f"{len(left[label])} left for a person by the daemon (not counted)")
        res.add(f"Latency APPEND -> SMTP, {label}: p50", f"{med:.2f} s", "< 1 s", med < 1.0,
                f"{len(times)} msgs" + (f"; first after start {first:.2f} s (not counted)"
                                        if label == "1 s apart" else ""))
        res.add(f"Latency APPEND -> SMTP, {label}: p95", f"{p95:.2f} s", "< 2 s",
                p95 < 2.0 and not missing[label], "; ".join([f"max {max(times):.2f} s", *notes]))


class _Decisions:
    """The daemon's recorded action for a Message-ID (read-only look at its state)."""

    def __init__(self, state: Path) -> None:
        self.state = state

    def action(self, mid: str) -> str | None:
        with contextlib.closing(sqlite3.connect(f"file:{self.state}?mode=ro", uri=True)) as db:
            row = db.execute("SELECT action FROM messages WHERE message_id = ?", (mid,)).fetchone()
        return str(row[0]) if row else None


def _one(imap: Any, sink: TimedSink, raw: bytes, decided: _Decisions) -> float | None:
    """Seconds from APPEND to the acknowledgement; None when none came within 30 s or the
    daemon decided not to answer."""
    mid = message_id(raw)
    started = time.perf_counter()
    imap.append("INBOX", raw)
    answered = sink.wait_answered([mid], timeout=30,
                                  done=lambda m: decided.action(m) not in (None, "acknowledge"))
    return answered[mid] - started if mid in answered else None


def _idle(daemon: Daemon, seconds: float, res: Results) -> None:
    time.sleep(1.0)  # let the last acknowledgement's filing finish
    before, t0 = cpu_seconds(daemon.pid), time.perf_counter()
    time.sleep(seconds)
    used, wall = cpu_seconds(daemon.pid) - before, time.perf_counter() - t0
    share = 100 * used / wall
    res.raw["idle"] = {"cpu_s": used, "wall_s": wall}
    res.add("Idle CPU (one core)", f"{share:.2f} %", "well under 1 %", share < 0.5,
            f"{used:.2f} s CPU in {wall:.0f} s, IDLE on")


# -- backlog ----------------------------------------------------------------------------------


def raw_fetch(account: MailboxAccount, batch: int = 500) -> tuple[float, int, int]:
    """The baseline: log in, select, FETCH BODY.PEEK[] of everything in batches; (s, msgs, bytes)."""
    started = time.perf_counter()
    count = size = 0
    with imap_login(account) as imap:
        imap.select_folder("INBOX", readonly=True)
        uids = imap.search("ALL")
        for start in range(0, len(uids), batch):
            data = imap.fetch(uids[start : start + batch], ["BODY.PEEK[]"])
            count += len(data)
            size += sum(len(v[b"BODY[]"]) for v in data.values())
            del data
    return time.perf_counter() - started, count, size


def seed_backlog(dv: Dovecot, account: MailboxAccount, samples: list[mailmix.Sample], n: int,
                 res: Results, *, ordinary: bool = False) -> None:
    with imap_login(account) as imap:  # Dovecot creates the Maildir at the first login
        imap.select_folder("INBOX")
    maildir = mailmix.maildir_of(dv.directory / "home" / account.user)
    t0 = time.perf_counter()
    mix = (mailmix.backlog(samples, n, BUSINESS, seed=11, large_share=ORDINARY_LARGE_SHARE,
                           large_bytes=ORDINARY_LARGE_BYTES)
           if ordinary else mailmix.backlog(samples, n, BUSINESS))
    info = mailmix.seed_maildir(maildir, mix, uid=dv.mail_uid, gid=dv.mail_gid)
    written = time.perf_counter() - t0
    t1 = time.perf_counter()
    with imap_login(account) as imap:  # Dovecot moves new/ to cur/ and assigns UIDs here
        exists = int(imap.select_folder("INBOX")[b"EXISTS"])
    indexed = time.perf_counter() - t1
    if exists != n:
        raise RuntimeError(f"Dovecot sees {exists} of the {n} messages written to {maildir}/new")
    res.raw["seed-ordinary" if ordinary else "seed"] = {
        "messages": n, "by_intent": info.by_intent, "large": info.large,
        "mb": info.total_bytes / 1e6, "write_s": written, "first_select_s": indexed}
    counts = ", ".join(f"{k} {v}" for k, v in sorted(info.by_intent.items()))
    res.add(f"{'Ordinary' if ordinary else 'Backlog'} seeded (maildir new/)",
            f"{n} msgs, {info.total_bytes / 1e6:.0f} MB",
            note=f"{counts}; {info.large} with {'1' if ordinary else '1-5'} MB attachments; "
                 f"written {written:.1f} s, Dovecot's first SELECT {indexed:.1f} s")


def multiappend_rate(dv: Dovecot, samples: list[mailmix.Sample], n: int) -> float:
    """Messages/s when the same kind of mail is APPENDed with MULTIAPPEND (for comparison)."""
    account = dv.new_account("append")
    raws = [raw for _, raw in mailmix.backlog(samples, n, BUSINESS, seed=3, large_share=0.0)]
    with imap_login(account) as imap:
        t0 = time.perf_counter()
        mailmix.multiappend(imap, "INBOX", raws)
        elapsed = time.perf_counter() - t0
        exists = int(imap.select_folder("INBOX", readonly=True)[b"EXISTS"])
    if exists != n:
        raise RuntimeError(f"MULTIAPPEND stored {exists} of {n} messages")
    return n / elapsed


def scenario_backlog(dv: Dovecot, samples: list[mailmix.Sample], work: Path, res: Results,
                     n: int, profile: Path | None) -> None:
    account = dv.new_account("backlog")
    seed_backlog(dv, account, samples, n, res)
    rate = multiappend_rate(dv, samples, min(n, 500))
    res.raw["multiappend_per_s"] = rate
    res.rows[-1].note += f" (MULTIAPPEND of the same mail without attachments: {rate:.0f} msgs/s)"
    config = write_config(work / "backlog.toml", account, state=work / "backlog.db", smtp_port=1,
                          backfill="all")
    env = env_for(account)
    fetch1 = raw_fetch(account)
    run = run_measured(responder_cmd(config, "--once", "--dry-run"), env=env, timeout=3600)
    fetch2 = raw_fetch(account)
    if run.returncode != 0:
        raise RuntimeError(f"responder run --once --dry-run failed:\n{run.output[-3000:]}")
    done = _done_fields(run.output)
    base = min(fetch1[0], fetch2[0])
    ratio = run.seconds / base
    res.raw["backlog"] = {"responder_s": run.seconds, "responder_cpu_s": run.cpu_seconds,
                          "max_rss_mb": run.max_rss_mb,
                          "tree_peak_pss_mb": run.tree_peak_mb, "fetch_s": [fetch1[0], fetch2[0]],
                          "fetched": fetch1[1], "fetched_mb": fetch1[2] / 1e6, "done": done}
    res.add("Backlog: raw FETCH BODY.PEEK[] (500/batch)", f"{base:.1f} s",
            note=f"baseline; {fetch1[1]} msgs, {fetch1[2] / 1e6:.0f} MB; runs {fetch1[0]:.1f} s "
                 f"and {fetch2[0]:.1f} s (before/after), the faster counts")
    res.add("Backlog: run --once --dry-run", f"{run.seconds:.1f} s", note=(
        f"{n / run.seconds:.0f} msgs/s; CPU {run.cpu_seconds:.1f} s; seen {done.get('seen', '?')}, "
        + ", ".join(f"{k[7:]} {v}" for k, v in done.items() if k.startswith("action_"))))
    res.add("Backlog: responder / raw fetch", f"{ratio:.1f}x", "<= 2x", ratio <= 2.0)
    res.add("Backlog: responder peak memory", f"{run.tree_peak_mb:.0f} MB", "< 150 MB",
            run.tree_peak_mb < 150 and run.max_rss_mb < 150,
            note=f"summed PSS of the daemon and its reader processes; the daemon alone: "
                 f"peak RSS {run.max_rss_mb:.0f} MB")
    if profile is not None:
        _profile_backlog(config, env, profile)


def json_events(output: str, event: str) -> Iterator[dict[str, Any]]:
    """The ``--log-format json`` records of one event."""
    for line in output.splitlines():
        if line.startswith("{") and f'"{event}"' in line:
            with contextlib.suppress(ValueError):
                record = json.loads(line)
                if isinstance(record, dict) and record.get("event") == event:
                    yield record


def decisions_by_uid(output: str) -> dict[int, int]:
    """How many ``decision`` lines each UID got."""
    seen: dict[int, int] = {}
    for record in json_events(output, "decision"):
        uid = int(record["uid"])
        seen[uid] = seen.get(uid, 0) + 1
    return seen


def decision_lines(output: str) -> dict[int, str]:
    """Each UID's ``decision`` line without its timestamp (the last, if it got several)."""
    return {int(record["uid"]): json.dumps({k: v for k, v in record.items() if k != "ts"}, sort_keys=True)
            for record in json_events(output, "decision")}


def _ordinary_once(config: Path, env: dict[str, str], work: Path, label: str, n: int,
                   res: Results, lines: dict[str, dict[int, str]] | None = None,
                   ) -> tuple[Measured, dict[int, int]]:
    """One ``run --once --dry-run --log-format json``: its figures (daemon and readers' CPU
    apart, the load average it ran at) as a row of the table."""
    load = os.getloadavg()[0]
    # cwd: not the checkout, whose responder/ `python -m` would import ahead of PYTHONPATH
    run = run_measured(responder_cmd(config, "--once", "--dry-run", "--log-format", "json"),
                       env=env, timeout=3600, cwd=work)
    load = max(load, os.getloadavg()[0])
    decided = decisions_by_uid(run.output)
    if lines is not None:
        lines[label] = decision_lines(run.output)
    once = sum(1 for count in decided.values() if count == 1)
    res.raw.setdefault("ordinary_runs", []).append({
        "code": label, "responder_s": run.seconds, "cpu_s": run.cpu_seconds,
        "daemon_cpu_s": run.own_cpu_seconds, "readers_cpu_s": run.children_cpu_seconds,
        "load": load, "decided_uids": len(decided), "decided_once": once,
        "exit": run.returncode})
    res.add(f"Ordinary mail: run --once --dry-run, {label}", f"{run.seconds:.1f} s", note=(
        f"CPU {run.cpu_seconds:.1f} s (daemon {run.own_cpu_seconds:.1f} s, readers "
        f"{run.children_cpu_seconds:.1f} s); decision logged for {len(decided)} UIDs, exactly "
        f"once for {once}; load average {load:.1f}; exit {run.returncode}"))
    print(f"  {label}: {run.seconds:.1f} s wall, CPU {run.cpu_seconds:.1f} s (daemon "
          f"{run.own_cpu_seconds:.1f}, readers {run.children_cpu_seconds:.1f}), "
          f"{once}/{n} decided once, load {load:.1f}", flush=True)
    return run, decided


def _compare_decisions(lines: dict[str, dict[int, str]], res: Results) -> None:
    """Every run's decision lines against the first run's (the old code's), UID by UID."""
    (first, reference), *others = lines.items()
    for label, found in others:
        differ = sorted(uid for uid in reference.keys() | found.keys()
                        if reference.get(uid) != found.get(uid))
        res.raw.setdefault("ordinary_decisions_differ", {})[label] = differ
        res.add(f"Ordinary mail: decision lines, {label} vs {first}",
                "identical" if not differ else f"{len(differ)} UIDs differ",
                note=f"{len(reference)} UIDs compared" + (f"; first: {differ[:5]}" if differ else ""))


def scenario_ordinary(dv: Dovecot, samples: list[mailmix.Sample], work: Path, res: Results,
                      n: int, profile: Path | None, baseline_src: Path | None = None,
                      repeat: int = 1) -> None:
    """Ordinary small mail (1% with a 1 MB attachment): ``run --once --dry-run`` against a
    raw fetch of the same mail from the same server, fetched before and after the runs.
    A run logs JSON; it must log exactly one ``decision`` per UID. With ``baseline_src``
    (another checkout, e.g. the code before a change) that code runs too, on the same mail,
    alternating with this one (``repeat`` times each, the old code first; a dry run changes
    nothing, so every run reads the same mailbox from the same state)."""
    account = dv.new_account("ordinary")
    seed_backlog(dv, account, samples, n, res, ordinary=True)
    config = write_config(work / "ordinary.toml", account, state=work / "ordinary.db",
                          smtp_port=1, backfill="all")
    env = env_for(account)
    fetch1 = raw_fetch(account)
    runs: list[tuple[Measured, dict[int, int]]] = []
    lines: dict[str, dict[int, str]] = {}
    for i in range(max(1, repeat)):
        if baseline_src is not None:
            _ordinary_once(config, {**env, "PYTHONPATH": str(baseline_src)}, work,
                           f"code in {baseline_src}, run {i + 1}", n, res, lines)
        runs.append(_ordinary_once(config, env, work, f"this code, run {i + 1}", n, res, lines))
    fetch2 = raw_fetch(account)
    if baseline_src is not None:
        _compare_decisions(lines, res)
    run, decided = min(runs, key=lambda r: r[0].seconds)
    if run.returncode != 0:
        raise RuntimeError(f"responder run --once --dry-run failed:\n{run.output[-3000:]}")
    once = sum(1 for count in decided.values() if count == 1)
    base = min(fetch1[0], fetch2[0])
    ratio = run.seconds / base
    done = next(iter(list(json_events(run.output, "done"))[-1:]), {})
    res.raw["ordinary"] = {"responder_s": run.seconds, "responder_cpu_s": run.cpu_seconds,
                           "daemon_cpu_s": run.own_cpu_seconds,
                           "readers_cpu_s": run.children_cpu_seconds,
                           "max_rss_mb": run.max_rss_mb, "tree_peak_pss_mb": run.tree_peak_mb,
                           "fetch_s": [fetch1[0], fetch2[0]], "fetched": fetch1[1],
                           "fetched_mb": fetch1[2] / 1e6, "decided_uids": len(decided),
                           "decided_once": once, "done": done}
    res.add("Ordinary mail: raw FETCH BODY.PEEK[] (500/batch)", f"{base:.1f} s",
            note=f"baseline; {fetch1[1]} msgs, {fetch1[2] / 1e6:.0f} MB; runs {fetch1[0]:.1f} s "
                 f"and {fetch2[0]:.1f} s (before/after), the faster counts")
    res.add("Ordinary mail: run --once --dry-run", f"{run.seconds:.1f} s", note=(
        f"{n / run.seconds:.0f} msgs/s; CPU {run.cpu_seconds:.1f} s; decision logged for "
        f"{len(decided)} UIDs, exactly once for {once}; peak {run.tree_peak_mb:.0f} MB"
        + (f"; seen {done['seen']}" if "seen" in done else "")
        + (f"; fastest of {len(runs)} runs" if len(runs) > 1 else "")))
    res.add("Ordinary mail: responder / raw fetch", f"{ratio:.1f}x", "<= 3x",
            ratio <= 3.0 and once == n)
    if profile is not None:
        _profile_backlog(config, env, profile / "ordinary")


def _done_fields(output: str) -> dict[str, str]:
    lines = [line for line in output.splitlines() if " done" in line or "done " in line]
    fields: dict[str, str] = {}
    if lines:
        for key, value in re.findall(r"(\w+)=(\S+)", lines[-1]):
            fields[key] = value
    return fields


def _profile_backlog(config: Path, env: dict[str, str], out: Path) -> None:
    """The same run again, profiled (not timed): py-spy samples when installed, and cProfile."""
    out.mkdir(parents=True, exist_ok=True)
    run = ["-m", "responder.cli", "run", "--config", str(config), "--once", "--dry-run"]
    spy = Path(PYTHON).with_name("py-spy")
    if spy.exists():
        subprocess.run([str(spy), "record", "--rate", "250", "--format", "raw", "--nonblocking",
                        "--subprocesses",
                        "--output", str(out / "backlog.folded"), "--", PYTHON, *run],
                       env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=7200)
        print(f"  py-spy samples: {out / 'backlog.folded'}")
    stats = out / "backlog.prof"
    subprocess.run([PYTHON, "-m", "cProfile", "-o", str(stats), *run], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=7200)
    import pstats

    with (out / "backlog-top.txt").open("w") as fh:
        p = pstats.Stats(str(stats), stream=fh)
        p.sort_stats("cumulative").print_stats(80)
        p.sort_stats("tottime").print_stats(50)
    print(f"  cProfile: {stats} and {out / 'backlog-top.txt'}")


# -- follow-up scale --------------------------------------------------------------------------


def scenario_followups(dv: Dovecot, work: Path, res: Results, total: int, due: int) -> None:
    account = dv.new_account("followups")
    later = datetime(2031, 3, 12, 10, 0, tzinfo=UTC)  # a Wednesday, 10:00 in London
    t0 = time.perf_counter()
    info = followups_db.build(work / "followups.db", followups=total, due=due, now=later)
    built = time.perf_counter() - t0
    config = write_config(work / "followups.toml", account, state=info.path, smtp_port=1)
    env = env_for(account)
    res.add("Follow-up state", f"{info.followups} scheduled", note=(
        f"{info.conversations} conversations with message and sent ack, "
        f"{info.size_mb:.0f} MB database, built in {built:.1f} s"))
    # Start-up with nothing due (real clock: every follow-up is years away).
    dry = run_measured(responder_cmd(config, "--once", "--dry-run"), env=env)
    copy = work / "followups-real.db"
    shutil.copyfile(info.path, copy)
    real_cfg = write_config(work / "followups-real.toml", account, state=copy, smtp_port=1)
    real = run_measured(responder_cmd(real_cfg, "--once"), env=env)
    for m in (dry, real):
        if m.returncode != 0:
            raise RuntimeError(f"responder run failed:\n{m.output[-3000:]}")
    res.add(f"Start-up, {info.followups} follow-ups: run --once --dry-run", f"{dry.seconds:.2f} s", "< 2 s",
            dry.seconds < 2.0, f"nothing due; peak RSS {dry.max_rss_mb:.0f} MB (dry run copies the state)")
    res.add(f"Start-up, {info.followups} follow-ups: run --once", f"{real.seconds:.2f} s", "< 2 s",
            real.seconds < 2.0, f"nothing due, not dry; peak RSS {real.max_rss_mb:.0f} MB")
    # The due ones, at a later "now" inside business hours.
    run = run_measured(responder_cmd(config, "--once", "--dry-run", "--now", later.isoformat()), env=env)
    if run.returncode != 0:
        raise RuntimeError(f"responder run --now failed:\n{run.output[-3000:]}")
    done = _done_fields(run.output)
    queued = int(done.get("followups_queued", "0"))
    res.raw["followups"] = {"startup_dry_s": dry.seconds, "startup_real_s": real.seconds,
                            "due_s": run.seconds, "queued": queued, "done": done,
                            "db_mb": info.size_mb}
    res.add(f"{info.due} due follow-ups: run --once --dry-run --now", f"{run.seconds:.2f} s", "< 10 s",
            run.seconds < 10.0 and queued >= info.due,
            f"dispatched {queued} of {info.due} in this one run; sent (dry) {done.get('sent', '?')}")


# -- detection --------------------------------------------------------------------------------


def scenario_detect(res: Results, corpus: Path, n: int) -> None:
    """benchmarks/detect_bench.py in a child; its peak RSS measured from outside (VmHWM)."""
    out = run_measured([PYTHON, str(HERE / "detect_bench.py"), str(corpus), str(n)], timeout=1800,
                       env={**os.environ, "PYTHONPATH": str(REPO)})
    rate = re.search(r"([\d,]+) messages/s", out.output)
    traced = re.search(r"peak traced memory during detection: ([\d.]+) MB", out.output)
    if out.returncode != 0 or rate is None:
        res.add("Detection throughput", "failed", note=out.output[-300:])
        return
    res.raw["detect"] = {"output": out.output, "max_rss_mb": out.max_rss_mb}
    res.add("Detection throughput (parse+detect, 1 core)", f"{rate.group(1)} msgs/s",
            note=f"{n} corpus msgs via benchmarks/detect_bench.py; peak RSS {out.max_rss_mb:.0f} MB"
                 + (f", traced peak {traced.group(1)} MB" if traced else ""))


# -- table ------------------------------------------------------------------------------------


def table(rows: list[Row], markdown: bool) -> str:
    head = ("Figure", "Measured", "Target", "", "Notes")
    body = [(r.figure, r.value, r.target, {True: "ok", False: "MISS", None: ""}[r.ok], r.note)
            for r in rows]
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(c.replace("|", "/") for c in row) + " |" for row in body]
        return "\n".join(lines)
    widths = [max(len(str(x[i])) for x in (head, *body)) for i in range(4)]
    lines = []
    for row in (head, *body):
        lines.append("  ".join(str(c).ljust(w) for c, w in zip(row[:4], widths, strict=True)) + "  " + row[4])
    lines.insert(1, "-" * min(160, max(len(x) for x in lines)))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--quick", action="store_true", help="small sizes for a smoke run")
    ap.add_argument("--only", default=",".join(SCENARIOS),
                    help=f"comma-separated subset of {','.join(SCENARIOS)}")
    ap.add_argument("--backlog", type=int, help="messages in the backlog (10000; quick 1000)")
    ap.add_argument("--latency", type=int, help="cancellations timed 1 s apart, and again back to back "
                    "(20 each; quick 5); then a burst of 50 within 5 s")
    ap.add_argument("--idle", type=float, help="seconds the idle daemon is watched (20; quick 5)")
    ap.add_argument("--followups", type=int, help="scheduled follow-ups (100000; quick 10000)")
    ap.add_argument("--due", type=int, help="of them due (1000; quick 200)")
    ap.add_argument("--detect", type=int, help="messages for detection throughput (5000; quick 1000)")
    ap.add_argument("--corpus", type=Path, default=mailmix.DEFAULT_CORPUS)
    ap.add_argument("--profile", type=Path, metavar="DIR",
                    help="also run the backlog once more under cProfile; stats go to DIR")
    ap.add_argument("--baseline-src", type=Path, metavar="DIR",
                    help="ordinary: also run the responder from this checkout first (before/after)")
    ap.add_argument("--repeat", type=int, default=1, metavar="N",
                    help="ordinary: run N times (alternating with --baseline-src's code)")
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    ap.add_argument("--json", type=Path, metavar="FILE", help="write every raw figure here")
    args = ap.parse_args(argv)
    q = args.quick
    only = {s.strip() for s in args.only.split(",") if s.strip()}
    if only - set(SCENARIOS):
        ap.error(f"--only: unknown {sorted(only - set(SCENARIOS))}")
    backlog_n = args.backlog or (1000 if q else 10_000)
    latency_n = args.latency or (5 if q else 20)
    idle_s = args.idle or (5.0 if q else 20.0)
    fu_n = args.followups or (10_000 if q else 100_000)
    due_n = args.due or (200 if q else 1000)
    detect_n = args.detect or (1000 if q else 5000)

    samples = mailmix.load_corpus(args.corpus)
    res = Results()
    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="responder-bench-"))
    dv = Dovecot.start()
    try:
        print(f"Dovecot on 127.0.0.1:{dv.port}; work dir {work}", flush=True)
        if only & {"latency", "idle"}:
            print("latency / idle ...", flush=True)
            scenario_latency_idle(dv, samples, work, res, latency_n, idle_s,
                                  "latency" in only, "idle" in only)
        if "backlog" in only:
            print(f"backlog of {backlog_n} ...", flush=True)
            scenario_backlog(dv, samples, work, res, backlog_n, args.profile)
        if "ordinary" in only:
            print(f"ordinary mail backlog of {backlog_n} ...", flush=True)
            scenario_ordinary(dv, samples, work, res, backlog_n, args.profile, args.baseline_src,
                              args.repeat)
        if "followups" in only:
            print(f"follow-ups: {fu_n} scheduled, {due_n} due ...", flush=True)
            scenario_followups(dv, work, res, fu_n, due_n)
        if "detect" in only:
            print("detection ...", flush=True)
            scenario_detect(res, args.corpus, detect_n)
    finally:
        dv.close()
        shutil.rmtree(work, ignore_errors=True)
    print(f"\nresponder benchmark ({'quick' if q else 'full'}), {time.perf_counter() - started:.0f} s, "
          f"{os.cpu_count()} CPUs, Dovecot 2.3, Python {sys.version.split()[0]}\n")
    print(table(res.rows, args.markdown))
    if args.json:
        args.json.write_text(json.dumps({"rows": [r.__dict__ for r in res.rows], "raw": res.raw},
                                        indent=2, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
