"""Raw RFC 5322 bytes -> :class:`ParsedMessage`: decoded headers, addresses and text.

Parsing never raises on bad input: malformed MIME, unknown charsets, NUL bytes and
broken encoded-words are decoded as well as possible and noted in ``defects``.
The ``compat32`` parser is used because it is several times faster than
``policy.default``; only the headers and text parts a decision needs are decoded.
"""

from __future__ import annotations

import email
import email.header
import email.parser
import email.utils
import hashlib
import heapq
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from email.message import Message
from functools import cached_property
from itertools import islice

#: Text parts larger than this are truncated before decoding (the decision only needs
#: what the customer wrote, which is never megabytes).
MAX_TEXT_BYTES = 256 * 1024
#: MIME trees deeper than this are not walked further (hostile nesting).
MAX_DEPTH = 20
#: At most this many parts are looked at.
MAX_PARTS = 200
#: A subject is cut to this many characters before anything reads it (a 250 KB subject
#: once cost seconds of detection in the event loop).
MAX_SUBJECT = 1000

_CRLF = re.compile(r"[\r\n\x00]+")
#: Raw 8-bit header bytes kept by the parser as surrogate escapes (only in non-ASCII text).
_SURROGATES = re.compile("[\udc80-\udcff]")
#: Control characters (C0 but tab, DEL, C1: ESC, BEL, ...): never copied into a header.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]+")
_MSGID = re.compile(r"<[^<>\s]+>")
#: Reply and forward prefixes of common mail clients (``Re:``, ``AW:``, ``SV:``, ``Antw:``,
#: ``Fwd:``, ``WG:``, ``TR:``, ``RV:``, ``Enc:``, ...), repeated or numbered (``Re: AW:``, ``Re[2]:``).
_REPLY_WORDS = "re|aw|sv|antw|r|rif|res|ref"
_FORWARD_WORDS = "rv|fw|fwd|wg|tr|enc"
_REPLY_PREFIXES = re.compile(rf"^\s*(?:(?:{_REPLY_WORDS}|{_FORWARD_WORDS})\s*(?:\[\d+\])?\s*:\s*)+", re.I)
_FORWARD_PREFIX = re.compile(rf"^\s*(?:{_FORWARD_WORDS})\s*(?:\[\d+\])?\s*:", re.I)


def has_reply_prefix(subject: str, *, forwards: bool = True) -> bool:
    """The subject starts with a reply or forward prefix (``Re:``, ``AW:``, ``Fwd:``, ...);
    with ``forwards=False``, with a reply prefix only (a reply to "Fwd: x" is "Re: Fwd: x")."""
    if not forwards and _FORWARD_PREFIX.match(subject):
        return False
    return _REPLY_PREFIXES.match(subject) is not None


def strip_reply_prefixes(subject: str) -> str:
    """The subject without its leading reply/forward prefixes, stripped of outer whitespace."""
    return _REPLY_PREFIXES.sub("", subject, count=1).strip()


def clean_header(value: str) -> str:
    """One line, no CR/LF/NUL or other control character, collapsed whitespace: safe to copy
    into an outgoing header."""
    return " ".join(_CONTROL.sub(" ", value).split())


