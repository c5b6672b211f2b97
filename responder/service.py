"""The daemon: inbox -> parse -> detect -> decide -> render -> send -> follow up.

:class:`Service` wires the pure steps to the three kinds of I/O (IMAP in a worker thread,
SMTP with asyncio, SQLite in the loop's thread). One cycle:

1. re-do what a crash may have left half done (sends in doubt, copies not filed, flags);
2. handle every new message: one transaction records the message, its decision, the
   queued acknowledgement and the mailbox cursor;
3. queue the follow-ups that are due;
4. send the outbox: each send's record and the follow-ups it schedules share one
   transaction; then a copy goes to the Sent folder and the original gets ``\\Answered``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import sqlite3
import subprocess
import threading
import time
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.parser import BytesHeaderParser
from typing import TYPE_CHECKING, Any

from responder.config import Config, parse_duration, uses_oauth2
from responder.decide import FLAG_REVIEW
from responder.digest import digest_context, due_period
from responder.errors import (
    MailboxAuthError,
    MailboxError,
    PermanentSendError,
    SendError,
    StorageError,
    TemplateError,
    TransientSendError,
)
from responder.followup import (
    SendWindow,
    Timer,
    holiday_dates,
    is_expired,
    parse_days,
    parse_hours,
)
from responder.handling import Handler, Stats
from responder.health import assess
from responder.inbox import Mailbox
from responder.learn.schedule import start_if_due
from responder.lock import StateLock
from responder.mail import limits, oauth2, sentcopy
from responder.mail.sender import advice as from_advice
from responder.metrics import Metrics
from responder.outgoing import OUTBOX_KIND, Outgoing
from responder.reader import ReaderError, ReaderPool
from responder.reading import PreRead
from responder.render import Renderer
from responder.send import OutcomeUnknownError, SmtpTransport
from responder.state import Followup, OutboxItem, Store, UpcomingFollowup, storage_error
from responder.templatecheck import check_in_child

if TYPE_CHECKING:
    from responder.web.server import ConsoleServer

log = logging.getLogger(__name__)

#: Transient SMTP failures are tried this many times (about five hours with the backoff); then
#: the message is given up and its original flagged $NeedsReview for a person.
MAX_ATTEMPTS = 12


def backoff(attempt: int, base: float = 30.0, cap: float = 3600.0) -> float:
    """Seconds before retry ``attempt`` (1-based): doubling, capped, with 10% jitter."""
    delay = min(cap, base * 2.0 ** max(0, attempt - 1))
    return delay * random.uniform(0.9, 1.1)


class Service:
    def __init__(
        self,
        config: Config,
        *,
        dry_run: bool = False,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.config = config
        self.dry_run = dry_run
        self.clock = clock or (lambda: datetime.now(UTC))
        # One daemon per state (a dry run works on a copy and needs no lock).
        self.lock = None if dry_run else StateLock.acquire(config.state.path)
        try:
            self.store = (Store.open_copy(config.state.path) if dry_run
                          else Store.open(config.state.path))
        except BaseException:
            if self.lock is not None:
                self.lock.release()
            raise
        self.renderer = Renderer(config.templates.dir, config.business.default_language)
        tokens = oauth2.token_source(config)  # OAuth 2.0 (responder.mail.oauth2) or None
        self.mailbox = Mailbox(config.imap, tokens if uses_oauth2(config, "imap") else None)
        self.smtp = SmtpTransport(config.smtp, tokens if uses_oauth2(config, "smtp") else None)
        fcfg, biz = config.followups, config.business
        opens, closes = parse_hours(fcfg.business_hours)
        year = self.clock().year
        self.window = SendWindow(
            tz=biz.tz, start=opens, end=closes, weekdays=parse_days(fcfg.business_days),
            holidays=holiday_dates(fcfg.holidays, fcfg.holidays_subdivision,
                                   range(year - 1, year + 3)))
        self.stats = Stats()
        self.metrics = Metrics()
        # --now moves the clock for what is due, never the Date of what is sent.
        self.outgoing = Outgoing(config, self.renderer, _real_time)
        self.handler = Handler(config, self.store, self.outgoing, self.window, self.metrics,
                               self.stats, self.clock, dry_run)
        self._learner: subprocess.Popen[bytes] | None = None  # a running `responder learn`
        self.renderer.on_problem = self._template_problem
        self.renderer.checker = check_in_child  # an edit is tried in a child before it goes live
        self.wake = threading.Event()
        self.stopping = False
        self.timer = Timer(self.wake.set)
        self.last_contact: datetime | None = None
        self._forgot_at: datetime | None = None  # when forget_old_texts last ran
        self.lost_at: datetime | None = None  # when the mailbox connection was lost
        self.sending: set[int] = set()  # outbox rows this process is sending right now
        # The daemon sends from a task of its own while the main task reads mail; that task
        # never uses IMAP: what it sent is filed (Sent copy, \\Answered) by the next cycle.
        self.background_sending = False
        self._outbox_ready = asyncio.Event()  # something may be due in the outbox
        self._fresh: set[int] = set()  # sent by the sender task, not yet filed
        self._tried = 0  # outbox rows claimed so far
        self._sent_checked: set[int] = set()  # looked for in Sent by the main task: not there
        self._unchecked: set[int] = set()  # to be looked for in Sent before the sender takes them
        self._copy_first: list[OutboxItem] = []  # sent, but the disk refused the record
        self._stopped = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        #: (uidvalidity, uidnext, when) at this process's first contact with the mailbox.
        self.first_contact: tuple[int, int, datetime] | None = None
        #: Sending waits until then (a provider's quota answer or our sending limit).
        self.send_paused_until: datetime | None = None
        self.sender_checked = False  # check_sender runs once, after the first connect

    # -- the cycle ------------------------------------------------------------------------

    async def check_sender(self) -> None:
        """Once, at start: will the SMTP server send as business.address? One line if not
        (responder.mail.sender); nothing is sent, and nothing stops."""
        self.sender_checked = True
        cfg, biz = self.config, self.config.business
        envelope = cfg.smtp.envelope_from or biz.address
        login = cfg.smtp.username
        if not login or login.lower() == envelope.lower():
            return  # no login, or sending as itself: nothing a server could refuse
        try:
            refusal = None if self.dry_run else await self.smtp.probe_sender(envelope)
        except SendError as exc:  # the outbox reports it when it sends; not this check's job
            log.info("could not check the sender address", extra={"fields": {"error": str(exc)}})
            return
        advice = from_advice(cfg.provider, cfg.smtp.host, login, envelope, refusal)
        if advice is not None:
            log.warning(advice)
            self.store.log_event("warning", advice, self.clock())

    async def connect(self) -> None:
        status = await asyncio.to_thread(self.mailbox.connect)
        self.last_contact = self.clock()
        self.first_contact = self.first_contact or (status.uidvalidity, status.uidnext,
                                                    self.last_contact)
        self.lost_at = None
        if not self.dry_run:
            with contextlib.suppress(sqlite3.Error):  # bookkeeping for `health` only
                self.store.forget_beat("mailbox_lost")
        log.info("mailbox connected", extra={"fields": {
            "host": self.config.imap.host, "folder": self.config.imap.folder,
            "uidvalidity": status.uidvalidity, "idle": self.mailbox.idle_supported,
            "tagging": self.mailbox.tagger.describe(),
            "sent": sentcopy.describe(self.mailbox.sent, self.mailbox.append_copies)}})
        if not self.sender_checked:
            await self.check_sender()

    async def cycle(self) -> None:
        """One cycle (:meth:`_cycle`); the disk under the state refusing a write fails it as a
        :class:`StorageError` (nothing of the failed step recorded, the cursor where it was)."""
        try:
            await self._cycle()
        except (sqlite3.Error, OSError) as exc:
            problem = storage_error(exc, self.config.state.path)
            if problem is None:
                raise
            raise problem from exc

    async def _cycle(self) -> None:
        """Everything that can be done now, in order; safe to repeat at any time."""
        self.renderer.refresh()  # staff edits go live, or are reported, without a restart
        await self._copy_unrecorded()
        await self.recover()
        await self.sync_mailbox()
        self.queue_followups()
        self.queue_digest()
        self.queue_console_notes()
        self.queue_review_note()  # the console's notes replace it when on
        if not self.dry_run:
            self.forget_old_texts()
            # weekly: `responder learn` in a child process (responder/learn/)
            self._learner = start_if_due(self.config, self.store, self.clock(), self._learner)
        if self.background_sending:
            await self._check_sent_copies()  # the IMAP part of sending, done here
            self._outbox_ready.set()
        else:
            await self._check_sent_copies()  # grouped: one SEARCH for up to 50 sends
            await self.flush_outbox()
        await self.apply_flags()
        self.last_contact = self.clock()
        self.metrics.last_contact.set(time.time())
        self.metrics.queue_depth.set(self.store.outbox_depth())
        if not self.dry_run:
            self.store.beat("mailbox", datetime.now(UTC))

    async def run_once(self) -> Stats:
        await self.connect()
        try:
            await self.cycle()
        finally:
            await asyncio.to_thread(self.mailbox.close)
        return self.stats

    async def run_forever(self) -> None:
        """Cycle, then wait for new mail (IDLE or polling) or a due follow-up; reconnect on
        failure with backoff; return when :meth:`stop` is called."""
        await self.connect()  # a wrong host or password fails fast, with one clear line
        server = await self.start_console() if self.config.http.port else None
        self.timer.start()
        self._loop = asyncio.get_running_loop()
        self.background_sending = True
        sender = asyncio.create_task(self._sender())
        failures = 0
        fresh = True  # the next cycle is the first on this connection
        try:
            while not self.stopping:
                delay = 0.0
                try:
                    if self.mailbox.client is None:
                        await self.connect()
                        fresh = True
                    self.wake.clear()  # what sets it from now on makes another cycle
                    await self.cycle()
                    if fresh:
                        fresh = False
                        log.info("watching for new mail", extra={"fields": {
                            "wait": "idle" if self.mailbox.idle_supported else "poll"}})
                    failures = 0
                    self.arm_timer()
                    if self.stopping:
                        break
                    if self.wake.is_set() or await self._mail_waiting():
                        continue
                    timeout = parse_duration(self.config.imap.poll_interval).total_seconds()
                    if self.mailbox.idle_supported:
                        timeout = 3600.0
                    await asyncio.to_thread(self.mailbox.wait, timeout, self.wake)
                except StorageError as exc:
                    failures += 1
                    delay = self._storage_backoff(exc, failures)
                except MailboxAuthError:
                    raise
                except (MailboxError, OSError) as exc:
                    failures += 1
                    self.metrics.reconnects.inc()
                    delay = min(60.0, 2.0 ** min(failures, 6)) * random.uniform(0.8, 1.2)
                    log.warning("mailbox connection lost; reconnecting", extra={"fields": {
                        "error": str(exc), "retry_in_s": round(delay, 1)}})
                    self.store.log_event("warning", f"IMAP: {exc}", self.clock())
                except Exception as exc:  # a bug must not stop the daemon: log, back off, retry
                    failures += 1
                    delay = min(300.0, 2.0 ** min(failures, 8)) * random.uniform(0.8, 1.2)
                    log.exception("cycle failed; retrying", extra={"fields": {
                        "error": repr(exc), "retry_in_s": round(delay, 1)}})
                    self.store.log_event("error", f"cycle failed: {exc!r}", self.clock())
                if delay:
                    self._lost()
                    await asyncio.to_thread(self.mailbox.close)
                    await asyncio.to_thread(self._stopped.wait, delay)
        finally:
            self.stopping = True
            self._outbox_ready.set()
            await sender  # the send in hand is finished
            self.timer.shutdown()
            if server is not None:
                await server.stop()
            await asyncio.to_thread(self.mailbox.close)

    async def _mail_waiting(self) -> bool:
        """Whether mail came in after the cycle read the folder. The server's notice of it
        may have come with the answer to another command (APPEND to Sent, STORE, SEARCH)
        and is not repeated once IDLE starts, so the folder is asked before every IDLE."""
        cursor = self.store.cursor(self.config.imap.folder)
        status = self.mailbox.status
        if cursor is None or status is None or cursor[0] != status.uidvalidity:
            return True
        return bool(await asyncio.to_thread(self.mailbox.uids_after, cursor[1]))

    async def _sender(self) -> None:
        """The daemon's sending task: flushes the outbox whenever the main task says it may
        hold something due, so reading mail never waits behind a slow SMTP server (and a
        slow server holds one message at most ``smtp.send_timeout``)."""
        while not self.stopping:
            await self._outbox_ready.wait()
            self._outbox_ready.clear()
            try:
                tried = await self.flush_outbox()
            except Exception as exc:  # a full disk or a bug must not stop sending for good
                problem = (storage_error(exc, self.config.state.path)
                           if isinstance(exc, sqlite3.Error | OSError) else None)
                if problem is not None:
                    log.error(str(problem), extra={"fields": {"retry_in_s": 30}})
                    self.wake.set()  # the main task files what went out (_copy_unrecorded)
                else:
                    log.exception("sending failed; retrying", extra={"fields": {"error": repr(exc)}})
                    with contextlib.suppress(sqlite3.Error):
                        self.store.log_event("error", f"sending failed: {exc!r}", self.clock())
                end = time.monotonic() + (30.0 if problem is not None else 5.0)
                while not self.stopping and time.monotonic() < end:
                    await asyncio.sleep(0.5)
                self._outbox_ready.set()
                continue
            if tried and self.mailbox.client is not None:
                self.wake.set()  # the main task files the copies and sets the flags now

    def _lost(self) -> None:
        """The mailbox connection is lost (or given up): remembered for the health checks."""
        if self.lost_at is None:
            self.lost_at = self.clock()
            if not self.dry_run:
                with contextlib.suppress(sqlite3.Error):  # bookkeeping for `health` only
                    self.store.beat("mailbox_lost", datetime.now(UTC))

    async def start_console(self) -> ConsoleServer:
        """The HTTP port: the staff console with /healthz and /metrics (responder.web)."""
        from responder.web import create_app
        from responder.web.server import start

        app = create_app(self.config, metrics=self.metrics, health=self.health,
                         on_change=self.wake.set, clock=self.clock, renderer=self.renderer,
                         store=self.store if self.dry_run else None)
        return await start(app, self.config.http.host, self.config.http.port)

    def health(self) -> tuple[bool, dict[str, object]]:
        """For /healthz (whichever server serves it): (healthy, details), decided by
        :func:`responder.health.assess` from what this process knows."""
        now = self.clock()
        connected = self.mailbox.client is not None and self.lost_at is None
        verdict = assess(running=not self.stopping, connected=connected, lost_since=self.lost_at,
                         last_contact=self.last_contact, now=now,
                         grace=parse_duration(self.config.http.unhealthy_after),
                         stale_after=self.config.imap.stale_after())
        last = self.last_contact
        return verdict.ok, {
            "status": verdict.status, "detail": verdict.detail,
            "last_mailbox_contact_age_s": (now - last).total_seconds() if last else None,
            "outbox_queue_depth": self.store.outbox_depth(), "connected": connected}

    def _storage_backoff(self, exc: StorageError, failures: int) -> float:
        """One line naming state.path and the fix (nothing written: the disk refuses); the
        seconds to wait before the cycle is tried again."""
        delay = min(300.0, 2.0 ** min(failures, 8)) * random.uniform(0.8, 1.2)
        log.error(str(exc), extra={"fields": {"retry_in_s": round(delay, 1)}})
        return delay

    def _template_problem(self, problem: str) -> None:
        """A broken template edit: logged, shown by `status`, and mailed to staff (once a day)."""
        now = self.clock()
        log.error("template edit rejected; the last good version stays in use",
                  extra={"fields": {"problem": problem}})
        note = self.outgoing.template_problem(problem)
        with self.store.transaction():
            self.store.log_event("error", f"template: {problem}", now)
            if note is not None:
                self.store.enqueue(kind="staff_alert", ref=note.ref, message_id=note.message_id,
                                   conversation_id=None, recipient=note.recipient, raw=note.raw,
                                   now=now)

    def forget_old_texts(self) -> None:
        """At most once an hour: erase what customers wrote longer ago than ``[state]
        keep_texts`` (the console's texts, labelled examples, reasons in their words)."""
        now = self.clock()
        if self._forgot_at is not None and now - self._forgot_at < timedelta(hours=1):
            return
        self._forgot_at = now
        with self.store.transaction():
            erased = self.store.forget_texts(now - parse_duration(self.config.state.keep_texts))
        if erased:
            log.info("customer texts past their keeping time erased", extra={"fields": {
                "rows": erased, "keep_texts": self.config.state.keep_texts}})

    def stop(self) -> None:
        """Stop taking new mail; the message in hand is finished, then run_forever returns."""
        self.stopping = True
        self.wake.set()
        self._stopped.set()
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._outbox_ready.set)

    def arm_timer(self) -> None:
        outbox = self.store.next_outbox_attempt()
        if outbox is not None and self.send_paused_until is not None:
            outbox = max(outbox, self.send_paused_until)  # sending waits for a limit
        due = [d for d in (self.store.next_followup_due(), outbox) if d]
        self.timer.arm(min(due) if due else None, self.clock())

    def close(self) -> None:
        self.store.close()
        if self.lock is not None:
            self.lock.release()

    # -- 1. crash recovery ----------------------------------------------------------------

    async def recover(self) -> None:
        """Settle sends whose outcome a crash left unknown: the Sent folder decides. A claim
        that never handed its message over goes back to the queue."""
        busy = set(self.sending)
        with self.store.transaction():
            released = self.store.release_claims(busy)
        if released:
            log.info("unfinished sends queued again (never handed over)",
                     extra={"fields": {"count": released}})
        for item in self.store.outbox_in_doubt(busy):
            found = await asyncio.to_thread(self.mailbox.sent_has, item.message_id)
            now = self.clock()
            if found:
                with self.store.transaction():
                    self._record_sent(item, now)
                    self.store.mark_filed(item.id)
                log.info("send in doubt found in Sent folder; recorded as sent",
                         extra={"fields": {"message_id": item.message_id}})
            else:
                # At most once: never send again what may have gone out. A person checks.
                with self.store.transaction():
                    self.store.mark_failed(item.id, "outcome unknown after a crash", "unknown")
                    self._review_source(item)
                    self.store.log_event(
                        "warning", f"send to {item.recipient} may or may not have gone out "
                        f"({item.message_id}); not retried", now)
                log.warning("send in doubt not found in Sent; left for a person",
                            extra={"fields": {"message_id": item.message_id}})

    # -- 2. new mail ----------------------------------------------------------------------

    async def sync_mailbox(self) -> None:
        status = self.mailbox.status
        assert status is not None
        folder = self.config.imap.folder
        cursor = self.store.cursor(folder)
        now = self.clock()
        if cursor is None:
            last = await self._initial_cursor(status.uidnext, now)
            with self.store.transaction():
                self.store.set_cursor(folder, status.uidvalidity, last, now)
            log.info("first start: mail already in the folder is not answered",
                     extra={"fields": {"folder": folder, "from_uid": last + 1,
                                       "backfill": self.config.imap.backfill}})
            cursor = (status.uidvalidity, last)
        if cursor[0] != status.uidvalidity:
            # The server renumbered the folder: look again at mail since we started and
            # rely on Message-ID deduplication not to answer anything twice.
            started = self._started_at(folder)
            uids = await asyncio.to_thread(self.mailbox.uids_since, started)
            log.warning("UIDVALIDITY changed; re-syncing by Message-ID", extra={"fields": {
                "old": cursor[0], "new": status.uidvalidity, "candidates": len(uids)}})
            with self.store.transaction():
                self.store.set_cursor(folder, status.uidvalidity, 0, now)
            await self._handle_uids(uids, status.uidvalidity)
            last_uid = max(uids, default=status.uidnext - 1)
            with self.store.transaction():
                self.store.set_cursor(folder, status.uidvalidity, max(last_uid, status.uidnext - 1),
                                      now)
            return
        uids = await asyncio.to_thread(self.mailbox.uids_after, cursor[1])
        await self._handle_uids(uids, status.uidvalidity)

    def _started_at(self, folder: str) -> datetime:
        started = self.store.started_at(folder)
        assert started is not None  # sync_mailbox set the cursor first
        return started

    async def _initial_cursor(self, uidnext: int, now: datetime) -> int:
        backfill = self.config.imap.backfill
        if backfill == "all":
            return 0
        if backfill == "none":
            return uidnext - 1
        uids = await asyncio.to_thread(self.mailbox.uids_since, now - parse_duration(backfill))
        return (min(uids) - 1) if uids else uidnext - 1

    async def _handle_uids(self, uids: list[int], uidvalidity: int) -> None:
        batch = self.config.imap.batch_size
        chunks = [uids[i : i + batch] for i in range(0, len(uids), batch)]
        # A backlog: parsing and detection (pure) go to reader processes, batches ahead.
        readers = None
        if len(chunks) > 1:
            try:
                readers = ReaderPool.start((self.handler.identity, self.config.business.default_language,
                                            self.handler.policy.review_threshold,
                                            self.handler.second_reader))
            except ReaderError as exc:
                log.warning("no reader process; reading in this process",
                            extra={"fields": {"error": str(exc)}})
        try:
            await self._handle_chunks(chunks, uidvalidity, readers)
        finally:
            if readers is not None:
                await readers.aclose()

    async def _handle_chunks(self, chunks: list[list[int]], uidvalidity: int,
                             readers: ReaderPool | None) -> None:
        ahead: deque[tuple[list[int], list[tuple[int, bytes]], asyncio.Task[Any] | None]] = deque()
        pending = asyncio.ensure_future(asyncio.to_thread(self._fetch, chunks[0])) if chunks else None
        n = 0
        while ahead or pending is not None:
            # Fetch the next batches while this one is handled (the IMAP connection is only
            # used by that one worker thread meanwhile).
            while pending is not None and (not ahead or (readers is not None and len(ahead) < 3)):
                fetched = await pending
                n += 1
                pending = (asyncio.ensure_future(asyncio.to_thread(self._fetch, chunks[n]))
                           if n < len(chunks) and not self.stopping else None)
                reading = readers.submit([raw for _, raw in fetched]) if readers is not None else None
                ahead.append((chunks[n - 1], fetched, reading))
            chunk, fetched, reading = ahead.popleft()
            pres: list[PreRead | None] = [None] * len(fetched)
            if reading is not None:
                try:
                    pres = await reading
                except ReaderError as exc:  # a dead reader: this process reads the batch itself
                    log.warning("reader process failed; reading in this process",
                                extra={"fields": {"error": str(exc)}})
            try:
                self._handle_batch(chunk, fetched, pres, uidvalidity)
            except BaseException:  # the disk refused: the fetch ahead ends before the cycle
                if pending is not None:
                    await asyncio.gather(pending, return_exceptions=True)
                raise
            if self.stopping:
                if pending is not None:
                    await pending
                return  # the readers' unfinished work is dropped: it was only reading

    def _handle_batch(self, chunk: list[int], fetched: list[tuple[int, bytes]],
                      pres: list[PreRead | None], uidvalidity: int) -> None:
        """One fetched batch, without a pause (nothing else uses the state meanwhile): the
        messages that are only recorded share one commit with the cursor; one that queues a
        send or a flag is committed at once (Store.batched)."""
        with self.store.batched():
            for (uid, raw), pre in zip(fetched, pres, strict=True):
                if self.stopping:
                    return
                self.handler.handle(uid, uidvalidity, raw, pre)
            # Expunged messages leave gaps: move the cursor past the whole chunk.
            with self.store.transaction():
                cur = self.store.cursor(self.config.imap.folder)
                if cur and cur[1] < chunk[-1]:
                    self.store.set_cursor(self.config.imap.folder, uidvalidity, chunk[-1],
                                          self.clock())
        if self.background_sending:
            self._outbox_ready.set()  # this batch's answers go out while the next is read

    def _fetch(self, uids: list[int]) -> list[tuple[int, bytes]]:
        return list(self.mailbox.fetch(uids))

    # -- 3. follow-ups --------------------------------------------------------------------

    def queue_followups(self) -> None:
        """Render every due follow-up into the outbox (sent by :meth:`flush_outbox`)."""
        now = self.clock()
        grace = parse_duration(self.config.followups.grace)
        seen: set[int] = set()
        while not self.stopping:
            due = [fu for fu in self.store.followups_due(now) if fu.id not in seen]
            if not due:
                return
            seen.update(fu.id for fu in due)
            self._queue_batch(due, now, grace)

    def _queue_batch(self, due: list[Followup], now: datetime, grace: timedelta) -> None:
        for fu in due:
            conv = self.store.conversation(fu.conversation_id)
            if conv is None or conv.status != "open":
                with self.store.transaction():
                    self.store.set_followup_status(fu.id, "cancelled", "conversation stopped")
                continue
            if is_expired(fu.due_at, now, grace):
                with self.store.transaction():
                    self.store.set_followup_status(fu.id, "expired", f"more than {grace} late")
                log.info("follow-up expired", extra={"fields": {"followup": fu.id}})
                continue
            if not self.window.open_at(now):
                # Re-checked at send time: never at night, at weekends or on holidays.
                later = self.window.next_open(now) + self._jitter()
                with self.store.transaction():
                    self.store.reschedule_followup(fu.id, later)
                log.info("follow-up waits for business hours", extra={"fields": {
                    "followup": fu.id, "until": later.isoformat()}})
                continue
            try:
                prepared = self.outgoing.followup(conv, fu, self.store.last_outbox_message_id(conv.id),
                                                  self.store.followups_sent_in(conv.id))
            except TemplateError as exc:
                log.error("follow-up template broken; will retry next cycle",
                          extra={"fields": {"followup": fu.id, "error": str(exc)}})
                self.store.log_event("error", f"template: {exc}", now)
                continue
            with self.store.transaction():
                self.store.enqueue(kind="followup", ref=prepared.ref,
                                   message_id=prepared.message_id, conversation_id=conv.id,
                                   recipient=prepared.recipient, raw=prepared.raw, now=now)
                self.store.set_followup_status(fu.id, "queued")
            self.stats.followups_queued += 1

    def queue_digest(self) -> None:
        """Queue the staff digest of the last complete period, once (unique per period)."""
        cfg = self.config.digest
        period = due_period(self.clock(), cfg.frequency, cfg.hour, self.config.business.tz)
        if period is None:
            return
        start, end = period
        key = f"{cfg.frequency}:{start:%Y-%m-%d}"
        if end <= self._started_at(self.config.imap.folder) or self.store.outbox_has("digest", key):
            return  # a period that ended before responder first started has nothing to say
        try:
            note = self.outgoing.digest(
                digest_context(self.store, start, end, self.config.business.tz), key)
        except TemplateError as exc:
            log.error("digest template broken", extra={"fields": {"error": str(exc)}})
            return
        if note is None:
            return
        with self.store.transaction():
            self.store.enqueue(kind="digest", ref=key, message_id=note.message_id,
                               conversation_id=None, recipient=note.recipient, raw=note.raw,
                               now=self.clock())

    def queue_review_note(self) -> None:
        """Tell staff about messages left for a person ($NeedsReview): at most one note an
        hour, listing each such message not told about before (the next hour's note takes
        what comes later). Not templated, like the other notes from responder itself."""
        http = self.config.http
        if self.dry_run or not self.config.business.staff_address or http.port or http.notify != "off":
            return  # the staff console shows them; its http.notify decides the mail
        now = self.clock()
        ref = f"review:{now:%Y-%m-%dT%H}"
        if self.store.outbox_has(OUTBOX_KIND["note"], ref):
            return
        waiting = self.store.needs_review(200, not_noted=True)
        if not waiting:
            return
        tz = self.config.business.tz
        lines = [f"{len(waiting)} message(s) wait for a person: responder did not answer them "
                 f"and tagged them $NeedsReview in {self.config.imap.folder}.", ""]
        for r in reversed(waiting):
            subject = " ".join(r.subject.split())[:120]
            lines.append(f"- {r.handled_at.astimezone(tz):%a %d %b %H:%M}  {r.from_addr}  "
                         f"\"{subject}\"")
            lines.extend(f"    {why[:300]}" for why in r.why[-2:])
            if r.send_problem:
                lines.append(f"    not sent: {r.send_problem[:300]}")
        lines += ["", "See them with: responder status, or responder conversations ADDRESS"]
        note = self.outgoing.staff_note(ref, f"{len(waiting)} message(s) wait for a person",
                                        "\n".join(lines) + "\n")
        if note is None:
            return
        with self.store.transaction():
            self.store.enqueue(kind=note.outbox_kind, ref=note.ref, message_id=note.message_id,
                               conversation_id=None, recipient=note.recipient, raw=note.raw,
                               now=now)
            self.store.note_reviews([r.id for r in waiting], now)

    def queue_console_notes(self) -> None:
        """Tell staff that messages wait in the console (http.notify: instant or digest)."""
        if self.config.http.notify != "off":
            from responder.web.notify import queue_notes

            queue_notes(self.store, self.config, self.outgoing, self.clock())

    def _jitter(self) -> timedelta:
        spread = parse_duration(self.config.followups.jitter).total_seconds()
        return timedelta(seconds=random.uniform(0, spread))

    # -- 4. sending -----------------------------------------------------------------------

    async def flush_outbox(self) -> int:
        """Send what is due; returns how many were tried (sent, failed or retried later)."""
        sender = self.config.smtp.envelope_from or self.config.business.address
        before = self._tried
        async with self.smtp.session():  # one SMTP connection and login for the whole flush
            while not self.stopping:
                items = [i for i in self.store.outbox_due(self.clock()) if i.id not in self._unchecked]
                if not items or self._sending_paused():
                    break
                for item in items:
                    if self.stopping or self._sending_paused():
                        return self._tried - before
                    await self._send(item, sender)
        return self._tried - before

    def _sending_paused(self) -> bool:
        """Whether sending waits now: a quota answer's pause, or our own per-minute/per-day
        cap (responder.mail.limits; the sends recorded in the database are counted)."""
        now = self.clock()
        if self.send_paused_until is not None and now < self.send_paused_until:
            return True
        cfg = self.config.smtp
        if self.dry_run or not (cfg.per_minute or cfg.per_day):
            return False
        until = limits.next_allowed_by(
            lambda window, n: self.store.nth_latest_send(now - window, now, n),
            cfg.per_minute, cfg.per_day)
        if until is None:
            return False
        if self.send_paused_until is None or self.send_paused_until < until:
            log.info("sending waits for the sending limit", extra={"fields": {
                "until": until.isoformat(), "per_minute": cfg.per_minute, "per_day": cfg.per_day}})
        self.send_paused_until = until
        return True

    async def _send(self, item: OutboxItem, sender: str) -> None:
        now = self.clock()
        fields = {"kind": item.kind, "to": item.recipient, "message_id": item.message_id}
        if not self.store.claim(item.id):  # another sender has it: never send one row twice
            log.info("already being sent elsewhere; skipped", extra={"fields": fields})
            return
        self.sending.add(item.id)
        self._tried += 1
        try:
            await self._send_claimed(item, sender, now, fields)
        finally:
            self.sending.discard(item.id)
            if item.id not in self._unchecked:
                self._sent_checked.discard(item.id)

    async def _send_claimed(self, item: OutboxItem, sender: str, now: datetime,
                            fields: dict[str, Any]) -> None:
        blocked = self.store.suppressed(item.recipient)
        if blocked:
            with self.store.transaction():
                self.store.mark_failed(item.id, blocked, "suppressed")
                if item.kind == "followup":
                    self.store.set_followup_status(int(item.ref), "cancelled", blocked)
            log.info("not sent: suppressed", extra={"fields": {**fields, "why": blocked}})
            return
        if self.background_sending and item.id not in self._sent_checked \
                and self._may_be_sent_already(item):
            # Only the main task uses IMAP: it looks in Sent first (_check_sent_copies).
            self.store.unclaim(item.id)
            self._unchecked.add(item.id)
            self.wake.set()
            return
        if not self.background_sending and item.id not in self._sent_checked \
                and await self._already_in_sent(item):
            return
        if self.dry_run:
            log.info("dry run: would send", extra={"fields": fields})
            with self.store.transaction():
                self._record_sent(item, now)
                self.store.mark_filed(item.id)
            self.stats.sent += 1
            return
        try:
            await self.smtp.send(item.raw, sender, item.recipient,
                                 before_data=lambda: self.store.mark_sending(item.id))
        except limits.SendPaused as exc:
            # The provider's quota or rate answer: this message waits with the rest, its
            # attempts not counted; nothing more is sent until the pause is over.
            until = now + exc.pause
            with self.store.transaction():
                self.store.mark_retry(item.id, str(exc), until, item.attempts)
            self.send_paused_until = until
            self.metrics.send_failures.labels(item.kind, "false").inc()
            log.warning("sending paused by the provider's limit", extra={"fields": {
                **fields, "kind_of_limit": exc.kind, "until": until.isoformat(), "answer": str(exc)}})
            return
        except TransientSendError as exc:
            attempt = item.attempts + 1
            with self.store.transaction():
                giving_up = attempt >= MAX_ATTEMPTS
                if giving_up:
                    self.store.mark_failed(item.id, str(exc))
                    self._review_source(item)
                    self.store.log_event("error", f"gave up sending to {item.recipient}: {exc}",
                                         now)
                else:
                    self.store.mark_retry(item.id, str(exc),
                                          now + timedelta(seconds=backoff(attempt)), attempt)
            self.stats.failed += 1
            self.metrics.send_failures.labels(item.kind, "false").inc()
            log.warning("send failed; given up" if giving_up else "send failed; will retry",
                        extra={"fields": {**fields, "error": str(exc), "attempt": attempt}})
            return
        except PermanentSendError as exc:
            unknown = isinstance(exc, OutcomeUnknownError)
            with self.store.transaction():
                self.store.mark_failed(item.id, str(exc), "unknown" if unknown else "failed")
                self._review_source(item)  # flagged by apply_flags, retried until it works
                self.store.log_event("error", f"send to {item.recipient} "
                                     f"{'may have failed' if unknown else 'refused'}: {exc}", now)
            self.stats.failed += 1
            self.metrics.send_failures.labels(item.kind, "true").inc()
            log.error("send outcome unknown; not retried" if unknown else "send refused permanently",
                      extra={"fields": {**fields, "error": str(exc)}})
            return
        await self._record_after_send(item, now)
        self.stats.sent += 1
        self.metrics.sends.labels(item.kind).inc()
        log.info("sent", extra={"fields": fields})
        if self.background_sending:
            self._fresh.add(item.id)  # filed by the main task: IMAP is its alone
        else:
            await self._file(item, first_try=True)

    def _may_be_sent_already(self, item: OutboxItem) -> bool:
        """Whether a send the state knows nothing of may have gone out (the state was
        restored from a backup, or lost): what the item answers reached the mailbox, or fell
        due, before this process first reached the mailbox. A restored state's own record of
        its last contact is as old as the backup, so this process's first contact is the
        line; what arrives after it, this state alone has seen."""
        if self.first_contact is None:
            return True
        uidvalidity, uidnext, at = self.first_contact
        if item.kind == "followup":
            due = self.store.followup_due_at(int(item.ref))
            return due is None or due < at
        source = self._source_of(item)
        return source is not None and (source[0] != uidvalidity or source[1] < uidnext)

    def _source_of(self, item: OutboxItem) -> tuple[int, int] | None:
        """(uidvalidity, uid) of the message an item answers (an acknowledgement, a
        thank-you) or reports (a staff alert), when known."""
        if item.source_uid is not None and item.source_uidvalidity is not None:
            return item.source_uidvalidity, item.source_uid
        if item.kind == OUTBOX_KIND["thanks"]:
            message_id = str(BytesHeaderParser().parsebytes(item.raw).get("In-Reply-To", "")).strip()
        elif item.kind == OUTBOX_KIND["alert"] and item.ref.startswith("<"):
            message_id = item.ref  # an alert's ref is the Message-ID it is about
        else:
            return None
        return self.store.message_uid(message_id) if message_id else None

    async def _already_in_sent(self, item: OutboxItem) -> bool:
        """Before a send that may have gone out already (:meth:`_may_be_sent_already`): a
        copy in Sent under its deterministic Message-ID means it did; it is recorded as sent
        and not sent again. An IMAP error here fails the cycle: nothing is sent unchecked."""
        if not self._may_be_sent_already(item):
            return False
        if not await asyncio.to_thread(self.mailbox.sent_has, item.message_id):
            return False
        now = self.clock()
        with self.store.transaction():
            self._record_sent(item, now)
            self.store.mark_filed(item.id)
            self.store.log_event(
                "warning", f"{item.kind} to {item.recipient} was already in the Sent folder "
                f"({item.message_id}); recorded as sent, not sent again (state restored from "
                "a backup?)", now)
        log.warning("already in the Sent folder; recorded as sent, not sent again",
                    extra={"fields": {"kind": item.kind, "to": item.recipient,
                                      "message_id": item.message_id,
                                      "hint": "the state lags behind the mailbox (restored from a backup?)"}})
        return True

    async def _check_sent_copies(self) -> None:
        """For the sending task: due items that may have gone out already are looked for in
        Sent here, by the main task (IMAP is its alone); found ones are recorded as sent."""
        todo = [i for i in self.store.outbox_due(self.clock(), limit=10_000)
                if i.id not in self._sent_checked]
        for start in range(0, len(todo), SENT_CHECK_GROUP):
            group = todo[start:start + SENT_CHECK_GROUP]
            doubtful = [i for i in group if self._may_be_sent_already(i)]
            # One SEARCH for the group; only when it finds something is each looked for.
            none_there = await asyncio.to_thread(self.mailbox.sent_has_none,
                                                 [i.message_id for i in doubtful])
            for item in group:
                if none_there or not await self._already_in_sent(item):
                    self._sent_checked.add(item.id)
                self._unchecked.discard(item.id)

    async def _copy_unrecorded(self) -> None:
        """Sends whose record the disk refused (in the sending task): their copies go to Sent
        before :meth:`recover` looks there, so they are recorded as sent, not left in doubt."""
        while self._copy_first:
            item = self._copy_first.pop(0)
            with contextlib.suppress(MailboxError):
                await asyncio.to_thread(self.mailbox.append_sent, item.raw, _real_time(),
                                        check_first=False)

    async def _record_after_send(self, item: OutboxItem, now: datetime) -> None:
        """Record a send that went out. When the disk refuses, its copy goes to the Sent
        folder first: the next cycle's :meth:`recover` finds it there and records the send
        (with its follow-ups) instead of leaving it in doubt for a person."""
        try:
            with self.store.transaction():
                self._record_sent(item, now)
        except (sqlite3.Error, OSError) as exc:
            if storage_error(exc, self.config.state.path) is None:
                raise
            log.warning("sent, but the disk refused its record; it is recorded from its copy "
                        "in the Sent folder once there is room", extra={"fields": {
                            "kind": item.kind, "to": item.recipient,
                            "message_id": item.message_id}})
            if self.background_sending:
                self._copy_first.append(item)  # the main task files it before recovering
            else:
                with contextlib.suppress(MailboxError):
                    await asyncio.to_thread(self.mailbox.append_sent, item.raw, _real_time(),
                                            check_first=False)
            raise

    def _review_source(self, item: OutboxItem) -> None:
        """Inside a transaction: the original message gets $NeedsReview (set by apply_flags)."""
        if item.source_uid is not None and item.source_uidvalidity is not None:
            self.store.add_pending_flags(self.config.imap.folder, item.source_uidvalidity,
                                         item.source_uid, (FLAG_REVIEW,))
            self.store.add_review_item_for_uid(  # and it waits in the staff console
                self.config.imap.folder, item.source_uidvalidity, item.source_uid,
                "send_failed", f"the {item.kind} to {item.recipient} was not sent", self.clock())

    def _record_sent(self, item: OutboxItem, now: datetime) -> None:
        """Inside a transaction: the send, and what it schedules, recorded together."""
        self.store.mark_sent(item.id, now)
        if item.kind == "followup":
            self.store.set_followup_status(int(item.ref), "sent")
            self.metrics.followups.labels("sent").inc()
        elif item.kind == "acknowledgement" and item.conversation_id is not None:
            conv = self.store.conversation(item.conversation_id)
            if conv is not None and conv.status == "open":
                self.handler.schedule(conv, conv.reason, now, self.store.hint(conv.id))

    async def _file(self, item: OutboxItem, *, first_try: bool = False) -> None:
        """Copy to Sent and mark the original \\Answered; retried next cycle on failure.
        Only a retry (``first_try`` false) may find a copy already filed before a crash."""
        if self.dry_run:
            return
        try:
            await asyncio.to_thread(self.mailbox.append_sent, item.raw, _real_time(),
                                    check_first=not first_try)
            await self._flag_source(item, ("\\Answered",))
        except MailboxError as exc:
            log.warning("could not file the sent copy; will retry", extra={"fields": {
                "message_id": item.message_id, "error": str(exc)}})
            return
        with self.store.transaction():
            self.store.mark_filed(item.id)

    async def _flag_source(self, item: OutboxItem, flags: tuple[str, ...]) -> None:
        status = self.mailbox.status
        if (self.dry_run or item.source_uid is None or status is None
                or item.source_uidvalidity != status.uidvalidity):
            return
        await asyncio.to_thread(self.mailbox.add_flags, [item.source_uid], flags)

    async def apply_flags(self) -> None:
        """Set the IMAP keywords decided for handled messages, and file unfiled sends."""
        for item in self.store.outbox_unfiled():
            await self._file(item, first_try=item.id in self._fresh)
            self._fresh.discard(item.id)
        status = self.mailbox.status
        if self.dry_run or status is None:
            return
        pending = self.store.pending_flags(self.config.imap.folder)
        by_flags: dict[tuple[str, ...], list[int]] = {}
        by_removed: dict[tuple[str, ...], list[int]] = {}
        for p in pending:
            if p.uidvalidity == status.uidvalidity:
                by_flags.setdefault(p.flags, []).append(p.uid)
                if p.remove:
                    by_removed.setdefault(p.remove, []).append(p.uid)
        for flags, uids in by_removed.items():  # a staff decision takes a tag off first
            await asyncio.to_thread(self.mailbox.remove_flags, uids, flags)
        for flags, uids in by_flags.items():
            await asyncio.to_thread(self.mailbox.add_flags, uids, flags)
        if pending:
            with self.store.transaction():
                self.store.flags_done(pending)


#: Due sends looked for in the Sent folder with one SEARCH before the first send.
SENT_CHECK_GROUP = 50


def fixed_clock(start: datetime) -> Callable[[], datetime]:
    """A clock that starts at ``start`` and runs at real speed (for ``--now``). It decides
    what is due; the Date header and the Sent copy always carry the real time."""
    t0 = time.monotonic()
    return lambda: start + timedelta(seconds=time.monotonic() - t0)


def _real_time() -> datetime:
    return datetime.now(UTC)


def expired_by_now(store: Store, now: datetime, real: datetime, grace: timedelta) -> list[UpcomingFollowup]:
    """Scheduled follow-ups that a run at ``now`` would expire (more than ``grace`` late)
    although by the ``real`` clock they are not late: what a ``--now`` would throw away."""
    if now - grace <= real - grace:
        return []
    return store.scheduled_between(real - grace, now - grace)
