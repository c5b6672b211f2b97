"""A real SMTP server for the tests that keeps every message it accepts.

Built on aiosmtpd, listening on a free loopback port in a background thread::

    with SmtpSink() as sink:
        ...  # send to sink.host:sink.port
        [msg] = sink.wait_for(1)
        assert msg.rcpt_tos == ["ann@example.net"]

It can refuse on demand (``sink.fail_next(451)``, ``sink.fail_recipient(addr, 550)``) so
the tests can check what the responder does with temporary and permanent refusals; a
421 also closes the connection, as real servers do. With ``users={"name": "password"}``
it offers AUTH PLAIN and LOGIN over plain text (loopback only, for the tests).

With ``tls=cert`` (a :class:`~responder.testing.tls.ServerCert`) it speaks TLS like the
product's ``smtp.security``: ``security="tls"`` is implicit TLS from the first byte,
``security="starttls"`` offers STARTTLS, and ``require_starttls=True`` refuses mail until
the client has switched. Each message records the TLS version it arrived over.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from types import TracebackType
from typing import Any, Literal, Self

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import MISSING, AuthResult, LoginPassword, TLSSetupException

from responder.testing import free_port
from responder.testing.tls import ServerCert

log = logging.getLogger(__name__)

Stage = Literal["AUTH", "MAIL", "RCPT", "DATA"]

DEFAULT_TEXT = {
    421: "4.3.0 Service not available, closing transmission channel",
    450: "4.2.0 Mailbox busy, try again later",
    451: "4.3.0 Local error, try again later",
    452: "4.3.1 Insufficient system storage",
    550: "5.1.1 Mailbox unavailable",
    552: "5.3.4 Message too big",
    553: "5.1.3 Mailbox name not allowed",
    554: "5.7.1 Transaction failed",
}


@dataclass(frozen=True)
class ReceivedMessage:
    """One message the sink accepted."""

    mail_from: str
    rcpt_tos: list[str]
    raw: bytes
    message: EmailMessage
    login: str | None = None  # the AUTH user name, when the client logged in
    tls_version: str | None = None  # e.g. "TLSv1.3" when it came over TLS, None in plain text


@dataclass(frozen=True)
class Refusal:
    """One command the sink refused on purpose."""

    stage: Stage
    reply: str
    mail_from: str
    rcpt_tos: list[str] = field(default_factory=list)


@dataclass
class _Failure:
    stage: Stage
    reply: str
    remaining: int


class _DropLoginDataNotice(logging.Filter):
    """aiosmtpd logs a deprecation notice of its own on every successful AUTH; drop it."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("Session.login_data is deprecated")


_AIOSMTPD_LOG = logging.getLogger("mail.log")
if not any(isinstance(f, _DropLoginDataNotice) for f in _AIOSMTPD_LOG.filters):
    _AIOSMTPD_LOG.addFilter(_DropLoginDataNotice())


def _reply(code: int, text: str | None) -> str:
    if not 400 <= code <= 599:
        raise ValueError(f"SMTP refusal code must be 4xx or 5xx, not {code}")
    return f"{code} {text or DEFAULT_TEXT.get(code, 'Refused by the test server')}"


