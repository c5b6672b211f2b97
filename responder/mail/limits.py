"""Sending within the provider's limits, as pure time functions (tested by tables).

Two things stop a send for a while without failing the message:

- our own caps, ``smtp.per_minute`` and ``smtp.per_day`` (a provider preset fills them in):
  :func:`next_allowed` says when the next message may go, from the times of the sends
  already made (the database is the record) — rolling windows, as the providers count;
- the server's quota or rate answer: :func:`pause_for` reads an SMTP reply and says how
  long to wait (421, ``451 4.7.x``, Gmail's ``550 5.4.5``, Microsoft's ``554 5.2.0 ...
  SubmissionQuotaExceeded``, a temporary authentication failure). The send raises
  :class:`SendPaused`; the service puts the message back in the queue, uncounted, and sends
  nothing more until the pause is over. Nothing is lost, and nothing is sent twice: the
  refused message was not taken by the server.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from responder.errors import TransientSendError

MINUTE = timedelta(minutes=1)
DAY = timedelta(days=1)

#: How long each kind of answer pauses sending. A day's quota resets on a rolling 24 hours the
#: provider does not tell us about: we look again every hour (one message, then pause again).
PAUSES = {
    "rate": timedelta(minutes=1),  # 421 / 451 4.7.x: too fast, come back shortly
    "auth": timedelta(minutes=5),  # 454 4.7.0 / 4xx at AUTH: the login service is busy
    "daily": timedelta(hours=1),  # 550 5.4.5, 554 5.2.0 SubmissionQuotaExceeded: the day's quota
}

_DAILY = re.compile(r"\b5\.4\.5\b|SubmissionQuotaExceeded|sending (?:quota|limit) exceeded|"
                    r"daily (?:user )?sending (?:quota|limit)", re.IGNORECASE)
_RATE = re.compile(r"\b4\.7\.\d+\b|rate limit|too many messages", re.IGNORECASE)


class SendPaused(TransientSendError):
    """The server answered with a quota or rate limit: wait ``pause`` and try again."""

    def __init__(self, message: str, pause: timedelta, kind: str) -> None:
        super().__init__(message)
        self.pause = pause
        self.kind = kind


def pause_for(code: int, message: str, *, at_auth: bool = False) -> tuple[str, timedelta] | None:
    """(kind, how long) when an SMTP answer is a quota, rate or temporary login refusal."""
    text = message.strip()
    if _DAILY.search(text) and code in (450, 451, 452, 550, 552, 554):
        return "daily", PAUSES["daily"]
    if at_auth and 400 <= code < 500:
        return "auth", PAUSES["auth"]
    if code == 421 or (code in (450, 451, 452) and _RATE.search(text)):
        return "rate", PAUSES["rate"]
    return None


def next_allowed(sent: Sequence[datetime], now: datetime, per_minute: int = 0,
                 per_day: int = 0) -> datetime | None:
    """When the next message may go (None: now), given the times of earlier sends.

    Rolling windows: at most ``per_minute`` sends in any 60 seconds and ``per_day`` in any
    24 hours (0: no cap). ``sent`` need not be sorted; sends older than a day are ignored.
    """
    def nth_latest(window: timedelta, n: int) -> datetime | None:
        recent = sorted(t for t in sent if now - window < t <= now)
        return recent[len(recent) - n] if len(recent) >= n else None

    return next_allowed_by(nth_latest, per_minute, per_day)


def next_allowed_by(nth_latest: Callable[[timedelta, int], datetime | None], per_minute: int = 0,
                    per_day: int = 0) -> datetime | None:
    """:func:`next_allowed` from ``nth_latest(window, n)``: the n-th latest send within the
    window ending now, or None when there were fewer (the database answers it with one
    indexed query instead of reading a day of sends)."""
    later: list[datetime] = []
    for cap, window in ((per_minute, MINUTE), (per_day, DAY)):
        if cap > 0 and (nth := nth_latest(window, cap)) is not None:
            # The window has room again when the send that fills it leaves it.
            later.append(nth + window)
    return max(later) if later else None
