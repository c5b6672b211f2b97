"""SMTP transport (aiosmtplib): send one prepared message, classify failures.

Transient failures (4xx, refused or dropped connection, timeout) raise
:class:`TransientSendError` and are retried with backoff by the caller; a provider's quota
or rate answer raises :class:`~responder.mail.limits.SendPaused` (sending waits, the message
is not failed); permanent ones
(5xx, a refused recipient) raise :class:`PermanentSendError` and are never retried.
``before_data`` is called after the server accepted sender and recipient and right
before the message is handed over: the caller records "sending" there, so that a crash
leaves an unknown outcome only for the short DATA exchange. A dropped connection or a
timeout *during* DATA is such an unknown outcome too: it raises
:class:`OutcomeUnknownError` (a permanent error: never retried, left for a person),
while a 4xx or 5xx answer to DATA is the server's clear refusal and is classified as usual.

Each answer must come within ``smtp.timeout`` and the whole send within
``smtp.send_timeout``; the error names what the send was waiting for (only a missing
greeting can mean a TLS setting that does not match the port).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable

import aiosmtplib

from responder.config import SmtpConfig
from responder.errors import PermanentSendError, SendError, TransientSendError
from responder.mail import limits, oauth2
from responder.mail.sender import send_as_denied
from responder.tls import certificate_error, certificate_problem, security_mismatch, tls_context

log = logging.getLogger(__name__)


class OutcomeUnknownError(PermanentSendError):
    """The connection failed or timed out after the message was handed over: it may have
    been delivered. Never retried (a retry could be a duplicate); a person checks."""


def _raise_if_busy(exc: aiosmtplib.SMTPAuthenticationError, cfg: SmtpConfig) -> None:
    """A login refused for a while (quota, rate, the login service busy): SendPaused."""
    paused = limits.pause_for(exc.code, exc.message, at_auth=True)
    if paused is not None:
        raise limits.SendPaused(f"SMTP {cfg.host} answered {exc.code} {exc.message}",
                                paused[1], paused[0]) from exc


def _classify(exc: Exception, cfg: SmtpConfig) -> SendError:
    host = cfg.host
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        text = f"SMTP {host} answered {exc.code} {exc.message}"
        if send_as_denied(exc.message):  # Microsoft: the login may not send as From
            return PermanentSendError(
                f"{text}: the login {cfg.username} may not send as this From address; see the "
                "start-up line about business.address")
        paused = limits.pause_for(exc.code, exc.message)
        if paused is not None:  # a quota or rate answer: sending waits, the message is kept
            return limits.SendPaused(text, paused[1], paused[0])
        if 400 <= exc.code < 500:
            return TransientSendError(text)
        return PermanentSendError(text)
    cert = certificate_error(exc)
    if cert is not None:  # nothing was handed over: retried, so fixing ca_file is enough
        return TransientSendError(certificate_problem("smtp", host, cfg.default_port(), cfg.ca_file, cert))
    mismatch = security_mismatch("smtp", cfg.security, host, cfg.default_port(), cfg.timeout, exc)
    if mismatch is not None:
        return TransientSendError(mismatch)
    return TransientSendError(f"SMTP {host}: {type(exc).__name__}: {exc}")


class SmtpTransport:
    """Sends prepared messages through the configured SMTP server."""

    def __init__(self, config: SmtpConfig, tokens: oauth2.TokenSource | None = None) -> None:
        self.config = config
        self.tokens = tokens  # OAuth 2.0 (XOAUTH2) instead of the password, when given
        self._conn: aiosmtplib.SMTP | None = None
        self._keep = False  # inside session(): the connection stays open between sends
        self.sessions = 0  # connections opened (one per flush when all goes well)

    def _client(self) -> aiosmtplib.SMTP:
        cfg = self.config
        context = tls_context(cfg.ca_file) if cfg.security != "none" else None
        return aiosmtplib.SMTP(
            hostname=cfg.host,
            port=cfg.default_port(),
            use_tls=cfg.security == "tls",
            start_tls=cfg.security == "starttls",
            tls_context=context,
            timeout=cfg.timeout,
        )

    async def _xoauth2(self, client: aiosmtplib.SMTP) -> None:
        """SASL XOAUTH2 with a token asked for now; a refusal gets one fresh token."""
        assert self.tokens is not None
        cfg = self.config
        for fresh in (False, True):
            try:
                token = await asyncio.to_thread(oauth2.fetch, self.tokens, fresh=fresh)
            except oauth2.TokenError as exc:  # nothing was sent: retried later, never lost
                raise TransientSendError(str(exc)) from exc
            try:
                await client.auth_xoauth2(cfg.username, token)
                return
            except aiosmtplib.SMTPAuthenticationError as exc:
                _raise_if_busy(exc, cfg)  # the login service is busy: sending waits
                if fresh:
                    raise PermanentSendError(
                        f"smtp.auth: the SMTP server {cfg.host} refused the OAuth 2.0 token for "
                        f"{cfg.username} twice ({exc.code}); check that SMTP AUTH is allowed for the "
                        "mailbox and the app may send as it (docs/mailbox.md)") from exc
                log.info("the SMTP server refused the access token; once more with a fresh one")

    @contextlib.asynccontextmanager
    async def session(self) -> AsyncIterator[None]:
        """One SMTP connection and login for every send inside (an outbox flush); without it
        each send has its own. A line the server closed meanwhile is opened again."""
        self._keep = True
        try:
            yield
        finally:
            self._keep = False
            await self._close()

    async def _open(self, step: _Step | None = None) -> aiosmtplib.SMTP:
        cfg = self.config
        step = step or _Step()
        step.now = "connection"
        client = self._client()
        self._conn = client
        await client.connect()  # greeting, EHLO, STARTTLS
        self.sessions += 1
        step.now = "AUTH"
        if cfg.username and self.tokens is not None:
            await self._xoauth2(client)
        elif cfg.username:
            try:
                await client.login(cfg.username, cfg.password())
            except aiosmtplib.SMTPAuthenticationError as exc:
                _raise_if_busy(exc, cfg)  # the login service is busy: nothing wrong with the password
                raise PermanentSendError(
                    f"smtp.username: the SMTP server {cfg.host} refused the login "
                    f"({exc.code}); check the user name and password"
                ) from exc
        return client

    async def probe_sender(self, sender: str) -> tuple[int, str] | None:
        """Offer ``sender`` (MAIL FROM, then RSET; nothing is sent): the refusal, or None.
        Raises SendError when the server cannot be reached or refuses the login."""
        try:
            client = await self._open()
            try:
                await client.mail(sender)
            except aiosmtplib.SMTPResponseException as exc:
                return exc.code, exc.message
            await client.rset()
            return None
        except SendError:
            raise
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            raise _classify(exc, self.config) from exc
        finally:
            await self._close()

    async def _close(self, *, stuck: bool = False) -> None:
        client, self._conn = self._conn, None
        if client is None:
            return
        if client.is_connected and not stuck:
            try:
                await client.quit(timeout=min(5.0, self.config.timeout))
            except (aiosmtplib.SMTPException, OSError, TimeoutError):
                client.close()
        else:  # no goodbye to a server that stopped answering; a failed TLS handshake can
            client.close()  # leave a transport behind: close it now

    async def send(
        self,
        raw: bytes,
        sender: str,
        recipient: str,
        before_data: Callable[[], None] | None = None,
    ) -> None:
        """Send one message within ``smtp.send_timeout`` (each answer within ``smtp.timeout``)."""
        step = _Step()
        try:
            async with asyncio.timeout(self.config.send_timeout) as deadline:
                try:
                    await self._exchange(raw, sender, recipient, before_data, step)
                except SendError:
                    raise
                except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
                    raise self._failed(exc, step) from exc
        except TimeoutError as exc:  # the deadline (the exchange's own errors are SendErrors)
            if not deadline.expired():
                raise
            await self._close(stuck=True)
            raise self._overdue(step) from exc
        except SendError:
            await self._close(stuck=step.stuck)
            raise
        if not self._keep:
            await self._close()

    async def _exchange(self, raw: bytes, sender: str, recipient: str,
                        before_data: Callable[[], None] | None, step: _Step) -> None:
        client = self._conn
        reused = client is not None and client.is_connected
        if client is None or not reused:
            client = await self._open(step)
        step.now = "MAIL FROM"
        try:
            await client.mail(sender)
        except aiosmtplib.SMTPServerDisconnected:
            if not reused:
                raise
            client = await self._open(step)  # the server closed the line between two sends
            step.now = "MAIL FROM"
            await client.mail(sender)
        step.now = "RCPT TO"
        await client.rcpt(recipient)
        if before_data is not None:
            before_data()
        step.now = "DATA"
        await client.data(raw)
        step.now = "done"

    def _failed(self, exc: Exception, step: _Step) -> SendError:
        cfg = self.config
        step.stuck = isinstance(exc, TimeoutError)
        server = f"SMTP {cfg.host}:{cfg.default_port()}"
        if step.now == "DATA" and isinstance(
                exc, aiosmtplib.SMTPTimeoutError | aiosmtplib.SMTPServerDisconnected | OSError):
            # No answer to the message itself: the server may well have taken it. Sending
            # again could mean a second copy, so the outcome is left unknown.
            why = (f"no answer within {cfg.timeout:g} s (smtp.timeout)"
                   if isinstance(exc, TimeoutError) else type(exc).__name__)
            return OutcomeUnknownError(
                f"{server}: no answer after the message was handed over ({why}); it may have "
                "been delivered, so it is not sent again")
        if isinstance(exc, TimeoutError) and step.now != "connection":
            # A slow or stuck server: a security mismatch shows at the greeting, not here.
            return TransientSendError(
                f"{server}: no answer to {step.now} within {cfg.timeout:g} s (smtp.timeout)")
        return _classify(exc, cfg)

    def _overdue(self, step: _Step) -> SendError:
        cfg = self.config
        step.stuck = True
        text = (f"SMTP {cfg.host}:{cfg.default_port()}: the send took longer than smtp.send_timeout "
                f"= {cfg.send_timeout:g} s (waiting for the answer to {step.now})")
        if step.now == "DATA":
            return OutcomeUnknownError(f"{text}; the message was handed over and may have been "
                                       "delivered, so it is not sent again")
        return TransientSendError(text)


class _Step:
    """Which answer a send is waiting for, for its error message."""

    def __init__(self) -> None:
        self.now = "connection"
        self.stuck = False  # it stopped answering (a timeout)
