"""``responder templates check`` and ``preview``: find template problems before a customer does.

Every template in every language is rendered with sample data (every reason, and once with
every optional value missing). Reported as ``file:line: severity: message``:

- errors: syntax errors, undefined variables, a missing ``Subject:`` or ``---`` line, a
  follow-up (``followup_*``) without ``{{ unsubscribe_sentence }}``;
- warnings: a message missing in a language (it falls back to the default language), a
  greeting that reads "Hi ," when the name is unknown, and tone: negative or pushy phrases.
"""

from __future__ import annotations

import contextlib
import re
import signal
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from responder.errors import TemplateError
from responder.render import (
    LANGUAGES,
    Rendered,
    Renderer,
    TemplateFile,
    TemplateFileError,
    complete_context,
    empty_context,
    sample_context,
    trial_contexts,
)

__all__ = ["DEFAULT_TONE_PHRASES", "Problem", "check_file", "check_in_child", "check_templates",
           "preview", "preview_subject", "sample_context"]

Severity = Literal["error", "warning"]

DEFAULT_TONE_PHRASES: dict[str, tuple[str, ...]] = {
    "en": ("unfortunately", "regrettably", "penalty", "cancellation fee", "you must",
           "you have to", "last chance", "act now", "don't miss out", "hurry", "limited time",
           "final reminder", "immediately"),
    "es": ("desafortunadamente", "lamentablemente", "por desgracia", "penalización",
           "penalidad", "recargo", "usted debe", "debe usted", "tiene que", "última oportunidad",
           "actúe ahora", "no se lo pierda", "dese prisa", "date prisa", "por tiempo limitado",
           "inmediatamente"),
    "fr": ("malheureusement", "hélas", "pénalité", "frais d'annulation", "vous devez",
           "il faut que vous", "dernière chance", "agissez maintenant", "ne manquez pas",
           "dépêchez-vous", "offre limitée", "immédiatement"),
    "de": ("leider", "bedauerlicherweise", "strafe", "stornogebühr", "ausfallgebühr",
           "sie müssen", "müssen sie", "letzte chance", "jetzt handeln", "nicht verpassen",
           "beeilen sie sich", "nur für kurze zeit", "sofort"),
    "pt": ("infelizmente", "lamentavelmente", "multa", "penalização", "taxa de cancelamento",
           "você deve", "tem de", "tem que", "última oportunidade", "última chance",
           "aja agora", "não perca", "por tempo limitado", "imediatamente"),
    "it": ("purtroppo", "sfortunatamente", "penale", "penalità", "lei deve", "deve assolutamente",
           "è obbligatorio", "ultima occasione", "ultima possibilità", "agisca ora",
           "agisci ora", "non perda", "non perdere", "si affretti", "affrettati",
           "solo per poco tempo", "immediatamente"),
    "nl": ("helaas", "jammer genoeg", "boete", "annuleringskosten", "u moet", "je moet",
           "moet u", "laatste kans", "nu handelen", "mis het niet", "haast u", "haast je",
           "onmiddellijk"),
}

_ORPHAN_PUNCTUATION = re.compile(r"[^\S\n]+,|^\s*,|,\s*,", re.M)
_MARKER = "UNSUBSCRIBE-MARKER-7f3a"


@dataclass(frozen=True)
class Problem:
    """One finding; ``str()`` gives ``file:line: severity: message``."""

    path: Path
    line: int
    severity: Severity
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.severity}: {self.message}"


def _from_error(exc: TemplateError, fallback: Path) -> Problem:
    if isinstance(exc, TemplateFileError):
        return Problem(exc.path, exc.line, "error", exc.detail)
    return Problem(fallback, 1, "error", str(exc))


def _tone(path: Path, source: str, phrases: Sequence[str]) -> list[Problem]:
    problems = []
    patterns = [(p, re.compile(rf"(?<!\w){re.escape(p.lower())}(?!\w)")) for p in phrases if p]
    for number, line in enumerate(source.splitlines(), start=1):
        text = line.lower().replace("’", "'")
        for phrase, pattern in patterns:
            if pattern.search(text):
                problems.append(Problem(path, number, "warning",
                                        f'tone: "{phrase}" can sound negative or pushy; '
                                        "consider a warmer wording"))
    return problems


