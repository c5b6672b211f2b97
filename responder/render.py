"""Render the staff-editable message templates, safely, in the customer's language.

A template is ``<dir>/<lang>/<name>.txt``: a ``Subject:`` line, a ``---`` line, then the body
in light Markdown. The plain-text part is the body as written; the HTML part is produced from
it (Python-Markdown, CSS inlined with css_inline) unless ``<name>.html`` sits next to it.

Templates run in Jinja2's ``ImmutableSandboxedEnvironment`` with ``StrictUndefined``: they cannot
reach files, the environment or Python internals, and a misspelt variable is an error, not a
blank. Every documented variable (docs/templates.md) is always present, filled with a safe
default when the caller has no value, so "Dear ," cannot happen.

Files are re-read when they change on disk. An edit that does not load or render with sample
data is rejected: the last good version stays in use, the problem is logged and listed in
:attr:`Renderer.problems`, and :attr:`Renderer.on_problem` is called once per new problem.
"""

from __future__ import annotations

import contextvars
import functools
import html as html_lib
import logging
import re
import secrets
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

import css_inline
import jinja2
import markdown
from jinja2 import nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.visitor import NodeTransformer
from markupsafe import Markup

from responder.config import REASONS
from responder.errors import TemplateError
from responder.language import SUPPORTED
from responder.optout import LANGUAGES as OPT_OUT

log = logging.getLogger(__name__)

LANGUAGES: tuple[str, ...] = SUPPORTED
BOOKING_KEYS: tuple[str, ...] = ("summary", "what", "when", "where", "for_when", "on_when")

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
_LANG = re.compile(r"^[a-z]{2,3}$")
_MAX_SUBJECT = 250


# -- the result ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rendered:
    """One rendered message. ``language`` is the language actually used (after fallback)."""

    subject: str  # one line, CR/LF never present
    text: str
    html: str
    name: str
    language: str


class TemplateFileError(TemplateError):
    """A :class:`TemplateError` that also carries its location as data."""

    def __init__(self, path: Path, line: int, detail: str) -> None:
        self.path = path
        self.line = line
        self.detail = detail
        super().__init__(f"{path}:{line}: {detail}")


# -- per-language wording the renderer supplies ---------------------------------------------------

_GREETING: dict[str, tuple[str, str]] = {  # (with a name, without one)
    "en": ("Hi {name},", "Hello,"),
    "es": ("Hola, {name}:", "Hola:"),
    "fr": ("Bonjour {name},", "Bonjour,"),
    "de": ("Hallo {name},", "Guten Tag,"),
    "pt": ("Olá, {name},", "Olá,"),
    "it": ("Buongiorno {name},", "Buongiorno,"),
    "nl": ("Hallo {name},", "Hallo,"),
}

#: The sentence every follow-up ends with; its wording and the replies it promises to honour
#: live together in :mod:`responder.optout`.
UNSUBSCRIBE_SENTENCE: dict[str, str] = {lang: words.sentence for lang, words in OPT_OUT.items()}


def greeting(language: str, customer_name: str) -> str:
    """The opening line: with the name when there is one, a nameless greeting otherwise."""
    with_name, without = _GREETING.get(language, _GREETING["en"])
    return with_name.format(name=customer_name) if customer_name else without


# -- context: defaults and sample data ------------------------------------------------------------


def _one_line(value: object) -> str:
    """A single-line string: control characters and line breaks become spaces, collapsed."""
    text = "" if value is None else str(value)
    text = "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in text)
    return " ".join(text.split())


def _multi_line(value: object) -> str:
    text = "" if value is None else str(value)
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def _booking(value: object) -> dict[str, object]:
    booking: dict[str, object] = dict.fromkeys(BOOKING_KEYS, "")
    if isinstance(value, Mapping):
        booking.update({str(k): v for k, v in value.items()})
    elif isinstance(value, str) and value.strip():
        booking["summary"] = _one_line(value)
    for key in BOOKING_KEYS:
        booking[key] = _one_line(booking[key])
    for key in ("for_when", "on_when"):  # a caller that knows only ``when``
        booking[key] = booking[key] or booking["when"]
    return booking


def _items(value: object, keys: Iterable[str]) -> list[object]:
    """A list for the digest: mappings get every documented key (default "")."""
    if value is None or isinstance(value, str | bytes) or not isinstance(value, Iterable):
        return []
    out: list[object] = []
    for item in value:
        if isinstance(item, Mapping):
            filled: dict[str, object] = dict.fromkeys(keys, "")
            filled.update({str(k): ("" if v is None else v) for k, v in item.items()})
            out.append(filled)
        else:
            out.append(item)
    return out


