"""Health (issue 11.3): the pure decision by table, then /healthz and ``responder health``
against a real Dovecot that is stopped and a daemon that is killed."""

from __future__ import annotations

import json
import signal
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from responder.cli import main
from responder.health import assess
from responder.testing import free_port
from responder.testing.dovecot import Dovecot, MailboxAccount
from responder.testing.smtp import SmtpSink
from tests.helpers import daemon, run_once, wait_logged, write_config

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
GRACE = timedelta(minutes=2)
STALE = timedelta(minutes=22)
S = timedelta(seconds=1)


@pytest.mark.parametrize(("running", "connected", "lost_since", "last_contact", "ok", "status"), [
    (False, True, None, NOW, False, "not running"),  # a dead daemon, however fresh its last beat
    (False, False, NOW - 5 * S, NOW - 5 * S, False, "not running"),
    (True, False, None, None, False, "starting"),  # has not connected yet
    (True, True, None, None, False, "starting"),
    (True, True, None, NOW - 5 * S, True, "ok"),
    (True, True, None, NOW - STALE, True, "ok"),  # at the limit
    (True, True, None, NOW - STALE - S, False, "stale"),  # connected, but no cycle finishes
    (True, False, NOW - 30 * S, NOW - 40 * S, True, "reconnecting"),  # within the grace
    (True, False, NOW - GRACE, NOW - GRACE, True, "reconnecting"),  # at the grace
    (True, False, NOW - GRACE - S, NOW - GRACE, False, "disconnected"),  # lost for longer
    (True, False, NOW - timedelta(hours=3), NOW - timedelta(hours=3), False, "disconnected"),
])
def test_health_decision(running: bool, connected: bool, lost_since: datetime | None,
                         last_contact: datetime | None, ok: bool, status: str) -> None:
    verdict = assess(running=running, connected=connected, lost_since=lost_since,
                     last_contact=last_contact, now=NOW, grace=GRACE, stale_after=STALE)
    assert (verdict.ok, verdict.status) == (ok, status)
    assert verdict.detail and "\n" not in verdict.detail


def _healthz(port: int) -> tuple[int, dict[str, object]]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


@pytest.mark.integration
def test_health_turns_unhealthy_when_the_mailbox_is_gone_and_when_the_daemon_dies(
    tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink,
    password: None, capsys: pytest.CaptureFixture[str]
) -> None:
    port = free_port()
    config = write_config(tmp_path, mailbox, smtp_sink,
                          extra=f'[http]\nport = {port}\nunhealthy_after = "2s"\n')
    assert run_once(config) == 0
    capsys.readouterr()
    assert main(["health", "--config", str(config)]) == 1  # ran once, no daemon: not healthy
    assert "unhealthy: the daemon is not running" in capsys.readouterr().out
    proc = daemon(config)
    try:
        assert wait_logged(config, "watching for new mail", 0, proc)
        assert _healthz(port)[0] == 200
        assert main(["health", "--config", str(config)]) == 0
        assert capsys.readouterr().out.startswith("healthy: last mailbox contact")

        dovecot.stop()  # the mail server goes away and stays away
        try:
            deadline = time.monotonic() + 30
            while (code := _healthz(port))[0] == 200 and time.monotonic() < deadline:
                time.sleep(0.2)
            assert code[0] == 503 and code[1]["status"] == "disconnected", code
            assert main(["health", "--config", str(config)]) == 1
            assert "unhealthy: mailbox connection lost" in capsys.readouterr().out
        finally:
            dovecot.restart()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    # Killed: reported at once, not after the heartbeat grows old.
    assert main(["health", "--config", str(config)]) == 1
    assert "unhealthy: the daemon is not running" in capsys.readouterr().out