def _first_line_with(source: str, needle: str, default: int) -> int:
    for number, line in enumerate(source.splitlines(), start=1):
        if needle in line:
            return number
    return default


def check_file(path: Path, name: str, language: str, phrases: Sequence[str]) -> list[Problem]:
    """Every problem of one ``.txt`` (and its ``.html``), errors first."""
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return [Problem(path, 1, "error", f"cannot read as UTF-8 text: {exc}")]
    problems = _tone(path, source, phrases)
    html_path = path.with_suffix(".html")
    if html_path.is_file():
        with contextlib.suppress(OSError, UnicodeDecodeError):  # TemplateFile.load reports it
            problems += _tone(html_path, html_path.read_text(encoding="utf-8"), phrases)
    try:
        template = TemplateFile.load(path)
    except TemplateError as exc:
        return [_from_error(exc, path), *problems]
    errors: list[Problem] = []
    for ctx in trial_contexts(name, language):
        try:
            template.render(name, language, ctx)
        except TemplateError as exc:
            problem = _from_error(exc, path)
            if problem not in errors:
                errors.append(problem)
    if errors:
        return [*errors, *problems]
    body_line = template.parts.body_line
    if name.startswith("followup"):
        ctx = complete_context({**sample_context(name, language),
                                "unsubscribe_sentence": _MARKER}, language)
        for step in (1, 2, 3):
            rendered = template.render(name, language, {**ctx, "step": step})
            if _MARKER not in rendered.text or _MARKER not in rendered.html:
                errors.append(Problem(
                    path, body_line, "error",
                    "a follow-up must include {{ unsubscribe_sentence }} (how to stop the emails)"
                    + (f", also when step is {step}" if step > 1 else "")))
                break
    bare = template.render(name, language, complete_context(empty_context(), language))
    if not bare.subject:
        errors.append(Problem(path, template.parts.subject_line, "warning",
                              "the subject is empty when the optional values are missing"))
    if _ORPHAN_PUNCTUATION.search(bare.text):
        problems.append(Problem(
            path, _first_line_with(source, "customer_name", body_line), "warning",
            'reads like "Hi ," when a value is missing: use {{ greeting }} or '
            "{% if customer_name %}...{% endif %}"))
    step_test = _STEP_TEST.search(source)
    if name.startswith("followup") and step_test and "followups_sent" not in source:
        problems.append(Problem(
            path, source.count("\n", 0, step_test.start()) + 1, "warning",
            "step is the plan's step, not what this customer has received (a reply re-plans "
            "from step 2): tell the first follow-up they get with {% if not followups_sent %}"))
    return [*errors, *problems]


# A test of ``step`` in a tag: "{% if step == 1 %}", "{% elif step > 1 %}".
_STEP_TEST = re.compile(r"\{%-?\s*(?:if|elif)\b[^%]*\bstep\b")


def check_templates(
    directory: Path,
    languages: Sequence[str] = LANGUAGES,
    default_language: str = "en",
    tone_phrases: Mapping[str, Sequence[str]] | None = None,
) -> list[Problem]:
    """Check every template in every language; errors and warnings, in file order.

    ``tone_phrases`` replaces the default phrase list of each language it names (an empty
    list turns the tone check off for that language); other languages keep the defaults.
    """
    directory = Path(directory)
    if not directory.is_dir():
        return [Problem(directory, 1, "error", "the templates folder does not exist")]
    phrases: dict[str, Sequence[str]] = {**DEFAULT_TONE_PHRASES, **(tone_phrases or {})}
    renderer = Renderer(directory, default_language)
    names = renderer.names()
    default_names = {p.stem for p in (directory / default_language).glob("*.txt")}
    problems: list[Problem] = []
    for language in dict.fromkeys([default_language, *languages]):
        folder = directory / language
        for name in names:
            path = folder / f"{name}.txt"
            if path.is_file():
                problems += check_file(path, name, language, phrases.get(language, ()))
            elif name in default_names:
                problems.append(Problem(path, 1, "warning",
                                        f"missing: {language} customers get the "
                                        f"{default_language} version"))
            elif language == default_language:
                problems.append(Problem(path, 1, "warning",
                                        f"missing in the default language {default_language}: "
                                        "languages without their own version fall back to en"))
        if folder.is_dir():
            for html in sorted(folder.glob("*.html")):
                if not html.with_suffix(".txt").is_file():
                    problems.append(Problem(html, 1, "warning",
                                            f"ignored: there is no {html.stem}.txt next to it "
                                            "(the subject and text version live there)"))
    return problems


