"""Reader processes for a backlog: the pure, CPU-heavy part of handling a message (parse,
automation checks, detection, reason; :func:`responder.reading.read_batch`) runs in other
interpreters while the daemon fetches, decides, records and sends.

Each reader is a fresh, isolated interpreter (``python -I``) that imports only
:mod:`responder.reading` (about 25 MB, where a forked copy of the daemon would cost 45),
reads pickled batches of raw messages on stdin and writes pickled results on stdout. It
never touches the network, the state or the mailbox, so losing one loses nothing: the
daemon reads that batch itself. A reader ends when its stdin closes, ignores SIGINT and
SIGTERM (stopping is the daemon's business) and is killed by the kernel when the daemon dies
(``PR_SET_PDEATHSIG``), so even ``kill -9`` leaves no orphan behind.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import os
import pickle
import signal
import subprocess
import sys
from pathlib import Path
from typing import IO, Any

from responder.errors import ResponderError

_PR_SET_PDEATHSIG = 1
#: How a reader is started (the parent's pid is appended); tests swap it for a broken one.
#: Isolated (``-I``): no current directory or PYTHONPATH ahead of the standard library; the
#: directory this package was imported from is appended, so it is found however it was.
COMMAND = (sys.executable, "-I", "-c",
           "import sys; sys.path.append(sys.argv[1]); "
           "import responder.reader as r; r.serve(int(sys.argv[2]))")
_PACKAGE_ROOT = str(Path(__file__).resolve().parent.parent)


class ReaderError(ResponderError):
    """A reader process could not be started or died; the caller reads in-process."""


class Reader:
    """One reader process. :meth:`read` blocks: call it from a worker thread."""

    def __init__(self, setup: tuple[Any, ...]) -> None:
        # Started from the event loop's thread: the death signal follows the thread that
        # forked, and that thread lives as long as the daemon.
        try:
            self.proc = subprocess.Popen(
                [*COMMAND, _PACKAGE_ROOT, str(os.getpid())],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        except OSError as exc:
            raise ReaderError(f"cannot start a reader process: {exc}") from exc
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self._stdin: IO[bytes] = self.proc.stdin
        self._stdout: IO[bytes] = self.proc.stdout
        self._send(setup)  # small: the pipe takes it while the reader is still starting

    def _send(self, obj: object) -> None:
        try:
            pickle.dump(obj, self._stdin, protocol=pickle.HIGHEST_PROTOCOL)
            self._stdin.flush()
        except OSError as exc:
            raise ReaderError(f"reader process {self.proc.pid} failed: {exc!r}") from exc

    def read(self, raws: list[bytes]) -> Any:
        self._send(raws)
        try:
            return pickle.load(self._stdout)  # noqa: S301 (our own child, over our own pipe)
        except (OSError, EOFError, pickle.UnpicklingError) as exc:
            raise ReaderError(f"reader process {self.proc.pid} failed: {exc!r}") from exc

    def close(self, *, kill: bool) -> None:
        """Close its stdin (it exits when done); ``kill`` ends it at once instead."""
        if kill:
            with contextlib.suppress(OSError):
                self.proc.kill()
        with contextlib.suppress(OSError):
            self._stdin.close()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        with contextlib.suppress(OSError):
            self._stdout.close()


class ReaderPool:
    """A few readers; :meth:`read` hands a batch to an idle one.

    ``setup`` is the argument tuple :func:`responder.reading.read_batch` takes after the raw
    messages (identity, default language, review threshold).
    """

    piece = 50

    def __init__(self, workers: int, setup: tuple[Any, ...]) -> None:
        self._readers = [Reader(setup) for _ in range(workers)]
        self._idle: asyncio.Queue[Reader | None] = asyncio.Queue()
        for reader in self._readers:
            self._idle.put_nowait(reader)
        self._tasks: set[asyncio.Task[Any]] = set()

    @classmethod
    def start(cls, setup: tuple[Any, ...]) -> ReaderPool:
        """Two readers on a machine with two or more cores (one on a single core)."""
        return cls(max(1, min(2, os.cpu_count() or 1)), setup)

    def submit(self, raws: list[bytes]) -> asyncio.Task[list[Any]]:
        """Start reading ``raws``, in pieces of at most :attr:`piece` messages (small pieces
        keep each reader's peak memory low and share a batch between the readers). The
        task's result is the readers' results in order, or :class:`ReaderError` when no
        reader works."""
        pieces = [raws[i : i + self.piece] for i in range(0, len(raws), self.piece)]
        task = asyncio.ensure_future(self._read_all(pieces))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def _read_all(self, pieces: list[list[bytes]]) -> list[Any]:
        results = await asyncio.gather(*(self._read(p) for p in pieces), return_exceptions=True)
        out: list[Any] = []
        for result in results:
            if isinstance(result, BaseException):
                raise result
            out.extend(result)
        return out

    async def _read(self, raws: list[bytes]) -> Any:
        reader = await self._idle.get()
        if reader is None:  # none left: tell the next waiter too
            self._idle.put_nowait(None)
            raise ReaderError("no reader process left")
        try:
            result = await asyncio.to_thread(reader.read, raws)
        except ReaderError:
            if reader in self._readers:
                self._readers.remove(reader)
                if not self._readers:
                    self._idle.put_nowait(None)
                await asyncio.to_thread(reader.close, kill=True)
            raise
        self._idle.put_nowait(reader)
        return result

    async def aclose(self) -> None:
        """Stop every reader: at once if work is still under way (a stop mid-backlog; the
        work is pure, so nothing is lost), else by closing its input."""
        kill = bool(self._tasks)
        for task in self._tasks:
            task.cancel()
        readers, self._readers = self._readers, []
        await asyncio.gather(*(asyncio.to_thread(r.close, kill=kill) for r in readers))
        await asyncio.gather(*self._tasks, return_exceptions=True)


def serve(parent: int) -> None:
    """The reader's side: setup, then batch after batch until stdin closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    with contextlib.suppress(Exception):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the daemon died before the death signal was armed
        return
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # a stray print goes to stderr, never into the results
    from responder.reading import read_batch  # after the checks: importing takes a moment

    stdin = sys.stdin.buffer
    try:
        setup = pickle.load(stdin)  # noqa: S301 (from our parent, over our own pipe)
        while True:
            raws = pickle.load(stdin)  # noqa: S301
            pickle.dump(read_batch(raws, *setup), out, protocol=pickle.HIGHEST_PROTOCOL)
            out.flush()
    except (EOFError, BrokenPipeError):
        return