class SmtpSink:
    """An SMTP server on 127.0.0.1 that records messages and refuses on demand."""

    host = "127.0.0.1"

    def __init__(
        self, *, port: int | None = None, users: Mapping[str, str] | None = None, require_auth: bool = False,
        tls: ServerCert | None = None, security: Literal["none", "tls", "starttls"] = "none",
        require_starttls: bool = False, oauth2_key: bytes | None = None,
    ) -> None:
        if require_auth and not (users or oauth2_key):
            raise ValueError("require_auth needs users or oauth2_key")
        if (security != "none") != (tls is not None):
            raise ValueError('tls (the certificate) goes with security="tls" or "starttls"')
        if require_starttls and security != "starttls":
            raise ValueError('require_starttls needs security="starttls"')
        self.port = port or free_port(self.host)
        self.users = dict(users or {})
        #: With a key, AUTH XOAUTH2 is offered: a token signed with it (responder.testing.oauth).
        self.oauth2_key = oauth2_key
        self.xoauth2_refused = 0
        self.sessions = 0  # EHLOs answered: one per connection (plain text, no STARTTLS)
        self.require_auth = require_auth
        self._lock = threading.Condition()
        self._messages: list[ReceivedMessage] = []
        self._refusals: list[Refusal] = []
        self._next: list[_Failure] = []
        self._by_recipient: dict[str, str] = {}
        kwargs: dict[str, Any] = {"auth_require_tls": True}  # no users: AUTH is not offered
        if self.users or oauth2_key:
            kwargs = {"auth_require_tls": False, "authenticator": self._authenticate}
        if tls is not None and security == "tls":
            kwargs["ssl_context"] = tls.server_context()
        elif tls is not None:
            kwargs.update(tls_context=tls.server_context(), require_starttls=require_starttls)
        self._controller = Controller(
            _Handler(self), hostname=self.host, port=self.port, server_hostname="sink.test",
            ready_timeout=10, **kwargs)
        self._started = False

    # -- life cycle -------------------------------------------------------------------

    def start(self) -> Self:
        """Start listening; returns self."""
        if not self._started:
            self._controller.start()
            self._started = True
            log.debug("smtp sink listening on %s:%d", self.host, self.port)
        return self

    def stop(self) -> None:
        if self._started:
            self._controller.stop()
            self._started = False

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- what arrived -----------------------------------------------------------------

    @property
    def messages(self) -> list[ReceivedMessage]:
        """A copy of the accepted messages, oldest first."""
        with self._lock:
            return list(self._messages)

    @property
    def refusals(self) -> list[Refusal]:
        """A copy of the commands refused on purpose, oldest first."""
        with self._lock:
            return list(self._refusals)

    def wait_for(self, count: int, timeout: float = 10.0) -> list[ReceivedMessage]:
        """Wait until at least ``count`` messages arrived; returns all of them.

        Raises ``TimeoutError`` saying how many did arrive.
        """
        deadline = time.monotonic() + timeout
        with self._lock:
            while len(self._messages) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(
                        f"SMTP sink got {len(self._messages)} message(s) in {timeout:g}s, "
                        f"expected {count} (refused: {len(self._refusals)})")
                self._lock.wait(left)
            return list(self._messages)

    def clear(self) -> None:
        """Forget the messages and refusals so far (pending failures stay)."""
        with self._lock:
            self._messages.clear()
            self._refusals.clear()

    # -- refusing on demand -----------------------------------------------------------

    def fail_next(self, code: int, count: int = 1, text: str | None = None, *, at: Stage = "DATA") -> None:
        """Answer ``code`` to the next ``count`` MAIL, RCPT or DATA commands (DATA: whole messages)."""
        if count < 1:
            raise ValueError("count must be at least 1")
        with self._lock:
            self._next.append(_Failure(at, _reply(code, text), count))

    def fail_recipient(self, address: str, code: int, text: str | None = None) -> None:
        """Answer ``code`` to every RCPT TO for ``address`` until :meth:`reset_failures`."""
        with self._lock:
            self._by_recipient[address.lower()] = _reply(code, text)

    def reset_failures(self) -> None:
        """Accept everything again."""
        with self._lock:
            self._next.clear()
            self._by_recipient.clear()

    # -- used by the handler (server thread) ------------------------------------------

    def _planned_failure(self, stage: Stage, address: str | None = None) -> str | None:
        with self._lock:
            if address is not None and address.lower() in self._by_recipient:
                return self._by_recipient[address.lower()]
            for failure in self._next:
                if failure.stage == stage:
                    failure.remaining -= 1
                    if failure.remaining <= 0:
                        self._next.remove(failure)
                    return failure.reply
            return None

    def _record_refusal(self, refusal: Refusal) -> None:
        with self._lock:
            self._refusals.append(refusal)
            self._lock.notify_all()

    def _record(self, message: ReceivedMessage) -> None:
        with self._lock:
            self._messages.append(message)
            self._lock.notify_all()

    def _authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        if isinstance(auth_data, LoginPassword):
            login = auth_data.login.decode(errors="replace")
            password = auth_data.password.decode(errors="replace")
            if login in self.users and self.users[login] == password:
                return AuthResult(success=True, auth_data=login)
        return AuthResult(success=False, handled=False)