CANCELLATION_KEYS = ("customer_name", "customer_email", "reason", "reason_text", "language",
                     "received", "future_contact")
FOLLOWUP_KEYS = ("customer_name", "customer_email", "template", "due", "step", "reason")


def complete_context(context: Mapping[str, object], language: str) -> dict[str, object]:
    """The caller's values plus a safe default for every documented variable."""
    ctx: dict[str, object] = dict(context)
    for key in ("customer_name", "business_name", "business_address", "original_subject",
                "rebook_url", "customer_email", "received", "period"):
        ctx[key] = _one_line(ctx.get(key))
    reason = _one_line(ctx.get("reason")).lower() or "none"
    ctx["reason"] = reason if reason in REASONS else "other"
    ctx["reason_text"] = _multi_line(ctx.get("reason_text"))
    ctx["booking"] = _booking(ctx.get("booking"))
    ctx["unsubscribe_sentence"] = (_one_line(ctx.get("unsubscribe_sentence"))
                                   or UNSUBSCRIBE_SENTENCE.get(language, UNSUBSCRIBE_SENTENCE["en"]))
    step = ctx.get("step")
    ctx["step"] = step if isinstance(step, int) and not isinstance(step, bool) and step > 0 else 1
    sent = ctx.get("followups_sent")
    ctx["followups_sent"] = sent if isinstance(sent, int) and not isinstance(sent, bool) and sent > 0 else 0
    ctx["language"] = language
    ctx["greeting"] = _one_line(ctx.get("greeting")) or greeting(language, str(ctx["customer_name"]))
    ctx["cancellations"] = _items(ctx.get("cancellations"), CANCELLATION_KEYS)
    ctx["followups_due"] = _items(ctx.get("followups_due"), FOLLOWUP_KEYS)
    return ctx


_SAMPLE_NAMES = {"en": "Emma", "es": "Lucía", "fr": "Camille", "de": "Lena", "pt": "Ana",
                 "it": "Giulia", "nl": "Sanne"}
#: A customer's cancellation per language (subject, then body): previews and checks take
#: ``booking`` from it through the booking reader itself, so they show the dates customers get.
SAMPLE_CANCELLATION: dict[str, str] = {
    "en": "Cancel my haircut\nHi, I'm so sorry, but I need to cancel my haircut on Thursday 10 "
          "December at 10am.",
    "es": "Cancelar cita\nHola, lo siento, pero tengo que cancelar mi cita del jueves 10 de diciembre "
          "a las 10:00.",
    "fr": "Annulation\nBonjour, je dois malheureusement annuler mon rendez-vous du jeudi 10 décembre "
          "à 10h.",
    "de": "Absage\nHallo, leider muss ich meinen Termin am Donnerstag, 10. Dezember um 10 Uhr absagen.",
    "pt": "Desmarcar\nOlá, infelizmente preciso de desmarcar a consulta de quinta-feira, 10 de "
          "dezembro, às 10h00.",
    "it": "Disdetta\nBuongiorno, purtroppo devo disdire l'appuntamento di giovedì 10 dicembre alle 10:00.",
    "nl": "Afzeggen\nHallo, helaas moet ik mijn afspraak van donderdag 10 december om 10.00 uur "
          "annuleren.",
}
#: When the sample cancellation was sent (a Monday).
SAMPLE_SENT = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


@cache
def sample_booking(language: str) -> dict[str, str]:
    """``booking`` as the booking reader finds it in :data:`SAMPLE_CANCELLATION`."""
    from responder.booking import find_booking  # the real code path, imported when first needed

    text = SAMPLE_CANCELLATION.get(language, SAMPLE_CANCELLATION["en"])
    found = find_booking(text, language if language in SAMPLE_CANCELLATION else "en", SAMPLE_SENT,
                         UTC, subject=text.split("\n", 1)[0])
    return found.as_context() if found is not None else {}


