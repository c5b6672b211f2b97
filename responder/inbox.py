"""IMAP transport (imapclient): the only module that talks to the mailbox.

Blocking by nature; the service calls it from a worker thread, one call at a time.
Every library error is mapped to :class:`~responder.errors.MailboxError` (or
:class:`MailboxAuthError` for a refused login) with ``raise ... from exc``.
Messages are read with ``BODY.PEEK`` so they stay unread for staff, and at most
``max_fetch_bytes`` of each is fetched (a 20 MB attachment costs one partial FETCH).
"""

from __future__ import annotations

import contextlib
import imaplib
import logging
import re
import socket
import ssl
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.parser import BytesHeaderParser
from email.utils import parsedate_to_datetime

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from responder.config import ImapConfig, parse_duration
from responder.errors import MailboxAuthError, MailboxError
from responder.mail import oauth2, sentcopy, tagging
from responder.tls import certificate_problem, security_mismatch, tls_context

log = logging.getLogger(__name__)

#: How long one IDLE lasts before it is re-issued (RFC 2177: servers may drop it at 29 min).

_MSGID = re.compile(r"<[^<>\s]+>")


def _id_criteria(message_id: str) -> list[object]:
    """SEARCH criteria for a message of ours by its Message-ID, under either header a
    provider keeps it in (:data:`responder.mail.sentcopy.ID_HEADERS`)."""
    first, second = (["HEADER", name, message_id] for name in sentcopy.ID_HEADERS)
    return ["OR", first, second]


def _id_and_date(raw: bytes) -> tuple[str | None, datetime | None]:
    """The Message-ID and Date of a message we composed (headers only are parsed)."""
    headers = BytesHeaderParser().parsebytes(raw)
    match = _MSGID.search(str(headers.get("Message-ID", "")))
    try:
        date: datetime | None = parsedate_to_datetime(str(headers.get("Date", "")))
    except (TypeError, ValueError):
        date = None
    return (match.group(0) if match else None), date


@dataclass(frozen=True)
class FolderStatus:
    uidvalidity: int
    uidnext: int


@contextmanager
def _mapped(what: str) -> Iterator[None]:
    try:
        yield
    except LoginError as exc:
        raise MailboxAuthError(
            "imap.username: the IMAP server refused the login; check the user name and password"
        ) from exc
    except (IMAPClientError, imaplib.IMAP4.abort, OSError, ssl.SSLError, EOFError) as exc:
        detail = str(exc) or type(exc).__name__
        raise MailboxError(f"IMAP {what} failed: {detail}") from exc


