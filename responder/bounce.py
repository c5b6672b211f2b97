"""Bounces and delivery reports: who failed, for good or for now, and which of our mails it was.

:func:`parse_bounce` answers None for anything that is not a bounce. Failed recipients
and permanent/temporary come from ``flufl.bounce`` (which knows DSNs and the odd
formats of Exim, qmail, Exchange, Yahoo, ...); when it finds nothing, the
``message/delivery-status`` part (RFC 3464) is read directly: ``Action: failed`` or a
``5.x.x`` status is permanent, ``delayed`` or ``4.x.x`` is temporary (RFC 3463).
The Message-ID of the returned mail is read from the ``message/rfc822`` or
``text/rfc822-headers`` part, from headers quoted in the text, or from In-Reply-To.
"""

from __future__ import annotations

import email
import email.parser
import email.policy
import logging
import re
from dataclasses import dataclass
from email.message import Message

from flufl.bounce import all_failures

from responder.parse import ParsedMessage, decode_bytes, normalize_message_id, walk_parts
from responder.safety import is_system_address, is_valid_address

__all__ = ["Bounce", "looks_like_bounce", "parse_bounce"]

log = logging.getLogger(__name__)

#: Bounce subjects of the common MTAs and providers, in the seven languages.
_BOUNCE_SUBJECT = re.compile(
    r"""^\s*(?:
        undeliver(?:able|ed)                        # Exchange, Postfix
      | delivery\s+(?:status\s+notification|failure|has\s+failed|failed|notification|report)
      | mail\s+delivery\s+(?:failed|failure|system|subsystem)
      | returned\s+mail | failure\s+notice | delivery\s+delayed | delayed\s+mail
      | warning:\s+message\s+\S+\s+delayed           # Exim delay warning
      | message\s+(?:not\s+delivered|delivery\s+failure|undeliverable)
      | non\s+remis | non\s+distribuable | [ée]chec\s+de\s+(?:la\s+)?remise   # fr
      | unzustellbar | nicht\s+zustellbar | zustellung\s+fehlgeschlagen       # de
      | no\s+se\s+puede\s+entregar | no\s+entregado | error\s+de\s+entrega   # es
      | n[ãa]o\s+(?:foi\s+poss[ií]vel\s+)?entreg | falha\s+na\s+entrega        # pt
      | non\s+recapitabile | impossibile\s+recapitare | mancato\s+recapito     # it
      | onbestelbaar | kan\s+niet\s+worden\s+bezorgd | niet\s+afgeleverd      # nl
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_STATUS = re.compile(r"\b([245])\.\d{1,3}\.\d{1,3}\b")
_HEADER_MSGID = re.compile(r"^\s*Message-ID:\s*(<[^<>\s]+>)", re.IGNORECASE | re.MULTILINE)
_ADDR_TYPE = re.compile(r"^\s*[\w-]+\s*;\s*")
#: Warnings that delivery is still being retried: never a permanent failure by themselves.
_DELAY_WARNING = re.compile(
    r"warning:\s+message\s+\S+\s+delayed|delayed\s+mail|\(delay\)|delivery\s+delayed|"
    r"still\s+being\s+retried|zustellung\s+verz[öo]gert|remise\s+diff[ée]r[ée]e|entrega\s+retrasada",
    re.IGNORECASE,
)
_ADDRESS = re.compile(r"<?([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)>?")
_SMTP_CODE = re.compile(r"\b([45])(?:\d\d\b|\.\d{1,3}\.\d{1,3}\b)")
#: Where a text bounce starts quoting the returned message: nothing after it is a failure.
_QUOTED_HEADERS = re.compile(r"^(?:Return-Path|Received|From|To|Subject|Date|Message-ID):", re.I | re.M)


@dataclass(frozen=True)
class Bounce:
    permanent: bool
    recipients: tuple[str, ...]  # failed addresses, lower-case
    original_message_id: str | None  # Message-ID of OUR message that bounced, from the returned headers/part


def looks_like_bounce(msg: ParsedMessage) -> bool:
    """Cheap test: a delivery report, a bounce header, or a mail system with a bounce subject."""
    if msg.content_type == "multipart/report" or "message/delivery-status" in msg.parts:
        return True
    if "x-failed-recipients" in msg.headers or "x-ms-exchange-message-is-ndr" in msg.headers:
        return True
    empty_path = any(v.strip() in ("", "<>") for v in msg.headers.get("return-path", ()))
    robot = not msg.from_addr or is_system_address(msg.from_addr)
    return (empty_path or robot) and _BOUNCE_SUBJECT.match(msg.subject) is not None


def _clean_recipient(value: str) -> str:
    return _ADDR_TYPE.sub("", value).strip().strip("<>").strip().lower()


def _dsn_failures(root: Message) -> tuple[set[str], set[str]]:
    """(temporary, permanent) recipients from message/delivery-status parts."""
    temporary: set[str] = set()
    permanent: set[str] = set()
    for part in walk_parts(root):
        if part.get_content_type() != "message/delivery-status":
            continue
        blocks = part.get_payload()
        if not isinstance(blocks, list):
            continue
        for block in blocks:
            if not isinstance(block, Message):
                continue
            recipient = block.get("Final-Recipient") or block.get("Original-Recipient")
            if not recipient:
                continue
            action = str(block.get("Action", "")).strip().lower()
            status = _STATUS.search(str(block.get("Status", "")))
            klass = status.group(1) if status else ""
            address = _clean_recipient(str(recipient))
            if not address:
                continue
            if klass == "5" or (action == "failed" and klass != "4"):
                permanent.add(address)
            elif klass == "4" or action == "delayed":
                temporary.add(address)
    return temporary, permanent


def _flufl_failures(root: Message) -> tuple[set[str], set[str]]:
    try:
        temporary, permanent = all_failures(root)
    except Exception as exc:  # a detector choking on odd input must not stop the mail
        log.warning("flufl.bounce failed: %s", type(exc).__name__)
        return set(), set()

    def decode(items: frozenset[bytes]) -> set[str]:
        out = set()
        for item in items:
            text = item.decode("utf-8", "replace") if isinstance(item, bytes) else str(item)
            text = _clean_recipient(text)
            if "@" in text:
                out.add(text)
        return out

    return decode(temporary), decode(permanent)


def _text_failures(root: Message, msg: ParsedMessage) -> tuple[set[str], set[str]]:
    """Last resort for plain-text bounces: addresses followed closely by an SMTP status."""
    temporary: set[str] = set()
    permanent: set[str] = set()
    ours = {msg.from_addr, *msg.to, *msg.cc}
    for part in walk_parts(root):
        if part.get_content_type() != "text/plain":
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        text = decode_bytes(payload[:50_000], part.get_content_charset())  # any charset name, never raises
        quoted = _QUOTED_HEADERS.search(text)
        text = text[: quoted.start()] if quoted else text
        matches = list(_ADDRESS.finditer(text))
        for i, match in enumerate(matches):
            address = match.group(1).lower()
            if address in ours or address.split("@")[0] in ("postmaster", "mailer-daemon"):
                continue
            end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
            code = _SMTP_CODE.search(text, match.end(), min(end, match.end() + 400))
            if code:
                (permanent if code.group(1) == "5" else temporary).add(address)
        break  # the notification is the first text part; later ones are the returned mail
    return temporary, permanent


def _original_message_id(root: Message, msg: ParsedMessage) -> str | None:
    parser = email.parser.HeaderParser(policy=email.policy.compat32)
    for part in walk_parts(root):
        ctype = part.get_content_type()
        found: str | None = None
        if ctype == "message/rfc822":
            inner = part.get_payload()
            if isinstance(inner, list) and inner and isinstance(inner[0], Message):
                found = normalize_message_id(str(inner[0].get("Message-ID", "")))
        elif ctype in ("text/rfc822-headers", "message/rfc822-headers"):
            payload = part.get_payload(decode=True)
            raw = part.get_payload()
            text = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else str(raw)
            found = normalize_message_id(str(parser.parsestr(text.lstrip()).get("Message-ID", "")))
        if found:
            return found
    # Exim and qmail quote the returned message (headers included) in the text itself.
    for part in walk_parts(root):
        if part.get_content_type() == "text/plain":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                match = _HEADER_MSGID.search(payload[:200_000].decode("utf-8", "replace"))
                if match and match.group(1) != msg.message_id:
                    return match.group(1)
    ids = msg.thread_ids
    return ids[0] if ids else None


def parse_bounce(msg: ParsedMessage) -> Bounce | None:
    """The failure report in ``msg``, or None if it is not a bounce or delivery report."""
    if not msg.raw or msg.unreadable or not looks_like_bounce(msg):
        return None
    root = email.message_from_bytes(msg.raw.replace(b"\x00", b""))
    dsn_temporary, dsn_permanent = _dsn_failures(root)
    text_temporary, text_permanent = _text_failures(root, msg)
    temporary, permanent = _flufl_failures(root)
    if not temporary and not permanent:
        temporary, permanent = (dsn_temporary or text_temporary), (dsn_permanent or text_permanent)
    # flufl.bounce calls every X-Failed-Recipients address permanent, delay warnings included:
    # a 4.x.x status or a delay warning without any 5.x.x evidence keeps the address temporary.
    evidence_permanent = dsn_permanent | text_permanent
    evidence_temporary = dsn_temporary | text_temporary
    delay_warning = _DELAY_WARNING.search(msg.subject) is not None
    for address in sorted(permanent):
        if address not in evidence_permanent and (address in evidence_temporary or delay_warning):
            permanent.discard(address)
            temporary.add(address)
    # A failed "recipient" without a local part (a bare domain) or otherwise not an address
    # is dropped: a report can name one mailbox at most, never a whole domain.
    permanent = {a for a in permanent if is_valid_address(a)}
    temporary = {a for a in temporary if is_valid_address(a)}
    original = _original_message_id(root, msg)
    if permanent:
        return Bounce(True, tuple(sorted(permanent)), original)
    if temporary:
        return Bounce(False, tuple(sorted(temporary)), original)
    if msg.content_type == "multipart/report" or "message/delivery-status" in msg.parts:
        # A report with nothing failed (a success or relay notice): a DSN, never a failure.
        return Bounce(False, (), original)
    return None
