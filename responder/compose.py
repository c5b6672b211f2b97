"""Build the outgoing message: a proper reply, threaded, marked as automatic (RFC 3834).

Message-IDs are deterministic (a hash of what the message answers), so the same
acknowledgement always has the same Message-ID: the outbox can record it before sending,
and a copy found in the Sent folder after a crash proves the send.
"""

from __future__ import annotations

import hashlib
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


def reply_subject(subject: str, fallback: str) -> str:
    """``Re: <original>`` unless it already is a reply; the fallback when there is none."""
    subject = clean_header(subject)
    if not subject:
        return clean_header(fallback)
    return subject if has_reply_prefix(subject, forwards=False) else f"Re: {subject}"


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
    msg["Subject"] = clean_header(subject)
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    refs = [r for r in references if r][-20:]
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
