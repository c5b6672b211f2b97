"""The SQLite state: the source of truth and the guard against double sends.

Every write that belongs together happens in one :meth:`Store.transaction`: a message's
record, its outbox entry and the mailbox cursor; a send's record and the follow-ups it
schedules. Unique keys (``messages.message_id``, ``outbox(kind, ref)``,
``outbox.message_id``, ``followups(conversation_id, step)``) make a second insert of the
same thing fail instead of sending twice.
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import json
import logging
import os
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from responder.errors import StateError, StorageError
from responder.migrations import MIGRATIONS, migrate

log = logging.getLogger(__name__)

#: SQLite result codes (the primary code, the low byte) that mean the disk refused:
#: the disk or a quota is full, an I/O error, the file or file system became read-only.
_STORAGE_CODES = frozenset({sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_READONLY})
_STORAGE_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EROFS})


def storage_error(exc: BaseException, path: Path | str) -> StorageError | None:
    """``exc`` as a :class:`StorageError` naming ``state.path`` and the fix when it says the
    disk refused (SQLite's "database or disk is full", "disk I/O error", ENOSPC ...), else None."""
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if code is None or code & 0xFF not in _STORAGE_CODES:
            return None
    elif not (isinstance(exc, OSError) and exc.errno in _STORAGE_ERRNOS):
        return None
    return StorageError(
        f"state.path: cannot write the state at {path}: {exc}; free space on that disk (or fix "
        "its errors, or move state.path to a disk with room); nothing is lost: mail waits in "
        "the mailbox and is answered once the database can be written again")



def _remove(path: Path) -> None:
    path.unlink(missing_ok=True)


#: The database holds addresses, reasons and every outgoing mail: owner only.
PRIVATE = 0o600


def _private_file(path: Path) -> None:
    """Create ``path`` 0600 if it does not exist (SQLite gives its -wal and -shm files the
    database file's mode), and take group and other access away from existing ones."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE)
        os.close(fd)
    except FileExistsError:
        pass
    except OSError:
        return  # sqlite3 says what is wrong with the path, in open_problem's words
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            if name.stat().st_mode & 0o077:
                name.chmod(PRIVATE)
        except OSError:
            continue


def open_problem(path: Path | str, exc: sqlite3.Error) -> str:
    """One line naming ``state.path`` and what to do, for a database that cannot be used."""
    text = str(exc)
    low = text.lower()
    if "readonly" in low or "read-only" in low:
        why = ("the database is read-only (an immutable file, a read-only mount or its "
               "permissions); make it writable for the user that runs responder")
    elif "not a database" in low or "malformed" in low or "corrupt" in low:
        why = ("this is not a usable SQLite database (damaged, or another file); restore it "
               "from a backup, or move it away to start with a new one")
    elif "unable to open" in low:
        why = ("cannot open or create the database there (does the folder exist, and may the "
               "user that runs responder write to it?)")
    else:
        why = text
    return f"state.path: {path}: {why}"


def ts(dt: datetime) -> str:
    """A sortable UTC timestamp string for the database (the last one is kept: handling a
    message writes the same ``now`` several times)."""
    if dt.tzinfo is None:
        raise ValueError("naive datetime")
    last = _LAST_TS[0]
    if last[0] == dt:
        return last[1]
    text = dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    _LAST_TS[0] = (dt, text)
    return text


_LAST_TS: list[tuple[datetime, str]] = [(datetime(1970, 1, 1, tzinfo=UTC), "1970-01-01T00:00:00Z")]


def from_ts(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def normalize_suppression(entry: str) -> str:
    """``Ann@X.com`` -> ``ann@x.com``; ``x.com`` or ``@x.com`` -> ``@x.com`` (the whole domain)."""
    entry = entry.strip().lower()
    return entry if "@" in entry else "@" + entry


@dataclass(frozen=True)
class Conversation:
    id: int
    customer: str
    root_message_id: str
    subject: str
    language: str
    customer_name: str
    reason: str | None
    status: str


@dataclass(frozen=True)
class OutboxItem:
    id: int
    kind: str
    ref: str
    message_id: str
    conversation_id: int | None
    recipient: str
    raw: bytes
    status: str
    attempts: int
    source_uid: int | None
    source_uidvalidity: int | None


@dataclass(frozen=True)
class Followup:
    id: int
    conversation_id: int
    step: int
    template: str
    due_at: datetime


@dataclass(frozen=True)
class UpcomingFollowup:
    """A scheduled follow-up with its customer (``status`` and the digest list these)."""

    customer_name: str
    customer: str
    reason: str  # "none" when no reason is known
    step: int
    template: str
    due_at: datetime


@dataclass(frozen=True)
class PendingFlags:
    id: int
    uidvalidity: int
    uid: int
    flags: tuple[str, ...]
    remove: tuple[str, ...] = ()  # flags to take off first (a staff decision in the console)


@dataclass(frozen=True)
class ReviewItem:
    """A message tagged $NeedsReview: left for a person."""

    id: int
    handled_at: datetime
    from_addr: str
    subject: str
    action: str
    why: tuple[str, ...]
    send_problem: str | None = None  # why its answer was not sent, when that left it for a person


#: Matches the partial index ``messages_review`` (migration 0010_review_notices) word for word.
_NEEDS_REVIEW = "flags LIKE '%$NeedsReview%'"

_CONV_COLS = "id, customer, root_message_id, subject, language, customer_name, reason, status"
_OUTBOX_COLS = (
    "id, kind, ref, message_id, conversation_id, recipient, raw, status, attempts, "
    "source_uid, source_uidvalidity"
)


class Store:
    """One connection to the state database; not shared across threads."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._in_transaction = False  # inside transaction(), even after SQLite rolled back
        self._batched = False  # inside batched(): transactions are savepoints of one
        self._authserv_ids: dict[int, frozenset[str]] = {}  # learned_authserv_ids, until a write

    @classmethod
    def open(cls, path: Path | str) -> Store:
        if str(path) != ":memory:":
            _private_file(Path(path))
        try:
            conn = sqlite3.connect(str(path), isolation_level=None, timeout=30)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL survives a killed process
            conn.execute("PRAGMA foreign_keys=ON")
            # A database SQLite could open only for reading (chattr +i, a read-only mount)
            # fails here, at start, rather than at the first message.
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute(f"PRAGMA user_version = {int(version)}")
            migrate(conn)
        except sqlite3.Error as exc:
            raise StateError(open_problem(path, exc)) from exc
        return cls(conn)

    @classmethod
    def open_readonly(cls, path: Path | str) -> Store:
        """The state as it is, read-only, for the health check and the reporting commands:
        nothing is copied, so a large database costs nothing to look at while the daemon
        writes. A database not yet migrated to this version is read through a migrated
        :meth:`open_copy` instead."""
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None, timeout=30)
            names = [row[0] for row in conn.execute("SELECT name FROM _migrations ORDER BY rowid")]
        except sqlite3.Error:
            return cls.open_copy(path)
        if names != [name for name, _ in MIGRATIONS]:
            conn.close()
            return cls.open_copy(path)
        return cls(conn)

    @classmethod
    def open_copy(cls, path: Path | str) -> Store:
        """A throw-away copy of the state (in a temporary file, deleted when the process
        ends): a dry run works on it and changes nothing in the real database."""
        fd, scratch = tempfile.mkstemp(prefix="responder-dry-run-", suffix=".db")
        os.close(fd)
        copy = sqlite3.connect(scratch, isolation_level=None)
        copy.execute("PRAGMA journal_mode=MEMORY")
        copy.execute("PRAGMA synchronous=OFF")  # a scratch copy: durability does not matter
        atexit.register(_remove, Path(scratch))
        if Path(path).exists():
            try:
                src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
                src.backup(copy)
                src.close()
            except sqlite3.Error as exc:
                raise StateError(open_problem(path, exc)) from exc
        migrate(copy)
        return cls(copy)

    def close(self) -> None:
        name = self.conn.execute("PRAGMA database_list").fetchone()[2]
        self.conn.close()
        if name and Path(name).name.startswith("responder-dry-run-"):
            _remove(Path(name))

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any error. Inside :meth:`batched` it
        is a savepoint of the batch's transaction: undone alone on error, committed with
        the batch."""
        if self._batched:
            with self._savepoint():
                yield self.conn
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._in_transaction = True
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException:
            self._undo("ROLLBACK")
            raise
        finally:
            self._in_transaction = False

    def _undo(self, *statements: str) -> None:
        """After an error: forget what the failed transaction taught, and roll it back.
        SQLite may have rolled back already (a full disk, an I/O error): then a second
        ROLLBACK would fail and hide the error that matters."""
        self._authserv_ids.clear()
        if self.conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                for statement in statements:
                    self.conn.execute(statement)

    @contextmanager
    def _savepoint(self) -> Iterator[None]:
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
        self._in_transaction = True
        self.conn.execute("SAVEPOINT one")
        try:
            yield
            self.conn.execute("RELEASE one")
        except BaseException:
            self._undo("ROLLBACK TO one", "RELEASE one")
            raise

    @contextmanager
    def batched(self) -> Iterator[None]:
        """The transactions inside share one COMMIT (each is a savepoint of it): for a run
        of messages that are only recorded (nothing sent or flagged), one commit instead of
        one each. Whatever must be seen at once ends the batch early with
        :meth:`commit_batch`. On error everything not yet committed is rolled back (the
        cursor moves with the batch, so a crash costs only reading those messages again)."""
        if self._batched:  # already in one: the outer batch decides
            yield
            return
        self._batched = True
        try:
            yield
            self.commit_batch()
        except BaseException:
            self._undo("ROLLBACK")
            raise
        finally:
            self._batched = False
            self._in_transaction = False

    def commit_batch(self) -> None:
        """Commit what the current batch holds (nothing outside :meth:`batched`)."""
        if self._batched and self.conn.in_transaction:
            self.conn.execute("COMMIT")
            self._in_transaction = False

    # -- mailbox cursor -------------------------------------------------------------------

    def cursor(self, folder: str) -> tuple[int, int] | None:
        """(uidvalidity, last handled uid) for a folder, or None before the first start."""
        row = self.conn.execute(
            "SELECT uidvalidity, last_uid FROM mailbox WHERE folder = ?", (folder,)
        ).fetchone()
        return (int(row[0]), int(row[1])) if row else None

    def started_at(self, folder: str) -> datetime | None:
        """When responder first looked at this folder, or None before the first start."""
        row = self.conn.execute(
            "SELECT started_at FROM mailbox WHERE folder = ?", (folder,)).fetchone()
        return from_ts(row[0]) if row else None

    def set_cursor(self, folder: str, uidvalidity: int, last_uid: int, now: datetime) -> None:
        self.conn.execute(
            "INSERT INTO mailbox (folder, uidvalidity, last_uid, started_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (folder) DO UPDATE SET uidvalidity = excluded.uidvalidity, "
            "last_uid = excluded.last_uid",
            (folder, uidvalidity, last_uid, ts(now)),
        )

    # -- messages -------------------------------------------------------------------------

    def handled(self, message_id: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM messages WHERE message_id = ?", (message_id,)
        ).fetchone()
        return row is not None

    def record_message(
        self,
        *,
        message_id: str,
        folder: str,
        uidvalidity: int,
        uid: int,
        from_addr: str,
        subject: str,
        intent: str | None,
        confidence: float | None,
        language: str | None,
        action: str,
        why: Sequence[str],
        conversation_id: int | None,
        flags: Sequence[str],
        now: datetime,
    ) -> int:
        cur = self.conn.execute(
            "INSERT INTO messages (message_id, folder, uidvalidity, uid, from_addr, subject, intent, "
            "confidence, language, action, why, conversation_id, flags, flags_done, handled_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                message_id, folder, uidvalidity, uid, from_addr, subject[:500], intent, confidence,
                language, action, json.dumps(list(why)), conversation_id, json.dumps(list(flags)),
                0 if flags else 1, ts(now),
            ),
        )
        return int(cur.lastrowid or 0)

    def message_uid(self, message_id: str) -> tuple[int, int] | None:
        """(uidvalidity, uid) of a handled message, by its Message-ID."""
        row = self.conn.execute(
            "SELECT uidvalidity, uid FROM messages WHERE message_id = ?", (message_id,)).fetchone()
        return (int(row[0]), int(row[1])) if row else None

    def pending_flags(self, folder: str) -> list[PendingFlags]:
        """Flags still to set (or take off) on handled messages; flags already set on the
        server are not set again."""
        rows = self.conn.execute(
            "SELECT id, uidvalidity, uid, flags, flags_remove, flags_applied FROM messages "
            "WHERE flags_done = 0 AND folder = ?",
            (folder,),
        )
        out = []
        for r in rows:
            applied = set(json.loads(r[5]))
            out.append(PendingFlags(r[0], r[1], r[2],
                                    tuple(f for f in json.loads(r[3]) if f not in applied),
                                    tuple(json.loads(r[4]))))
        return out

    def add_pending_flags(self, folder: str, uidvalidity: int, uid: int,
                          flags: Sequence[str]) -> None:
        """Queue more IMAP flags for a handled message; ``apply_flags`` sets them (retried)."""
        row = self.conn.execute(
            "SELECT id, flags FROM messages WHERE folder = ? AND uidvalidity = ? AND uid = ?",
            (folder, uidvalidity, uid)).fetchone()
        if row is None:
            return
        merged = sorted(set(json.loads(row[1])) | set(flags))
        self.conn.execute("UPDATE messages SET flags = ?, flags_done = 0 WHERE id = ?",
                          (json.dumps(merged), row[0]))

    def needs_review(self, limit: int = 20, *, address: str | None = None,
                     not_noted: bool = False) -> list[ReviewItem]:
        """Messages tagged $NeedsReview, newest first: all, one sender's, or those staff have
        not been told about yet (:meth:`note_reviews`)."""
        where = [_NEEDS_REVIEW]
        args: list[object] = []
        if address is not None:
            where.append("lower(from_addr) = ?")
            args.append(address.lower())
        if not_noted:
            where.append("id NOT IN (SELECT message_id FROM review_notices)")
        query = (  # fixed terms only; the values are parameters
            "SELECT id, handled_at, from_addr, subject, action, why, (SELECT o.last_error FROM outbox o "  # noqa: S608
            "WHERE o.source_uid = messages.uid AND o.source_uidvalidity = messages.uidvalidity "
            "AND o.status IN ('failed', 'unknown') ORDER BY o.id DESC LIMIT 1) FROM messages "
            f"WHERE {' AND '.join(where)} ORDER BY id DESC LIMIT ?")
        rows = self.conn.execute(query, (*args, limit))
        return [ReviewItem(r[0], from_ts(r[1]), r[2], r[3], r[4], tuple(json.loads(r[5])), r[6])
                for r in rows]

    def count_needs_review(self) -> int:
        row = self.conn.execute(f"SELECT COUNT(*) FROM messages WHERE {_NEEDS_REVIEW}").fetchone()  # noqa: S608
        return int(row[0])

    def note_reviews(self, ids: Iterable[int], now: datetime) -> None:
        """Staff were told about these messages (inside the transaction that queues the note)."""
        self.conn.executemany(
            "INSERT INTO review_notices (message_id, noted_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
            [(i, ts(now)) for i in ids])

    def flags_done(self, applied: Iterable[PendingFlags]) -> None:
        """Mark the flags that ``apply_flags`` set as done, unless more were queued for the
        message meanwhile (a send that failed while the flags were being set): those stay
        pending, to be set by the next cycle."""
        for p in applied:
            row = self.conn.execute(
                "SELECT flags, flags_remove, flags_applied FROM messages WHERE id = ?",
                (p.id,)).fetchone()
            if row is None:
                continue
            now_set = (set(json.loads(row[2])) | set(p.flags)) - set(p.remove)
            done = set(json.loads(row[0])) <= now_set and set(json.loads(row[1])) == set(p.remove)
            self.conn.execute("UPDATE messages SET flags_applied = ?, flags_done = ? WHERE id = ?",
                              (json.dumps(sorted(now_set)), int(done), p.id))

    # -- conversations --------------------------------------------------------------------

    def conversation_for(self, thread_ids: Sequence[str]) -> Conversation | None:
        """The conversation any of these Message-IDs belongs to (ours or the customer's)."""
        if not thread_ids:
            return None
        marks = ",".join("?" * len(thread_ids))
        row = self.conn.execute(
            f"SELECT {_CONV_COLS} FROM conversations WHERE id IN ("  # noqa: S608 - placeholders only
            f" SELECT conversation_id FROM outbox WHERE message_id IN ({marks})"
            f" UNION SELECT conversation_id FROM messages WHERE message_id IN ({marks})"
            f" UNION SELECT id FROM conversations WHERE root_message_id IN ({marks})"
            ") ORDER BY id DESC LIMIT 1",
            (*thread_ids, *thread_ids, *thread_ids),
        ).fetchone()
        return Conversation(*row) if row else None

    def conversation(self, conversation_id: int) -> Conversation | None:
        row = self.conn.execute(
            f"SELECT {_CONV_COLS} FROM conversations WHERE id = ?",  # noqa: S608
            (conversation_id,),
        ).fetchone()
        return Conversation(*row) if row else None

    def create_conversation(
        self,
        *,
        customer: str,
        root_message_id: str,
        subject: str,
        language: str,
        customer_name: str,
        reason: str | None,
        now: datetime,
        reason_text: str = "",
    ) -> int:
        cur = self.conn.execute(
            "INSERT INTO conversations (customer, root_message_id, subject, language, customer_name, "
            "reason, reason_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (customer, root_message_id, subject[:500], language, customer_name[:200], reason,
             reason_text[:1000], ts(now), ts(now)),
        )
        return int(cur.lastrowid or 0)

    def open_conversations(self, customer: str, since: datetime) -> list[Conversation]:
        rows = self.conn.execute(
            f"SELECT {_CONV_COLS} FROM conversations WHERE customer = ? AND status = 'open' "  # noqa: S608
            "AND created_at >= ? ORDER BY id DESC",
            (customer.lower(), ts(since)),
        )
        return [Conversation(*r) for r in rows]

    def set_reason(self, conversation_id: int, reason: str, reason_text: str, now: datetime) -> None:
        self.conn.execute(
            "UPDATE conversations SET reason = ?, reason_text = ?, updated_at = ? WHERE id = ?",
            (reason, reason_text[:1000], ts(now), conversation_id),
        )

    def set_hint(self, conversation_id: int, when: datetime) -> None:
        self.conn.execute(
            "UPDATE conversations SET hint_at = ? WHERE id = ?", (ts(when), conversation_id))

    def hint(self, conversation_id: int) -> datetime | None:
        row = self.conn.execute(
            "SELECT hint_at FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
        return from_ts(row[0]) if row and row[0] else None

    def cancel_scheduled(self, conversation_id: int, reason: str) -> int:
        """Cancel what is still scheduled, leaving the conversation open."""
        cur = self.conn.execute(
            "UPDATE followups SET status = 'cancelled', status_reason = ? "
            "WHERE conversation_id = ? AND status = 'scheduled'",
            (reason, conversation_id),
        )
        return cur.rowcount

    def max_step(self, conversation_id: int) -> int:
        row = self.conn.execute(
            "SELECT MAX(step) FROM followups WHERE conversation_id = ?", (conversation_id,)
        ).fetchone()
        return int(row[0] or 0)

    def followups_sent(self, customer: str) -> int:
        """Follow-ups already sent (or on their way) to this customer, all conversations."""
        row = self.conn.execute(
            "SELECT COUNT(*) FROM outbox WHERE recipient = ? AND kind = 'followup' "
            "AND status IN ('queued', 'sending', 'sent', 'unknown')",
            (customer.lower(),),
        ).fetchone()
        return int(row[0])

    def followups_sent_in(self, conversation_id: int) -> int:
        """Follow-ups already sent (or on their way) in this conversation: 0 before the first."""
        row = self.conn.execute(
            "SELECT COUNT(*) FROM outbox WHERE conversation_id = ? AND kind = 'followup' "
            "AND status IN ('queued', 'sending', 'sent', 'unknown')",
            (conversation_id,),
        ).fetchone()
        return int(row[0])

    def was_sent(self, conversation_id: int, kind: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM outbox WHERE conversation_id = ? AND kind = ? LIMIT 1",
            (conversation_id, kind),
        ).fetchone()
        return row is not None

    def stop_conversation(self, conversation_id: int, reason: str, now: datetime) -> int:
        """Mark the conversation stopped and cancel what is still scheduled; return how many."""
        self.conn.execute(
            "UPDATE conversations SET status = 'stopped', stop_reason = ?, updated_at = ? WHERE id = ?",
            (reason, ts(now), conversation_id),
        )
        return self.cancel_scheduled(conversation_id, reason)

    def stop_customer(self, customer: str, reason: str, now: datetime) -> int:
        """Stop every conversation with ``customer``, however old, and cancel every follow-up
        still scheduled to them (an opt-out); return how many were cancelled."""
        cur = self.conn.execute(
            "UPDATE followups SET status = 'cancelled', status_reason = ? WHERE status = 'scheduled' "
            "AND conversation_id IN (SELECT id FROM conversations WHERE customer = ?)",
            (reason, customer.lower()),
        )
        self.conn.execute(
            "UPDATE conversations SET status = 'stopped', stop_reason = ?, updated_at = ? "
            "WHERE customer = ? AND status = 'open'",
            (reason, ts(now), customer.lower()),
        )
        return cur.rowcount

    def last_ack_to(self, address: str) -> datetime | None:
        row = self.conn.execute(
            "SELECT MAX(created_at) FROM outbox WHERE recipient = ? AND kind = 'acknowledgement'",
            (address,),
        ).fetchone()
        return from_ts(row[0]) if row and row[0] else None

    def sends_since(self, since: datetime) -> int:
        row = self.conn.execute(
            "SELECT COUNT(*) FROM outbox WHERE created_at >= ?", (ts(since),)
        ).fetchone()
        return int(row[0])

    # -- outbox ---------------------------------------------------------------------------

    def enqueue(
        self,
        *,
        kind: str,
        ref: str,
        message_id: str,
        conversation_id: int | None,
        recipient: str,
        raw: bytes,
        now: datetime,
        source_uid: int | None = None,
        source_uidvalidity: int | None = None,
    ) -> int | None:
        """Queue a message to send; None when the same (kind, ref) was queued before."""
        cur = self.conn.execute(
            "INSERT INTO outbox (kind, ref, message_id, conversation_id, recipient, raw, "
            "next_attempt_at, source_uid, source_uidvalidity, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (kind, ref, message_id, conversation_id, recipient, raw, ts(now), source_uid,
             source_uidvalidity, ts(now)),
        )
        return int(cur.lastrowid or 0) if cur.rowcount else None

    def outbox_due(self, now: datetime, limit: int = 100) -> list[OutboxItem]:
        rows = self.conn.execute(
            f"SELECT {_OUTBOX_COLS} FROM outbox WHERE status = 'queued' "  # noqa: S608
            "AND next_attempt_at <= ? ORDER BY id LIMIT ?",
            (ts(now), limit),
        )
        return [OutboxItem(*r) for r in rows]

    def outbox_in_doubt(self, busy: Iterable[int] = ()) -> list[OutboxItem]:
        """Sends whose message was handed over when the process died: their outcome is
        unknown. ``busy``: rows this process is sending right now (not in doubt)."""
        rows = self.conn.execute(
            f"SELECT {_OUTBOX_COLS} FROM outbox WHERE status = 'sending' "  # noqa: S608
            "AND handed_over = 1 ORDER BY id"
        )
        skip = set(busy)
        return [item for item in (OutboxItem(*r) for r in rows) if item.id not in skip]

    def release_claims(self, busy: Iterable[int] = ()) -> int:
        """Claims whose message was never handed over (the process died while connecting,
        or before MAIL/RCPT were accepted) go back to the queue; ``busy`` rows stay claimed."""
        skip = set(busy)
        ids = [r[0] for r in self.conn.execute(
            "SELECT id FROM outbox WHERE status = 'sending' AND handed_over = 0") if r[0] not in skip]
        self.conn.executemany("UPDATE outbox SET status = 'queued' WHERE id = ? AND status = 'sending' "
                              "AND handed_over = 0", [(i,) for i in ids])
        return len(ids)

    def unclaim(self, outbox_id: int) -> None:
        """Give back a claim whose message was not handed over (it is queued again)."""
        self.conn.execute("UPDATE outbox SET status = 'queued' WHERE id = ? AND status = 'sending' "
                          "AND handed_over = 0", (outbox_id,))

    def claim(self, outbox_id: int) -> bool:
        """Take a queued row for sending; False when another sender took it first. One
        UPDATE, so even two processes on one state never both get the same row."""
        cur = self.conn.execute(
            "UPDATE outbox SET status = 'sending', handed_over = 0 "
            "WHERE id = ? AND status = 'queued'", (outbox_id,))
        return cur.rowcount == 1

    def outbox_unfiled(self) -> list[OutboxItem]:
        rows = self.conn.execute(
            f"SELECT {_OUTBOX_COLS} FROM outbox WHERE status = 'sent' AND filed = 0 "  # noqa: S608
            "ORDER BY id"
        )
        return [OutboxItem(*r) for r in rows]

    def nth_latest_send(self, after: datetime, until: datetime, n: int) -> datetime | None:
        """The n-th latest send (sent, or its outcome unknown) in ``(after, until]``, or None
        when there were fewer (the sending limits, responder.mail.limits.next_allowed_by)."""
        row = self.conn.execute(
            "SELECT sent_at FROM outbox WHERE status IN ('sent', 'unknown') AND sent_at > ? "
            "AND sent_at <= ? ORDER BY sent_at DESC LIMIT 1 OFFSET ?",
            (ts(after), ts(until), n - 1)).fetchone()
        return from_ts(row[0]) if row else None

    def outbox_depth(self) -> int:
        """Messages waiting to be sent (queued, whenever their next attempt is)."""
        row = self.conn.execute("SELECT COUNT(*) FROM outbox WHERE status = 'queued'").fetchone()
        return int(row[0])

    def next_outbox_attempt(self) -> datetime | None:
        row = self.conn.execute(
            "SELECT MIN(next_attempt_at) FROM outbox WHERE status = 'queued'"
        ).fetchone()
        return from_ts(row[0]) if row and row[0] else None

    def mark_sending(self, outbox_id: int) -> None:
        """The message is being handed over (DATA): from here a crash leaves its outcome unknown."""
        self.conn.execute(
            "UPDATE outbox SET status = 'sending', handed_over = 1, attempts = attempts + 1 "
            "WHERE id = ?",
            (outbox_id,),
        )

    def mark_sent(self, outbox_id: int, now: datetime) -> None:
        self.conn.execute(
            "UPDATE outbox SET status = 'sent', sent_at = ?, last_error = NULL WHERE id = ?",
            (ts(now), outbox_id),
        )

    def mark_retry(self, outbox_id: int, error: str, next_attempt: datetime, attempts: int) -> None:
        """Queued again for ``next_attempt``, with ``attempts`` made so far (a failure before
        DATA never reached :meth:`mark_sending`, which counts the others)."""
        self.conn.execute(
            "UPDATE outbox SET status = 'queued', attempts = ?, last_error = ?, next_attempt_at = ? "
            "WHERE id = ?",
            (attempts, error[:500], ts(next_attempt), outbox_id),
        )

    def mark_failed(self, outbox_id: int, error: str, status: str = "failed") -> None:
        self.conn.execute(
            "UPDATE outbox SET status = ?, last_error = ? WHERE id = ?",
            (status, error[:500], outbox_id),
        )

    def mark_filed(self, outbox_id: int) -> None:
        self.conn.execute("UPDATE outbox SET filed = 1 WHERE id = ?", (outbox_id,))

    def outbox_has(self, kind: str, ref: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM outbox WHERE kind = ? AND ref = ?", (kind, ref)).fetchone()
        return row is not None

    # -- follow-ups -----------------------------------------------------------------------

    def schedule_followups(
        self, conversation_id: int, plan: Sequence[tuple[int, str, datetime]], now: datetime
    ) -> int:
        cur = self.conn.executemany(
            "INSERT INTO followups (conversation_id, step, template, due_at, created_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [(conversation_id, step, template, ts(due), ts(now)) for step, template, due in plan],
        )
        return cur.rowcount

    def followups_due(self, now: datetime, limit: int = 500) -> list[Followup]:
        rows = self.conn.execute(
            "SELECT id, conversation_id, step, template, due_at FROM followups "
            "WHERE status = 'scheduled' AND due_at <= ? ORDER BY due_at, id LIMIT ?",
            (ts(now), limit),
        )
        return [Followup(r[0], r[1], r[2], r[3], from_ts(r[4])) for r in rows]

    def next_followup_due(self) -> datetime | None:
        row = self.conn.execute(
            "SELECT MIN(due_at) FROM followups WHERE status = 'scheduled'"
        ).fetchone()
        return from_ts(row[0]) if row and row[0] else None

    def next_followups(self, limit: int) -> list[UpcomingFollowup]:
        """The ``limit`` scheduled follow-ups due soonest, with their customers."""
        rows = self.conn.execute(
            "SELECT c.customer_name, c.customer, COALESCE(c.reason, 'none'), f.step, f.template, "
            "f.due_at FROM followups f JOIN conversations c ON c.id = f.conversation_id "
            "WHERE f.status = 'scheduled' ORDER BY f.due_at LIMIT ?",
            (limit,),
        )
        return [UpcomingFollowup(r[0], r[1], r[2], r[3], r[4], from_ts(r[5])) for r in rows]

    def scheduled_between(self, start: datetime, end: datetime) -> list[UpcomingFollowup]:
        """Scheduled follow-ups due at or after ``start`` and before ``end``, soonest first."""
        rows = self.conn.execute(
            "SELECT c.customer_name, c.customer, COALESCE(c.reason, 'none'), f.step, f.template, "
            "f.due_at FROM followups f JOIN conversations c ON c.id = f.conversation_id "
            "WHERE f.status = 'scheduled' AND f.due_at >= ? AND f.due_at < ? ORDER BY f.due_at",
            (ts(start), ts(end)),
        )
        return [UpcomingFollowup(r[0], r[1], r[2], r[3], r[4], from_ts(r[5])) for r in rows]

    def set_followup_status(self, followup_id: int, status: str, reason: str = "") -> None:
        self.conn.execute(
            "UPDATE followups SET status = ?, status_reason = ? WHERE id = ?",
            (status, reason or None, followup_id),
        )

    def reschedule_followup(self, followup_id: int, due: datetime) -> None:
        self.conn.execute("UPDATE followups SET due_at = ? WHERE id = ?", (ts(due), followup_id))

    def followup_due_at(self, followup_id: int) -> datetime | None:
        row = self.conn.execute(
            "SELECT due_at FROM followups WHERE id = ?", (followup_id,)).fetchone()
        return from_ts(row[0]) if row else None

    def followups_of(self, conversation_id: int) -> list[tuple[int, str, str, str]]:
        """(step, template, due_at, status) of a conversation, in step order."""
        rows = self.conn.execute(
            "SELECT step, template, due_at, status FROM followups WHERE conversation_id = ? "
            "ORDER BY step",
            (conversation_id,),
        )
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    def last_outbox_message_id(self, conversation_id: int) -> str | None:
        row = self.conn.execute(
            "SELECT message_id FROM outbox WHERE conversation_id = ? AND status = 'sent' "
            "ORDER BY id DESC LIMIT 1",
            (conversation_id,),
        ).fetchone()
        return str(row[0]) if row else None

    # -- suppression list -----------------------------------------------------------------

    def suppress(self, entry: str, reason: str, now: datetime) -> bool:
        """Add an address (``a@b.c``) or a whole domain (``@b.c`` or ``b.c``); False if present."""
        cur = self.conn.execute(
            "INSERT INTO suppressions (entry, reason, created_at) VALUES (?, ?, ?) "
            "ON CONFLICT DO NOTHING",
            (normalize_suppression(entry), reason, ts(now)),
        )
        return cur.rowcount > 0

    def unsuppress(self, entry: str) -> bool:
        cur = self.conn.execute(
            "DELETE FROM suppressions WHERE entry = ?", (normalize_suppression(entry),))
        return cur.rowcount > 0

    def suppressed(self, address: str) -> str | None:
        """The reason this address may not be mailed, or None."""
        address = address.lower()
        domain = "@" + address.rsplit("@", 1)[-1]
        row = self.conn.execute(
            "SELECT entry, reason FROM suppressions WHERE entry IN (?, ?) LIMIT 1", (address, domain)
        ).fetchone()
        return f"{row[0]} suppressed: {row[1]}" if row else None

    def suppressions(self) -> list[tuple[str, str, str]]:
        return [(r[0], r[1], r[2]) for r in self.conn.execute(
            "SELECT entry, reason, created_at FROM suppressions ORDER BY entry")]

    # -- events (what `status` shows) ----------------------------------------------------

    def log_event(self, level: str, what: str, now: datetime) -> None:
        """Note an event for `status`. Outside a transaction a note the disk cannot take is
        only logged: the note about a failure must not become a second failure."""
        try:
            self.conn.execute(
                "INSERT INTO events (at, level, what) VALUES (?, ?, ?)", (ts(now), level, what[:1000])
            )
        except sqlite3.Error as exc:
            if self._in_transaction or storage_error(exc, "") is None:
                raise
            log.warning("event not recorded: the state cannot be written",
                        extra={"fields": {"level": level, "event": what[:200], "error": str(exc)}})

    def beat(self, name: str, now: datetime) -> None:
        self.conn.execute(
            "INSERT INTO heartbeat (name, at) VALUES (?, ?) "
            "ON CONFLICT (name) DO UPDATE SET at = excluded.at",
            (name, ts(now)),
        )

    def forget_beat(self, name: str) -> None:
        self.conn.execute("DELETE FROM heartbeat WHERE name = ?", (name,))

    def last_beat(self, name: str) -> datetime | None:
        row = self.conn.execute("SELECT at FROM heartbeat WHERE name = ?", (name,)).fetchone()
        return from_ts(row[0]) if row else None

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for action, n in self.conn.execute("SELECT action, COUNT(*) FROM messages GROUP BY action"):
            out[f"messages.{action}"] = n
        for status, n in self.conn.execute("SELECT status, COUNT(*) FROM outbox GROUP BY status"):
            out[f"outbox.{status}"] = n
        for status, n in self.conn.execute("SELECT status, COUNT(*) FROM followups GROUP BY status"):
            out[f"followups.{status}"] = n
        return out

    # -- bounces (issue 12: a bounce names only the recipient of a mail we sent) ------------

    def sent_message(self, message_ids: Sequence[str]) -> tuple[str, str, int | None] | None:
        """(Message-ID, recipient, conversation) of the first of ``message_ids`` that is a mail
        of ours that went (or may have gone) out; None when none is."""
        for message_id in dict.fromkeys(m for m in message_ids if m):
            row = self.conn.execute(
                "SELECT message_id, recipient, conversation_id FROM outbox WHERE message_id = ? "
                "AND status IN ('sent', 'sending', 'unknown')", (message_id,)).fetchone()
            if row:
                return str(row[0]), str(row[1]), row[2]
        return None

    # -- hostile senders (issue 12 item 3) -------------------------------------------------

    def note_authserv(self, authserv_id: str, sender_domain: str, now: datetime) -> None:
        """Inside a transaction: the topmost Authentication-Results id of a sender domain's mail."""
        self._authserv_ids.clear()
        self.conn.execute(
            "INSERT INTO authserv_seen (authserv_id, sender_domain, first_seen) VALUES (?, ?, ?) "
            "ON CONFLICT DO NOTHING", (authserv_id[:255], sender_domain[:255], ts(now)))

    def learned_authserv_ids(self, min_domains: int) -> frozenset[str]:
        """The ids seen topmost in mail from at least ``min_domains`` sender domains (kept
        until :meth:`note_authserv` or a rollback: this connection is the only writer)."""
        found = self._authserv_ids.get(min_domains)
        if found is None:
            found = self._authserv_ids[min_domains] = frozenset(str(r[0]) for r in self.conn.execute(
                "SELECT authserv_id FROM authserv_seen GROUP BY authserv_id "
                "HAVING COUNT(*) >= ?", (min_domains,)))
        return found

    def hold_followups(self, conversation_id: int, why: str | None) -> None:
        """No follow-ups for this conversation until the customer answers (None: release)."""
        self.conn.execute("UPDATE conversations SET followups_held = ? WHERE id = ?",
                          (why, conversation_id))

    def followups_held(self, conversation_id: int) -> str | None:
        """Why this conversation gets no follow-ups until the customer answers, or None."""
        row = self.conn.execute("SELECT followups_held FROM conversations WHERE id = ?",
                                (conversation_id,)).fetchone()
        return str(row[0]) if row and row[0] else None

    # -- the staff console (responder/web) ---------------------------------------------

    def keep_message_text(self, *, message_id: str, text: str, evidence: Sequence[str],
                          reason: str | None, booking: str | None, language: str | None,
                          now: datetime) -> None:
        """The customer's new text and what was read from it (kept for every message not
        ignored: the review queue shows it; staff decisions turn it into labelled examples)."""
        self.conn.execute(
            "INSERT INTO message_texts (message_id, text, evidence, reason, booking, language, "
            "stored_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (message_id, text[:20_000], json.dumps(list(evidence)[:20], ensure_ascii=False),
             reason, booking, language, ts(now)))

    def keep_reply_details(self, *, message_id: str, from_name: str, reply_to: str | None,
                           references: Sequence[str], reason_text: str) -> None:
        """What an acknowledgement sent later from the console needs to be threaded."""
        self.conn.execute(
            "INSERT INTO message_replies (message_id, from_name, reply_to, refs, reason_text) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (message_id, from_name[:200], reply_to, json.dumps(list(references)[-30:]),
             reason_text[:1000]))

    def add_review_item(self, message_id: str, kind: str, why: str, now: datetime) -> None:
        """Put a message in the console's queue (again, if staff had already decided it)."""
        self.conn.execute(
            "INSERT INTO review_items (message_id, kind, why, since) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (message_id) DO UPDATE SET kind = excluded.kind, why = excluded.why, "
            "since = excluded.since, status = 'waiting'",
            (message_id, kind, why[:1000], ts(now)))

    def add_review_item_for_uid(self, folder: str, uidvalidity: int, uid: int, kind: str,
                                why: str, now: datetime) -> None:
        row = self.conn.execute(
            "SELECT message_id FROM messages WHERE folder = ? AND uidvalidity = ? AND uid = ?",
            (folder, uidvalidity, uid)).fetchone()
        if row is not None:
            self.add_review_item(str(row[0]), kind, why, now)

    def waiting_count(self) -> int:
        row = self.conn.execute(
            "SELECT COUNT(*) FROM review_items WHERE status = 'waiting'").fetchone()
        return int(row[0])

    def change_pending_flags(self, message_id: str, *, add: Sequence[str] = (),
                             remove: Sequence[str] = ()) -> None:
        """Queue IMAP flags to set and to take off a handled message (``apply_flags``
        takes them off first, then sets the rest)."""
        row = self.conn.execute(
            "SELECT id, flags, flags_remove FROM messages WHERE message_id = ?",
            (message_id,)).fetchone()
        if row is None:
            return
        flags = (set(json.loads(row[1])) - set(remove)) | set(add)
        gone = (set(json.loads(row[2])) | set(remove)) - set(add)
        self.conn.execute(
            "UPDATE messages SET flags = ?, flags_remove = ?, flags_done = 0 WHERE id = ?",
            (json.dumps(sorted(flags)), json.dumps(sorted(gone)), row[0]))

    # -- retention ------------------------------------------------------------------------

    def forget_texts(self, before: datetime) -> int:
        """Inside a transaction: erase what customers wrote that was kept before ``before``
        (``[state] keep_texts``): the texts the console shows, the staff's labelled examples
        made from them, the reason in the customer's words. Decisions, counts and the
        suppression list stay. Returns how many rows were changed."""
        cutoff = ts(before)
        changed = 0
        for sql in (
            "DELETE FROM message_replies WHERE message_id IN "
            "(SELECT message_id FROM messages WHERE handled_at < ?)",
            "DELETE FROM message_texts WHERE stored_at < ?",
            "DELETE FROM labels WHERE at < ?",
            "UPDATE conversations SET reason_text = NULL "
            "WHERE reason_text IS NOT NULL AND updated_at < ?",
        ):
            changed += self.conn.execute(sql, (cutoff,)).rowcount
        return changed
