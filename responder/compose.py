"""Build the outgoing message: a proper reply, threaded, marked as automatic (RFC 3834).

Message-IDs are deterministic (a hash of what the message answers), so the same
acknowledgement always has the same Message-ID: the outbox can record it before sending,
and a copy found in the Sent folder after a crash proves the send.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from responder.parse import clean_header, has_reply_prefix


def make_message_id(kind: str, ref: str, domain: str) -> str:
    """``<kind.hash@domain>``: the same (kind, ref) always gives the same Message-ID."""
    digest = hashlib.sha256(f"{kind}\x00{ref}".encode()).hexdigest()[:32]
    return f"<{kind[:8]}.{digest}@{domain}>"


#: At most this many characters of a customer's subject are echoed in a reply (issue 12:
#: a reply must not carry a stranger's advertisement, nor a 250 KB header).
MAX_REPLY_SUBJECT = 200
#: A Message-ID we copy into In-Reply-To/References: ``<left@right>`` in printable ASCII,
#: at most this long (RFC 5322 s.3.6.4; a 200 KB id once made a 494 KB reply).
MAX_MESSAGE_ID = 250
_VALID_MSGID = re.compile(r"<[!-;=?-~]+@[!-;=?-~]+>")


def reply_subject(subject: str, fallback: str) -> str:
    """``Re: <original>`` unless it already is a reply; the fallback when there is none;
    at most :data:`MAX_REPLY_SUBJECT` characters, cut at a word with ``…``."""
    subject = clean_header(subject)
    if not subject:
        return _cap(clean_header(fallback))
    return _cap(subject if has_reply_prefix(subject, forwards=False) else f"Re: {subject}")


def _cap(subject: str) -> str:
    if len(subject) <= MAX_REPLY_SUBJECT:
        return subject
    cut = subject[: MAX_REPLY_SUBJECT - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > MAX_REPLY_SUBJECT // 2 else cut).rstrip() + "…"


def valid_message_id(value: str | None) -> bool:
    """Whether ``value`` is a Message-ID fit to copy into an outgoing header."""
    return (value is not None and len(value) <= MAX_MESSAGE_ID
            and _VALID_MSGID.fullmatch(value) is not None)


def build_message(
    *,
    from_name: str,
    from_addr: str,
    to: str,
    subject: str,
    text: str,
    html: str | None,
    message_id: str,
    date: datetime,
    in_reply_to: str | None,
    references: Sequence[str],
    auto_submitted: str,
    extra_headers: Mapping[str, str] | None = None,
) -> bytes:
    """The message as bytes with CRLF line ends, ready for SMTP and IMAP APPEND."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = Address(display_name=clean_header(from_name), addr_spec=from_addr)
    msg["To"] = to
    msg["Subject"] = _cap(clean_header(subject))
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id
    if valid_message_id(in_reply_to):
        msg["In-Reply-To"] = in_reply_to
    refs = [r for r in references if valid_message_id(r)][-20:]
    if refs:
        msg["References"] = " ".join(refs)
    msg["Auto-Submitted"] = auto_submitted
    msg["X-Auto-Response-Suppress"] = "All"
    for name, value in (extra_headers or {}).items():
        msg[name] = clean_header(value)
    msg.set_content(text)
    if html:
        msg.add_alternative(html, subtype="html")
    return msg.as_bytes()
