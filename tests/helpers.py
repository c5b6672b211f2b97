"""Helpers the integration tests share: customers' messages, a config for the test servers,
and ways to run responder (in-process ``--once``, or the daemon as a real process)."""

from __future__ import annotations

import email.policy
import os
import subprocess
import sys
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from responder.cli import main
from responder.detect import detect
from responder.parse import parse_message
from responder.reading import read_reason
from responder.testing.dovecot import MailboxAccount
from responder.testing.smtp import ReceivedMessage, SmtpSink

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
BUSINESS = "bookings@studio.example.com"
STAFF = "staff@studio.example.com"

CANCEL = ("Hi,\n\nI'm sorry but I need to cancel my appointment on Friday at 3pm. "
          "Please cancel it.\n\nThanks,\nAnn\n")
QUESTION = "Hello, what is your cancellation policy? Is there a fee if I cancel late?\n\nBen\n"
RESCHEDULE = ("Hi, I can't make Tuesday. Could we move my appointment to next Thursday "
              "instead?\n\nCara\n")

#: Follow-ups at any hour and no per-reason table: tests that are not about the policy.
ANYTIME = """
[followups]
schedule = ["30d"]
by_reason = {}
business_days = "mon-sun"
business_hours = "00:00-23:59"
jitter = "1s"
"""


def in_ci() -> bool:
    """Whether we run in CI (``CI`` set to anything but empty, 0 or false)."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def mail(
    body: str,
    *,
    subject: str = "My appointment",
    sender: str = "Ann Example <ann@example.net>",
    to: str = BUSINESS,
    in_reply_to: str | None = None,
    headers: dict[str, str] | None = None,
    crlf: bool = False,
) -> bytes:
    """A customer's message, written for the tests (``crlf``: as it comes off the wire)."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = make_msgid(domain="example.net")
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    return msg.as_bytes(policy=email.policy.SMTP) if crlf else msg.as_bytes()


def reply_opts_out(body: str, *, subject: str = "Re: Your booking", crlf: bool = False,
                   in_reply_to: str = "<ack.1@responder.studio.example.com>") -> bool:
    """Whether a customer's reply in our thread opts out, read as the daemon reads it."""
    msg = parse_message(mail(body, subject=subject, in_reply_to=in_reply_to, crlf=crlf))
    return read_reason(msg, detect(msg)).opt_out


def message_id(raw: bytes) -> str:
    return raw.split(b"Message-ID: ", 1)[1].split(b"\n", 1)[0].strip().decode()


def _toml_keys(values: Mapping[str, str | int | Path]) -> str:
    return "\n".join(f'{key} = "{value}"' if isinstance(value, str | Path) else f"{key} = {value}"
                     for key, value in values.items())


def write_config(directory: Path, mailbox: MailboxAccount, sink: SmtpSink, *,
                 followups: str = ANYTIME, business_extra: str = "", extra: str = "",
                 templates: Path | None = None, timeout: int = 30,
                 imap: Mapping[str, str | int | Path] | None = None,
                 smtp: Mapping[str, str | int | Path] | None = None) -> Path:
    """A config.toml for the test servers; the IMAP password is read from T_IMAP_PASSWORD.

    Both servers are reached in plain text; ``imap`` and ``smtp`` replace or add keys of
    those sections, e.g. ``imap={"security": "tls", "port": dv.tls_port, "ca_file": ca}``."""
    config = directory / "config.toml"
    imap_keys = _toml_keys({
        "host": mailbox.host, "port": mailbox.port, "security": "none", "username": mailbox.user,
        "password_env": "T_IMAP_PASSWORD", "poll_interval": "1s", "timeout": timeout, **(imap or {})})
    smtp_keys = _toml_keys({
        "host": sink.host, "port": sink.port, "security": "none", "timeout": timeout, **(smtp or {})})
    config.write_text(f"""
[business]
name = "Studio Example"
address = "{BUSINESS}"
timezone = "Europe/London"
{business_extra}

[imap]
{imap_keys}

[smtp]
{smtp_keys}

[state]
path = "{directory / 'state.db'}"

[templates]
dir = "{templates or REPO / 'templates'}"
{followups}
{extra}
""")
    return config


def settle(sink: SmtpSink, seconds: float = 0.3) -> list[ReceivedMessage]:
    """The sink's messages after giving anything still in flight a moment to land."""
    time.sleep(seconds)
    return sink.messages


def run_once(config: Path, *extra: str) -> int:
    return main(["run", "--config", str(config), "--once", *extra])


def daemon(config: Path) -> subprocess.Popen[bytes]:
    """``responder run`` as a real process; its log goes to daemon.log beside the config."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with (config.parent / "daemon.log").open("ab") as log:  # the child keeps its own copy
        return subprocess.Popen(
            [sys.executable, "-m", "responder.cli", "run", "--config", str(config)],
            stdout=log, stderr=log, env=env)


def log_lines(config: Path) -> list[str]:
    """The lines of the daemon.log that :func:`daemon` writes beside ``config``."""
    path = config.parent / "daemon.log"
    return path.read_text(errors="replace").splitlines() if path.exists() else []


def wait_logged(config: Path, text: str, before: int, proc: subprocess.Popen[bytes],
                timeout: float = 30) -> bool:
    """Until the daemon logs its (next) line containing ``text``, at most ``timeout`` s: whether
    it did. ``before`` is how many such lines the log held when ``proc`` was started. A ceiling,
    not a speed target: on a loaded machine a retry after a backoff took more than 10 s (and,
    after a few storage failures in a row, more than 30 s: the backoff doubles)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if sum(text in line for line in log_lines(config)) > before:
            return True
        time.sleep(0.02)
    return False


def wait_connected(config: Path, before: int, proc: subprocess.Popen[bytes]) -> bool:
    """Until the daemon logs its (next) "mailbox connected" line (see :func:`wait_logged`)."""
    return wait_logged(config, "mailbox connected", before, proc)


def bounce_of(our_message_id: str, recipient: str, business: str = BUSINESS) -> bytes:
    """A mail server's permanent delivery failure report (RFC 3464) for a mail we sent."""
    return (
        f"From: Mail Delivery System <MAILER-DAEMON@mx.studio.example.com>\r\n"
        f"To: {business}\r\nSubject: Undelivered Mail Returned to Sender\r\n"
        f"Message-ID: <dsn.{our_message_id.strip('<>')}>\r\n"
        f"Auto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
        f"--b\r\nContent-Type: text/plain\r\n\r\nI'm sorry to have to inform you that your "
        f"message could not be delivered.\r\n"
        f"--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx\r\n\r\n"
        f"Final-Recipient: rfc822; {recipient}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        f"Diagnostic-Code: smtp; 550 5.1.1 user unknown\r\n"
        f"--b\r\nContent-Type: text/rfc822-headers\r\n\r\nFrom: {business}\r\n"
        f"To: {recipient}\r\nMessage-ID: {our_message_id}\r\n--b--\r\n"
    ).encode()