class _Handler:
    """aiosmtpd hooks: refuse when planned, else record the message."""

    def __init__(self, sink: SmtpSink) -> None:
        self.sink = sink

    async def handle_EHLO(self, server: Any, session: Any, envelope: Any, hostname: str,
                          responses: list[str]) -> list[str]:
        with self.sink._lock:
            self.sink.sessions += 1
        session.host_name = hostname
        return responses

    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> AuthResult:
        """SASL XOAUTH2 (``user=...^Aauth=Bearer ...^A^A``), the token checked as Dovecot does."""
        from responder.testing.oauth import check_token

        if self.sink.oauth2_key is None:
            return AuthResult(success=False, handled=False)
        if len(args) > 1:
            blob = base64.b64decode(args[1])
        else:
            answer = await server.challenge_auth("", encode_to_b64=False)
            blob = answer if isinstance(answer, bytes) else b""
        parts = blob.decode(errors="replace").split("\x01")
        fields = dict(part.split("=", 1) for part in parts if "=" in part)
        user, bearer = fields.get("user", ""), fields.get("auth", "")
        token = bearer.removeprefix("Bearer ")
        if user and check_token(self.sink.oauth2_key, token) == user:
            return AuthResult(success=True, auth_data=user)
        with self.sink._lock:
            self.sink.xoauth2_refused += 1
        return AuthResult(success=False, handled=False)

    async def handle_AUTH(self, server: Any, session: Any, envelope: Any, args: list[str]) -> Any:
        """A planned refusal of the login (``fail_next(454, at="AUTH")``), else the usual check."""
        reply = self.sink._planned_failure("AUTH")
        if reply is None:
            return MISSING
        return self._refuse(server, "AUTH", reply, envelope, [])

    def _refuse(self, server: Any, stage: Stage, reply: str, envelope: Any, rcpts: list[str]) -> str:
        self.sink._record_refusal(Refusal(stage, reply, envelope.mail_from or "", rcpts))
        if reply.startswith("421") and server.transport is not None:
            # 421 means the server is closing the channel: close it after the reply is sent.
            asyncio.get_running_loop().call_soon(server.transport.close)
        return reply

    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, mail_options: list[str]
    ) -> str:
        if self.sink.require_auth and not session.authenticated:
            return "530 5.7.0 Authentication required"
        reply = self.sink._planned_failure("MAIL")
        if reply is not None:
            envelope.mail_from = address
            return self._refuse(server, "MAIL", reply, envelope, [])
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        reply = self.sink._planned_failure("RCPT", address)
        if reply is not None:
            return self._refuse(server, "RCPT", reply, envelope, [address])
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_exception(self, error: Exception) -> str:
        if isinstance(error, TLSSetupException):
            # A client that refuses our certificate drops the STARTTLS handshake: the
            # tests do that on purpose, so it is no server error (aiosmtpd closes the line).
            log.debug("smtp sink: a client gave up the STARTTLS handshake (%r)", error.__cause__)
        else:  # aiosmtpd's own behaviour
            _AIOSMTPD_LOG.error("SMTP session exception", exc_info=error)
        return f"500 Error: ({type(error).__name__}) {error}"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        reply = self.sink._planned_failure("DATA")
        if reply is not None:
            return self._refuse(server, "DATA", reply, envelope, list(envelope.rcpt_tos))
        raw = envelope.original_content or envelope.content
        raw = raw if isinstance(raw, bytes) else str(raw).encode()
        parsed = BytesParser(policy=policy.default).parsebytes(raw)
        assert isinstance(parsed, EmailMessage)
        login = session.auth_data if isinstance(session.auth_data, str) else None
        tls = server.transport.get_extra_info("ssl_object") if server.transport else None
        received = ReceivedMessage(envelope.mail_from or "", list(envelope.rcpt_tos), raw, parsed, login,
                                   tls.version() if tls is not None else None)
        self.sink._record(received)
        return "250 2.0.0 Message accepted"