def sample_context(name: str, language: str, reason: str | None = None) -> dict[str, object]:
    """Realistic sample values for previews and checks (before :func:`complete_context`)."""
    reason = reason or ("schedule_conflict" if name == "followup_rebook" else
                        "illness" if name == "acknowledgement_with_reason" else
                        "dissatisfied" if name == "staff_alert" else "none")
    customer = _SAMPLE_NAMES.get(language, "Emma")
    return {
        "customer_name": customer,
        "customer_email": "emma@example.com",
        "business_name": "Studio Lumen",
        "business_address": "hello@studio-lumen.example",
        "original_subject": SAMPLE_CANCELLATION.get(language, SAMPLE_CANCELLATION["en"]).split("\n", 1)[0],
        "booking": dict(sample_booking(language)),
        "reason": reason,
        "reason_text": "The last two appointments started 40 minutes late and nobody said sorry.",
        "rebook_url": "https://book.example.com/studio-lumen",
        "unsubscribe_sentence": UNSUBSCRIBE_SENTENCE.get(language, UNSUBSCRIBE_SENTENCE["en"]),
        "language": language,
        "step": 1,
        "followups_sent": 0,
        "received": "2026-03-02 09:14",
        "period": "23 Feb - 1 Mar 2026",
        "cancellations": [
            {"customer_name": "Emma", "customer_email": "emma@example.com", "reason": "illness",
             "reason_text": "I've caught the flu, sorry!", "language": "en",
             "received": "2026-02-24 08:30", "future_contact": "yes"},
            {"customer_name": "", "customer_email": "j.perez@example.org", "reason": "none",
             "reason_text": "", "language": "es", "received": "2026-02-26 17:05",
             "future_contact": "unknown"},
        ],
        "followups_due": [
            {"customer_name": "Lena", "customer_email": "lena@example.net",
             "template": "followup_checkin", "due": "2026-03-03 10:00", "step": 1,
             "reason": "not_ready"},
        ],
    }


def empty_context() -> dict[str, object]:
    """Every optional value missing: what the renderer sees when nothing is known."""
    return {}


# -- the sandbox ----------------------------------------------------------------------------------

_SLOTS: contextvars.ContextVar[list[tuple[str, bool]] | None] = contextvars.ContextVar(
    "responder_render_slots", default=None)
_MAX_REPEAT = 10_000
_MAX_POWER_BITS = 4_096
#: Limits that keep a template from hurting the daemon (issue 12, item 4). A template that
#: crosses one fails with a SecurityError naming its line, and the last good version stays.
_MAX_RANGE = 10_000  # items in one range()
_MAX_LOOP_ITEMS = 100_000  # range() items in one rendering, all loops together
_MAX_WIDTH = 10_000  # a width, length or count given to a string method, filter or format
_MAX_OUTPUT = 1_000_000  # characters one rendering may produce, or one string may grow to
_MAX_SECONDS = 2.0  # one rendering's time, checked at each loop step and sized operation


@dataclass
class _Budget:
    """What one rendering may still spend (see :func:`_run`)."""

    range_items: int = _MAX_LOOP_ITEMS
    loop_items: int = _MAX_LOOP_ITEMS
    deadline: float = float("inf")


_BUDGET: contextvars.ContextVar[_Budget | None] = contextvars.ContextVar(
    "responder_render_budget", default=None)


def _tick() -> None:
    budget = _BUDGET.get()
    if budget is not None and time.monotonic() > budget.deadline:
        raise SecurityError(f"rendering takes longer than {_MAX_SECONDS:g} s")
