"""The README's promises to a new user: its commands run, its paths exist, its examples hold.

A command shown in the README is run exactly as written (with ``responder`` replaced by
this interpreter's ``-m responder.cli``), from the repository root as a user would.
"""

from __future__ import annotations

import csv
import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
LANGUAGES = {"en", "es", "fr", "de", "pt", "it", "nl"}


def section(title: str) -> str:
    """The text of one ``## title`` section."""
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.M | re.S)
    assert match, f"README has no section {title!r}"
    return match.group(1)


def sh_blocks(text: str) -> list[str]:
    return re.findall(r"```sh\n(.*?)```", text, re.S)


def responder_lines(block: str) -> list[str]:
    return [line.split("#")[0].strip() for line in block.splitlines()
            if line.strip().startswith("responder ")]


def run_responder(line: str, cwd: Path, env: dict[str, str] | None = None
                  ) -> subprocess.CompletedProcess[str]:
    argv = shlex.split(line)
    assert argv[0] == "responder"
    return subprocess.run([sys.executable, "-m", "responder.cli", *argv[1:]], cwd=cwd,
                          capture_output=True, text=True, timeout=120, env=env, check=False)


def offline_quick_start() -> list[str]:
    """The "Try it without a mailbox" commands: the first sh block that runs `classify`."""
    for block in sh_blocks(section("Quick start")):
        lines = responder_lines(block)
        if any(line.startswith("responder classify") for line in lines):
            return lines
    raise AssertionError("the quick start shows no `responder classify` command")


@pytest.mark.parametrize("line", offline_quick_start())
def test_each_try_it_without_a_mailbox_command_runs(line: str, tmp_path: Path) -> None:
    done = run_responder(line, ROOT)
    assert done.returncode == 0, (line, done.stderr[-2000:])
    assert done.stdout.strip(), line
    assert "Traceback" not in done.stderr


def test_the_example_folder_holds_every_language_and_classify_reads_it_as_labelled() -> None:
    """The README promises examples in seven languages in `tests/data/detect/`."""
    [line] = [cmd for cmd in offline_quick_start()
              if cmd.startswith("responder classify") and cmd.endswith("/")]
    folder = ROOT / shlex.split(line)[-1]
    with (folder / "labels.csv").open(encoding="utf-8", newline="") as fh:
        labels = {row["file"]: row for row in csv.DictReader(fh)}
    assert {row["language"] for row in labels.values()} == LANGUAGES
    for language in LANGUAGES:  # a cancellation, a reschedule and an ordinary mail in each
        assert {row["intent"] for row in labels.values() if row["language"] == language} >= {
            "cancellation", "reschedule", "other"}, language
    assert {p.name for p in folder.glob("*.eml")} == set(labels)
    results = [json.loads(out) for out in run_responder(line, ROOT).stdout.splitlines()]
    for result in results:
        row = labels[Path(result["path"]).name]
        assert (result["intent"], result["language"]) == (row["intent"], row["language"])
        assert (result["action"] == "acknowledge") == (row["intent"] == "cancellation")


def test_the_shown_classify_output_is_what_classify_prints() -> None:
    shown = re.search(r"```json\n(\{.*?)\n```", section("Quick start"), re.S)
    assert shown
    example = json.loads(shown.group(1).replace(", ...}", "}"))
    done = run_responder(f"responder classify {example['path']}", ROOT)
    actual = json.loads(done.stdout)
    assert {k: actual[k] for k in example} == example


def test_every_command_the_readme_names_exists() -> None:
    from responder.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.choices and "run" in a.choices)
    assert isinstance(sub.choices, dict)
    named = set(re.findall(r"`responder ([a-z][a-z-]+)", README))
    assert named, "the README names no command"
    assert named <= set(sub.choices), named - set(sub.choices)
    templates = sub.choices["templates"]
    tsub = next(a for a in templates._actions if a.choices)
    assert isinstance(tsub.choices, dict)
    assert set(re.findall(r"`responder templates ([a-z-]+)", README)) <= set(tsub.choices)


def test_every_path_the_readme_points_to_is_in_the_repository() -> None:
    linked = set(re.findall(r"\]\(((?:docs|contrib|tests|benchmarks|scripts)/[^)#\s]+)", README))
    quoted = set(re.findall(r"`((?:docs|contrib|tests/data|benchmarks|scripts)/[\w./-]+)", README))
    assert linked, "the README links no documents"
    for rel in sorted(linked | quoted):
        assert (ROOT / rel).exists(), rel
    assert "shared/corpus" not in README  # the development corpus is not in the repository


def test_the_readme_is_a_guide_and_the_measurements_live_in_docs() -> None:
    for title in ("Quick start", "Connect your mailbox", "Commands", "Configuration",
                  "What happens to a message", "For staff: editing the messages",
                  "For ops: running it", "Docker", "How good is detection",
                  "Dependencies and why", "Running the tests"):
        section(title)
    assert "./scripts/test.sh" in section("Running the tests")
    assert len(README.encode()) < 30_000
    for doc in ("detection.md", "performance.md", "safety.md"):
        assert (ROOT / "docs" / doc).is_file()


def test_the_systemd_unit_is_valid_for_systemd() -> None:
    unit = ROOT / "contrib" / "responder.service"
    text = unit.read_text(encoding="utf-8")
    assert "ExecStart=" in text and "responder run" in text
    assert "EnvironmentFile=" in text  # passwords come from a root-only file, not the unit
    analyze = Path("/usr/bin/systemd-analyze")
    if not analyze.exists():
        pytest.skip("systemd-analyze is not installed")
    done = subprocess.run([str(analyze), "verify", "--man=no", str(unit)], capture_output=True,
                          text=True, timeout=60, check=False)
    # The binary and files it names exist only on a real install; anything else is an error.
    problems = [line for line in done.stderr.splitlines()
                if line.strip() and "/opt/responder" not in line
                and "/etc/responder" not in line and "Documentation" not in line]
    assert not problems, problems
