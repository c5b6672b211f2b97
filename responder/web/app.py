"""The console's Starlette application: pages, forms, /healthz and /metrics.

Endpoints are ``async def`` on purpose: they run on the event loop's thread, the thread that
owns the console's SQLite connection (Starlette would run plain functions in a thread pool).
Every page but /login, /healthz, /metrics and /static needs a session; every POST needs the
form's CSRF token. Customer text is hostile input: the page templates autoescape everything.
"""

from __future__ import annotations

import asyncio
import csv
import io
import logging
import math
import re
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote
from zoneinfo import ZoneInfo

import jinja2
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from responder import __version__
from responder.config import Config, parse_duration
from responder.errors import ResponderError, TemplateError
from responder.metrics import Metrics
from responder.outgoing import Outgoing
from responder.render import Renderer
from responder.state import Store
from responder.web import auth, queries, templates_edit
from responder.web.actions import (
    ACTION_WORDS,
    ACTIONS,
    ReviewError,
    audit,
    decide_review,
    render_acknowledgement,
    review_subject,
)

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]


class SecurityHeaders:
    """Strict CSP and friends on every response; pages are never cached."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = str(scope.get("path", "")).startswith("/static/")

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.extend(SECURITY_HEADERS)
                if not static:
                    headers.append((b"cache-control", b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, wrapped)


def page_environment(tz: ZoneInfo | None = None) -> jinja2.Environment:
    """The pages' own Jinja2 environment (not the sandboxed one of the customer templates):
    autoescape on for everything, undefined values are errors."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True,
                             lstrip_blocks=True)
    env.globals["kinds"] = KINDS
    env.filters["when"] = lambda value: _when(value, tz)
    env.filters["pct"] = lambda v: f"{100 * float(v):.0f}%"
    env.filters["num"] = lambda v: f"{int(v):,}"
    return env


def _when(value: datetime | str | None, tz: ZoneInfo | None = None) -> str:
    """A time for people: in the business's time zone, to the minute."""
    if value is None or value == "":
        return "—"
    if isinstance(value, str):
        try:
            value = datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        except ValueError:
            return str(value)
    return (value.astimezone(tz) if tz else value).strftime("%Y-%m-%d %H:%M")


Handler = Callable[[Request], Awaitable[Response]]
T = TypeVar("T")

_LOCAL_PATH = re.compile(r"^/[A-Za-z0-9/_.\-?=&%@]*$")

#: How long the figures of "What the reasons say" are reused before a background refresh.
FIGURES_TTL = 300.0

#: Why a message waits, in the console's words (review_items.kind).
KINDS = {"unsure": "Not sure", "reschedule": "Reschedule", "repeat": "Cancelled again",
         "cancellation": "Cancellation not answered", "send_failed": "Send failed",
         "bounce": "Our mail bounced", "optout": "May have asked us to stop"}


