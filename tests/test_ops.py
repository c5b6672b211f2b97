"""Operations against the real servers: send-test, health and status, the HTTP port, JSON logs
that never carry message bodies, and a clean exit on SIGTERM."""

from __future__ import annotations

import json
import signal
import time
import urllib.request
from pathlib import Path

import pytest

from responder.cli import main
from responder.config import load_config
from responder.testing import free_port
from responder.testing.dovecot import Dovecot, MailboxAccount
from responder.testing.smtp import SmtpSink
from tests.helpers import CANCEL, daemon, mail, run_once, write_config

pytestmark = pytest.mark.integration


@pytest.fixture
def config(tmp_path: Path, mailbox: MailboxAccount, smtp_sink: SmtpSink, password: None) -> Path:
    """The shared config with an HTTP port for /healthz and /metrics."""
    return write_config(tmp_path, mailbox, smtp_sink,
                        extra=f'[http]\nport = {free_port()}\n')


def test_send_test_goes_through_the_real_smtp_settings_marked_as_a_test(
    config: Path, smtp_sink: SmtpSink, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["templates", "send-test", "followup_checkin", "--lang", "nl", "--to",
                 "owner@studio.example.com", "--config", str(config)]) == 0
    [got] = smtp_sink.wait_for(1)
    assert got.rcpt_tos == ["owner@studio.example.com"]
    assert got.message["Subject"].startswith("[TEST] ")
    assert got.message["X-Responder-Test"] == "yes"
    assert "marked as a test" in capsys.readouterr().out


def test_health_and_status_after_a_run(
    config: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink,
    capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["health", "--config", str(config)]) == 1  # never ran: unhealthy
    assert run_once(config) == 0
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL))
    assert run_once(config) == 0
    capsys.readouterr()
    # --once is no daemon: health checks the daemon (tests/test_health.py has it running).
    assert main(["health", "--config", str(config)]) == 1
    assert capsys.readouterr().out.startswith("unhealthy: the daemon is not running")
    assert main(["status", "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert "messages.acknowledge: 1" in out and "followups.scheduled: 1" in out


def test_json_logs_carry_decisions_but_never_bodies_or_passwords(
    config: Path, dovecot: Dovecot, mailbox: MailboxAccount,
    capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_once(config, "--log-format", "json") == 0
    secret_line = "my secret appointment code is 7731"
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL + secret_line))
    assert run_once(config, "--log-format", "json") == 0
    lines = [json.loads(line) for line in capsys.readouterr().err.splitlines() if line.strip()]
    decisions = [entry for entry in lines if entry["event"] == "decision"]
    assert len(decisions) == 1
    assert {"message_id", "intent", "confidence", "action", "why"} <= set(decisions[0])
    text = json.dumps(lines)
    assert "7731" not in text and mailbox.password not in text


def test_http_port_serves_health_and_metrics_and_sigterm_exits_cleanly(
    config: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink
) -> None:
    port = load_config(config).http.port
    assert run_once(config) == 0
    proc = daemon(config)
    try:
        dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL))
        smtp_sink.wait_for(1, timeout=30)
        time.sleep(0.5)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as resp:
            health = json.loads(resp.read())
        assert health["status"] == "ok" and health["connected"] is True
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as resp:
            metrics = resp.read().decode()
        assert 'responder_messages_total{action="acknowledge",intent="cancellation"} 1.0' in metrics
        assert 'responder_sends_total{kind="acknowledgement"} 1.0' in metrics
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(15)  # a hang fails here; the exit itself must be clean
    assert code == 0
