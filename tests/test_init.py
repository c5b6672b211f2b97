"""`responder init` writes a config that runs where it is written; `--docker` for the container.

A missing ``[templates] dir`` means the shipped default templates, not an error.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from responder.cli import main
from responder.config import load_config, parse_config, shipped_templates_dir

MINIMAL = {"business": {"name": "S", "address": "a@b.example"},
           "imap": {"host": "imap.b.example"}, "smtp": {"host": "smtp.b.example"}}


@pytest.fixture
def passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RESPONDER_IMAP_PASSWORD", "x")
    monkeypatch.setenv("RESPONDER_SMTP_PASSWORD", "y")


@pytest.mark.usefixtures("passwords")
def test_init_then_check_config_passes_from_anywhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "mybusiness"
    assert main(["init", str(folder)]) == 0
    config_file = folder / "config.toml"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for cwd in (folder, elsewhere, tmp_path):  # the paths do not depend on where it runs
        monkeypatch.chdir(cwd)
        capsys.readouterr()
        assert main(["check-config", "--config", str(config_file)]) == 0, capsys.readouterr().out
        assert capsys.readouterr().out.strip().endswith(": OK")
    config = load_config(config_file)
    assert config.state.path == folder.resolve() / "responder.db"
    assert config.templates.dir == folder.resolve() / "templates"
    assert 'path = "responder.db"' in config_file.read_text(encoding="utf-8").splitlines()


@pytest.mark.usefixtures("passwords")
def test_the_readme_quick_start_init_and_check_config_run_as_written(tmp_path: Path) -> None:
    """`responder init mybusiness && cd mybusiness`, then `responder check-config`."""
    def responder(*argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "responder.cli", *argv], cwd=cwd,
                              capture_output=True, text=True, timeout=60, check=False)

    assert responder("init", "mybusiness", cwd=tmp_path).returncode == 0
    done = responder("check-config", cwd=tmp_path / "mybusiness")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "OK" in done.stdout
    assert responder("templates", "check", cwd=tmp_path / "mybusiness").returncode == 0


def test_init_docker_writes_the_container_layout(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", "--docker", str(tmp_path)]) == 0
    data = tomllib.loads((tmp_path / "config.toml").read_text(encoding="utf-8"))
    assert data["state"]["path"] == "/data/responder.db"
    assert data["templates"]["dir"] == "/templates"
    assert data["http"]["host"] == "0.0.0.0"  # noqa: S104 (reachable through a published port)
    config = load_config(tmp_path / "config.toml")
    assert config.state.path == Path("/data/responder.db")
    assert config.templates.dir == Path("/templates")
    assert (tmp_path / "templates" / "en" / "acknowledgement.txt").is_file()  # to mount
    assert "/templates" in capsys.readouterr().out


@pytest.mark.usefixtures("passwords")
def test_a_config_without_a_templates_dir_uses_the_shipped_templates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = parse_config(MINIMAL, tmp_path / "config.toml")
    assert config.templates.dir == shipped_templates_dir()
    assert (config.templates.dir / "en" / "acknowledgement.txt").is_file()
    (tmp_path / "config.toml").write_text(
        '[business]\nname = "S"\naddress = "a@b.example"\n'
        '[imap]\nhost = "i.b.example"\nusername = "a"\npassword_env = "RESPONDER_IMAP_PASSWORD"\n'
        '[smtp]\nhost = "s.b.example"\nusername = "a"\npassword_env = "RESPONDER_SMTP_PASSWORD"\n'
        '[state]\npath = "responder.db"\n', encoding="utf-8")
    assert main(["check-config", "--config", str(tmp_path / "config.toml")]) == 0
    assert main(["templates", "check", "--config", str(tmp_path / "config.toml")]) == 0
    assert "0 error(s)" in capsys.readouterr().out
