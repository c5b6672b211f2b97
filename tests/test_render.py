"""The sandboxed renderer: shipped templates, fallbacks, live reload, sandbox, injection."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from responder.errors import TemplateError
from responder.render import LANGUAGES, REASONS, Renderer, sample_context

SHIPPED = Path(__file__).resolve().parent.parent / "templates"
NAMES = ("acknowledgement", "acknowledgement_with_reason", "thank_you", "followup_checkin",
         "followup_rebook", "staff_alert", "digest")


def write(path: Path, text: str) -> Path:
    """Write a template and move its mtime forward, as a later edit would."""
    path.parent.mkdir(parents=True, exist_ok=True)
    old = path.stat().st_mtime_ns if path.exists() else 0
    path.write_text(text, encoding="utf-8")
    bumped = max(old + 2_000_000_000, path.stat().st_mtime_ns)
    os.utime(path, ns=(bumped, bumped))
    return path


@pytest.fixture
def tdir(tmp_path: Path) -> Path:
    write(tmp_path / "en" / "hello.txt", "Subject: Hello {{ customer_name }}\n---\n{{ greeting }}\n\nBody.\n")
    return tmp_path


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", NAMES)
def test_every_shipped_template_renders_in_every_language_and_reason(name: str, language: str) -> None:
    renderer = Renderer(SHIPPED)
    for reason in REASONS:
        out = renderer.render(name, language, sample_context(name, language, reason))
        assert out.language == language and out.name == name
        assert out.subject and "\n" not in out.subject
        assert "{{" not in out.text and "{%" not in out.text
        assert "<html" in out.html and "{{" not in out.html
        assert "unfortunately" not in out.text.lower()
        if name.startswith("followup"):
            assert str(sample_context(name, language)["unsubscribe_sentence"]) in out.text
    assert renderer.problems == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_customer_facing_templates_greet_without_a_name_when_none_is_known(language: str) -> None:
    renderer = Renderer(SHIPPED)
    for name in NAMES[:5]:
        text = renderer.render(name, language, {"customer_name": "  "}).text
        first = text.splitlines()[0]
        assert first in {"Hello,", "Hola:", "Bonjour,", "Guten Tag,", "Olá,", "Buongiorno,", "Hallo,"}
        assert " ," not in text and "Hi ," not in text


def test_shipped_greeting_uses_the_customer_name() -> None:
    out = Renderer(SHIPPED).render("acknowledgement", "de", {"customer_name": "Lena"})
    assert out.text.startswith("Hallo Lena,\n\nvielen Dank")


def test_known_reason_is_answered_kindly_and_not_asked_again() -> None:
    renderer = Renderer(SHIPPED)
    ill = renderer.render("acknowledgement_with_reason", "en", {"reason": "illness"}).text
    assert "feel better soon" in ill and "what led to it" not in ill
    moved = renderer.render("acknowledgement_with_reason", "en",
                            {"reason": "moved_away", "rebook_url": "https://book.example.com/x"})
    assert "move goes smoothly" in moved.text and "book.example.com" not in moved.text


def test_followup_gets_the_default_unsubscribe_sentence_when_the_caller_passes_none() -> None:
    out = Renderer(SHIPPED).render("followup_checkin", "fr", {"unsubscribe_sentence": ""})
    assert "Répondez simplement « stop »" in out.text


def test_missing_language_falls_back_to_the_default_language(tdir: Path) -> None:
    out = Renderer(tdir).render("hello", "es", {"customer_name": "Lucía"})
    assert out.language == "en" and out.subject == "Hello Lucía"
    write(tdir / "fr" / "hello.txt", "Subject: Bonjour\n---\nSalut.\n")
    assert Renderer(tdir, default_language="fr").render("hello", "de", {}).language == "fr"


def test_regional_language_code_uses_the_base_language(tdir: Path) -> None:
    write(tdir / "pt" / "hello.txt", "Subject: Olá\n---\nOlá.\n")
    assert Renderer(tdir).render("hello", "pt-BR", {}).language == "pt"


def test_unknown_template_raises_template_error_naming_the_file(tdir: Path) -> None:
    with pytest.raises(TemplateError, match=r"en/nope\.txt:1: no template 'nope'"):
        Renderer(tdir).render("nope", "en", {})


def test_template_name_cannot_climb_out_of_the_folder(tdir: Path) -> None:
    (tdir / "secret.txt").write_text("Subject: x\n---\nsecret\n")
    with pytest.raises(TemplateError, match="letters, digits"):
        Renderer(tdir / "en").render("../secret", "en", {})


def test_undefined_variable_raises_with_file_and_line(tdir: Path) -> None:
    path = write(tdir / "en" / "typo.txt", "Subject: Hi\n---\nHello,\n\n{{ custmer_name }}\n")
    with pytest.raises(TemplateError, match=rf"^{path}:5: undefined: 'custmer_name' is undefined"):
        Renderer(tdir).render("typo", "en", {})


def test_syntax_error_raises_with_file_and_line(tdir: Path) -> None:
    path = write(tdir / "en" / "bad.txt", "Subject: Hi\n---\nline 3\n{% if reason %}\nno end\n")
    with pytest.raises(TemplateError, match=rf"^{path}:\d+: syntax error"):
        Renderer(tdir).render("bad", "en", {})


def test_missing_subject_raises(tdir: Path) -> None:
    path = write(tdir / "en" / "nosubj.txt", "Hello there\n---\nbody\n")
    with pytest.raises(TemplateError, match=rf"^{path}:1: missing 'Subject: \.\.\.' line"):
        Renderer(tdir).render("nosubj", "en", {})


def test_broken_edit_keeps_the_last_good_version_and_reports_once(tdir: Path) -> None:
    alerts: list[str] = []
    renderer = Renderer(tdir)
    renderer.on_problem = alerts.append
    assert renderer.render("hello", "en", {}).text == "Hello,\n\nBody.\n"
    path = write(tdir / "en" / "hello.txt", "Subject: Hello\n---\n{{ greeting }}\n\n{% if %}\n")
    for _ in range(3):
        out = renderer.render("hello", "en", {})
        assert out.text == "Hello,\n\nBody.\n" and out.subject == "Hello"
    assert len(alerts) == 1 and alerts[0].startswith(f"{path}:5:")
    assert renderer.problems == alerts


def test_edit_that_only_fails_at_render_time_is_also_rejected(tdir: Path) -> None:
    renderer = Renderer(tdir)
    renderer.render("hello", "en", {})
    write(tdir / "en" / "hello.txt", "Subject: Hi\n---\n{% if reason == 'cost' %}{{ price }}{% endif %}ok\n")
    assert renderer.render("hello", "en", {"reason": "illness"}).text == "Hello,\n\nBody.\n"
    assert "'price' is undefined" in renderer.problems[0]


def test_valid_edit_is_picked_up_without_restart_and_clears_the_problem(tdir: Path) -> None:
    renderer = Renderer(tdir)
    renderer.render("hello", "en", {})
    write(tdir / "en" / "hello.txt", "Subject: Hello\n---\n{{ nope }}\n")
    assert renderer.refresh()
    write(tdir / "en" / "hello.txt", "Subject: New subject\n---\nNew body.\n")
    out = renderer.render("hello", "en", {})
    assert (out.subject, out.text) == ("New subject", "New body.\n")
    assert renderer.problems == []


@pytest.mark.parametrize("payload", [
    "{{ ''.__class__.__mro__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ lipsum.__globals__['os'] }}",
    "{{ self.__init__.__globals__ }}",
    "{{ range.__self__ }}",
    "{{ booking.__class__.__base__ }}",
    "{{ config }}",
    "{% set x = cancellations.append(1) %}",
    "{{ 'x' * 100000000 }}",
    "{{ 2 ** 100000000 }}",
    "{{ ((10 ** 60) ** 60) ** 60 }}",
    "{% include '/etc/passwd' %}",
])
def test_sandbox_escape_attempts_fail_with_template_error(tdir: Path, payload: str) -> None:
    write(tdir / "en" / "evil.txt", f"Subject: x\n---\n{payload}\n")
    with pytest.raises(TemplateError, match=r"evil\.txt:3: ") as caught:
        Renderer(tdir).render("evil", "en", {})
    assert "Traceback" not in str(caught.value) and "\n" not in str(caught.value)


def test_subject_stays_one_line_whatever_the_variables_hold(tdir: Path) -> None:
    write(tdir / "en" / "re.txt", "Subject: Re: {{ original_subject }} for {{ customer_name }}"
          "{{ reason_text }}\n---\nx\n")
    out = Renderer(tdir).render("re", "en", {
        "original_subject": "Cancel\r\nBcc: victim@example.com",
        "customer_name": "Eve\nX-Injected: 1\u2028\x85",
        "reason_text": "\r\nTo: a@example.com\nCc: b@example.com\r\n",
    })
    assert out.subject == ("Re: Cancel Bcc: victim@example.com for Eve X-Injected: 1"
                           "To: a@example.com Cc: b@example.com")
    assert not any(ch in out.subject for ch in "\r\n\u2028\x85")


def test_html_escapes_values_and_text_keeps_them_as_written(tdir: Path) -> None:
    name = '<script>alert(1)</script> [click](https://evil.example) **x**'
    out = Renderer(tdir).render("hello", "en", {"customer_name": name})
    assert "<script>" not in out.html and "&lt;script&gt;" in out.html
    assert "evil.example" in out.html and 'href="https://evil.example"' not in out.html
    assert "<strong>" not in out.html
    assert out.text.startswith("Hi <script>alert(1)</script>")


def test_html_is_produced_from_markdown_with_css_inlined(tdir: Path) -> None:
    write(tdir / "en" / "md.txt", "Subject: x\n---\n**Hello**\nline two\n\n[Book]({{ rebook_url }})\n\n"
          "{{ rebook_url }}\n")
    out = Renderer(tdir).render("md", "en", {"rebook_url": "https://book.example.com/a?b=1&c=2"})
    assert "<strong>Hello</strong><br" in out.html
    assert '<a href="https://book.example.com/a?b=1&amp;c=2"' in out.html
    assert 'style="' in out.html and "<style>" not in out.html
    assert "Book (https://book.example.com/a?b=1&c=2)" in out.text and "**" not in out.text


def test_staff_supplied_html_replaces_the_generated_one(tdir: Path) -> None:
    write(tdir / "en" / "hello.html", "<p class='x'>Hi {{ customer_name }}</p>")
    out = Renderer(tdir).render("hello", "en", {"customer_name": "<b>Ann</b>"})
    assert "Hi &lt;b&gt;Ann&lt;/b&gt;" in out.html and out.text.startswith("Hi <b>Ann</b>,")


def test_windows_line_ends_and_byte_order_mark_are_accepted(tdir: Path) -> None:
    write(tdir / "en" / "win.txt", "\ufeffSubject: Hi\r\n---\r\nLine one\r\n")
    out = Renderer(tdir).render("win", "en", {})
    assert (out.subject, out.text) == ("Hi", "Line one\n")


def test_languages_and_names_list_what_is_on_disk() -> None:
    renderer = Renderer(SHIPPED)
    assert renderer.languages() == sorted(LANGUAGES)
    assert renderer.names() == sorted(NAMES)


def test_copy_of_shipped_templates_works_from_another_folder(tmp_path: Path) -> None:
    shutil.copytree(SHIPPED, tmp_path / "t")
    assert Renderer(tmp_path / "t").render("thank_you", "it", {}).language == "it"


def test_tags_and_comments_ending_a_sentence_keep_the_line_break(tdir: Path) -> None:
    write(tdir / "en" / "lines.txt", "Subject: x\n---\nOne{% if step %}.{% endif %}\nTwo {# note #}\n"
          "{% if step %}\nThree\n{% endif %}\nFour\n")
    assert Renderer(tdir).render("lines", "en", {}).text == "One.\nTwo\nThree\nFour\n"


def test_broken_language_at_start_falls_back_to_the_default_and_is_reported(tdir: Path) -> None:
    path = write(tdir / "es" / "hello.txt", "Subject: Hola\n---\n{{ saludo }}\n")
    renderer = Renderer(tdir)
    assert renderer.render("hello", "es", {}).language == "en"
    assert renderer.problems == [f"{path}:3: undefined: 'saludo' is undefined "
                                 "(see docs/templates.md for the variables)"]
