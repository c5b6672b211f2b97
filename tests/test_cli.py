"""The command line: each command's contract, exit codes, and one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from responder.cli import main

DATA = Path(__file__).resolve().parent / "data"
FIELDS = {"second_reader", "path", "intent", "confidence", "action", "why", "language", "reason", "opt_out",
          "future_contact", "evidence"}


def test_init_writes_a_config_and_the_templates_that_check_clean(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["init", str(tmp_path)]) == 0
    assert (tmp_path / "config.toml").is_file()
    assert (tmp_path / "templates" / "en" / "acknowledgement.txt").is_file()
    capsys.readouterr()
    assert main(["templates", "check", "--dir", str(tmp_path / "templates")]) == 0
    assert "0 error(s)" in capsys.readouterr().out
    assert main(["init", str(tmp_path)]) == 0  # a second init keeps the user's files
    assert "leaving it" in capsys.readouterr().out


def test_classify_prints_one_json_object_per_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", str(DATA / "es-cancellation.eml")]) == 0
    [line] = capsys.readouterr().out.strip().splitlines()
    result = json.loads(line)
    assert set(result) == FIELDS
    assert (result["intent"], result["action"], result["language"]) == (
        "cancellation", "acknowledge", "es")
    assert result["why"]


def test_classify_reads_stdin(capsys: pytest.CaptureFixture[str],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    raw = b"From: a@x.test\r\nSubject: question\r\n\r\nWhat is your cancellation policy?\r\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw)))
    assert main(["classify", "-"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["path"], result["intent"], result["action"]) == ("-", "other", "ignore")


def test_check_config_names_each_problem_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("RESPONDER_IMAP_PASSWORD", raising=False)
    monkeypatch.delenv("RESPONDER_SMTP_PASSWORD", raising=False)
    assert main(["init", "--docker", str(tmp_path)]) == 0
    capsys.readouterr()
    code = main(["check-config", "--config", str(tmp_path / "config.toml")])
    out = capsys.readouterr().out.splitlines()
    assert code == 2
    assert any(line.startswith("imap.password_env: environment variable RESPONDER_IMAP_PASSWORD")
               for line in out)
    assert any(line.startswith("state.path:") for line in out)  # /data does not exist here


def test_unknown_key_is_one_line_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[business]\nname = "S"\naddress = "a@b.example"\n[imap]\nhots = "x"\n'
                      '[smtp]\nhost = "h"\n')
    assert main(["run", "--config", str(config), "--once"]) == 2
    err = capsys.readouterr().err
    assert "config error: imap.hots: unknown key (did you mean 'host'?)" in err
    assert "Traceback" not in err


def test_templates_preview_renders_with_sample_data(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates", "preview", "acknowledgement_with_reason", "--lang", "de",
                 "--reason", "illness"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Subject: ")
    assert "{{" not in out


def test_output_into_a_closed_pipe_ends_quietly_without_a_traceback() -> None:
    """`responder eval DIR | head`: the reader has gone; exit 141, no traceback on stderr."""
    evalset = Path(__file__).parent / "data" / "detect" / "evalset"
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first line is written
    try:
        done = subprocess.run(
            [sys.executable, "-m", "responder.cli", "eval", str(evalset)],
            stdout=write_end, stderr=subprocess.PIPE, timeout=60, check=False)
    finally:
        os.close(write_end)
    assert done.returncode == 141
    assert b"Traceback" not in done.stderr
