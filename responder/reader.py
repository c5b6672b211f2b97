"""Reader processes for a backlog: the pure, CPU-heavy part of handling a message (parse,
automation checks, detection, reason; :func:`responder.reading.read_batch`) runs in other
processes while the daemon fetches, decides, records and sends.

Each reader is forked from the daemon when a backlog starts, after the daemon has compiled
the rules and read the second reader's intent table (:func:`prepare`), so a reader starts
at once, with nothing to import or read (a fresh interpreter spent about 0.6 s of CPU on
that, twice per backlog). Before the fork the daemon freezes its objects for the garbage
collector (``gc.freeze``), so the reader's collections do not touch, and copy, the pages it
shares with the daemon. The child keeps only its two pipes (every other descriptor, the
mailbox connection and the database included, is closed in it), reads pickled batches of
raw messages from one and writes pickled results to the other, and leaves with
``os._exit`` (never through the daemon's cleanup). It never touches the network, the state
or the mailbox, so losing one loses nothing: the daemon reads that batch itself. A reader
ends when its input closes, ignores SIGINT and SIGTERM (stopping is the daemon's business)
and is killed by the kernel when the daemon dies (``PR_SET_PDEATHSIG``), so even ``kill -9``
leaves no orphan behind.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import gc
import os
import pickle
import queue
import signal
import threading
import time
import warnings
from collections.abc import Callable
from concurrent.futures import Future
from typing import IO, Any

from responder.errors import ResponderError

_PR_SET_PDEATHSIG = 1


def prepare(setup: tuple[Any, ...]) -> None:
    """In the daemon, before the readers are forked: what every reader would otherwise do
    first (the rules are compiled on import; the second reader's intent table is read)."""
    from responder.reading import intent_table

    second_reader = setup[3] if len(setup) > 3 else None
    if second_reader is not None:
        intent_table(second_reader)


def _child(read_fd: int, write_fd: int, parent: int, setup: tuple[Any, ...]) -> None:
    """The reader's side, in the forked child (never returns into the daemon's code)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    with contextlib.suppress(ValueError, OSError):
        signal.set_wakeup_fd(-1)  # the daemon's event loop's, not ours
    with contextlib.suppress(Exception):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the daemon died before the death signal was armed
        return
    _close_all_but(0, 1, 2, read_fd, write_fd)
    os.dup2(2, 1)  # a stray print goes to stderr
    serve(os.fdopen(read_fd, "rb"), os.fdopen(write_fd, "wb"), setup)


#: What the forked child runs (tests swap it for one that fails).
CHILD: Callable[[int, int, int, tuple[Any, ...]], None] = _child


def _close_all_but(*keep: int) -> None:
    """Close every descriptor of this process except ``keep`` (the daemon's sockets, its
    database and the other readers' pipes: a reader holding another's input open would keep
    that one from ever seeing its end)."""
    top = os.sysconf("SC_OPEN_MAX") if hasattr(os, "sysconf") else 65536
    low = 0
    for fd in sorted(set(keep)):
        if fd > low:
            os.closerange(low, fd)
        low = fd + 1
    os.closerange(low, max(low, top))


class ReaderError(ResponderError):
    """A reader process could not be started or died; the caller reads in-process."""


class Reader:
    """One reader process. :meth:`read` blocks: call it from a worker thread."""

    def __init__(self, setup: tuple[Any, ...]) -> None:
        # Forked from the event loop's thread: the death signal follows the thread that
        # forked, and that thread lives as long as the daemon.
        parent = os.getpid()
        try:
            child_in, to_child = os.pipe()
            from_child, child_out = os.pipe()
        except OSError as exc:
            raise ReaderError(f"cannot start a reader process: {exc}") from exc
        try:
            with warnings.catch_warnings():  # Python 3.12+ warns of forking with threads:
                warnings.simplefilter("ignore", DeprecationWarning)  # the child uses none
                gc.freeze()  # the child's collections leave the daemon's objects alone
                try:
                    pid = os.fork()
                finally:
                    if os.getpid() == parent:
                        gc.unfreeze()
        except OSError as exc:
            for fd in (child_in, to_child, from_child, child_out):
                os.close(fd)
            raise ReaderError(f"cannot start a reader process: {exc}") from exc
        if pid == 0:  # the child: never returns
            code = 1
            try:
                CHILD(child_in, child_out, parent, setup)
                code = 0
            except BaseException:  # noqa: S110 - the daemon sees the dead reader and reads itself
                pass
            finally:
                os._exit(code)
        os.close(child_in)
        os.close(child_out)
        self.pid = pid
        self._stdin: IO[bytes] = os.fdopen(to_child, "wb")
        self._stdout: IO[bytes] = os.fdopen(from_child, "rb")
        self._reaped = False

    def _send(self, obj: object) -> None:
        try:
            pickle.dump(obj, self._stdin, protocol=pickle.HIGHEST_PROTOCOL)
            self._stdin.flush()
        except OSError as exc:
            raise ReaderError(f"reader process {self.pid} failed: {exc!r}") from exc

    def read(self, raws: list[bytes]) -> Any:
        self._send(raws)
        try:
            return pickle.load(self._stdout)  # noqa: S301 (our own child, over our own pipe)
        except (OSError, EOFError, pickle.UnpicklingError) as exc:
            raise ReaderError(f"reader process {self.pid} failed: {exc!r}") from exc

    def close(self, *, kill: bool) -> None:
        """Close its input (it exits when done); ``kill`` ends it at once instead."""
        if kill:
            self._kill()
        with contextlib.suppress(OSError):
            self._stdin.close()
        if not self._wait(5.0):
            self._kill()
            self._wait(None)
        with contextlib.suppress(OSError):
            self._stdout.close()

    def _kill(self) -> None:
        if not self._reaped:
            with contextlib.suppress(OSError):
                os.kill(self.pid, signal.SIGKILL)

    def _wait(self, timeout: float | None) -> bool:
        """Reap the child; False if it is still running after ``timeout`` seconds."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self._reaped:
            try:
                pid, _ = os.waitpid(self.pid, 0 if deadline is None else os.WNOHANG)
            except ChildProcessError:
                pid = self.pid
            if pid == self.pid:
                self._reaped = True
            elif deadline is not None and time.monotonic() >= deadline:
                return False
            else:
                time.sleep(0.01)
        return True


class ReaderPool:
    """A few readers, each fed by a thread of its own from one queue of pieces.

    The threads hand a reader its next piece as soon as it is done with the last, without
    the event loop: the daemon handles a fetched batch without a pause (the loop is busy
    for the whole batch), and the readers go on reading the batches ahead meanwhile. (When
    the loop handed out the pieces, a reader that finished one waited for the batch being
    handled to end: the readers and the daemon took turns instead of working at once.)

    ``setup`` is the argument tuple :func:`responder.reading.read_batch` takes after the raw
    messages (identity, default language, review threshold).
    """

    piece = 50

    def __init__(self, workers: int, setup: tuple[Any, ...]) -> None:
        prepare(setup)
        self._readers: list[Reader] = []
        try:
            for _ in range(workers):
                self._readers.append(Reader(setup))
        except ReaderError:
            if not self._readers:
                raise
        self._lock = threading.Lock()
        self._work: queue.SimpleQueue[tuple[list[bytes], Future[Any]] | None] = queue.SimpleQueue()
        self._futures: set[Future[Any]] = set()
        self._alive = len(self._readers)
        self._threads = [threading.Thread(target=self._serve, args=(r,), daemon=True,
                                          name=f"reader-{r.pid}") for r in self._readers]
        for thread in self._threads:
            thread.start()
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
        futures: list[Future[Any]] = []
        with self._lock:
            for i in range(0, len(raws), self.piece):
                future: Future[Any] = Future()
                if self._alive:
                    self._work.put((raws[i : i + self.piece], future))
                    self._futures.add(future)
                else:
                    future.set_exception(ReaderError("no reader process left"))
                futures.append(future)
        task = asyncio.ensure_future(self._read_all(futures))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def unfinished(self) -> int:
        """How many pieces are still waiting or being read."""
        with self._lock:
            return sum(1 for f in self._futures if not f.done())

    async def _read_all(self, futures: list[Future[Any]]) -> list[Any]:
        results = await asyncio.gather(*map(asyncio.wrap_future, futures), return_exceptions=True)
        out: list[Any] = []
        for result in results:
            if isinstance(result, BaseException):
                raise result
            out.extend(result)
        return out

    def _serve(self, reader: Reader) -> None:
        """One reader's thread: the next piece as soon as the last is read, until told to
        stop (None) or the reader fails (then the last thread left fails what waits)."""
        while (item := self._work.get()) is not None:
            raws, future = item
            if not future.set_running_or_notify_cancel():
                continue
            try:
                result = reader.read(raws)
            except BaseException as exc:
                future.set_exception(exc)
                self._lost(reader)
                return
            future.set_result(result)
            with self._lock:
                self._futures.discard(future)

    def _lost(self, reader: Reader) -> None:
        reader.close(kill=True)
        with self._lock:
            if reader in self._readers:
                self._readers.remove(reader)
            self._alive -= 1
            if self._alive:
                return
            while True:  # no reader left: what waits for one fails at once
                try:
                    item = self._work.get_nowait()
                except queue.Empty:
                    return
                if item is not None and item[1].set_running_or_notify_cancel():
                    item[1].set_exception(ReaderError("no reader process left"))

    async def aclose(self) -> None:
        """Stop every reader: at once if work is still under way (a stop mid-backlog; the
        work is pure, so nothing is lost), else by closing its input."""
        with self._lock:
            kill = any(not f.done() for f in self._futures)
            for future in self._futures:
                future.cancel()  # those not started yet
            self._futures.clear()
            readers, self._readers = self._readers, []
            for _ in self._threads:
                self._work.put(None)
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*(asyncio.to_thread(r.close, kill=kill) for r in readers))
        await asyncio.gather(*(asyncio.to_thread(t.join) for t in self._threads))
        await asyncio.gather(*self._tasks, return_exceptions=True)


def serve(stdin: IO[bytes], out: IO[bytes], setup: tuple[Any, ...]) -> None:
    """The reader's loop: batch after batch until its input closes."""
    from responder.reading import read_batch

    try:
        while True:
            raws = pickle.load(stdin)  # noqa: S301 (from our parent, over our own pipe)
            pickle.dump(read_batch(raws, *setup), out, protocol=pickle.HIGHEST_PROTOCOL)
            out.flush()
    except (EOFError, BrokenPipeError):
        return
