"""SMTP transport (aiosmtplib): send one prepared message, classify failures.

Transient failures (4xx, refused or dropped connection, timeout) raise
:class:`TransientSendError` and are retried with backoff by the caller; permanent ones
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
import logging
from collections.abc import Callable

import aiosmtplib

from responder.config import SmtpConfig
from responder.errors import PermanentSendError, SendError, TransientSendError
from responder.tls import certificate_error, certificate_problem, security_mismatch, tls_context

log = logging.getLogger(__name__)


class OutcomeUnknownError(PermanentSendError):
    """The connection failed or timed out after the message was handed over: it may have
    been delivered. Never retried (a retry could be a duplicate); a person checks."""


def _classify(exc: Exception, cfg: SmtpConfig) -> SendError:
    host = cfg.host
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        text = f"SMTP {host} answered {exc.code} {exc.message}"
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

    def __init__(self, config: SmtpConfig) -> None:
        self.config = config

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

    async def send(
        self,
        raw: bytes,
        sender: str,
        recipient: str,
        before_data: Callable[[], None] | None = None,
    ) -> None:
        """Send one message within ``smtp.send_timeout`` (each answer within ``smtp.timeout``)."""
        cfg = self.config
        client = self._client()
        step = _Step()
        try:
            async with asyncio.timeout(cfg.send_timeout) as deadline:
                try:
                    await self._exchange(client, raw, sender, recipient, before_data, step)
                except SendError:
                    raise
                except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
                    raise self._failed(exc, step) from exc
        except TimeoutError as exc:  # the deadline (the exchange's own errors are SendErrors)
            if not deadline.expired():
                raise
            raise self._overdue(step) from exc
        finally:
            await self._close(client, step)

    async def _exchange(self, client: aiosmtplib.SMTP, raw: bytes, sender: str, recipient: str,
                        before_data: Callable[[], None] | None, step: _Step) -> None:
        cfg = self.config
        await client.connect()  # greeting, EHLO, STARTTLS
        if cfg.username:
            step.now = "AUTH"
            try:
                await client.login(cfg.username, cfg.password())
            except aiosmtplib.SMTPAuthenticationError as exc:
                raise PermanentSendError(
                    f"smtp.username: the SMTP server {cfg.host} refused the login "
                    f"({exc.code}); check the user name and password"
                ) from exc
        step.now = "MAIL FROM"
        await client.mail(sender)
        step.now = "RCPT TO"
        await client.rcpt(recipient)
        if before_data is not None:
            before_data()
        step.now = "DATA"
        await client.data(raw)
        step.now = "QUIT"

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

    async def _close(self, client: aiosmtplib.SMTP, step: _Step) -> None:
        if not client.is_connected:  # a failed TLS handshake can leave a transport behind
            client.close()
            return
        if step.stuck:  # no goodbye to a server that does not answer
            client.close()
            return
        try:
            await client.quit(timeout=min(5.0, self.config.timeout))
        except (aiosmtplib.SMTPException, OSError, TimeoutError):
            client.close()


class _Step:
    """Which answer a send is waiting for, for its error message."""

    def __init__(self) -> None:
        self.now = "connection"
        self.stuck = False  # it stopped answering (a timeout)
