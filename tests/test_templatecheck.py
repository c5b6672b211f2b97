"""``responder templates check`` / ``preview``: what staff are told about their templates."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from responder.render import Renderer
from responder.templatecheck import Problem, check_templates, preview, sample_context

SHIPPED = Path(__file__).resolve().parent.parent / "templates"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def only(problems: list[Problem], severity: str) -> list[str]:
    return [str(p) for p in problems if p.severity == severity]


def test_shipped_templates_pass_the_check_without_any_warning() -> None:
    assert check_templates(SHIPPED) == []


def test_problem_prints_as_file_line_severity_message() -> None:
    assert str(Problem(Path("t/en/a.txt"), 3, "error", "boom")) == "t/en/a.txt:3: error: boom"


def test_syntax_error_is_reported_with_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path / "en" / "a.txt", "Subject: Hi\n---\n{{ greeting }}\n{{ customer_name }\n")
    [error] = only(check_templates(tmp_path, ["en"]), "error")
    assert error.startswith(f"{path}:4: error: syntax error")


def test_undefined_variable_in_any_reason_branch_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path / "en" / "a.txt",
                 "Subject: Hi\n---\nHello,\n{% if reason == 'cost' %}\n{{ price_list }}\n{% endif %}\n")
    assert only(check_templates(tmp_path, ["en"]), "error") == [
        f"{path}:5: error: undefined: 'price_list' is undefined (see docs/templates.md for the variables)"]


def test_missing_subject_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "en" / "a.txt", "Hello,\n\nno subject here\n")
    [error] = only(check_templates(tmp_path, ["en"]), "error")
    assert error.startswith(f"{path}:1: error: missing 'Subject: ...' line")


def test_followup_without_unsubscribe_sentence_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "en" / "followup_x.txt", "Subject: Hi\n---\n{{ greeting }}\n\nCome back!\n")
    [error] = only(check_templates(tmp_path, ["en"]), "error")
    assert error.startswith(f"{path}:3: error: a follow-up must include {{{{ unsubscribe_sentence }}}}")


def test_followup_that_drops_the_sentence_on_a_later_step_is_an_error(tmp_path: Path) -> None:
    write(tmp_path / "en" / "followup_x.txt",
          "Subject: Hi\n---\nHello\n{% if step == 1 %}{{ unsubscribe_sentence }}{% endif %}\n")
    [error] = only(check_templates(tmp_path, ["en"]), "error")
    assert "also when step is 2" in error


def test_missing_language_is_a_warning_saying_it_falls_back(tmp_path: Path) -> None:
    write(tmp_path / "en" / "a.txt", "Subject: Hi\n---\n{{ greeting }}\n")
    warnings = only(check_templates(tmp_path, ["en", "es", "nl"]), "warning")
    assert warnings == [f"{tmp_path}/es/a.txt:1: warning: missing: es customers get the en version",
                        f"{tmp_path}/nl/a.txt:1: warning: missing: nl customers get the en version"]


def test_message_missing_in_the_default_language_is_a_warning(tmp_path: Path) -> None:
    write(tmp_path / "en" / "a.txt", "Subject: Hi\n---\n{{ greeting }}\n")
    write(tmp_path / "fr" / "b.txt", "Subject: Salut\n---\n{{ greeting }}\n")
    warnings = only(check_templates(tmp_path, ["en", "fr"]), "warning")
    assert f"{tmp_path}/en/b.txt:1: warning: missing in the default language en" in warnings[0]


def test_negative_or_pushy_phrases_are_tone_warnings_with_their_line(tmp_path: Path) -> None:
    write(tmp_path / "en" / "a.txt", "Subject: Hi\n---\n{{ greeting }}\n\nUnfortunately, "
          "a penalty applies.\nYou must act now.\n")
    write(tmp_path / "de" / "a.txt", "Subject: Hallo\n---\n{{ greeting }}\n\nleider zu spät.\n")
    warnings = only(check_templates(tmp_path, ["en", "de"]), "warning")
    assert warnings == [
        f'{tmp_path}/en/a.txt:5: warning: tone: "unfortunately" can sound negative or pushy; '
        "consider a warmer wording",
        f'{tmp_path}/en/a.txt:5: warning: tone: "penalty" can sound negative or pushy; '
        "consider a warmer wording",
        f'{tmp_path}/en/a.txt:6: warning: tone: "you must" can sound negative or pushy; '
        "consider a warmer wording",
        f'{tmp_path}/en/a.txt:6: warning: tone: "act now" can sound negative or pushy; '
        "consider a warmer wording",
        f'{tmp_path}/de/a.txt:5: warning: tone: "leider" can sound negative or pushy; '
        "consider a warmer wording",
    ]


def test_tone_phrases_are_whole_words_and_configurable(tmp_path: Path) -> None:
    write(tmp_path / "en" / "a.txt", "Subject: Hi\n---\n{{ greeting }}\n\nNo hurrying. Cheers!\n")
    assert check_templates(tmp_path, ["en"]) == []  # "hurry" is not "hurrying"
    custom = check_templates(tmp_path, ["en"], tone_phrases={"en": ["cheers"]})
    assert [p.line for p in custom] == [5] and '"cheers"' in custom[0].message
    assert check_templates(tmp_path, ["en"], tone_phrases={"en": []}) == []


def test_greeting_that_would_read_dear_comma_is_a_warning(tmp_path: Path) -> None:
    write(tmp_path / "en" / "a.txt", "Subject: Hi\n---\nDear {{ customer_name }},\n\nThanks.\n")
    [warning] = only(check_templates(tmp_path, ["en"]), "warning")
    assert warning.startswith(f"{tmp_path}/en/a.txt:3: warning: reads like \"Hi ,\"")


def test_html_without_text_version_is_reported(tmp_path: Path) -> None:
    write(tmp_path / "en" / "a.txt", "Subject: Hi\n---\n{{ greeting }}\n")
    write(tmp_path / "en" / "b.html", "<p>orphan</p>")
    [warning] = only(check_templates(tmp_path, ["en"]), "warning")
    assert "b.html:1: warning: ignored" in warning


def test_missing_folder_is_an_error(tmp_path: Path) -> None:
    [error] = check_templates(tmp_path / "nope")
    assert error.severity == "error" and "does not exist" in error.message


def test_a_broken_copy_of_the_shipped_templates_is_caught(tmp_path: Path) -> None:
    shutil.copytree(SHIPPED, tmp_path / "t")
    path = tmp_path / "t" / "es" / "acknowledgement_with_reason.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("{% endif %}", "", 1), encoding="utf-8")
    [error] = only(check_templates(tmp_path / "t"), "error")
    assert error.startswith(f"{path}:") and "syntax error" in error


@pytest.mark.parametrize("reason", ["illness", "moved_away", "dissatisfied"])
def test_preview_renders_sample_data_for_a_reason(reason: str) -> None:
    out = preview(SHIPPED, "acknowledgement_with_reason", "es", reason=reason)
    assert out.language == "es" and out.text.startswith("Hola, Lucía:")
    assert (reason == "illness") == ("pronta recuperación" in out.text)


def test_preview_applies_overrides_and_falls_back_for_unknown_language() -> None:
    out = preview(SHIPPED, "acknowledgement", None, context_overrides={"customer_name": "Zoë"})
    assert out.language == "en" and out.text.startswith("Hi Zoë,")
    assert preview(SHIPPED, "thank_you", "sv").language == "en"


def test_sample_context_fills_every_documented_variable() -> None:
    ctx = sample_context("digest", "nl")
    for key in ("customer_name", "business_name", "business_address", "original_subject",
                "booking", "reason", "reason_text", "rebook_url", "unsubscribe_sentence",
                "language", "step", "cancellations", "followups_due"):
        assert key in ctx


def test_a_followup_that_words_its_first_mail_by_step_is_warned(tmp_path: Path) -> None:
    write(tmp_path / "en" / "followup_x.txt",
          "Subject: Hi\n---\n{{ greeting }}\n\n{% if step == 1 %}Hello.{% else %}One more hello."
          "{% endif %}\n\n{{ unsubscribe_sentence }}\n")
    [warning] = only(check_templates(tmp_path, ["en"]), "warning")
    assert ":5: warning: step is the plan's step" in warning and "followups_sent" in warning


@pytest.mark.parametrize("language", ["en", "es", "fr", "de", "it", "nl", "pt"])
def test_the_first_followup_received_reads_as_the_first_whatever_its_step(language: str) -> None:
    renderer = Renderer(SHIPPED)
    base = sample_context("followup_checkin", language)
    first = renderer.render("followup_checkin", language, {**base, "step": 1, "followups_sent": 0}).text
    replanned = renderer.render("followup_checkin", language, {**base, "step": 2, "followups_sent": 0}).text
    later = renderer.render("followup_checkin", language, {**base, "step": 2, "followups_sent": 1}).text
    assert replanned == first  # step 2 after a reply, yet the first one they get
    assert later != first  # a second one says so


REPLY_NAMES = ("acknowledgement", "acknowledgement_with_reason", "thank_you")


@pytest.mark.parametrize("language", ["en", "es", "fr", "de", "it", "nl", "pt"])
@pytest.mark.parametrize("name", REPLY_NAMES)
def test_a_reply_template_says_its_subject_line_is_only_a_fallback(name: str, language: str) -> None:
    first = (SHIPPED / language / f"{name}.txt").read_text(encoding="utf-8").split("\n", 1)[0]
    assert first.startswith("{#") and first.endswith("#}")  # a comment: never sent
    assert "Re: <" in first and "Subject" in first


def test_the_reply_templates_are_the_ones_sent_as_replies() -> None:
    from responder.outgoing import REPLY_TEMPLATES

    assert set(REPLY_TEMPLATES) == set(REPLY_NAMES)


@pytest.mark.parametrize("name", REPLY_NAMES)
def test_preview_shows_the_reply_subject_and_when_the_template_subject_is_used(
        name: str, capsys: pytest.CaptureFixture[str]) -> None:
    from responder.cli import main

    assert main(["templates", "preview", name, "--lang", "es", "--dir", str(SHIPPED)]) == 0
    out = capsys.readouterr().out
    template_subject = preview(SHIPPED, name, "es").subject
    assert out.startswith("Subject: Re: Cancelar cita\n")
    assert f'"{template_subject}" is used only when their email has no subject' in out


def test_preview_of_a_followup_shows_its_own_subject(capsys: pytest.CaptureFixture[str]) -> None:
    from responder.cli import main

    assert main(["templates", "preview", "followup_rebook", "--lang", "es", "--dir", str(SHIPPED)]) == 0
    assert capsys.readouterr().out.startswith("Subject: Una nueva cita, cuando le venga bien\n\n")
