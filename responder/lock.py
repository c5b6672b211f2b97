"""One daemon per state: an exclusive lock on a file next to ``state.path``.

``fcntl.flock`` on ``<state.path>.lock``. The kernel drops the lock when its process
ends, however it ends (``kill -9`` included), so a stale lock never blocks a restart and
no pid file has to be cleaned up. The holder writes its pid into the file, for the error
that a second daemon prints and for ``responder health``, which asks :func:`holder`
whether a live process holds the lock at all.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from pathlib import Path

from responder.errors import StateError


def lock_path(state: Path) -> Path:
    """``state.db`` -> ``state.db.lock``, beside it."""
    return state.with_name(state.name + ".lock")


def _pid_in(fd: int) -> int | None:
    with contextlib.suppress(OSError, ValueError):
        return int(os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "0") or None
    return None


class StateLock:
    """The held lock; :meth:`release` (or the process's end) gives it up."""

    def __init__(self, fd: int, path: Path) -> None:
        self.fd: int | None = fd
        self.path = path

    @classmethod
    def acquire(cls, state: Path, wait: float = 2.0) -> StateLock:
        """Take the lock or raise :class:`StateError` naming ``state.path``. ``wait`` covers a
        previous daemon that is still exiting and a health check that looks at that moment."""
        path = lock_path(state)
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        except OSError as exc:
            raise StateError(f"state.path: cannot create the lock file {path}: "
                             f"{exc.strerror or exc}") from exc
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    pid = _pid_in(fd)
                    os.close(fd)
                    who = f"pid {pid}" if pid else "another process"
                    raise StateError(
                        f"state.path: another responder ({who}) is already running on {state}; "
                        "stop it first, or give this one its own state.path") from None
                time.sleep(0.05)
            except OSError as exc:
                os.close(fd)
                raise StateError(f"state.path: cannot lock {path}: {exc.strerror or exc}") from exc
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        return cls(fd, path)

    def release(self) -> None:
        fd, self.fd = self.fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)


def holder(state: Path) -> int | None:
    """The pid of the live process that holds the lock on ``state`` (0 when it wrote none),
    or None when no process holds it (the daemon is not running)."""
    try:
        fd = os.open(lock_path(state), os.O_RDONLY | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        try:
            # A shared lock is granted only while nobody holds the exclusive one; it is
            # given back at once.
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return _pid_in(fd) or 0
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)
