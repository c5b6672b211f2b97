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
"""

from __future__ import annotations

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
        cfg = self.config
        client = self._client()
        try:
            await client.connect()
            if cfg.username:
                try:
                    await client.login(cfg.username, cfg.password())
                except aiosmtplib.SMTPAuthenticationError as exc:
                    raise PermanentSendError(
                        f"smtp.username: the SMTP server {cfg.host} refused the login "
                        f"({exc.code}); check the user name and password"
                    ) from exc
            await client.mail(sender)
            await client.rcpt(recipient)
            if before_data is not None:
                before_data()
            try:
                await client.data(raw)
            except (aiosmtplib.SMTPTimeoutError, aiosmtplib.SMTPServerDisconnected,
                    OSError) as exc:
                # No answer to the message itself: the server may well have taken it.
                # Sending again could mean a second copy, so the outcome is left unknown.
                raise OutcomeUnknownError(
                    f"SMTP {cfg.host}: no answer after the message was handed over "
                    f"({type(exc).__name__}); it may have been delivered, so it is not "
                    "sent again") from exc
        except SendError:
            raise
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            raise _classify(exc, cfg) from exc
        finally:
            if client.is_connected:
                try:
                    await client.quit()
                except (aiosmtplib.SMTPException, OSError, TimeoutError):
                    client.close()
            else:  # a failed TLS handshake can leave a transport behind: close it now
                client.close()
