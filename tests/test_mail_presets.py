"""Provider presets (responder.mail.presets): what ``provider = "..."`` fills in, explicit keys
winning, and the short config ``responder init --provider`` writes."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from responder.cli import main
from responder.config import load_config, parse_config
from responder.mail.presets import PRESETS

BASE: dict[str, Any] = {
    "business": {"name": "Studio", "address": "bookings@studio.example.com"},
    "imap": {"username": "bookings@studio.example.com"},
}


def _parsed(provider: str, **sections: dict[str, Any]) -> Any:
    data = {"provider": provider, **BASE, **{k: {**BASE.get(k, {}), **v} for k, v in sections.items()}}
    if provider in ("generic", "icloud", "fastmail", "yahoo", "zoho"):
        data.setdefault("smtp", {})
    if provider == "generic":
        data["imap"] = {**data["imap"], "host": "imap.example.com"}
        data["smtp"] = {**data["smtp"], "host": "smtp.example.com"}
    return parse_config(data)


@pytest.mark.parametrize(("provider", "imap_host", "smtp_host", "smtp_port", "auth", "flow", "per_day"), [
    ("microsoft365", "outlook.office365.com", "smtp.office365.com", 587, "oauth2", "client_credentials",
     10000),
    ("outlook", "outlook.office365.com", "smtp-mail.outlook.com", 587, "oauth2", "device_code", 300),
    ("gmail", "imap.gmail.com", "smtp.gmail.com", 465, "oauth2", "installed_app", 500),
    ("google-workspace", "imap.gmail.com", "smtp.gmail.com", 465, "oauth2", "service_account", 2000),
    ("icloud", "imap.mail.me.com", "smtp.mail.me.com", 587, "password", None, 1000),
    ("fastmail", "imap.fastmail.com", "smtp.fastmail.com", 465, "password", None, 1000),
    ("yahoo", "imap.mail.yahoo.com", "smtp.mail.yahoo.com", 465, "password", None, 500),
    ("zoho", "imap.zoho.com", "smtp.zoho.com", 465, "password", None, 500),
    ("generic", "imap.example.com", "smtp.example.com", 465, "password", None, 0),  # security "tls"
])
def test_each_preset_fills_servers_login_and_limits(
        provider: str, imap_host: str, smtp_host: str, smtp_port: int, auth: str, flow: str | None,
        per_day: int) -> None:
    config = _parsed(provider)
    servers = (config.imap.host, config.smtp.host, config.smtp.default_port())
    assert servers == (imap_host, smtp_host, smtp_port)
    assert config.imap.auth == auth and config.smtp.per_day == per_day
    assert (config.oauth2.flow if config.oauth2 else None) == flow
    if provider != "generic":
        assert config.smtp.username == config.imap.username  # the mailbox sends as itself


def test_gmail_renews_idle_well_before_ten_minutes() -> None:
    assert _parsed("gmail").imap.idle_renew == "5m"


def test_explicit_keys_win_over_the_preset() -> None:
    config = _parsed("gmail", imap={"host": "imap.googlemail.com", "idle_renew": "2m", "auth": "password",
                                    "password_env": "X"},
                     smtp={"per_day": 100, "port": 587, "security": "starttls"})
    assert config.imap.host == "imap.googlemail.com" and config.imap.idle_renew == "2m"
    assert config.imap.auth == "password" and config.oauth2 is None
    assert (config.smtp.host, config.smtp.port, config.smtp.per_day) == ("smtp.gmail.com", 587, 100)
    ms = _parsed("microsoft365", oauth2={"flow": "device_code", "client_id": "x"})
    assert ms.oauth2 is not None and (ms.oauth2.flow, ms.oauth2.provider) == ("device_code", "microsoft")


def test_an_unknown_provider_names_the_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "config.toml"
    config.write_text('provider = "hotmail"\n[business]\nname = "S"\naddress = "a@b.example"\n'
                      '[imap]\nhost = "h"\n[smtp]\nhost = "h"\n')
    assert main(["check-config", "--config", str(config)]) == 2
    assert "config error: provider: Input should be 'microsoft365'" in capsys.readouterr().err


@pytest.mark.parametrize("provider", sorted(PRESETS))
def test_init_provider_writes_only_what_the_user_fills_in_and_it_loads(
        tmp_path: Path, provider: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", str(tmp_path), "--provider", provider]) == 0
    text = (tmp_path / "config.toml").read_text()
    keys = [line.split("=")[0].strip() for line in text.splitlines()
            if re.match(r"^[a-z_]+ *=", line)]
    if provider != "generic":
        assert "host" not in keys and "port" not in keys and "security" not in keys
    assert len(keys) <= 10, text
    config = load_config(tmp_path / "config.toml")
    assert config.provider == provider
    if provider == "gmail":
        assert config.oauth2 is not None and config.oauth2.client_id.endswith("apps.googleusercontent.com")
        assert "responder auth login" in text