class Console:
    """The application's state: config, its own store connection, renderer, hooks."""

    def __init__(self, config: Config, *, store: Store | None = None,
                 metrics: Metrics | None = None,
                 health: Callable[[], tuple[bool, dict[str, Any]]] | None = None,
                 on_change: Callable[[], None] | None = None,
                 clock: Callable[[], datetime] | None = None,
                 send_test: Callable[[bytes, str], Awaitable[None]] | None = None,
                 renderer: Renderer | None = None) -> None:
        self.config = config
        self.shared_store = store is not None  # a dry run's scratch copy: read it in place
        self.store = store or Store.open(config.state.path)
        self.metrics = metrics
        self.health = health
        self.on_change = on_change or (lambda: None)
        self.clock = clock or (lambda: datetime.now(UTC))
        self.send_test = send_test
        # The daemon hands over its own renderer (already loaded, reloaded each cycle).
        self.renderer = renderer or Renderer(config.templates.dir, config.business.default_language)
        self._figures: dict[int, tuple[float, queries.ReasonFigures]] = {}
        self._refreshing: set[int] = set()
        self.outgoing = Outgoing(config, self.renderer, self.clock)
        self.idle = parse_duration(config.http.session_idle)
        self.key = auth.session_key(config)
        self.csrf = auth.Csrf(self.key, max_age=int(max(self.idle, timedelta(hours=12)).total_seconds()))
        self.pages = Jinja2Templates(env=page_environment(config.business.tz))

    # -- sessions ----------------------------------------------------------------------

    def user(self, request: Request) -> str | None:
        """The logged-in staff user, or None (an idle or removed user's session is cleared)."""
        session = request.session
        name, seen = session.get("user"), session.get("seen")
        if not isinstance(name, str) or not isinstance(seen, int | float):
            return None
        now = time.time()
        if now - seen > self.idle.total_seconds() or not auth.user_exists(self.store, name):
            session.clear()
            return None
        if now - seen > 30:  # slide the idle timeout (the cookie is re-signed)
            session["seen"] = int(now)
        return name

    def render(self, request: Request, template: str, user: str | None, status_code: int = 200,
               **context: Any) -> Response:
        ctx = {"user": user, "csrf": self.csrf.token(request.session),
               "waiting_count": self.store.waiting_count() if user else 0,
               "business": self.config.business.name, "version": __version__,
               "path": request.url.path, **context}
        return self.pages.TemplateResponse(request, template, ctx, status_code=status_code)

    async def form(self, request: Request) -> dict[str, str] | None:
        """The POSTed form, or None when its CSRF token is missing or wrong."""
        form = await request.form(max_files=0, max_fields=50, max_part_size=256 * 1024)
        data = {k: v for k, v in form.items() if isinstance(v, str)}
        if not self.csrf.valid(request.session, data.get("csrf", "")):
            return None
        return data

    async def read(self, fn: Callable[..., T], *args: Any) -> T:
        """Run a heavy read-only query in a worker thread on its own read-only connection,
        so that a large state never holds up the daemon's event loop."""

        if self.shared_store:
            return fn(self.store, *args)

        def run() -> T:
            store = Store.open_readonly(self.config.state.path)
            try:
                return fn(store, *args)
            finally:
                store.close()

        return await asyncio.to_thread(run)

    async def reason_figures(self, months: int) -> tuple[queries.ReasonFigures, float]:
        """The figures of "What the reasons say", at most FIGURES_TTL seconds old: a stale
        copy is shown while a fresh one is computed in the background."""
        cached = self._figures.get(months)
        now = time.time()
        if cached is not None:
            if now - cached[0] > FIGURES_TTL and months not in self._refreshing:
                self._refreshing.add(months)
                task = asyncio.ensure_future(self._compute_figures(months))
                task.add_done_callback(lambda _: self._refreshing.discard(months))
            return cached[1], cached[0]
        await self._compute_figures(months)
        return self._figures[months][1], self._figures[months][0]

    async def warm(self) -> None:
        """Compute the default figures in the background, right after the port opens."""
        try:
            await self._compute_figures(12)
            self.renderer.refresh()  # the templates loaded once (Status and Messages list them)
        except Exception:  # only a warm-up: the pages do it themselves
            log.exception("could not prepare the reasons figures")

    async def _compute_figures(self, months: int) -> None:
        figures = await self.read(queries.reasons, months, self.clock())
        self._figures[months] = (time.time(), figures)

    def audit(self, who: str, action: str, target: str, detail: str = "") -> None:
        with self.store.transaction():
            audit(self.store, who, action, target, detail, self.clock())
        log.info("staff action", extra={"fields": {"who": who, "action": action}})


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def create_app(config: Config, **kwargs: Any) -> Starlette:
    """The console for ``config``; keyword arguments as for :class:`Console`."""
    c = Console(config, **kwargs)

    def page(fn: Callable[[Request, str], Awaitable[Response]]) -> Handler:
        """A page that needs a login; a POST also needs its CSRF token (checked by ``form``)."""

        async def endpoint(request: Request) -> Response:
            user = c.user(request)
            if user is None:
                if request.method == "GET":
                    return RedirectResponse("/login?next=" + quote(request.url.path), 303)
                return PlainTextResponse("log in first\n", 401)
            return await fn(request, user)

        return endpoint

    hashing = asyncio.Semaphore(2)

    async def refused(request: Request) -> Response:
        return PlainTextResponse("the form expired or was not sent from the console; reload "
                                 "the page and try again\n", 403)

    # -- login ---------------------------------------------------------------------------

    async def login(request: Request) -> Response:
        if request.method == "GET":
            if c.user(request):
                return RedirectResponse("/waiting", 303)
            return c.render(request, "login.html", None, no_users=not auth.any_user(c.store),
                            error="", name="", next=request.query_params.get("next", ""))
        data = await c.form(request)
        if data is None:
            return await refused(request)
        name, password = data.get("name", "")[:64], data.get("password", "")[:1024]
        target = data.get("next", "")
        if not _LOCAL_PATH.match(target) or target.startswith("//"):
            target = "/waiting"  # never somewhere else (an open redirect)
        now = c.clock()
        if auth.throttled(c.store, name, _client(request), config.http.login_attempts, now):
            log.warning("login refused: too many failures", extra={"fields": {
                "name": name, "client": _client(request)}})
            return c.render(request, "login.html", None, status_code=429, no_users=False,
                            error="Too many failed attempts. Wait 15 minutes and try again.",
                            name=name, next=target)
        stored = auth.password_hash(c.store, name)
        async with hashing:  # Argon2id off the event loop, two at a time (64 MiB each)
            ok = await asyncio.to_thread(auth.check_hash, stored, password)
        auth.record_login(c.store, name, _client(request), ok, stored, password, now)
        if not ok:
            log.warning("login failed", extra={"fields": {"name": name, "client": _client(request)}})
            return c.render(request, "login.html", None, status_code=401,
                            no_users=not auth.any_user(c.store),
                            error="Wrong name or password.", name=name, next=target)
        request.session.clear()  # a fresh session (and CSRF value) at every login
        request.session.update({"user": name, "seen": int(time.time())})
        c.audit(name, "login", _client(request))
        return RedirectResponse(target, 303)

    async def logout(request: Request) -> Response:
        user = c.user(request)
        if user is not None and await c.form(request) is not None:
            c.audit(user, "logout", "")
            request.session.clear()
        return RedirectResponse("/login", 303)

    # -- waiting for you -----------------------------------------------------------------

    async def home(request: Request, user: str) -> Response:
        return RedirectResponse("/waiting", 303)

    async def waiting(request: Request, user: str) -> Response:
        page_no = _int(request.query_params.get("page"), 0)
        total = c.store.waiting_count()
        pages = max(1, math.ceil(total / queries.PAGE))
        items = queries.waiting(c.store, min(page_no, pages - 1))
        return c.render(request, "waiting.html", user, items=items, page=page_no, pages=pages,
                        total=total, done=request.query_params.get("done", ""))

    async def ack_preview(request: Request, user: str) -> Response:
        item = queries.waiting_one(c.store, _int(request.path_params["id"], -1))
        if item is None:
            return PlainTextResponse("no such message\n", 404)
        subject = review_subject(c.store, item.message_id)
        assert subject is not None
        error, prepared = "", None
        try:
            prepared = render_acknowledgement(c.outgoing, subject)
        except (ReviewError, TemplateError) as exc:
            error = str(exc)
        preview = None
        if prepared is not None:
            from email import message_from_bytes, policy

            msg = message_from_bytes(prepared.raw, policy=policy.default)
            body = msg.get_body(("plain",))
            preview = {"to": prepared.recipient, "subject": str(msg["Subject"]),
                       "in_reply_to": str(msg["In-Reply-To"] or ""),
                       "text": body.get_content() if body is not None else ""}
        sent = c.store.conn.execute(
            "SELECT status FROM outbox WHERE kind = 'acknowledgement' AND ref = ?",
            (item.message_id,)).fetchone()
        return c.render(request, "ack_preview.html", user, item=item, preview=preview,
                        error=error, waiting=subject.status == "waiting",
                        earlier=sent[0] if sent else "")

    async def decide(request: Request, user: str) -> Response:
        data = await c.form(request)
        if data is None:
            return await refused(request)
        action = request.path_params["action"]
        item = queries.waiting_one(c.store, _int(request.path_params["id"], -1))
        if item is None or action not in ACTIONS:
            return PlainTextResponse("no such message or action\n", 404)
        try:
            decide_review(c.store, item.message_id, action, user, c.clock(), outgoing=c.outgoing)
        except (ReviewError, TemplateError) as exc:
            return c.render(request, "error.html", user, status_code=409, message=str(exc))
        log.info("staff decision", extra={"fields": {"who": user, "action": action,
                                                     "message_id": item.message_id}})
        c.on_change()  # the daemon sends and re-tags now, not at its next poll
        words = ("marked the bounce as seen" if item.kind == "bounce" else
                 "not a request to stop" if item.kind == "optout" and action == "dismiss" else
                 ACTION_WORDS[action])
        return RedirectResponse(f"/waiting?done={quote(words)}", 303)

    # -- status --------------------------------------------------------------------------

    async def status_page(request: Request, user: str) -> Response:
        figures = await c.read(queries.status)
        if c.health is not None:
            ok, details = c.health()
        else:  # `responder web` alone: the daemon's heartbeat in the state tells
            last = figures.last_contact
            ok = last is not None and c.clock() - last <= config.imap.stale_after()
            details = {}
        return c.render(request, "status.html", user, figures=figures, healthy=ok,
                        details=details, config_rows=masked_config(config),
                        problems=c.renderer.refresh())

    # -- customers -----------------------------------------------------------------------

    async def customers(request: Request, user: str) -> Response:
        q = request.query_params.get("q", "").strip()[:200]
        rows = await c.read(queries.customers, q) if q else queries.customers(c.store, q)
        return c.render(request, "customers.html", user, q=q, rows=rows)

    async def customer(request: Request, user: str) -> Response:
        address = request.path_params["address"]
        tl = queries.timeline(c.store, address)
        return c.render(request, "customer.html", user, tl=tl, message="")

    async def customer_change(request: Request, user: str) -> Response:
        data = await c.form(request)
        if data is None:
            return await refused(request)
        address = request.path_params["address"].lower()
        what = request.path_params["what"]
        now = c.clock()
        with c.store.transaction():
            if what == "suppress":
                c.store.suppress(address, "staff: " + (data.get("reason") or "stop all mail")[:200], now)
                detail = "suppressed"
            elif what == "unsuppress":
                c.store.unsuppress(address)
                detail = "unsuppressed"
            elif what in ("cancel", "move"):
                fid = _int(data.get("followup"), -1)
                row = c.store.conn.execute(
                    "SELECT f.id FROM followups f JOIN conversations c ON c.id = f.conversation_id "
                    "WHERE f.id = ? AND c.customer = ? AND f.status = 'scheduled'",
                    (fid, address)).fetchone()
                if row is None:
                    return c.render(request, "error.html", user, status_code=409,
                                    message="that follow-up is no longer scheduled")
                if what == "cancel":
                    c.store.set_followup_status(fid, "cancelled", f"cancelled by {user}")
                    detail = f"follow-up {fid} cancelled"
                else:
                    try:
                        due = datetime.fromisoformat(data.get("due", "")).replace(
                            tzinfo=config.business.tz).astimezone(UTC)
                    except ValueError:
                        return c.render(request, "error.html", user, status_code=400,
                                        message="write the new date like 2026-03-01T10:00")
                    c.store.reschedule_followup(fid, due)
                    detail = f"follow-up {fid} moved to {due:%Y-%m-%d %H:%M} UTC"
            else:
                return PlainTextResponse("no such change\n", 404)
            audit(c.store, user, f"customer:{what}", address, detail, now)
        c.on_change()
        return RedirectResponse(f"/customers/{quote(address)}", 303)

    # -- messages (templates) ------------------------------------------------------------

    editor = templates_edit.Editor(config, c.store, c.renderer)

    async def messages(request: Request, user: str) -> Response:
        return c.render(request, "messages.html", user, table=editor.table(),
                        languages=editor.languages())

    def edit_page(request: Request, user: str, lang: str, name: str, source: str,
                  result: templates_edit.CheckResult, saved: str, status_code: int = 200) -> Response:
        return c.render(request, "message_edit.html", user, status_code=status_code, lang=lang,
                        name=name, source=source, result=result,
                        versions=editor.versions(lang, name),
                        reasons=templates_edit.REASON_CHOICES, saved=saved,
                        staff=config.business.staff_address, languages=editor.languages(),
                        read_only=editor.read_only)

    async def template_form(request: Request) -> tuple[dict[str, str], str, str] | Response:
        """The form posted to one template's page, with its language and name; or the
        refusal (no valid CSRF token) or the 404 (no such template) to answer with."""
        data = await c.form(request)
        if data is None:
            return await refused(request)
        lang, name = request.path_params["lang"], request.path_params["name"]
        if not editor.valid(lang, name):
            return PlainTextResponse("no such template\n", 404)
        return data, lang, name

    async def message_edit(request: Request, user: str) -> Response:
        lang, name = request.path_params["lang"], request.path_params["name"]
        if not editor.valid(lang, name):
            return PlainTextResponse("no such template\n", 404)
        source = editor.source(lang, name)
        result = editor.check(lang, name, source, request.query_params.get("reason") or None)
        return edit_page(request, user, lang, name, source, result,
                         request.query_params.get("saved", ""))

    async def message_preview(request: Request, user: str) -> Response:
        form = await template_form(request)
        if isinstance(form, Response):
            return form
        data, lang, name = form
        result = editor.check(lang, name, data.get("source", ""), data.get("reason") or None,
                              anonymous=data.get("customer") == "anonymous")
        return c.render(request, "_preview.html", user, result=result)

    async def message_save(request: Request, user: str) -> Response:
        form = await template_form(request)
        if isinstance(form, Response):
            return form
        data, lang, name = form
        source = data.get("source", "")
        result = editor.check(lang, name, source, data.get("reason") or None)
        if result.errors:
            return edit_page(request, user, lang, name, source, result, "", status_code=422)
        try:
            editor.save(lang, name, source, user, c.clock())
        except ResponderError as exc:
            return c.render(request, "error.html", user, status_code=409, message=str(exc))
        c.audit(user, "template:save", f"{lang}/{name}")
        return RedirectResponse(f"/messages/{lang}/{name}?saved=saved", 303)

    async def message_revert(request: Request, user: str) -> Response:
        form = await template_form(request)
        if isinstance(form, Response):
            return form
        data, lang, name = form
        try:
            editor.revert(lang, name, _int(data.get("version"), -1), user, c.clock())
        except ResponderError as exc:
            return c.render(request, "error.html", user, status_code=409, message=str(exc))
        c.audit(user, "template:revert", f"{lang}/{name}", f"version {data.get('version')}")
        return RedirectResponse(f"/messages/{lang}/{name}?saved=reverted", 303)

    async def message_test(request: Request, user: str) -> Response:
        data = await c.form(request)
        if data is None:
            return await refused(request)
        lang, name = request.path_params["lang"], request.path_params["name"]
        to = (data.get("to") or config.business.staff_address).strip()
        if not editor.valid(lang, name) or not to or "@" not in to:
            return c.render(request, "error.html", user, status_code=400,
                            message="no address to send the test to (set business.staff_address)")
        try:
            raw = editor.test_message(lang, name, to, data.get("reason") or None)
            await (c.send_test or editor.send)(raw, to)
        except (ResponderError, OSError) as exc:
            return c.render(request, "error.html", user, status_code=502,
                            message=f"the test was not sent: {exc}")
        c.audit(user, "template:send-test", f"{lang}/{name}", to)
        return RedirectResponse(f"/messages/{lang}/{name}?saved=test+sent+to+{quote(to)}", 303)

    # -- what the reasons say --------------------------------------------------------------

    async def reasons(request: Request, user: str) -> Response:
        months = min(max(_int(request.query_params.get("months"), 12), 1), 60)
        figures, at = await c.reason_figures(months)
        return c.render(request, "reasons.html", user, f=figures, months=months,
                        chart=chart_data(figures), as_of=datetime.fromtimestamp(at, UTC))

    async def reasons_csv(request: Request, user: str) -> Response:
        months = min(max(_int(request.query_params.get("months"), 12), 1), 60)
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(["figure", "key", "month", "count"])
        writer.writerows((await c.reason_figures(months))[0].rows())
        return Response(buf.getvalue(), media_type="text/csv; charset=utf-8", headers={
            "content-disposition": 'attachment; filename="responder-reasons.csv"'})

    # -- audit ---------------------------------------------------------------------------

    async def audit_page(request: Request, user: str) -> Response:
        return c.render(request, "audit.html", user, rows=queries.audit_log(c.store))

    # -- health and metrics (no login) ---------------------------------------------------

    async def healthz(request: Request) -> Response:
        if c.health is None:
            return JSONResponse({"status": "console only"})
        ok, details = c.health()
        return JSONResponse(details, status_code=200 if ok else 503)

    async def metrics(request: Request) -> Response:
        if c.metrics is None:
            return PlainTextResponse("", media_type="text/plain; version=0.0.4")
        return Response(c.metrics.exposition(), media_type="text/plain; version=0.0.4")

    routes = [
        Route("/healthz", healthz),
        Route("/metrics", metrics),
        Route("/login", login, methods=["GET", "POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/", page(home)),
        Route("/waiting", page(waiting)),
        Route("/waiting/{id:int}/acknowledge", page(ack_preview)),
        Route("/waiting/{id:int}/{action}", page(decide), methods=["POST"]),
        Route("/status", page(status_page)),
        Route("/customers", page(customers)),
        Route("/customers/{address}", page(customer)),
        Route("/customers/{address}/{what}", page(customer_change), methods=["POST"]),
        Route("/messages", page(messages)),
        Route("/messages/{lang}/{name}", page(message_edit)),
        Route("/messages/{lang}/{name}/preview", page(message_preview), methods=["POST"]),
        Route("/messages/{lang}/{name}/save", page(message_save), methods=["POST"]),
        Route("/messages/{lang}/{name}/revert", page(message_revert), methods=["POST"]),
        Route("/messages/{lang}/{name}/test", page(message_test), methods=["POST"]),
        Route("/reasons", page(reasons)),
        Route("/reasons.csv", page(reasons_csv)),
        Route("/audit", page(audit_page)),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    https = config.http.public_url.startswith("https://")
    middleware = [
        Middleware(SecurityHeaders),
        # Behind HTTPS the __Host- prefix also pins the cookie to this host and path.
        Middleware(SessionMiddleware, secret_key=c.key,
                   session_cookie="__Host-responder_session" if https else "responder_session",
                   max_age=int(c.idle.total_seconds()), same_site="strict", https_only=https),
    ]
    app = Starlette(routes=routes, middleware=middleware)
    app.state.console = c
    return app


def _int(value: object, default: int) -> int:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default


SECRET_WORDS = ("password", "secret", "token", "key")


def masked_config(config: Config) -> list[tuple[str, str]]:
    """The config as ``section.key = value`` rows, every secret masked. Secrets never live in
    the file (``*_env`` names a variable, ``*_file`` a file), but what they point at is
    masked too, and so is any value whose key names a secret."""
    rows: list[tuple[str, str]] = []
    data = config.model_dump(mode="json", exclude={"source"})
    for section, values in data.items():
        if not isinstance(values, dict):
            continue
        for key, value in values.items():
            text = "—" if value in (None, "", []) else str(value)
            if any(word in key for word in SECRET_WORDS) and value not in ("", None):
                text = "••••••" if not key.endswith(("_env", "_file")) else f"from {value} (not shown)"
            rows.append((f"{section}.{key}", text))
    return rows


def chart_data(f: queries.ReasonFigures) -> dict[str, Any]:
    """What the vendored Chart.js draws (handed over as JSON, no inline script)."""
    reasons = [r for r, _ in f.by_reason.most_common()]
    return {
        "months": f.months,
        "datasets": [{"label": r.replace("_", " "), "data": [f.by_month_reason[m][r] for m in f.months]}
                     for r in reasons],
        "weekday": {"labels": list(queries.WEEKDAYS),
                    "data": [f.by_weekday[d] for d in queries.WEEKDAYS]},
        "lead": {"labels": list(queries.LEAD_TIMES),
                 "data": [f.by_lead_time[k] for k in queries.LEAD_TIMES]},
    }
