"""Editing the message templates from the console: check, preview, save, revert, test.

A template is checked exactly as ``responder templates check`` checks it (the same function,
on the edited text in a scratch folder), and one with an error cannot be saved as live. A
save replaces the file atomically (a temporary file in the same folder, then ``os.replace``)
and keeps every version that was live in the state database, for a one-click revert.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import make_msgid
from pathlib import Path

from responder.compose import build_message
from responder.config import REASONS, Config, shipped_templates_dir
from responder.errors import ResponderError, TemplateError
from responder.render import LANGUAGES, Rendered, Renderer, TemplateFile, complete_context, sample_context
from responder.state import Store, from_ts, ts
from responder.templatecheck import DEFAULT_TONE_PHRASES, Problem, check_file  # as `templates check`

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
REASON_CHOICES: tuple[str, ...] = REASONS
MAX_SOURCE = 64 * 1024
READ_ONLY = ("these are the templates shipped with responder; to edit them, copy them with "
             "`responder init` and set [templates] dir in the config")


@dataclass(frozen=True)
class CheckResult:
    errors: list[Problem]
    warnings: list[Problem]
    preview: Rendered | None
    lines: list[tuple[int, str, str]]  # (number, text, "error" | "warning" | "")


@dataclass(frozen=True)
class Version:
    id: int
    saved_by: str
    saved_at: datetime
    source: str
    current: bool


class Editor:
    def __init__(self, config: Config, store: Store, renderer: Renderer | None = None) -> None:
        self.config = config
        self.store = store
        self.directory = config.templates.dir
        self.renderer = renderer or Renderer(self.directory, config.business.default_language)
        #: The shipped templates (no ``[templates] dir``) are part of the installation: shown,
        #: previewed and checked, never written.
        self.read_only = self.directory.resolve() == shipped_templates_dir().resolve()

    def _renderer(self) -> Renderer:
        return self.renderer  # keeps what it loaded; re-reads only files that changed

    def languages(self) -> list[str]:
        return [lang for lang in LANGUAGES if (self.directory / lang).is_dir()] or ["en"]

    def names(self) -> list[str]:
        return self._renderer().names()

    def valid(self, lang: str, name: str) -> bool:
        return lang in LANGUAGES and bool(_NAME.match(name)) and name in self.names()

    def path(self, lang: str, name: str) -> Path:
        return self.directory / lang / f"{name}.txt"

    def table(self) -> list[tuple[str, list[tuple[str, bool, str]]]]:
        """Per message: (language, has its own file, problem or "") for each language."""
        renderer = self._renderer()
        problems = renderer.refresh()
        out = []
        for name in renderer.names():
            cells = []
            for lang in self.languages():
                path = self.path(lang, name)
                problem = next((p for p in problems if p.startswith(str(path))), "")
                cells.append((lang, path.is_file(), problem))
            out.append((name, cells))
        return out

    def source(self, lang: str, name: str) -> str:
        """The live text; a language without its own file starts from the default one."""
        for candidate in (lang, self.config.business.default_language, "en"):
            path = self.path(candidate, name)
            if path.is_file():
                return path.read_text(encoding="utf-8")
        return "Subject: \n---\n"

    def check(self, lang: str, name: str, source: str, reason: str | None = None, *,
              anonymous: bool = False) -> CheckResult:
        """The edited text checked as `templates check` would, and rendered with sample data."""
        if len(source) > MAX_SOURCE:
            problem = Problem(self.path(lang, name), 1, "error",
                              f"the template is longer than {MAX_SOURCE // 1024} KB")
            return CheckResult([problem], [], None, [])
        source = source.replace("\r\n", "\n")
        with tempfile.TemporaryDirectory(prefix="responder-edit-") as scratch:
            path = Path(scratch) / lang / f"{name}.txt"
            path.parent.mkdir()
            path.write_text(source, encoding="utf-8")
            real_html = self.path(lang, name).with_suffix(".html")
            if real_html.is_file():
                path.with_suffix(".html").write_text(real_html.read_text(encoding="utf-8"),
                                                     encoding="utf-8")
            problems = check_file(path, name, lang, DEFAULT_TONE_PHRASES.get(lang, ()))
            errors = [p for p in problems if p.severity == "error"]
            warnings = [p for p in problems if p.severity == "warning"]
            preview = None
            if not errors:
                try:
                    sample = sample_context(name, lang, reason)
                    if anonymous:  # a customer whose name is not known
                        sample["customer_name"] = ""
                    ctx = complete_context(sample, lang)
                    preview = TemplateFile.load(path).render(name, lang, ctx)
                except TemplateError:
                    preview = None
        marks: dict[int, str] = {}
        for p in warnings:
            marks[p.line] = "warning"
        for p in errors:
            marks[p.line] = "error"
        lines = [(n, text, marks.get(n, "")) for n, text in enumerate(source.split("\n"), start=1)]
        rel = [Problem(Path(f"{lang}/{p.path.name}"), p.line, p.severity, p.message)
               for p in (*errors, *warnings)]
        return CheckResult([p for p in rel if p.severity == "error"],
                           [p for p in rel if p.severity == "warning"], preview, lines)

    # -- versions -------------------------------------------------------------------------

    def versions(self, lang: str, name: str, limit: int = 20) -> list[Version]:
        live = self.path(lang, name)
        current = live.read_text(encoding="utf-8") if live.is_file() else None
        rows = self.store.conn.execute(
            "SELECT id, saved_by, saved_at, source FROM template_versions WHERE language = ? "
            "AND name = ? ORDER BY id DESC LIMIT ?", (lang, name, limit)).fetchall()
        out, marked = [], False
        for r in rows:
            is_current = not marked and r[3] == current
            marked = marked or is_current
            out.append(Version(r[0], r[1], from_ts(r[2]), r[3], is_current))
        return out

    def save(self, lang: str, name: str, source: str, who: str, now: datetime) -> None:
        """Replace the live file atomically; the replaced and the new text are both kept."""
        source = source.replace("\r\n", "\n")
        if self.read_only:
            raise ResponderError(READ_ONLY)
        if self.check(lang, name, source).errors:
            raise ResponderError("the template has errors; it was not saved")
        live = self.path(lang, name)
        live.parent.mkdir(parents=True, exist_ok=True)
        with self.store.transaction():
            last = self.store.conn.execute(
                "SELECT source FROM template_versions WHERE language = ? AND name = ? "
                "ORDER BY id DESC LIMIT 1", (lang, name)).fetchone()
            if live.is_file():
                old = live.read_text(encoding="utf-8")
                if last is None or last[0] != old:  # the file as it was before the console
                    self._keep(lang, name, old, "(file on disk)", now)
            self._keep(lang, name, source, who, now)
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=live.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    f.write(source)
                    f.flush()
                    os.fsync(f.fileno())
                Path(tmp).replace(live)  # atomic: readers see the old or the new file
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise

    def _keep(self, lang: str, name: str, source: str, who: str, now: datetime) -> None:
        self.store.conn.execute(
            "INSERT INTO template_versions (language, name, source, saved_by, saved_at) "
            "VALUES (?, ?, ?, ?, ?)", (lang, name, source, who, ts(now)))

    def revert(self, lang: str, name: str, version_id: int, who: str, now: datetime) -> None:
        row = self.store.conn.execute(
            "SELECT source FROM template_versions WHERE id = ? AND language = ? AND name = ?",
            (version_id, lang, name)).fetchone()
        if row is None:
            raise ResponderError("no such version")
        if self.check(lang, name, row[0]).errors:
            raise ResponderError("that version does not pass today's checks; edit it instead")
        self.save(lang, name, row[0], who, now)

    # -- send me a test -------------------------------------------------------------------

    def test_message(self, lang: str, name: str, to: str, reason: str | None) -> bytes:
        """The live template with sample data, marked as a test (as `templates send-test`)."""
        # A fresh renderer: the file as it is on disk now, not the last good version.
        renderer = Renderer(self.directory, self.config.business.default_language)
        rendered = renderer.render(name, lang, sample_context(name, lang, reason))
        biz = self.config.business
        return build_message(
            from_name=biz.name, from_addr=biz.address, to=to,
            subject=f"[TEST] {rendered.subject}", text=rendered.text, html=rendered.html,
            message_id=make_msgid(domain=f"responder.{biz.domain}"), date=datetime.now(UTC),
            in_reply_to=None, references=[], auto_submitted="auto-generated",
            extra_headers={"X-Responder-Test": "yes"})

    async def send(self, raw: bytes, to: str) -> None:
        from responder.send import SmtpTransport

        sender = self.config.smtp.envelope_from or self.config.business.address
        await SmtpTransport(self.config.smtp).send(raw, sender, to)