class Mailbox:
    """One logged-in connection with the configured folder selected."""

    def __init__(self, config: ImapConfig, tokens: oauth2.TokenSource | None = None) -> None:
        self.config = config
        #: With ``imap.auth = "oauth2"``: asked for a token at every connect (XOAUTH2).
        self.tokens = tokens
        self.client: IMAPClient | None = None
        self.idle_supported = False
        self.status: FolderStatus | None = None
        #: How tags reach staff on this server (responder.mail.tagging); set on SELECT.
        self.tagger = tagging.Tagger(config.tagging, config.review_folder)
        #: Where the Sent copy goes and whether responder files it (responder.mail.sentcopy).
        self.sent = sentcopy.SentFolder(config.sent_folder or None, bool(config.sent_folder), "")
        self.append_copies = sentcopy.should_append(
            config.sent_copy, sentcopy.provider_files_copy("", config.host))

    # -- connection -----------------------------------------------------------------------

    def connect(self) -> FolderStatus:
        cfg = self.config
        host, port = cfg.host, cfg.default_port()
        with _mapped(f"connection to {host}:{port}"):
            try:
                client = self._login_once_more(host, port)
            except ssl.SSLCertVerificationError as exc:  # implicit TLS and STARTTLS alike
                raise MailboxError(certificate_problem("imap", host, port, cfg.ca_file, exc)) from exc
            except (ssl.SSLError, TimeoutError) as exc:
                mismatch = security_mismatch("imap", cfg.security, host, port, cfg.timeout, exc)
                if mismatch is None:
                    raise
                raise MailboxError(mismatch) from exc
            self.client = client
            self.idle_supported = cfg.idle and client.has_capability("IDLE")
            listing = client.list_folders() if cfg.sent_folder is None else []
            self.sent = sentcopy.resolve(cfg.sent_folder, listing)
        return self.select()

    def _login_once_more(self, host: str, port: int) -> IMAPClient:
        """Log in; a refused OAuth token is replaced by a fresh one once before it counts."""
        if self.tokens is None:
            return self._login(host, port)
        try:
            try:
                return self._login(host, port)
            except LoginError:
                log.info("the IMAP server refused the access token; once more with a fresh one")
                return self._login(host, port, fresh=True)
        except LoginError as exc:
            raise MailboxAuthError(
                f"imap.auth: the IMAP server refused the OAuth 2.0 token for {self.config.username} "
                "twice; check that the app may use IMAP for this mailbox (docs/mailbox.md)") from exc
        except oauth2.TokenError as exc:
            raise (MailboxAuthError if exc.fatal else MailboxError)(str(exc)) from exc

    def _login(self, host: str, port: int, *, fresh: bool = False) -> IMAPClient:
        cfg = self.config
        context = tls_context(cfg.ca_file) if cfg.security != "none" else None
        try:
            client = IMAPClient(host, port=port, ssl=cfg.security == "tls",
                                ssl_context=context if cfg.security == "tls" else None, timeout=cfg.timeout)
        except socket.gaierror as exc:
            raise MailboxError(f"imap.host: cannot resolve {host!r} ({exc.strerror})") from exc
        except ConnectionRefusedError as exc:
            raise MailboxError(f"IMAP {host}:{port} refused the connection") from exc
        try:
            if cfg.security == "starttls":
                client.starttls(context)
            if self.tokens is not None:
                token = oauth2.fetch(self.tokens, fresh=fresh)
                if self.tokens.mechanism == "OAUTHBEARER":
                    client.oauthbearer_login(cfg.username, token)
                else:
                    client.oauth2_login(cfg.username, token)
            else:
                client.login(cfg.username, cfg.password())
        except BaseException:
            with contextlib.suppress(Exception):
                client.shutdown()
            raise
        return client

    def select(self) -> FolderStatus:
        client = self._c()
        with _mapped(f"SELECT {self.config.folder}"):
            info = client.select_folder(self.config.folder)
            self.tagger.selected(tagging.support_from(info.get(b"PERMANENTFLAGS"), client.capabilities()))
        uidnext = int(info.get(b"UIDNEXT", 0))
        if not uidnext:
            with _mapped("STATUS"):
                uidnext = int(client.folder_status(self.config.folder, [b"UIDNEXT"])[b"UIDNEXT"])
        self.status = FolderStatus(int(info[b"UIDVALIDITY"]), uidnext)
        return self.status

    def close(self) -> None:
        client, self.client = self.client, None
        if client is None:
            return
        try:
            client.logout()
        except Exception:  # closing a dead connection must not raise
            with contextlib.suppress(Exception):
                client.shutdown()

    def _c(self) -> IMAPClient:
        if self.client is None:
            raise MailboxError("IMAP: not connected")
        return self.client

    # -- reading --------------------------------------------------------------------------

    def uids_after(self, last_uid: int) -> list[int]:
        with _mapped("SEARCH"):
            uids = self._c().search(["UID", f"{last_uid + 1}:*"])
        # "n:*" always matches the highest UID, even when it is below n.
        return sorted(int(u) for u in uids if int(u) > last_uid)

    def uids_since(self, since: datetime) -> list[int]:
        """UIDs whose INTERNALDATE is at or after ``since``."""
        client = self._c()
        with _mapped("SEARCH SINCE"):
            uids = client.search(["SINCE", (since - timedelta(days=1)).date()])
            if not uids:
                return []
            dates = client.fetch(uids, ["INTERNALDATE"])
        out = []
        for uid, data in dates.items():
            when = data.get(b"INTERNALDATE")
            if isinstance(when, datetime):
                aware = when if when.tzinfo else when.astimezone()
                if aware >= since:
                    out.append(int(uid))
        return sorted(out)

    def fetch(self, uids: Sequence[int]) -> Iterator[tuple[int, bytes]]:
        """(uid, raw bytes) in batches; large messages are fetched only up to the cap."""
        client, cap, batch = self._c(), self.config.max_fetch_bytes, self.config.batch_size
        for start in range(0, len(uids), batch):
            chunk = list(uids[start : start + batch])
            with _mapped("FETCH"):
                sizes = client.fetch(chunk, ["RFC822.SIZE"])
                small = [u for u in chunk if int(sizes.get(u, {}).get(b"RFC822.SIZE", 0)) <= cap]
                large = [u for u in chunk if u in sizes and u not in small]
                data = client.fetch(small, ["BODY.PEEK[]"]) if small else {}
                if large:
                    partial = client.fetch(large, [f"BODY.PEEK[]<0.{cap}>"])
                    data.update(partial)
            for uid in chunk:
                item = data.get(uid)
                if item is None:
                    continue  # expunged meanwhile
                raw = item.get(b"BODY[]") or item.get(b"BODY[]<0>") or b""
                yield uid, bytes(raw)

    # -- writing --------------------------------------------------------------------------

    def add_flags(self, uids: Sequence[int], flags: Sequence[str]) -> None:
        if not uids or not flags:
            return
        with _mapped("STORE"):  # a refused STORE is logged once by the tagger, never raised
            self.tagger.apply(self._c(), list(uids), list(flags))

    def remove_flags(self, uids: Sequence[int], flags: Sequence[str]) -> None:
        if not uids or not flags:
            return
        with _mapped("STORE"):
            self._c().remove_flags(list(uids), [f.encode() for f in flags], silent=True)

    def append_sent(self, raw: bytes, when: datetime, *, check_first: bool = True) -> None:
        """File a copy in the Sent folder, once: a copy with the same Message-ID already
        there (APPENDed before a crash could record it) is not appended again. A copy filed
        for the first time, straight after its send, skips that search (``check_first``).
        Nothing is filed where the provider files its own copy (``imap.sent_copy``), and
        only a folder named in ``imap.sent_folder`` is ever created."""
        folder = self.sent.name
        if not folder or not self.append_copies:
            return
        message_id, date = _id_and_date(raw) if check_first else ("", None)
        if message_id and self.sent_has(message_id, since=date):
            log.info("copy already in the Sent folder; not filed again",
                     extra={"fields": {"message_id": message_id}})
            return
        client = self._c()
        with _mapped(f"APPEND to {folder}"):
            try:
                client.append(folder, raw, flags=[b"\\Seen"], msg_time=when)
            except IMAPClientError as exc:
                missing = "TRYCREATE" in str(exc) or "exist" in str(exc).lower()
                if not missing or not self.sent.named:
                    raise
                client.create_folder(folder)
                client.append(folder, raw, flags=[b"\\Seen"], msg_time=when)

    def sent_has(self, message_id: str, since: datetime | None = None) -> bool:
        """Whether a message with this Message-ID is in the Sent folder (crash recovery),
        ours or the provider's own copy (Outlook.com keeps our Message-ID in
        ``X-Microsoft-Original-Message-ID``).

        ``since`` (the message's Date) limits the search to copies filed from the day
        before it on, so a large Sent folder is not scanned whole.
        """
        criteria = _id_criteria(message_id)
        if since is not None:
            criteria = ["SINCE", (since - timedelta(days=1)).date(), *criteria]
        return self._found_in_sent(criteria)

    def sent_has_none(self, message_ids: Sequence[str]) -> bool:
        """Whether none of these Message-IDs is in the Sent folder, asked in one SEARCH (the
        common answer when a backlog's acknowledgements are checked before their first send);
        False when any is there, and the caller asks for each with :meth:`sent_has`."""
        if not message_ids:
            return True
        criteria: list[object] = []
        for message_id in message_ids:
            one = _id_criteria(message_id)
            criteria = one if not criteria else ["OR", one, criteria]
        return not self._found_in_sent(criteria)

    def _found_in_sent(self, criteria: list[object]) -> bool:
        """Whether a SEARCH of the Sent folder finds anything; the watched folder is selected
        again afterwards. No Sent folder (or none named): nothing is found."""
        folder = self.sent.name
        if not folder:
            return False
        client = self._c()
        with _mapped(f"SEARCH {folder}"):
            if not client.folder_exists(folder):
                return False
            client.select_folder(folder, readonly=True)
            try:
                found = client.search(criteria)
            finally:
                client.select_folder(self.config.folder)
        return bool(found)

    # -- waiting --------------------------------------------------------------------------

    def wait(self, timeout: float, wake: threading.Event) -> bool:
        """Block until new mail (True), ``wake`` is set, or ``timeout`` passes (False).

        Uses IDLE when the server has it (re-issued every ``idle_renew``), else sleeps for
        the poll interval; ``wake`` is checked every second either way.
        """
        deadline = time.monotonic() + timeout
        if not self.idle_supported:
            while not wake.is_set() and time.monotonic() < deadline:
                wake.wait(min(1.0, max(0.0, deadline - time.monotonic())))
            return False
        renew = min(timeout, parse_duration(self.config.idle_renew).total_seconds())
        client = self._c()
        with _mapped("IDLE"):
            client.idle()
            arrived = self._buffered(client)
            quick_empty = 0
            try:
                end = time.monotonic() + renew
                while not arrived and not wake.is_set() and time.monotonic() < end:
                    step = min(1.0, max(0.0, end - time.monotonic()))
                    started = time.monotonic()
                    responses = client.idle_check(timeout=step)
                    if any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses):
                        arrived = True
                        break
                    # imapclient swallows EOF in idle_check: a dead connection shows up as
                    # empty answers that return at once instead of after the timeout.
                    quick = not responses and time.monotonic() - started < step / 4
                    quick_empty = quick_empty + 1 if quick else 0
                    if quick_empty >= 3:
                        raise MailboxError("IMAP IDLE failed: the server closed the connection")
            finally:
                if quick_empty < 3:
                    client.idle_done()
        return arrived

    def _buffered(self, client: IMAPClient) -> bool:
        """Whether the server's next words already wait in imaplib's read buffer. imaplib
        reads IDLE's "+ idling" through a buffered file, so an EXISTS the server sends in the
        same packet (for mail that came just before IDLE) lands in that buffer, where
        polling the socket never sees it: it would wait for the next mail or the renewal."""
        sock = client.socket()
        try:
            sock.setblocking(False)
            return bool(client._imap.file.peek(1))  # reads nothing when the buffer has data
        except (OSError, ValueError):
            return False
        finally:
            with contextlib.suppress(OSError):
                sock.settimeout(self.config.timeout)

    def noop(self) -> None:
        with _mapped("NOOP"):
            self._c().noop()