#: The numbers in a printf-style conversion (``%300000000d``) and in a str.format field.
_PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[#0\- +]*(\*|\d+)?(?:\.(\*|\d+))?")
_FORMAT_FIELD = re.compile(r"\{[^{}]*\}")
_NUMBER = re.compile(r"\d+")
#: Filters that take a size: their numbers are checked, and what they build is estimated.
_SIZED_FILTERS = ("center", "indent", "wordwrap", "truncate", "format", "replace", "batch",
                  "slice", "join")


def _capped_range(*args: int) -> range:
    """``range`` for templates: at most :data:`_MAX_RANGE` items, and all the ranges of one
    rendering together at most :data:`_MAX_LOOP_ITEMS` (nested loops multiply)."""
    items = range(*args)
    if len(items) > _MAX_RANGE:
        raise SecurityError(f"range() of {len(items)} items; at most {_MAX_RANGE}")
    budget = _BUDGET.get()
    if budget is not None:
        _tick()
        budget.range_items -= len(items)
        if budget.range_items < 0:
            raise SecurityError(f"loops over more than {_MAX_LOOP_ITEMS} items in one message")
    return items


def _loop_guard(items: Iterable[Any]) -> Iterator[Any]:
    """Every ``{% for %}`` iterates through this: all loops of one rendering together at most
    :data:`_MAX_LOOP_ITEMS` items, however they nest or what they loop over."""
    budget = _BUDGET.get()
    for item in items:
        if budget is not None:
            _tick()
            budget.loop_items -= 1
            if budget.loop_items < 0:
                raise SecurityError(f"loops over more than {_MAX_LOOP_ITEMS} items in one message")
        yield item


def _check_number(value: object) -> None:
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > _MAX_WIDTH:
        raise SecurityError(f"number {value} too large for a width or count; at most {_MAX_WIDTH}")


def _check_numbers(args: Iterable[object]) -> None:
    for arg in args:
        if isinstance(arg, tuple | list):
            for item in arg[:100]:
                _check_number(item)
        elif isinstance(arg, Mapping):
            for item in list(arg.values())[:100]:
                _check_number(item)
        else:
            _check_number(arg)


def _check_percent(template: str, args: object) -> None:
    """``'%300000000d' % 1`` and ``'%*d' % (300000000, 1)``: widths and precisions capped."""
    for match in _PERCENT_SPEC.finditer(template):
        for number in match.groups():
            if number == "*":
                _check_numbers([args])
            elif number:
                _check_number(int(number))


def _check_format(template: str) -> None:
    """``'{:>300000000}'.format(x)``: the numbers inside replacement fields capped."""
    for field in _FORMAT_FIELD.findall(template):
        for number in _NUMBER.findall(field):
            _check_number(int(number))


def _check_size(size: int) -> None:
    if size > _MAX_OUTPUT:
        raise SecurityError(f"a string of {size} characters; at most {_MAX_OUTPUT}")


def _check_call(name: str, target: object, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
    """Limits for a string method (``target`` is the string) or a sized filter (``target`` is
    the value filtered) called with ``args``."""
    _tick()
    _check_numbers([*args, *kwargs.values()])
    if not isinstance(target, str):
        if name == "join" and hasattr(target, "__len__"):
            sep = args[0] if args else kwargs.get("d", "")
            _check_size(len(target) * (len(sep) if isinstance(sep, str) else 1))
        return
    if name in ("format", "format_map"):
        _check_format(target)
    elif name == "replace" and len(args) >= 2 and isinstance(args[0], str) and isinstance(args[1], str):
        hits = len(target) + 1 if not args[0] else target.count(args[0])
        _check_size(len(target) + hits * len(args[1]))
    elif name == "join" and args and hasattr(args[0], "__len__"):
        _check_size(len(target) * len(args[0]))


def _sized_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """A filter wrapped with the limits of :func:`_check_call` (and ``%`` for ``format``)."""
    pass_arg = getattr(func, "jinja_pass_arg", None)

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        rest = args[1:] if pass_arg is not None else args  # after the env/context argument
        if rest:
            value, params = rest[0], rest[1:]
            if name == "format" and isinstance(value, str):
                _check_percent(value, params or kwargs)
            _check_call(name, value, params, kwargs)
        return func(*args, **kwargs)

    return wrapper


def _size_guard(value: Any) -> Any:
    """The result of a ``~`` concatenation, at most :data:`_MAX_OUTPUT` characters."""
    _tick()
    _check_size(len(value) if isinstance(value, str) else 0)
    return value


class _Guards(NodeTransformer):
    """Rewrites a parsed template: ``for x in seq`` -> ``for x in _loop_guard(seq)`` and
    ``a ~ b`` -> ``_size_guard(a ~ b)``."""

    def __init__(self, environment: jinja2.Environment) -> None:
        self.environment = environment

    def _call(self, function: str, arg: nodes.Node, lineno: int) -> nodes.Call:
        assert isinstance(arg, nodes.Expr)
        call = nodes.Call(nodes.Name(function, "load", lineno=lineno), [arg], [], None, None,
                          lineno=lineno)
        call.set_environment(self.environment)
        return call

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        node.iter = self._call("_loop_guard", node.iter, node.lineno)
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        return self._call("_size_guard", node, node.lineno)


class _Sandbox(ImmutableSandboxedEnvironment):
    """The sandbox, plus limits on sizes so a template cannot exhaust memory or time:
    ``*``, ``**``, ``%`` and ``+``, ``range``, string methods and sized filters."""

    intercepted_binops = frozenset({"*", "**", "%", "+"})

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        """The template's syntax tree with every loop's sequence passed through
        :func:`_loop_guard` and every ``~`` through :func:`_size_guard` (the sandbox has no
        hook on iteration or concatenation)."""
        tree = _Guards(self).visit(super()._parse(source, name, filename))
        assert isinstance(tree, nodes.Template)
        return tree

    def getattr(self, obj: Any, attribute: str) -> Any:
        if isinstance(obj, jinja2.Undefined):  # name the unknown variable, not its attribute
            obj._fail_with_undefined_error()
        return super().getattr(obj, attribute)

    def call_binop(self, context: jinja2.runtime.Context, operator: str, left: Any,
                   right: Any) -> Any:
        _tick()
        if operator == "**" and isinstance(left, int | float) and isinstance(right, int | float) \
                and abs(left) > 1 and right * int(abs(left)).bit_length() > _MAX_POWER_BITS:
            raise SecurityError("number too large")
        if operator == "*":
            for seq, count in ((left, right), (right, left)):
                if isinstance(seq, str | list | tuple) and isinstance(count, int) \
                        and count * max(len(seq), 1) > _MAX_REPEAT:
                    raise SecurityError("repetition too large")
        if operator == "%" and isinstance(left, str):
            _check_percent(left, right)
        if operator == "+" and isinstance(left, str | list | tuple) \
                and isinstance(right, str | list | tuple):
            _check_size(len(left) + len(right))
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: jinja2.runtime.Context, __obj: Any,
             *args: Any, **kwargs: Any) -> Any:
        """A string method (``'x'.center(10**9)``, ``'{:>999999999}'.format(x)``) is checked
        for sizes before it runs; everything else as the sandbox does."""
        target = getattr(__obj, "__wrapped__", __obj)  # str.format comes wrapped by the sandbox
        owner = getattr(target, "__self__", None)
        if isinstance(owner, str):
            _check_call(getattr(target, "__name__", ""), owner, args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)


def _finalize(value: Any) -> Any:
    """In the HTML pass every ``{{ value }}`` becomes a token, filled in after Markdown."""
    slots = _SLOTS.get()
    if slots is None:
        return value
    text = str(value)
    if not text:
        return ""
    slots.append((text, isinstance(value, Markup)))
    return f"rsv{_NONCE}t{len(slots) - 1}e"


_NONCE = secrets.token_hex(6)
_TOKEN = re.compile(rf"rsv{_NONCE}t(\d+)e")
_ATTR_TOKEN = re.compile(rf"(=\")rsv{_NONCE}t(\d+)e(\")")
_URL = re.compile(r"^(?:https?://|mailto:)[^\s<>\"']+$", re.I)


def _environment(*, html: bool) -> jinja2.Environment:
    env = _Sandbox(
        undefined=jinja2.StrictUndefined, autoescape=html, trim_blocks=True, lstrip_blocks=True,
        finalize=_finalize if html else None, auto_reload=False, cache_size=0,
    )
    env.globals.clear()  # no cycler, joiner, lipsum, namespace, dict: nothing to climb out of
    env.globals["range"] = _capped_range
    env.globals["_loop_guard"] = _loop_guard
    env.globals["_size_guard"] = _size_guard
    for name in _SIZED_FILTERS:
        env.filters[name] = _sized_filter(name, env.filters[name])
    return env


_TEXT_ENV = _environment(html=False)
_HTML_ENV = _environment(html=True)

CSS = """
body { font-family: -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif;
       font-size: 15px; line-height: 1.55; color: #222222; }
p { margin: 0 0 14px 0; }
a { color: #1a5fb4; }
blockquote { margin: 0 0 14px 0; padding-left: 12px; border-left: 3px solid #d0d0d0;
             color: #555555; }
ul, ol { margin: 0 0 14px 0; padding-left: 22px; }
"""
_INLINER = css_inline.CSSInliner(load_remote_stylesheets=False)


# -- one template file ----------------------------------------------------------------------------


@dataclass(frozen=True)
class TemplateParts:
    """A ``.txt`` file split into its subject and body, line numbers kept."""

    subject: str  # the subject source, padded with newlines so Jinja's lines are the file's
    body: str     # the body source, padded the same way
    subject_line: int
    body_line: int


def split_template(path: Path, text: str) -> TemplateParts:
    """Find ``Subject: ...`` and the ``---`` line; raise :class:`TemplateFileError` otherwise."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    subject: str | None = None
    subject_line = 0
    for index, line in enumerate(lines):
        number = index + 1
        stripped = line.strip()
        if stripped == "---":
            if subject is None:
                raise TemplateFileError(path, number, "missing 'Subject: ...' line above '---'")
            if not subject.strip():
                raise TemplateFileError(path, subject_line, "the Subject is empty")
            body = "\n" * number + "\n".join(lines[number:])
            return TemplateParts("\n" * (subject_line - 1) + subject, body, subject_line,
                                 number + 1)
        if not stripped or (stripped.startswith("{#") and stripped.endswith("#}")):
            continue
        if stripped[:8].lower() == "subject:" and subject is None:
            subject, subject_line = stripped[8:].strip(), number
            continue
        if subject is None:
            raise TemplateFileError(
                path, number, "missing 'Subject: ...' line at the top (then a line with ---)")
        raise TemplateFileError(
            path, number, "missing the '---' line between the Subject and the message")
    if subject is None:
        raise TemplateFileError(path, 1, "missing 'Subject: ...' line at the top (then a line with ---)")
    raise TemplateFileError(path, subject_line,
                            "missing the '---' line between the Subject and the message")


def _error_line(exc: BaseException, default: int) -> int:
    """The template line of a Jinja error (syntax errors carry it, runtime ones in the trace)."""
    if isinstance(exc, jinja2.TemplateSyntaxError) and exc.lineno:
        return exc.lineno
    line = default
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _describe(exc: BaseException) -> str:
    if isinstance(exc, jinja2.UndefinedError):
        return f"undefined: {exc.message} (see docs/templates.md for the variables)"
    if isinstance(exc, SecurityError):
        return f"not allowed in a template: {exc.message}"
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return f"syntax error: {exc.message}"
    message = getattr(exc, "message", None) or str(exc)
    if "no loader" in message:
        return "{% include %}, {% import %} and {% extends %} are not available in templates"
    return f"{type(exc).__name__}: {message}"


_TAG = re.compile(r"\{([%#]).*?\1\}")
_TAG_AT_END = re.compile(r"(?<![-+])([%#])\}[ \t]*$")


def keep_line_ends(source: str) -> str:
    """``+%}`` on a tag or comment that ends a line of text: trim_blocks only eats tag-only lines.

    Staff then write ``...{% endif %}`` at the end of a sentence and keep the line break.
    """
    lines = source.split("\n")
    for index, line in enumerate(lines):
        if _TAG_AT_END.search(line) and _TAG.sub("", line).strip():
            lines[index] = _TAG_AT_END.sub(r"+\1}", line)
    return "\n".join(lines)


def _compile(env: jinja2.Environment, source: str, path: Path, line: int) -> jinja2.Template:
    try:
        return env.from_string(keep_line_ends(source))
    except Exception as exc:  # any compile failure is the template's fault
        raise TemplateFileError(path, _error_line(exc, line), _describe(exc)) from exc


def _run(template: jinja2.Template, ctx: Mapping[str, object], path: Path, line: int) -> str:
    token = _BUDGET.set(_Budget(deadline=time.monotonic() + _MAX_SECONDS))
    try:
        out: list[str] = []
        size = 0
        for chunk in template.generate(ctx):
            size += len(chunk)
            if size > _MAX_OUTPUT:
                raise SecurityError(f"the message grows past {_MAX_OUTPUT} characters")
            out.append(chunk)
        return "".join(out)
    except Exception as exc:
        raise TemplateFileError(path, _error_line(exc, line), _describe(exc)) from exc
    finally:
        _BUDGET.reset(token)


def _subject(text: str) -> str:
    subject = _one_line(text)
    return subject if len(subject) <= _MAX_SUBJECT else subject[: _MAX_SUBJECT - 1].rstrip() + "…"


def _tidy(text: str) -> str:
    """Trailing spaces off, at most one blank line in a row, no blank lines at the ends."""
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"


_MD_LINK = re.compile(r"\[([^\]\n]+)\]\(([^)\s]+)\)")
_MD_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]+)>", re.I)
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


def markdown_to_text(text: str) -> str:
    """The light Markdown of a body as plain text: links spelled out, bold markers gone."""
    text = _MD_LINK.sub(lambda m: m.group(1) if m.group(1) == m.group(2)
                        else f"{m.group(1)} ({m.group(2)})", text)
    text = _MD_AUTOLINK.sub(r"\1", text)
    return _MD_STRONG.sub(r"\2", text)


@functools.lru_cache(maxsize=256)
def _markdown(marked: str) -> str:
    """A body's Markdown as HTML. Its values are slot tokens (:func:`_finalize`), so the same
    template and branch give the same text for every customer: converted once, not per mail
    (Python-Markdown is a pure function of its text; about 1 ms a message)."""
    return str(markdown.markdown(marked, extensions=["nl2br", "sane_lists"], output_format="html"))


def _fill_slots(html: str, slots: list[tuple[str, bool]]) -> str:
    def attr(m: re.Match[str]) -> str:
        value, _ = slots[int(m.group(2))]
        return m.group(1) + html_lib.escape(value, quote=True) + m.group(3)

    def text(m: re.Match[str]) -> str:
        value, is_markup = slots[int(m.group(1))]
        if is_markup:
            return value
        escaped = html_lib.escape(value, quote=True)
        if _URL.match(value):
            return f'<a href="{escaped}">{escaped}</a>'
        return escaped.replace("\n", "<br />\n")

    return _TOKEN.sub(text, _ATTR_TOKEN.sub(attr, html))


def _document(body: str, language: str) -> str:
    page = (f'<!DOCTYPE html>\n<html lang="{language}">\n<head>\n<meta charset="utf-8">\n'
            f"<style>{CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")
    return _inline(page)


def _inline(page: str) -> str:
    try:
        return str(_INLINER.inline(page))
    except Exception as exc:  # css_inline.InlineError and friends: send the page un-inlined
        log.warning("CSS inlining failed; sending the HTML as is", extra={"fields": {"error": str(exc)}})
        return page


@dataclass(frozen=True)
class TemplateFile:
    """One message in one language, compiled: ``<name>.txt`` and the optional ``<name>.html``."""

    path: Path
    html_path: Path | None
    parts: TemplateParts
    subject: jinja2.Template
    text: jinja2.Template
    html_body: jinja2.Template
    html_own: jinja2.Template | None

    @classmethod
    def load(cls, path: Path) -> TemplateFile:
        """Read and compile; raise :class:`TemplateFileError` naming the file and line."""
        try:
            source = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise TemplateFileError(path, 1, "not UTF-8 text; save the file as UTF-8") from exc
        except OSError as exc:
            raise TemplateFileError(path, 1, f"cannot read: {exc.strerror or exc}") from exc
        parts = split_template(path, source)
        own_path: Path | None = path.with_suffix(".html")
        html_own = None
        if own_path is not None and own_path.is_file():
            try:
                html_source = own_path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise TemplateFileError(own_path, 1, f"cannot read as UTF-8: {exc}") from exc
            html_own = _compile(_HTML_ENV, html_source.lstrip("\ufeff"), own_path, 1)
        else:
            own_path = None
        return cls(
            path=path, html_path=own_path, parts=parts,
            subject=_compile(_TEXT_ENV, parts.subject, path, parts.subject_line),
            text=_compile(_TEXT_ENV, parts.body, path, parts.body_line),
            html_body=_compile(_HTML_ENV, parts.body, path, parts.body_line),
            html_own=html_own,
        )

    def render(self, name: str, language: str, ctx: Mapping[str, object], *,
               full: bool = True) -> Rendered:
        """Render with a completed context. ``full=False`` skips Markdown and CSS (for trials)."""
        subject = _subject(_run(self.subject, ctx, self.path, self.parts.subject_line))
        body = _tidy(_run(self.text, ctx, self.path, self.parts.body_line))
        text = markdown_to_text(body)
        if self.html_own is not None:
            assert self.html_path is not None
            page = _run(self.html_own, ctx, self.html_path, 1)
            html = (_inline(page) if "<html" in page.lower() else _document(page, language)) \
                if full else page
            return Rendered(subject, text, html, name, language)
        slots: list[tuple[str, bool]] = []
        token = _SLOTS.set(slots)
        try:
            marked = _run(self.html_body, ctx, self.path, self.parts.body_line)
        finally:
            _SLOTS.reset(token)
        if not full:
            return Rendered(subject, text, marked, name, language)
        converted = _markdown(_tidy(marked))
        return Rendered(subject, text, _document(_fill_slots(converted, slots), language),
                        name, language)


def trial_contexts(name: str, language: str) -> list[dict[str, object]]:
    """Sample contexts covering every reason and every optional value missing."""
    contexts = [complete_context(sample_context(name, language, reason), language)
                for reason in REASONS]
    for step in (2, 3):
        for sent in (0, step - 1):  # step 2 can be the first one sent (a reply re-planned it)
            contexts.append(complete_context({**sample_context(name, language), "step": step,
                                              "followups_sent": sent}, language))
    contexts.append(complete_context(empty_context(), language))
    return contexts


def load_checked(path: Path, name: str, language: str) -> TemplateFile:
    """Load and trial-render with sample data: a file that passes will not fail on real mail."""
    template = TemplateFile.load(path)
    for ctx in trial_contexts(name, language):
        template.render(name, language, ctx, full=False)
    return template


# -- the renderer ---------------------------------------------------------------------------------

_Stamp = tuple[int, int, int, int]


def _stamp(path: Path) -> _Stamp | None:
    try:
        st = path.stat()
    except OSError:
        return None
    try:
        hst = path.with_suffix(".html").stat()
        html = (hst.st_mtime_ns, hst.st_size)
    except OSError:
        html = (0, -1)
    return (st.st_mtime_ns, st.st_size, *html)


class Renderer:
    """Renders ``<directory>/<lang>/<name>.txt``, re-reading files when they change.

    ``problems`` lists the current broken files as ``file:line: message``; ``on_problem``, if
    set, is called with each new one (the daemon alerts staff from it).
    """

    def __init__(self, directory: Path, default_language: str = "en") -> None:
        self.directory = Path(directory)
        self.default_language = _language(default_language) or "en"
        self.on_problem: Callable[[str], None] | None = None
        #: Checks a file that changed while running before it goes live, elsewhere (the
        #: daemon: :func:`responder.templatecheck.check_in_child`); the problem, or None.
        self.checker: Callable[[Path, str, str], str | None] | None = None
        self._good: dict[tuple[str, str], TemplateFile] = {}
        self._seen: dict[tuple[str, str], _Stamp | None] = {}
        self._problems: dict[tuple[str, str], str] = {}

    @property
    def problems(self) -> list[str]:
        """The current problems, ``file:line: message``; empty when every file loaded."""
        return [self._problems[key] for key in sorted(self._problems)]

    def languages(self) -> list[str]:
        """The language folders present (``en``, ``es``, ...)."""
        if not self.directory.is_dir():
            return []
        return sorted(p.name for p in self.directory.iterdir()
                      if p.is_dir() and _LANG.match(p.name))

    def names(self) -> list[str]:
        """Every message name found in any language."""
        return sorted({p.stem for lang in self.languages()
                       for p in (self.directory / lang).glob("*.txt") if _NAME.match(p.stem)})

    def refresh(self) -> list[str]:
        """Load every changed file now (call it each poll); returns :attr:`problems`."""
        names = self.names()
        for lang in self.languages():
            for name in names:
                self._current(name, lang)
        return self.problems

    def render(self, name: str, language: str, context: Mapping[str, object]) -> Rendered:
        """Render ``name`` in ``language``, else in the default language, else in English."""
        if not _NAME.match(name):
            raise TemplateFileError(self.directory / f"{name}.txt", 1,
                                    "a template name is letters, digits, '_' and '-' only")
        lang = _language(language)
        # English is the last resort: the shipped English files exist in every installation.
        candidates = list(dict.fromkeys(c for c in (lang, self.default_language, "en") if c))
        for candidate in candidates:
            template = self._current(name, candidate)
            if template is not None:
                ctx = complete_context(context, candidate)
                return template.render(name, candidate, ctx)
        path = self.directory / self.default_language / f"{name}.txt"
        broken = self._problems.get((self.default_language, name))
        raise TemplateError(broken or f"{path}:1: no template {name!r} in {lang or language!r} "
                                      f"or the default language {self.default_language!r}")

    def _current(self, name: str, language: str) -> TemplateFile | None:
        """The last good version of the file, reloading it first if it changed on disk."""
        key = (language, name)
        path = self.directory / language / f"{name}.txt"
        stamp = _stamp(path)
        if key in self._seen and self._seen[key] == stamp:
            return self._good.get(key)
        changed = key in self._seen
        self._seen[key] = stamp
        if stamp is None:
            self._good.pop(key, None)
            self._problems.pop(key, None)
            return None
        if changed and self.checker is not None:
            problem = self.checker(path, name, language)
            if problem is not None:
                self._report(key, problem, kept=key in self._good)
                return self._good.get(key)
        try:
            template = load_checked(path, name, language)
        except TemplateError as exc:
            self._report(key, str(exc), kept=key in self._good)
            return self._good.get(key)
        if key in self._good:
            log.info("template reloaded", extra={"fields": {"template": str(path)}})
        self._good[key] = template
        self._problems.pop(key, None)
        return template

    def _report(self, key: tuple[str, str], problem: str, *, kept: bool) -> None:
        new = self._problems.get(key) != problem
        self._problems[key] = problem
        what = "keeping the last good version" if kept else "not usable until fixed"
        log.warning("template problem; %s: %s", what, problem)
        if new and self.on_problem is not None:
            try:
                self.on_problem(problem)
            except Exception:
                log.exception("template problem callback failed")


def _language(language: str | None) -> str:
    lang = (language or "").strip().lower().replace("_", "-").split("-")[0]
    return lang if _LANG.match(lang) else ""
