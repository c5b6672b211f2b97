"""Config validation: every problem names its key and says how to fix it."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from responder.config import (
    check_config,
    load_config,
    parse_config,
    parse_duration,
    secret_problems,
    shipped_templates_dir,
)
from responder.errors import ConfigError

EXAMPLE = Path(__file__).resolve().parent.parent / "config.example.toml"


def minimal(**overrides: dict[str, object]) -> dict[str, object]:
    data: dict[str, dict[str, object]] = {
        "business": {"name": "Studio", "address": "Bookings@Example.com"},
        "imap": {"host": "imap.test", "username": "u", "password_env": "T_IMAP_PW"},
        "smtp": {"host": "smtp.test"},
    }
    for section, values in overrides.items():
        data.setdefault(section, {}).update(values)
    return dict(data)


def problems_of(data: dict[str, object]) -> list[str]:
    with pytest.raises(ConfigError) as info:
        parse_config(data)
    return info.value.problems


def test_example_config_is_valid() -> None:
    config = parse_config(tomllib.loads(EXAMPLE.read_text()), EXAMPLE)
    assert config.business.address == "bookings@example.com"
    assert config.followups.schedule == ["30d"]


def test_addresses_are_lower_cased_and_defaults_filled() -> None:
    config = parse_config(minimal())
    assert config.business.address == "bookings@example.com"
    assert config.imap.default_port() == 993
    assert config.smtp.default_port() == 465
    assert config.imap.backfill == "none"


def test_unknown_key_is_named_with_a_suggestion() -> None:
    assert problems_of(minimal(imap={"hots": "x"})) == ["imap.hots: unknown key (did you mean 'host'?)"]


def test_unknown_section_is_named() -> None:
    assert problems_of({**minimal(), "smpt": {}})[0].startswith("smpt: unknown key (did you mean 'smtp'?)")


def test_missing_required_key_is_named() -> None:
    data = minimal()
    del data["smtp"]
    assert problems_of(data) == ["smtp: required but missing (add it to the config file)"]


@pytest.mark.parametrize(
    ("override", "key"),
    [
        ({"imap": {"security": "ssl"}}, "imap.security"),
        ({"imap": {"port": 99999}}, "imap.port"),
        ({"business": {"timezone": "Mars/Olympus"}}, "business.timezone"),
        ({"business": {"address": "not-an-address"}}, "business.address"),
        ({"followups": {"schedule": ["30 days"]}}, "followups.schedule"),
        ({"imap": {"backfill": "yesterday"}}, "imap.backfill"),
        ({"detection": {"answer_threshold": 1.5}}, "detection.answer_threshold"),
    ],
)
def test_bad_values_name_their_key(override: dict[str, dict[str, object]], key: str) -> None:
    problems = problems_of(minimal(**override))
    assert len(problems) == 1
    assert problems[0].startswith(f"{key}: ")


def test_review_threshold_above_answer_threshold_is_rejected() -> None:
    problems = problems_of(minimal(detection={"answer_threshold": 0.6, "review_threshold": 0.7}))
    assert "review_threshold must not exceed answer_threshold" in problems[0]


def test_missing_file_says_how_to_start(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"config file not found.*responder init"):
        load_config(tmp_path / "nope.toml")


def test_broken_toml_is_one_clear_line(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text("[business\nname = 1\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(path)


def test_relative_paths_resolve_against_the_config_file(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text(
        '[business]\nname = "S"\naddress = "a@b.example"\n'
        '[imap]\nhost = "h"\n[smtp]\nhost = "h"\n[state]\npath = "s.db"\n'
    )
    config = load_config(path)
    assert config.state.path == tmp_path / "s.db"
    assert config.templates.dir == shipped_templates_dir()  # no [templates] dir: the defaults


def test_unset_password_env_is_reported_without_a_value(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("T_IMAP_PW", raising=False)
    problems = secret_problems(parse_config(minimal()))
    assert problems == [
        "imap.password_env: environment variable T_IMAP_PW is not set (export T_IMAP_PW=...)"
    ]


def test_password_comes_from_env_or_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("T_IMAP_PW", "s3cret")
    assert parse_config(minimal()).imap.password() == "s3cret"
    secret = tmp_path / "pw"
    secret.write_text("from-file\n")
    config = parse_config(minimal(imap={"password_env": "", "password_file": str(secret)}))
    assert config.imap.password() == "from-file"
    assert secret_problems(config) == []


def test_check_config_reports_missing_templates_folder(monkeypatch: pytest.MonkeyPatch,
                                                        tmp_path: Path) -> None:
    monkeypatch.setenv("T_IMAP_PW", "x")
    config = parse_config(minimal(templates={"dir": str(tmp_path / "missing")},
                                  state={"path": str(tmp_path / "s.db")}))
    assert [p.split(":")[0] for p in check_config(config)] == ["templates.dir"]


@pytest.mark.parametrize(("text", "seconds"), [("30s", 30), ("10m", 600), ("12h", 43200),
                                               ("30d", 2592000), ("2w", 1209600)])
def test_durations(text: str, seconds: int) -> None:
    assert parse_duration(text).total_seconds() == seconds


def test_bad_duration_explains_the_format() -> None:
    with pytest.raises(ValueError, match='write it like "30d"'):
        parse_duration("thirty days")


def test_no_cadence_table_gives_moved_away_or_dissatisfied_customers_a_followup() -> None:
    """A staff-written by_reason table without those rows does not fall back to ``schedule``."""
    config = parse_config(minimal(followups={"schedule": ["30d"], "by_reason": {"illness": []}}))
    assert config.followups.steps_for("dissatisfied") == []
    assert config.followups.steps_for("moved_away") == []
    assert [s.after for s in config.followups.steps_for("cost")] == ["30d"]


@pytest.mark.parametrize(("imap", "minutes"), [
    ({}, 22),                                                   # IDLE renewed every 10 min
    ({"idle": False, "poll_interval": "5m"}, 12),
    ({"idle": True, "idle_renew": "10m", "poll_interval": "30m"}, 62),  # server without IDLE polls
])
def test_the_daemon_counts_as_stale_after_twice_its_longest_wait_plus_two_minutes(
    imap: dict[str, object], minutes: int
) -> None:
    config = parse_config(minimal(imap=imap))
    assert config.imap.stale_after().total_seconds() == minutes * 60


def test_the_config_knows_the_same_reasons_as_the_reader() -> None:
    """config.REASONS (kept light for `responder health`) matches responder.reasons.Reason."""
    from responder import config, reasons
    assert config.REASONS == reasons.REASONS
