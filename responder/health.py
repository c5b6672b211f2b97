"""Whether the daemon is healthy: one pure decision for ``/healthz`` and ``responder health``.

:func:`assess` takes what is known (running? connected to the mailbox? since when is the
connection lost? when was the last complete cycle?), ``now`` and the limits, and returns
(healthy, status, details). No clock, database or network inside: the table in
tests/test_health.py is the whole policy. The daemon calls it with what it holds in memory
(:meth:`responder.service.Service.health`); the CLI with the state's heartbeats and the
lock (:func:`responder.lock.holder`), so a daemon that died is reported at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class Verdict:
    ok: bool
    #: "ok", "reconnecting" (lost, within the grace), "disconnected", "stale", "not running",
    #: "starting"
    status: str
    detail: str  # one line for people


def assess(*, running: bool, connected: bool, lost_since: datetime | None,
           last_contact: datetime | None, now: datetime, grace: timedelta,
           stale_after: timedelta) -> Verdict:
    """Healthy while the daemon runs and the mailbox is connected, or was lost less than
    ``grace`` ago (``[http] unhealthy_after``: a restart of the mail server is no alarm). A
    connection that looks fine but has not finished a cycle for ``stale_after`` is stuck."""
    if not running:
        return Verdict(False, "not running", "the daemon is not running")
    if not connected:
        if lost_since is None:  # never connected yet
            return Verdict(False, "starting", "the daemon has not reached the mailbox yet")
        down = now - lost_since
        if down <= grace:
            return Verdict(True, "reconnecting",
                           f"mailbox connection lost {_s(down)} ago; reconnecting "
                           f"(unhealthy after {_s(grace)})")
        return Verdict(False, "disconnected",
                       f"mailbox connection lost {_s(down)} ago (more than {_s(grace)})")
    if last_contact is None:
        return Verdict(False, "starting", "the daemon has not reached the mailbox yet")
    age = now - last_contact
    if age > stale_after:
        return Verdict(False, "stale", f"last mailbox contact {_s(age)} ago (limit {_s(stale_after)})")
    return Verdict(True, "ok", f"last mailbox contact {_s(age)} ago")


def _s(delta: timedelta) -> str:
    return f"{max(0, int(delta.total_seconds()))}s"
