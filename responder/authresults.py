"""Was the sender authenticated? ``Authentication-Results`` (RFC 8601) from our own server.

An auto-responder that answers forged senders is a reflector: whoever writes someone else's
address in ``From`` gets our mail sent there. The business's mail server (Gmail, Microsoft
365, Postfix with OpenDKIM/OpenDMARC, ...) checks SPF, DKIM and DMARC on arrival and writes
what it found into an ``Authentication-Results`` header at the top of the message. Only
headers carrying *its* ``authserv-id`` count: anyone can write such a header into a mail,
and RFC 8601 section 5 asks the receiving server to delete copies that claim its id.

The id is configured (``safety.authserv_id``) or learned from the mailbox: the id of the
topmost header in mail from at least :data:`LEARN_DOMAINS` different sender domains (a
stranger controls only their own mail; the business's server heads everyone's).

:func:`authentication_problems` is pure: headers, trusted ids and mode in, reasons out.
A reason means "send no automatic mail; a person looks at it" (see ``decide``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

__all__ = [
    "LEARN_DOMAINS",
    "AuthResults",
    "Mode",
    "authentication_problems",
    "parse_authentication_results",
    "topmost_authserv_id",
]

Mode = Literal["off", "when present", "required"]

#: A topmost ``authserv-id`` seen in mail from this many sender domains is our server's.
LEARN_DOMAINS = 3
#: Longer header values are not read (a hostile header costs nothing).
_MAX_HEADER = 8192
_RESINFO = re.compile(r"^\s*([A-Za-z0-9_.-]+)(?:\s*/\s*\d+)?\s*=\s*([A-Za-z0-9_-]+)")
_SPF_FAIL = frozenset({"fail", "softfail"})


@dataclass(frozen=True)
class AuthResults:
    """One header: the server that wrote it and each method's results (``dkim`` may have
    several, one per signature)."""

    authserv_id: str  # lower-case; "" when the header names none (Microsoft 365 writes none)
    results: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def _uncomment(value: str) -> str:
    """RFC 5322 comments (nested, with quoted-pairs) removed; quoted strings kept."""
    out: list[str] = []
    depth = 0
    quoted = escaped = False
    for ch in value:
        if escaped:
            escaped = False
            if depth == 0:
                out.append(ch)
            continue
        if ch == "\\":
            escaped = True
            if depth == 0:
                out.append(ch)
            continue
        if quoted:
            quoted = ch != '"'
            out.append(ch)
        elif ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
        elif depth == 0:
            quoted = ch == '"'
            out.append(ch)
    return "".join(out)


def parse_authentication_results(value: str) -> AuthResults:
    """``mx.example.com; spf=pass smtp.mailfrom=a.example; dkim=fail header.d=a.example``."""
    parts = _uncomment(value[:_MAX_HEADER]).split(";")
    head = parts[0].strip()
    if "=" in head:  # no authserv-id (Microsoft 365): the first part is already a result
        authserv_id, rest = "", parts
    else:
        authserv_id, rest = (head.split() or [""])[0].lower(), parts[1:]
    results: dict[str, list[str]] = {}
    for part in rest:
        match = _RESINFO.match(part)
        if match:
            results.setdefault(match.group(1).lower(), []).append(match.group(2).lower())
    return AuthResults(authserv_id, {k: tuple(v) for k, v in results.items()})


def topmost_authserv_id(headers: Sequence[str]) -> str | None:
    """The ``authserv-id`` of the first (topmost, last added) header, or None without one."""
    return parse_authentication_results(headers[0]).authserv_id if headers else None


def authentication_problems(headers: Sequence[str], trusted: Iterable[str],
                            mode: Mode) -> tuple[str, ...]:
    """Why this mail must not be answered automatically for want of authentication.

    ``headers`` are the message's ``Authentication-Results`` values, topmost first;
    ``trusted`` the ``authserv-id`` values of our own server. A trusted header saying
    ``dmarc=fail`` (or Microsoft's ``compauth=fail``) is a problem, and so is SPF failing
    (``fail`` or ``softfail``) with no DKIM signature passing. With ``mode="required"``, a
    mail without any trusted header is a problem too; ``"off"`` never finds one.
    """
    if mode == "off":
        return ()
    ids = {t.strip().lower() for t in trusted}
    ours = [r for r in map(parse_authentication_results, headers) if r.authserv_id in ids]
    if not ours:
        if mode == "required":
            return ("unauthenticated: no Authentication-Results from our mail server "
                    f"({', '.join(sorted(ids)) or 'no authserv_id configured or learned yet'})",)
        return ()

    def seen(method: str) -> set[str]:
        return {v for r in ours for v in r.results.get(method, ())}

    problems: list[str] = []
    if "fail" in seen("dmarc"):
        problems.append("unauthenticated: dmarc=fail")
    if "fail" in seen("compauth"):
        problems.append("unauthenticated: compauth=fail")
    spf, dkim = seen("spf"), seen("dkim")
    if spf & _SPF_FAIL and "pass" not in dkim:
        problems.append(f"unauthenticated: spf={'/'.join(sorted(spf & _SPF_FAIL))} and "
                        f"dkim={'/'.join(sorted(dkim)) or 'none'}")
    return tuple(problems)
