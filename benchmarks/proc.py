"""Child processes measured from outside: wall time, CPU and peak memory of one process.

:func:`run_measured` waits with ``os.wait4`` so the resource usage is that child's own
(``getrusage(RUSAGE_CHILDREN)`` would mix in every child ever waited for); the daemon's
CPU is read from ``/proc/<pid>/stat`` while it runs. Peak memory is the child's own
``VmHWM`` polled from ``/proc/<pid>/status``: ``ru_maxrss`` is no good here, because Linux
carries the high-water mark of the forking parent over into the child at exec, so a
benchmark process holding 200 MB makes every child look 200 MB big. The responder forks
reader processes for a backlog, so the peak of the whole tree is measured too: the sum of
each process's proportional set size (``Pss`` in ``/proc/<pid>/smaps_rollup``, which splits
pages shared after a fork fairly instead of counting them once per process).
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

PYTHON = sys.executable
TICKS = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Measured:
    seconds: float
    cpu_seconds: float
    max_rss_mb: float
    returncode: int
    output: str
    tree_peak_mb: float = 0.0
    #: CPU of the process itself (all its threads), and of its descendants (the reader
    #: processes; each as last polled, so up to one polling interval short).
    own_cpu_seconds: float = 0.0
    children_cpu_seconds: float = 0.0


def responder_cmd(config: Path, *args: str) -> list[str]:
    return [PYTHON, "-m", "responder.cli", "run", "--config", str(config), *args]


def run_measured(cmd: Sequence[str], *, env: Mapping[str, str] | None = None, timeout: float = 600,
                 cwd: Path | None = None) -> Measured:
    """Run ``cmd`` to the end; its wall time, user+system CPU, peak RSS and combined output."""
    log_path = Path(f"/tmp/bench-out-{os.getpid()}-{time.monotonic_ns()}.log")  # noqa: S108
    with log_path.open("wb") as out:
        started = time.perf_counter()
        proc = subprocess.Popen(list(cmd), stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                env=dict(env) if env is not None else None, cwd=cwd,
                                start_new_session=True)
        timer = threading.Timer(timeout, _kill_group, (proc.pid,))
        timer.start()
        peak = _PeakWatcher(proc.pid)
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
            peak.stop()
        elapsed = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
    text = log_path.read_text(errors="replace")
    log_path.unlink()
    total = usage.ru_utime + usage.ru_stime
    children = sum(cpu for pid, cpu in peak.cpu.items() if pid != proc.pid)
    return Measured(elapsed, total, peak.kb / 1024, proc.returncode, text,
                    peak.tree_kb / 1024, total - children, children)


class _PeakWatcher:
    """Polls a process's VmHWM (its own peak RSS since exec), and the summed PSS of it and
    its descendants, until told to stop."""

    def __init__(self, pid: int, every: float = 0.02) -> None:
        self.pid, self.every, self.kb, self.tree_kb = pid, every, 0, 0
        self.cpu: dict[int, float] = {}  # CPU seconds of each process of the tree, last polled
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)
        self._thread.start()

    def _poll(self) -> None:
        status = Path(f"/proc/{self.pid}/status")
        while not self._done.is_set():
            with contextlib.suppress(OSError, ValueError, IndexError):
                for line in status.read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        self.kb = max(self.kb, int(line.split()[1]))
            tree = _tree(self.pid)
            self.tree_kb = max(self.tree_kb, sum(_pss_kb(p) for p in tree))
            for p in tree:
                with contextlib.suppress(OSError, ValueError, IndexError):
                    self.cpu[p] = cpu_seconds(p)
            self._done.wait(self.every)

    def stop(self) -> None:
        self._done.set()
        self._thread.join()


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants, from ``/proc/<pid>/task/*/children``."""
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        with contextlib.suppress(OSError):
            for task in Path(f"/proc/{p}/task").iterdir():
                with contextlib.suppress(OSError, ValueError):
                    todo.extend(int(c) for c in (task / "children").read_text().split())
    return found


def _pss_kb(pid: int) -> int:
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    return 0


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


def cpu_seconds(pid: int) -> float:
    """utime + stime of a running process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


class Daemon:
    """``responder run`` in the background; its log is collected for readiness checks."""

    def __init__(self, config: Path, env: Mapping[str, str]) -> None:
        self.log_path = Path(f"/tmp/bench-daemon-{os.getpid()}-{time.monotonic_ns()}.log")  # noqa: S108
        self._out = self.log_path.open("wb")
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(responder_cmd(config), stdin=subprocess.DEVNULL, stdout=self._out,
                                     stderr=subprocess.STDOUT, env=dict(env), start_new_session=True)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def wait_for_log(self, text: str, timeout: float = 30) -> float:
        """Seconds since start until ``text`` appears in the log; raises on exit or timeout."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in self.log():
                return time.perf_counter() - self.started
            if self.proc.poll() is not None:
                raise RuntimeError(f"responder exited ({self.proc.returncode}):\n{self.log()[-3000:]}")
            time.sleep(0.01)
        raise TimeoutError(f"no {text!r} in the responder log after {timeout}s:\n{self.log()[-3000:]}")

    def wait_quiet(self, window: float = 0.5, timeout: float = 30) -> float:
        """Seconds since start until the process used < 2% CPU over ``window`` (it waits)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            before = cpu_seconds(self.pid)
            time.sleep(window)
            if cpu_seconds(self.pid) - before < 0.02 * window:
                return time.perf_counter() - self.started - window
        raise TimeoutError("the responder never went quiet")

    def stop(self) -> int:
        """SIGTERM (the daemon finishes what it holds), then SIGKILL after 10 s."""
        if self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                _kill_group(self.proc.pid)
                self.proc.wait(5)
        self._out.close()
        return self.proc.returncode

    def cleanup(self) -> None:
        self.stop()
        with contextlib.suppress(FileNotFoundError):
            self.log_path.unlink()
