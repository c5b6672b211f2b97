"""A template cannot hurt the daemon (issue 12, item 4): what a careless or hostile edit
costs is bounded in the sandbox (ranges, widths, string sizes, loop steps, output, time),
and a changed file is tried in a child process with a CPU and memory limit before it goes
live; the daemon keeps answering with the last good version and stops on SIGTERM.
"""

from __future__ import annotations

import resource
import shutil
import signal
import time
from pathlib import Path

import pytest

from responder.errors import TemplateError
from responder.render import Renderer, load_checked
from responder.templatecheck import check_in_child
from responder.testing.dovecot import Dovecot, MailboxAccount
from responder.testing.smtp import SmtpSink
from tests.helpers import CANCEL, REPO, daemon, log_lines, mail, run_once, wait_logged, write_config

HEAD = "Subject: Your cancellation\n---\nHello {{ customer_name }},\n\n"

#: The edits of the attack run (1.8-4 GB or an endless loop each), and their cousins.
HOSTILE = {
    "range-1e9": "{% for i in range(10**9) %}{% endfor %}",
    "center": "{{ 'x'|center(300000000) }}",
    "percent": "{{ '%300000000d' % 1 }}",
    "percent-star": "{{ '%*d' % (300000000, 1) }}",
    "format-filter": "{{ '%300000000d'|format(1) }}",
    "range-list": "{{ range(10**8)|list }}",
    "str-format": "{{ '{:>300000000}'.format('x') }}",
    "str-format-nested": "{{ '{0:{1}}'.format('x', 300000000) }}",
    "str-method": "{{ 'x'.ljust(300000000) }}",
    "indent": "{{ 'x'|indent(300000000) }}",
    "join": "{{ range(10000)|join('x' * 10000) }}",
    "replace": "{{ ('x' * 10000).replace('', 'y' * 10000) }}",
    "nested-loops": "{% for i in range(10000) %}{% for j in range(10000) %}{% endfor %}{% endfor %}",
    "string-loops": "{% for a in 'x' * 10000 %}{% for b in 'x' * 10000 %}{% endfor %}{% endfor %}",
    "doubling": "{% set a = 'x' * 10000 %}" + "{% set a = a ~ a %}" * 30 + "{{ a|length }}",
    "output": "{% for i in range(10000) %}{{ 'x' * 1000 }}{% endfor %}",
    "slow": "{% for i in range(10000) %}{% set b = ('x' * 10000)|wordwrap(3) %}{% endfor %}",
}


def template(tmp_path: Path, body: str, name: str = "acknowledgement") -> Path:
    path = tmp_path / "en" / f"{name}.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEAD + body + "\n", encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _memory_cap() -> object:
    """Before the fix these took gigabytes: a cap makes that a MemoryError, not a dead machine."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (3 * 1024**3, hard))
    yield
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


@pytest.mark.parametrize("body", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_template_is_refused_in_the_sandbox_naming_the_file(tmp_path: Path,
                                                                       body: str) -> None:
    path = template(tmp_path, body)
    started = time.monotonic()
    with pytest.raises(TemplateError, match=r"acknowledgement\.txt:\d+: .*not allowed in a template"):
        load_checked(path, "acknowledgement", "en")
    assert time.monotonic() - started < 30  # generous: the point is "ends", not a speed target


@pytest.mark.parametrize("body", [
    "{{ 'x'|center(40) }} {{ '%5d' % 3 }} {{ '{:>5}'.format('x') }} {{ 'a b c'|wordwrap(3) }}",
    "{% for i in range(3) %}{{ loop.index }}/{{ loop.length }}{% else %}none{% endfor %}",
    "{% for x in [] %}{% else %}none{% endfor %} {{ range(5)|join(', ') }} {{ 'a' ~ 'b' ~ 1 }}",
    "{{ ('x' * 10000) + ('y' * 10000) }} {{ 'ab'|replace('a', 'c') }} {{ '%s'|format('z') }}",
])
def test_ordinary_templates_still_render(tmp_path: Path, body: str) -> None:
    load_checked(template(tmp_path, body), "acknowledgement", "en")


# -- the child process --------------------------------------------------------------------------

def test_the_child_passes_a_good_template(tmp_path: Path) -> None:
    shutil.copy(REPO / "templates" / "en" / "acknowledgement.txt", tmp_path / "ack.txt")
    assert check_in_child(tmp_path / "ack.txt", "acknowledgement", "en") is None


def test_the_child_reports_a_template_error_with_its_line(tmp_path: Path) -> None:
    path = template(tmp_path, "{{ no_such_variable }}")
    problem = check_in_child(path, "acknowledgement", "en")
    assert problem is not None and problem.startswith(f"{path}:5:") and "no_such_variable" in problem


def test_the_child_is_stopped_by_its_cpu_limit(tmp_path: Path) -> None:
    """One slow step (wrapping 640,000 characters, seconds of CPU) that no loop limit sees:
    the child's CPU limit stops it."""
    path = template(tmp_path, "{% set a = 'x ' * 5000 %}" + "{% set a = a ~ a %}" * 6
                              + "{{ a|wordwrap(3)|length }}")
    problem = check_in_child(path, "acknowledgement", "en", cpu_seconds=1)
    assert problem is not None and "more than 1 s of CPU" in problem


def test_the_child_is_stopped_by_its_memory_limit(tmp_path: Path) -> None:
    """100 MB within every sandbox limit: the child's memory limit catches it."""
    path = template(tmp_path, "{% set big = range(10000)|map('string')|map('center', 10000)|list %}"
                              "{{ big|length }}")
    problem = check_in_child(path, "acknowledgement", "en", memory_mb=40)
    assert problem is not None and "more than 40 MB" in problem


def test_a_changed_file_the_checker_refuses_never_goes_live(tmp_path: Path) -> None:
    path = template(tmp_path, "Good.")
    renderer = Renderer(tmp_path)
    calls: list[Path] = []

    def checker(p: Path, name: str, language: str) -> str | None:
        calls.append(p)
        return f"{p}:1: refused"

    renderer.checker = checker
    assert "Good." in renderer.render("acknowledgement", "en", {}).text  # first load: in-process
    assert calls == []
    time.sleep(0.01)
    path.write_text(HEAD + "Changed.\n", encoding="utf-8")
    assert "Good." in renderer.render("acknowledgement", "en", {}).text  # last good version
    assert calls == [path] and renderer.problems == [f"{path}:1: refused"]


# -- the daemon ---------------------------------------------------------------------------------

@pytest.mark.integration
@pytest.mark.parametrize("edit", ["range-1e9", "slow", "doubling"])
def test_the_daemon_keeps_answering_and_stops_on_sigterm_after_a_hostile_edit(
    tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink,
    password: None, edit: str,
) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(REPO / "templates", templates)
    config = write_config(tmp_path, mailbox, smtp_sink, templates=templates)
    assert run_once(config) == 0  # first start
    proc = daemon(config)
    try:
        assert wait_logged(config, "watching for new mail", 0, proc)  # good versions loaded
        ack = templates / "en" / "acknowledgement.txt"
        ack.write_text(ack.read_text(encoding="utf-8") + HOSTILE[edit] + "\n", encoding="utf-8")
        dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL))  # wakes the loop
        assert wait_logged(config, "template edit rejected", 0, proc), log_lines(config)[-5:]
        [got] = smtp_sink.wait_for(1, timeout=30)  # answered with the last good version
        assert got.rcpt_tos == ["ann@example.net"]
        assert "{%" not in got.raw.decode("utf-8", "replace")
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(20)  # a hang fails here
    assert code == 0