def decode_header_value(value: str | email.header.Header | None) -> str:
    """Decode RFC 2047 encoded-words with charset fallbacks; never raises."""
    if value is None:
        return ""
    raw = str(value)
    if not raw.isascii() and _SURROGATES.search(raw):
        # Raw 8-bit header bytes (RFC 6532 UTF-8, or a legacy charset) kept by the parser
        # as surrogate escapes: decode them properly instead of as replacement characters.
        raw = decode_bytes(raw.encode("ascii", "surrogateescape"), "utf-8")
    try:
        parts = email.header.decode_header(raw)
    except Exception:
        return clean_header(raw)
    out: list[str] = []
    for chunk, charset in parts:
        if isinstance(chunk, bytes):
            out.append(decode_bytes(chunk, charset))
        else:
            out.append(chunk)
    return clean_header("".join(out))


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode bytes with the declared charset, then utf-8, then latin-1 (never fails)."""
    for cs in (charset, "utf-8", "cp1252"):
        if not cs:
            continue
        try:
            return data.decode(cs)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("latin-1", errors="replace")


def normalize_message_id(value: str) -> str | None:
    """The first ``<id@host>`` in a header value, or None."""
    match = _MSGID.search(value)
    return match.group(0) if match else None


def _undecoded(value: str) -> str:
    """A raw header value as text: 8-bit bytes decoded, RFC 2047 encoded-words left alone."""
    if not value.isascii() and _SURROGATES.search(value):
        value = decode_bytes(value.encode("ascii", "surrogateescape"), "utf-8")
    return _CRLF.sub(" ", value)


def _addresses(raw_values: list[str]) -> list[tuple[str, str]]:
    """(display name, address) pairs. The address list is split BEFORE encoded-words are
    decoded, so an encoded display name can never smuggle in another address."""
    pairs: list[tuple[str, str]] = []
    try:
        parsed = email.utils.getaddresses([_undecoded(v) for v in raw_values])
    except Exception:  # hostile address lists are skipped, not fatal
        return pairs
    for name, addr in parsed:
        addr = addr.strip().lower()
        if addr and "@" in addr and not any(c in addr for c in " \r\n\t<>,;\"\\"):
            pairs.append((decode_header_value(name), addr))
    return pairs


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    size: int


@dataclass
class ParsedMessage:
    """Everything the pipeline reads from one message; pure data, no I/O."""

    message_id: str
    message_id_synthetic: bool
    from_addr: str
    from_name: str
    subject: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    reply_to: tuple[str, ...]
    date: datetime | None
    in_reply_to: str | None
    references: tuple[str, ...]
    headers: Mapping[str, tuple[str, ...]]
    text_plain: str
    html: str | None
    calendar: str | None
    content_type: str
    attachments: tuple[Attachment, ...] = ()
    parts: tuple[str, ...] = ()
    defects: tuple[str, ...] = ()
    size: int = 0
    raw: bytes = field(default=b"", repr=False)
    #: Why the message could not be read (MIME nested too deep, ...): left for a person.
    unreadable: str = ""

    def header(self, name: str) -> str | None:
        """First value of a header (case-insensitive), decoded, or None."""
        values = self.headers.get(name.lower())
        return values[0] if values else None

    def has_header(self, name: str) -> bool:
        return name.lower() in self.headers

    @cached_property
    def text(self) -> str:
        """The body as plain text: text/plain if present, else the HTML turned into text."""
        if self.text_plain.strip():
            return self.text_plain
        if self.html:
            return html_to_text(self.html)
        return ""

    @property
    def calendar_method(self) -> str | None:
        """``METHOD`` of an attached text/calendar part (e.g. ``CANCEL``), upper-cased."""
        if not self.calendar:
            return None
        match = re.search(r"^METHOD:\s*([A-Za-z-]+)", self.calendar, re.MULTILINE)
        return match.group(1).upper() if match else None

    @property
    def thread_ids(self) -> tuple[str, ...]:
        """Message-IDs this message replies to: In-Reply-To first, then References."""
        ids = [self.in_reply_to] if self.in_reply_to else []
        ids.extend(r for r in reversed(self.references) if r not in ids)
        return tuple(ids)


def html_to_text(html: str) -> str:
    """Readable text from HTML mail (inscriptis keeps paragraphs and lists). What stands in a
    ``<blockquote>`` (the quoted mail of Gmail, Apple Mail, Thunderbird) comes out as "> "
    lines, as a plain-text client quotes it, so that a reply written below the quote is told
    from the quote; unless nothing stands outside it (then it is the whole of what was said)."""
    # imported lazily: only HTML-only mail needs it
    from inscriptis import get_annotated_text
    from inscriptis.model.config import ParserConfig

    try:
        annotated = get_annotated_text(html, ParserConfig(annotation_rules={"blockquote": ["quote"]}))
    except Exception:
        return re.sub(r"<[^>]+>", " ", html)
    text: str = annotated["text"]
    spans = sorted((start, end) for start, end, _ in annotated["label"])
    if not spans:
        return text
    lines: list[str] = []
    outside = False
    offset = 0
    i = 0  # the spans that end before the line are passed once: linear in lines and spans
    reach = -1  # how far the spans begun so far reach (nested quotes lie inside their parent)
    for line in text.split("\n"):
        while i < len(spans) and spans[i][0] <= offset:
            reach = max(reach, spans[i][1])
            i += 1
        if offset < reach:
            lines.append("> " + line.strip() if line.strip() else ">")
        else:
            lines.append(line)
            outside = outside or bool(line.strip())
        offset += len(line) + 1
    return "\n".join(lines) if outside else text


def walk_parts(msg: Message, depth: int = 0) -> Iterator[Message]:
    """``msg`` and its MIME parts, depth first, at most :data:`MAX_DEPTH` deep and
    :data:`MAX_PARTS` parts per level (hostile nesting)."""
    if depth > MAX_DEPTH:
        return
    yield msg
    if msg.is_multipart():
        payload = msg.get_payload()
        if isinstance(payload, list):
            for part in payload[:MAX_PARTS]:
                if isinstance(part, Message):
                    yield from walk_parts(part, depth + 1)


def _too_deep(msg: Message) -> bool:
    """Whether the MIME tree goes deeper than :data:`MAX_DEPTH` (iterative: no recursion)."""
    stack = [(msg, 0)]
    seen = 0
    while stack:
        part, depth = stack.pop()
        if depth > MAX_DEPTH:
            return True
        seen += 1
        if seen > MAX_PARTS * MAX_DEPTH:
            return False
        payload = part.get_payload() if part.is_multipart() else None
        if isinstance(payload, list):
            stack.extend((p, depth + 1) for p in payload[:MAX_PARTS] if isinstance(p, Message))
    return False


_NESTING = re.compile(rb'(?im)boundary\s*=\s*"?([^"\s;]+)|^--([^\r\n]+?)--[ \t]*\r?$')
_MESSAGE_PART = re.compile(rb"(?im)^content-type:\s*message/")


def _finds(hay: bytes, needle: bytes) -> Iterator[int]:
    """Every position where ``needle`` starts in ``hay`` (overlaps too)."""
    at = hay.find(needle)
    while at >= 0:
        yield at
        at = hay.find(needle, at + 1)


def _line_starts(raw: bytes, prefix: bytes) -> Iterator[int]:
    """Every position where a line of ``raw`` starts with ``prefix``."""
    if raw.startswith(prefix):
        yield 0
    for at in _finds(raw, b"\n" + prefix):
        yield at + 1


def _matches(rx: re.Pattern[bytes], raw: bytes, starts: Iterable[int]) -> Iterator[re.Match[bytes]]:
    """What ``rx.finditer(raw)`` yields, given every position a match of ``rx`` can start
    at (``starts``, ascending; found by ``bytes.find``, which is many times faster than
    letting the regex try each of a megabyte's positions)."""
    end = 0
    for start in starts:
        if start < end:
            continue  # inside the previous match, as finditer would skip it
        match = rx.match(raw, start)
        if match is not None:
            yield match
            end = max(match.end(), start + 1)


def _nested_too_deep(raw: bytes) -> bool:
    """A cheap scan before parsing: multipart boundaries opened and not yet closed, or
    embedded messages, beyond :data:`MAX_DEPTH` (the standard parser takes time quadratic
    in the depth, and recurses past Python's limit at ~1,000)."""
    lowered = raw.lower()  # ASCII only, like the patterns' IGNORECASE on bytes: same positions
    stack: list[bytes] = []
    starts = heapq.merge(_finds(lowered, b"boundary"), _line_starts(raw, b"--"))
    for match in _matches(_NESTING, raw, starts):
        opened, closed = match.group(1), match.group(2)
        if opened is not None:
            stack.append(opened)
            if len(stack) > MAX_DEPTH:
                return True
        elif closed in stack:
            del stack[stack.index(closed):]
    parts = _matches(_MESSAGE_PART, raw, _line_starts(lowered, b"content-type:"))
    return sum(1 for _ in islice(parts, MAX_DEPTH + 1)) > MAX_DEPTH


def _parse_bytes(raw: bytes, defects: list[str]) -> tuple[Message, str]:
    """The parsed message and why its body is unreadable ("" when it is not). MIME nested
    deeper than :data:`MAX_DEPTH` is not parsed at all, only its headers."""
    too_deep = f"MIME nested too deep (more than {MAX_DEPTH} levels)"
    if _nested_too_deep(raw):
        defects.append(f"MIME nested more than {MAX_DEPTH} levels deep; body not read")
        return email.parser.BytesParser().parsebytes(raw, headersonly=True), too_deep
    try:
        msg = email.message_from_bytes(raw)
    except RecursionError:
        defects.append("MIME nested too deep to parse; body not read")
        return email.parser.BytesParser().parsebytes(raw, headersonly=True), too_deep
    if _too_deep(msg):
        defects.append(f"MIME nested more than {MAX_DEPTH} levels deep")
        return msg, too_deep
    return msg, ""


def _part_text(part: Message) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    payload = payload[:MAX_TEXT_BYTES]
    try:
        charset = part.get_content_charset()
    except Exception:
        charset = None
    return decode_bytes(payload, charset).replace("\x00", "")


def parse_message(raw: bytes) -> ParsedMessage:
    """Parse raw message bytes. Never raises; problems end up in ``defects``."""
    defects: list[str] = []
    if b"\x00" in raw[:65536]:
        defects.append("NUL bytes in message")
    msg, unreadable = _parse_bytes(raw.replace(b"\x00", b""), defects)

    headers: dict[str, list[str]] = {}
    raw_headers: dict[str, list[str]] = {}
    for name, value in msg.raw_items():
        key = name.strip().lower()
        if key == "subject" and len(str(value)) > 4 * MAX_SUBJECT:
            # Cut before decoding (encoded-words are at most ~4 times longer than their text).
            value = str(value)[: 4 * MAX_SUBJECT]
        decoded = decode_header_value(value)
        if key == "subject" and len(decoded) > MAX_SUBJECT:
            defects.append(f"subject cut to {MAX_SUBJECT} characters")
            decoded = decoded[:MAX_SUBJECT]
        headers.setdefault(key, []).append(decoded)
        raw_headers.setdefault(key, []).append(str(value))
    frozen = {k: tuple(v) for k, v in headers.items()}

    def values(name: str) -> list[str]:
        return headers.get(name, [])

    def addresses(name: str) -> list[tuple[str, str]]:
        return _addresses(raw_headers.get(name, []))

    froms = addresses("from")
    if len(values("from")) > 1:
        defects.append("several From headers")
    from_name, from_addr = froms[0] if froms else ("", "")

    mid = normalize_message_id(" ".join(values("message-id")[:1]))
    synthetic = mid is None
    if mid is None:
        digest = hashlib.sha256(raw[:65536]).hexdigest()[:32]
        mid = f"<{digest}@synthetic.responder.invalid>"

    date = None
    if values("date"):
        try:
            date = email.utils.parsedate_to_datetime(values("date")[0])
        except (TypeError, ValueError, IndexError):
            defects.append("unparseable Date")

    refs = tuple(_MSGID.findall(" ".join(values("references"))))[-50:]
    irt = normalize_message_id(" ".join(values("in-reply-to")[:1]))

    text_plain: list[str] = []
    html: list[str] = []
    calendar: str | None = None
    attachments: list[Attachment] = []
    parts: list[str] = []
    for part in walk_parts(msg) if not unreadable else ():
        ctype = part.get_content_type()
        parts.append(ctype)
        if part.is_multipart():
            continue
        disposition = (part.get("Content-Disposition") or "").split(";")[0].strip().lower()
        filename = part.get_filename()
        if ctype == "text/calendar" and calendar is None:
            calendar = _part_text(part)
        elif disposition == "attachment" or (filename and not ctype.startswith("text/")):
            payload = part.get_payload()
            size = len(payload) if isinstance(payload, str) else 0
            attachments.append(Attachment(decode_header_value(filename or ""), ctype, size))
        elif ctype == "text/plain":
            text_plain.append(_part_text(part))
        elif ctype == "text/html":
            html.append(_part_text(part))
    if len(parts) >= MAX_PARTS:
        defects.append("too many MIME parts; the rest ignored")
    for defect in msg.defects:
        defects.append(type(defect).__name__)

    return ParsedMessage(
        message_id=mid,
        message_id_synthetic=synthetic,
        from_addr=from_addr,
        from_name=from_name,
        subject=headers["subject"][0] if "subject" in headers else "",
        to=tuple(a for _, a in addresses("to")),
        cc=tuple(a for _, a in addresses("cc")),
        reply_to=tuple(a for _, a in addresses("reply-to")),
        date=date,
        in_reply_to=irt,
        references=refs,
        headers=frozen,
        text_plain="\n".join(t for t in text_plain if t.strip()),
        html="\n".join(html) if html else None,
        calendar=calendar,
        content_type=msg.get_content_type(),
        attachments=tuple(attachments),
        parts=tuple(parts),
        defects=tuple(defects),
        size=len(raw),
        raw=raw,
        unreadable=unreadable,
    )