def preview(
    directory: Path,
    name: str,
    language: str | None,
    reason: str | None = None,
    context_overrides: Mapping[str, object] | None = None,
) -> Rendered:
    """Render ``name`` with sample data (and any overrides), as a customer would get it."""
    lang = language or "en"
    renderer = Renderer(Path(directory), lang if lang in LANGUAGES else "en")
    context = {**sample_context(name, lang, reason), **(context_overrides or {})}
    return renderer.render(name, lang, context)


def preview_subject(name: str, rendered: Rendered, original_subject: str) -> str:
    """The subject lines ``templates preview`` prints: for a reply (the acknowledgements and
    the thank-you) the subject customers get is "Re: <their subject>", and the template's own
    ``Subject:`` only when their email had none, so both are shown."""
    from responder.compose import reply_subject
    from responder.outgoing import REPLY_TEMPLATES

    if name not in REPLY_TEMPLATES:
        return f"Subject: {rendered.subject}"
    return (f"Subject: {reply_subject(original_subject, rendered.subject)}\n"
            f"  (a reply: \"Re: \" and the customer's subject, here the sample's "
            f"\"{original_subject}\"; the template's Subject line \"{rendered.subject}\" "
            "is used only when their email has no subject)")


# -- a changed template, checked in a child process before it goes live (issue 12, item 4) ------

#: What the child may spend on one template: CPU seconds and memory beyond its start.
CHILD_CPU_SECONDS = 3
CHILD_MEMORY_MB = 512
_EXIT_PROBLEM, _EXIT_MEMORY = 3, 4


def check_in_child(path: Path, name: str, language: str, *, cpu_seconds: int = CHILD_CPU_SECONDS,
                   memory_mb: int = CHILD_MEMORY_MB) -> str | None:
    """Load and trial-render one template in a child process with a CPU-time and memory
    limit (``resource.setrlimit``): the problem as ``file:line: message``, or None. A
    template that loops or grows without end costs the child, never the daemon."""
    cmd = [sys.executable, "-m", "responder.templatecheck", "--child", str(path), name, language,
           str(cpu_seconds), str(memory_mb)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=2 * cpu_seconds + 10,
                              check=False)
    except subprocess.TimeoutExpired:
        return f"{path}:1: rendering with sample data did not finish in {2 * cpu_seconds + 10} s"
    except OSError as exc:
        return f"{path}:1: the template check could not start: {exc.strerror or exc}"
    if proc.returncode == 0:
        return None
    if proc.returncode == _EXIT_PROBLEM and proc.stdout.strip():
        return proc.stdout.strip().splitlines()[-1]
    if proc.returncode == _EXIT_MEMORY or "MemoryError" in proc.stderr:
        return f"{path}:1: rendering with sample data needs more than {memory_mb} MB"
    if proc.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        return (f"{path}:1: rendering with sample data used more than {cpu_seconds} s of CPU "
                "(a loop that does not end?)")
    last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
    return f"{path}:1: the template check failed (exit {proc.returncode}): {last[:200]}"


def _vm_size() -> int:
    """This process's virtual memory size in bytes (0 where /proc is not there)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 0
    import resource

    return pages * resource.getpagesize()


def _child(argv: Sequence[str]) -> int:
    """``python -m responder.templatecheck --child PATH NAME LANG CPU MB``."""
    import resource

    from responder.render import load_checked

    path, name, language, cpu, mb = argv
    resource.setrlimit(resource.RLIMIT_CPU, (int(cpu), int(cpu) + 1))
    limit = _vm_size() + int(mb) * 1024 * 1024
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        load_checked(Path(path), name, language)
    except TemplateError as exc:
        if isinstance(exc.__cause__, MemoryError):
            return _EXIT_MEMORY
        print(str(exc).replace("\n", " "))
        return _EXIT_PROBLEM
    except MemoryError:
        return _EXIT_MEMORY
    return 0


if __name__ == "__main__" and sys.argv[1:2] == ["--child"]:
    sys.exit(_child(sys.argv[2:]))
