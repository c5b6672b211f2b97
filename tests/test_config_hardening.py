"""Issue 12, items 10-12: every bad config value is one line naming its key (no traceback,
nothing that passes check-config and then crashes or misbehaves in ``run``); a state database
that cannot be opened is one line naming ``state.path``; the database files are 0600."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from responder.cli import main
from responder.config import parse_config
from responder.errors import ConfigError, StateError
from responder.state import Store

BASE: dict[str, Any] = {
    "business": {"name": "S", "address": "a@b.example"},
    "imap": {"host": "imap.b.example"},
    "smtp": {"host": "smtp.b.example"},
}


def with_value(section: str, key: str, value: Any) -> dict[str, Any]:
    data = {k: dict(v) for k, v in BASE.items()}
    data.setdefault(section, {})[key] = value
    return data


BAD = [
    ("replies", "ack_interval", "99999999999999d", "replies.ack_interval"),
    ("followups", "grace", "99999999999999d", "followups.grace"),
    ("followups", "schedule", ["99999999999999w"], "followups.schedule"),
    ("imap", "poll_interval", "99999999999999s", "imap.poll_interval"),
    ("imap", "timeout", float("inf"), "imap.timeout"),
    ("smtp", "timeout", float("nan"), "smtp.timeout"),
    ("imap", "timeout", 1e12, "imap.timeout"),
    ("followups", "holidays_subdivision", "NOPE", "followups.holidays_subdivision"),
    ("http", "host", "999.1.1.1", "http.host"),
    ("http", "host", "not a host", "http.host"),
    ("imap", "poll_interval", "0s", "imap.poll_interval"),
    ("imap", "idle_renew", "0s", "imap.idle_renew"),
    ("smtp", "envelope_from", "not an address", "smtp.envelope_from"),
    ("followups", "template", "../../etc/passwd", "followups.template"),
    ("followups", "by_reason", {"illness": [{"after": "21d", "template": "/etc/passwd"}]},
     "followups.by_reason.illness.0.template"),
    ("replies", "ack_interval", "0s", "replies.ack_interval"),
    ("replies", "max_per_hour", 1e20, "replies.max_per_hour"),
    ("followups", "max_per_customer", 10**12, "followups.max_per_customer"),
]


@pytest.mark.parametrize(("section", "key", "value", "named"), BAD,
                         ids=[f"{b[3]}={b[2]!r}"[:60] for b in BAD])
def test_each_bad_value_is_one_error_naming_its_key(section: str, key: str, value: Any,
                                                     named: str) -> None:
    data = with_value(section, key, value)
    if key == "holidays_subdivision":
        data["followups"]["holidays"] = "DE"
    with pytest.raises(ConfigError) as caught:
        parse_config(data)
    problems = caught.value.problems
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"{named}: "), problems


def test_good_values_still_pass() -> None:
    data = with_value("followups", "holidays", "DE")
    data["followups"]["holidays_subdivision"] = "BY"
    data["http"] = {"host": "0.0.0.0"}  # noqa: S104 - a container's published port
    data["smtp"]["envelope_from"] = "bounces@b.example"
    data["imap"]["poll_interval"] = "1s"
    data["imap"]["timeout"] = 5
    data["replies"] = {"ack_interval": "1d", "max_per_hour": 1000}
    config = parse_config(data)
    assert config.followups.holidays_subdivision == "BY"
    for host in ("::1", "localhost", "responder.internal", "127.0.0.1"):
        assert parse_config(with_value("http", "host", host)).http.host == host


def test_a_huge_duration_in_the_file_is_one_line_from_the_cli_without_traceback(
    tmp_path: Path,
) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[business]\nname = "S"\naddress = "a@b.example"\n'
                      '[imap]\nhost = "i"\n[smtp]\nhost = "s"\n'
                      '[replies]\nack_interval = "99999999999999d"\n', encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "responder.cli", "check-config", "--config",
                           str(config)], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "OverflowError" not in done.stderr
    assert "replies.ack_interval:" in done.stderr


@pytest.fixture
def passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RESPONDER_IMAP_PASSWORD", "x")
    monkeypatch.setenv("RESPONDER_SMTP_PASSWORD", "y")


@pytest.mark.usefixtures("passwords")
def test_an_empty_templates_folder_fails_check_config_and_templates_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["init", str(tmp_path)]) == 0
    empty = tmp_path / "templates"
    for path in sorted(empty.rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()
    capsys.readouterr()
    assert main(["check-config", "--config", str(tmp_path / "config.toml")]) == 2
    out = capsys.readouterr().out
    assert out.startswith("templates.dir: "), out
    assert main(["templates", "check", "--dir", str(empty)]) == 1
    assert "no templates" in capsys.readouterr().out


@pytest.mark.usefixtures("passwords")
def test_a_follow_up_template_that_does_not_exist_fails_check_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["init", str(tmp_path)]) == 0
    config = tmp_path / "config.toml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        'template = "followup_checkin"', 'template = "followup_chekin"', 1), encoding="utf-8")
    capsys.readouterr()
    assert main(["check-config", "--config", str(config)]) == 2
    assert "followups.template: " in capsys.readouterr().out


# -- item 11: the state database and the IMAP password --------------------------------------


def _config_with_state(tmp_path: Path, state: Path) -> Path:
    assert main(["init", str(tmp_path)]) == 0
    config = tmp_path / "config.toml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        'path = "responder.db"', f'path = "{state}"'), encoding="utf-8")
    return config


def test_a_corrupted_database_is_one_line_naming_state_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    state = tmp_path / "broken.db"
    state.write_bytes(b"this is not an SQLite database at all\n" * 200)
    with pytest.raises(StateError, match=r"^state\.path: .*broken\.db: this is not a usable SQLite"):
        Store.open(state)
    config = _config_with_state(tmp_path, state)
    capsys.readouterr()
    assert main(["status", "--config", str(config)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "state.path" in err and "not a usable SQLite" in err, err


def test_a_database_that_cannot_be_created_is_one_line_naming_state_path(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("x")
    with pytest.raises(StateError, match=r"^state\.path: .*: cannot open or create"):
        Store.open(tmp_path / "a-file" / "responder.db")


def test_an_immutable_database_fails_at_open_in_one_line_not_at_the_first_message(
    tmp_path: Path,
) -> None:
    """chattr +i (or a read-only mount): SQLite opens it read-only and every write fails."""
    state = tmp_path / "immutable.db"
    Store.open(state).close()
    if subprocess.run(["chattr", "+i", str(state)], capture_output=True, check=False).returncode:
        pytest.skip("chattr +i is not available here (needs root and a filesystem that has it)")
    try:
        with pytest.raises(StateError, match=r"^state\.path: .*immutable\.db: the database is read-only"):
            Store.open(state)
    finally:
        subprocess.run(["chattr", "-i", str(state)], check=False)


def test_a_non_ascii_imap_password_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RESPONDER_IMAP_PASSWORD", "pässwörd")
    monkeypatch.setenv("RESPONDER_SMTP_PASSWORD", "y")
    assert main(["init", str(tmp_path)]) == 0
    capsys.readouterr()
    assert main(["check-config", "--config", str(tmp_path / "config.toml")]) == 2
    out = capsys.readouterr().out
    assert out.startswith("imap.password_env: "), out
    assert "non-ASCII" in out


# -- item 12: 0600 ----------------------------------------------------------------------------


def test_the_state_database_and_its_wal_and_shm_are_created_0600(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        store = Store.open(tmp_path / "responder.db")
        with store.transaction():
            store.log_event("info", "hello", __import__("datetime").datetime.now(
                __import__("datetime").UTC))
        files = [p for p in tmp_path.iterdir() if p.name.startswith("responder.db")]
        assert {p.name for p in files} >= {"responder.db"}
        for path in files:
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        store.close()
    finally:
        os.umask(old)
