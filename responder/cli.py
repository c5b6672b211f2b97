"""``responder`` command line: run, classify, eval, check-config, templates, init, status.

Expected failures (bad config, unreachable server, wrong password, broken template) print
one line naming the problem and exit non-zero; tracebacks are only for bugs.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import ctypes
import json
import logging
import os
import shutil
import signal
import sys
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, get_args

from responder import __version__
from responder.config import Config, check_config, default_config_path, load_config
from responder.errors import ConfigError, MailboxAuthError, ResponderError
from responder.logs import setup_logging
from responder.mail.presets import Provider
from responder.state import Store, ts

log = logging.getLogger("responder")

EXIT_OK, EXIT_FAIL, EXIT_CONFIG = 0, 1, 2


def _parse_now(value: str) -> datetime:
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"--now: {value!r} is not ISO 8601 (e.g. 2026-12-01T10:00:00+00:00)") from None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def _config(args: argparse.Namespace) -> Config:
    return load_config(Path(args.config) if args.config else None)


# -- run --------------------------------------------------------------------------------------


def _fewer_malloc_arenas() -> None:
    """glibc gives each thread that allocates its own heap arena (up to eight per core),
    and each keeps its high-water mark; the daemon's few worker threads gain nothing from
    them. Two arenas save about 10 MB (``MALLOC_ARENA_MAX=2``, as the environment would)."""
    if "MALLOC_ARENA_MAX" in os.environ or not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").mallopt(-8, 2)  # M_ARENA_MAX


def plaintext_warning(config: Config) -> str | None:
    """The start-up warning for a mailbox reached without TLS, naming what travels in clear."""
    if config.imap.security != "none":
        return None
    secret = "access token" if config.imap.auth == "oauth2" else "password"
    return f"imap.security = \"none\": the mailbox {secret} travels unencrypted"


def cmd_run(args: argparse.Namespace) -> int:
    from responder.config import secret_problems
    from responder.service import Service, fixed_clock

    _fewer_malloc_arenas()
    config = _config(args)
    setup_logging(args.log_format or config.logging.format, config.logging.level)
    problems = secret_problems(config)
    if problems:
        raise ConfigError(problems)
    if (warning := plaintext_warning(config)) is not None:
        log.warning(warning)
    clock = fixed_clock(args.now) if args.now else None
    if args.now and _now_would_expire(config, args.now, args.dry_run or args.expire_late):
        return EXIT_FAIL
    service = Service(config, dry_run=args.dry_run, clock=clock)
    try:
        if args.once:
            stats = asyncio.run(service.run_once())
            log.info("done", extra={"fields": {
                "seen": stats.seen, "sent": stats.sent, "failed": stats.failed,
                "followups_queued": stats.followups_queued, "skipped": stats.skipped,
                **{f"action_{k}": v for k, v in stats.by_action.items()}}})
            return EXIT_OK
        asyncio.run(_run_forever(service))
        log.info("stopped")
        return EXIT_OK
    finally:
        service.close()


def _now_would_expire(config: Config, now: datetime, go_on: bool) -> bool:
    """Whether ``--now`` must stop: it would expire follow-ups that are not late by the real
    clock. They are listed; a dry run or ``--expire-late`` goes on after the list."""
    from responder.config import parse_duration
    from responder.service import expired_by_now

    if not config.state.path.exists():
        return False
    grace = parse_duration(config.followups.grace)
    store = Store.open_readonly(config.state.path)
    try:
        late = expired_by_now(store, now, datetime.now(UTC), grace)
    finally:
        store.close()
    if not late:
        return False
    out = sys.stderr
    print(f"--now {now.isoformat()} would expire {len(late)} follow-up(s) that are not late by "
          f"the real clock (more than followups.grace = {config.followups.grace} past due at --now):",
          file=out)
    for f in late:
        print(f"  due {ts(f.due_at)}  step {f.step} ({f.template})  {f.customer}", file=out)
    if go_on:
        return False
    print("nothing was done; use an earlier --now, or add --expire-late to let them expire", file=out)
    return True


async def _run_forever(service: Any) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, service.stop)
    await service.run_forever()


# -- classify / eval --------------------------------------------------------------------------


def _eml_paths(paths: Sequence[str]) -> Iterator[tuple[str, bytes]]:
    for p in paths:
        if p == "-":
            yield "-", sys.stdin.buffer.read()
            continue
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.glob("*.eml")):
                yield str(f), f.read_bytes()
        elif path.is_file():
            yield str(path), path.read_bytes()
        else:
            raise ResponderError(f"{p}: no such file or folder")


def cmd_classify(args: argparse.Namespace) -> int:
    from responder.classify import Classifier

    config = None
    if args.config or default_config_path().is_file():
        config = _config(args)
    classifier = Classifier(config)
    failed = 0
    for path, raw in _eml_paths(args.paths):
        try:
            result = classifier.classify(raw)
        except Exception as exc:  # one unreadable file must not stop the others
            failed += 1
            result = {"action": "review", "error": f"{type(exc).__name__}: {exc}"[:300]}
        print(json.dumps({"path": path, **result}, ensure_ascii=False))
    return EXIT_FAIL if failed else EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    folder = Path(args.path)
    labels = folder / "labels.csv"
    if not labels.is_file():
        raise ResponderError(f"{labels}: not found (eval needs a folder with labels.csv)")
    header = labels.read_text(encoding="utf-8").splitlines()[0]
    if "opt_out" in header:
        from responder.evaluate_replies import evaluate_replies

        return evaluate_replies(folder, sys.stdout)
    from responder.evaluate import evaluate_intents

    return evaluate_intents(folder, sys.stdout)


# -- config and set-up ------------------------------------------------------------------------


def cmd_check_config(args: argparse.Namespace) -> int:
    config = _config(args)
    problems = check_config(config)
    for p in problems:
        print(p)
    if problems:
        return EXIT_CONFIG
    colleagues = sorted(config.business.colleague_domains)
    print("colleagues' mail (never answered): "
          + (f"from {', '.join(colleagues)}" if colleagues else "none (business.staff_domains)"))
    print(f"{config.source}: OK")
    if getattr(args, "probe", False):
        from responder.mail.probe import probe

        for line in probe(config):
            print(line)
    return EXIT_OK


def _shipped_templates() -> Path:
    from responder.config import shipped_templates_dir

    directory = shipped_templates_dir()
    if not directory.is_dir():
        raise ResponderError("the default templates are missing from this installation")
    return directory


#: ``init --docker``: the container's layout (Dockerfile: volumes /data and /templates).
_DOCKER_PATHS = (
    ('path = "responder.db"', 'path = "/data/responder.db"'),
    ('dir = "templates"', 'dir = "/templates"'),
    ('host = "127.0.0.1"', 'host = "0.0.0.0"'),
)


def _config_text(docker: bool) -> str:
    """config.example.toml; its paths are relative to the config file, so they work wherever
    the folder is. With ``docker`` they are the container's (the image's volumes)."""
    # responder/data/config.example.toml links to the top-level file (copied into wheels).
    example = Path(__file__).resolve().parent / "data" / "config.example.toml"
    lines = example.read_text(encoding="utf-8").splitlines(keepends=True)
    if docker:
        for bare, container in _DOCKER_PATHS:
            hits = [i for i, line in enumerate(lines) if line.rstrip("\n") == bare]
            if len(hits) != 1:
                raise AssertionError(f"config.example.toml: expected one line {bare!r}")
            lines[hits[0]] = container + "\n"
    return "".join(lines)


def cmd_init(args: argparse.Namespace) -> int:
    target = Path(args.dir)
    target.mkdir(parents=True, exist_ok=True)
    config_path = target / "config.toml"
    if config_path.exists() and not args.force:
        print(f"{config_path} exists; leaving it (use --force to overwrite)")
    elif getattr(args, "provider", None):  # only what the user fills in; the preset does the rest
        from responder.mail.presets import starter_config

        text = starter_config(args.provider)
        if args.docker:  # the container's volumes, as _config_text writes them
            text += '\n[state]\npath = "/data/responder.db"\n\n[templates]\ndir = "/templates"\n'
        config_path.write_text(text, encoding="utf-8")
        print(f"wrote {config_path} for {args.provider}: fill in the lines marked 'fill in'")
    else:
        config_path.write_text(_config_text(args.docker), encoding="utf-8")
        where = ("state /data/responder.db, templates /templates (the container's volumes)"
                 if args.docker else
                 f"state {target / 'responder.db'}, templates {target / 'templates'}")
        print(f"wrote {config_path} ({where})")
    templates = target / "templates"
    if templates.exists() and not args.force:
        print(f"{templates} exists; leaving it")
    else:
        shutil.copytree(_shipped_templates(), templates, dirs_exist_ok=True)
        print(f"wrote {templates}/" + (" (mount it at /templates)" if args.docker else ""))
    return EXIT_OK


# -- auth (OAuth 2.0) -------------------------------------------------------------------------


def _tokens(args: argparse.Namespace) -> Any:
    from responder.config import oauth2_problems
    from responder.mail.oauth2 import token_source

    config = _config(args)
    problems = oauth2_problems(config)
    if problems:
        raise ConfigError(problems)
    tokens = token_source(config)
    if tokens is None:
        raise ConfigError('imap.auth: not "oauth2"; nothing to log in to (see docs/mailbox.md)')
    return tokens


def cmd_auth_login(args: argparse.Namespace) -> int:
    """Run a person's login once (Microsoft device code, Google installed app)."""
    tokens = _tokens(args)
    login = getattr(tokens, "login", None)
    if login is None:
        print("this flow needs no login (the app's own credentials are used); checking them:")
    else:
        who = login(lambda text: print(text, flush=True))
        print(f"logged in as {who}; tokens kept in {tokens.cfg.token_cache} (mode 0600)")
    print(tokens.status())
    return EXIT_OK


def cmd_auth_status(args: argparse.Namespace) -> int:
    """Who is logged in and until when the access token lasts (never the token)."""
    print(_tokens(args).status())
    return EXIT_OK


# -- templates --------------------------------------------------------------------------------


def cmd_templates_check(args: argparse.Namespace) -> int:
    from responder.config import has_templates
    from responder.templatecheck import check_templates

    directory = Path(args.dir) if args.dir else _templates_dir(args)
    if not has_templates(directory):
        print(f"{directory}: no templates here (<language>/<name>.txt); `responder init` "
              "copies the shipped ones")
        return EXIT_FAIL
    problems = check_templates(directory)
    for p in problems:
        print(p)
    errors = sum(1 for p in problems if p.severity == "error")
    warnings = len(problems) - errors
    print(f"{directory}: {errors} error(s), {warnings} warning(s)")
    return EXIT_FAIL if errors else EXIT_OK


def cmd_templates_preview(args: argparse.Namespace) -> int:
    from responder.templatecheck import preview, preview_subject, sample_context

    directory = Path(args.dir) if args.dir else _templates_dir(args)
    rendered = preview(directory, args.name, args.lang, reason=args.reason)
    original = str(sample_context(args.name, args.lang or "en")["original_subject"])
    print(preview_subject(args.name, rendered, original) + "\n")
    print(rendered.text)
    if args.html:
        Path(args.html).write_text(rendered.html, encoding="utf-8")
        print(f"\n(HTML written to {args.html})")
    return EXIT_OK


def cmd_templates_send_test(args: argparse.Namespace) -> int:
    """Render one template with sample data and send it through the configured SMTP server."""
    from email.utils import make_msgid

    from responder.compose import build_message
    from responder.config import secret_problems
    from responder.send import SmtpTransport
    from responder.templatecheck import preview

    config = _config(args)
    problems = [p for p in secret_problems(config) if p.startswith("smtp.")]
    if problems:
        raise ConfigError(problems)
    rendered = preview(config.templates.dir, args.name, args.lang, reason=args.reason)
    biz = config.business
    raw = build_message(
        from_name=biz.name, from_addr=biz.address, to=args.to,
        subject=f"[TEST] {rendered.subject}", text=rendered.text, html=rendered.html,
        message_id=make_msgid(domain=f"responder.{biz.domain}"), date=datetime.now(UTC),
        in_reply_to=None, references=[], auto_submitted="auto-generated",
        extra_headers={"X-Responder-Test": "yes"})
    sender = config.smtp.envelope_from or biz.address
    asyncio.run(SmtpTransport(config.smtp).send(raw, sender, args.to))
    print(f"sent {args.name} ({rendered.language}) to {args.to}, marked as a test")
    return EXIT_OK


def _templates_dir(args: argparse.Namespace) -> Path:
    if args.config or default_config_path().is_file():
        return _config(args).templates.dir
    return _shipped_templates()


# -- status -----------------------------------------------------------------------------------


def cmd_status(args: argparse.Namespace) -> int:
    store = _read_state(args)
    if store is None:
        return EXIT_FAIL
    for folder, uidvalidity, last_uid, started in store.conn.execute(
            "SELECT folder, uidvalidity, last_uid, started_at FROM mailbox"):
        print(f"mailbox {folder}: uidvalidity {uidvalidity}, last uid {last_uid}, since {started}")
    for key, n in sorted(store.counts().items()):
        print(f"{key}: {n}")
    waiting = store.needs_review(10)
    print(f"waiting for a person ($NeedsReview): {store.count_needs_review()}")
    for r in waiting:
        print(f"  {ts(r.handled_at)}  {r.from_addr}  {r.subject[:60]!r}: "
              f"{'not sent: ' + r.send_problem if r.send_problem else r.why[-1] if r.why else r.action}")
    print("next follow-ups:")
    for f in store.next_followups(5):
        print(f"  {ts(f.due_at)}  step {f.step}  {f.customer}")
    print("last problems:")
    for at, level, what in store.conn.execute(
            "SELECT at, level, what FROM events ORDER BY id DESC LIMIT 5"):
        print(f"  {at} {level}: {what}")
    return EXIT_OK


def cmd_health(args: argparse.Namespace) -> int:
    """Exit 0 while the daemon runs (a live process holds the state's lock) and is connected
    to the mailbox, or lost it less than ``http.unhealthy_after`` ago: for Docker's
    HEALTHCHECK, systemd and Kubernetes probes alike."""
    from responder.config import parse_duration
    from responder.health import assess
    from responder.lock import holder, lock_path

    config = _config(args)
    path = config.state.path
    pid = holder(path)
    last = lost = None
    if path.exists():
        store = Store.open_readonly(path)
        try:
            last, lost = store.last_beat("mailbox"), store.last_beat("mailbox_lost")
        finally:
            store.close()
    verdict = assess(running=pid is not None, connected=lost is None, lost_since=lost,
                     last_contact=last, now=datetime.now(UTC),
                     grace=parse_duration(config.http.unhealthy_after),
                     stale_after=config.imap.stale_after())
    detail = verdict.detail
    if pid is None:
        detail += f" (no process holds {lock_path(path)})"
    elif pid:
        detail += f" (pid {pid})"
    print(f"{'healthy' if verdict.ok else 'unhealthy'}: {detail}")
    return EXIT_OK if verdict.ok else EXIT_FAIL


def cmd_suppress(args: argparse.Namespace) -> int:
    """Add or remove addresses/domains on the list that is checked before every send."""
    config = _config(args)
    store = Store.open(config.state.path)
    now = datetime.now(UTC)
    with store.transaction():
        for entry in args.entries:
            if args.remove:
                changed = store.unsuppress(entry)
                print(f"{entry}: {'removed' if changed else 'was not on the list'}")
            else:
                changed = store.suppress(entry, args.reason, now)
                print(f"{entry}: {'added' if changed else 'already on the list'}")
    store.close()
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from responder.report import build_report, format_report

    store = _read_state(args)
    if store is None:
        return EXIT_FAIL
    print(format_report(build_report(store, args.since), args.format))
    return EXIT_OK


def cmd_conversations(args: argparse.Namespace) -> int:
    from responder.report import conversation_history

    store = _read_state(args)
    if store is None:
        return EXIT_FAIL
    print(conversation_history(store, args.address))
    return EXIT_OK


def cmd_label(args: argparse.Namespace) -> int:
    """Keep a staff decision as a labelled example, or export them all."""
    from responder.learn.examples import LabelError, export, labels, record_label, stored_text

    config = _config(args)
    store = Store.open(config.state.path)
    try:
        if args.export:
            inbound, replies = export(labels(store), Path(args.export))
            print(f"{args.export}: {inbound} labelled messages (labels.csv), {replies} replies "
                  "(replies/labels.csv); measure with: responder eval DIR")
            return EXIT_OK
        if not args.message_id:
            print("error: responder label MESSAGE-ID intent=… reason=…  (or --export DIR)", file=sys.stderr)
            return EXIT_FAIL
        fields = dict(item.split("=", 1) for item in args.fields if "=" in item)
        unknown = sorted(set(fields) - {"intent", "reason"}) + [i for i in args.fields if "=" not in i]
        if unknown:
            print(f"error: {unknown[0]!r}: write intent=… and/or reason=…", file=sys.stderr)
            return EXIT_FAIL
        text_lang = stored_text(store, args.message_id)
        if args.eml:
            from responder.detect import detect
            from responder.parse import parse_message

            d = detect(parse_message(Path(args.eml).read_bytes()))
            text_lang = (d.text, d.language)
        if text_lang is None:
            print(f"error: no stored text for {args.message_id}: give the message with --eml FILE",
                  file=sys.stderr)
            return EXIT_FAIL
        record_label(store, message_id=args.message_id, intent=fields.get("intent"),
                     reason=fields.get("reason"), text=text_lang[0], language=text_lang[1],
                     who=args.who, at=datetime.now(UTC))
        print(f"{args.message_id}: labelled " + " ".join(f"{k}={v}" for k, v in sorted(fields.items())))
        return EXIT_OK
    except LabelError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAIL
    finally:
        store.close()


def cmd_learn(args: argparse.Namespace) -> int:
    """Retrain the second reader on the shipped examples and the business's labels."""
    config = _config(args)
    try:
        import sklearn  # noqa: F401  (only here, never in the daemon)
    except ImportError:
        print("error: responder learn needs scikit-learn: pip install 'responder[learn]'", file=sys.stderr)
        return EXIT_FAIL
    from responder.handling import learned_table_path, second_reader_from
    from responder.learn.examples import labels
    from responder.learn.model import parse, shipped_bytes
    from responder.learn.relearn import relearn, switch

    store = Store.open(config.state.path)
    try:
        items = labels(store)
    finally:
        store.close()
    if len(items) < 2:
        print(f"{len(items)} labelled examples: nothing to learn from yet (responder label …)")
        return EXIT_OK
    policy, _ = second_reader_from(config)
    print(f"{len(items)} labelled examples of this business; cross-validating…")
    out = relearn(items, policy, parse(shipped_bytes()))
    print(f"before (shipped table): {out.before.line()}")
    print(f"after (retrained):      {out.after.line()}")
    path = learned_table_path(config)
    if not out.switched:
        print("not switched: the retrained table is worse on at least one figure")
        return EXIT_OK
    if args.dry_run:
        print(f"--dry-run: would switch to the retrained table at {path}")
        return EXIT_OK
    switch(out.table, path)
    print(f"switched: the daemon reads {path} from its next message")
    return EXIT_OK


def _read_state(args: argparse.Namespace) -> Store | None:
    config = _config(args)
    if not config.state.path.exists():
        print(f"no state yet at {config.state.path} (the daemon has not run)")
        return None
    return Store.open_readonly(config.state.path)


# -- the staff console: users, web, audit ------------------------------------------------------


def _read_password(confirm: bool) -> str:
    """A password from the terminal (asked twice), or the first line of standard input."""
    import getpass

    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password (10 characters or more): ")
    if confirm and getpass.getpass("Again: ") != first:
        raise ResponderError("the two passwords differ; nothing was changed")
    return first


def cmd_users(args: argparse.Namespace) -> int:
    from responder.web import auth

    config = _config(args)
    store = Store.open(config.state.path)
    try:
        if args.users_command == "add":
            auth.check_name(args.name)
            new = auth.add_user(store, args.name, _read_password(confirm=True), datetime.now(UTC))
            print(f"{args.name}: {'added' if new else 'password changed'}")
        elif args.users_command == "remove":
            if not auth.remove_user(store, args.name):
                print(f"{args.name}: no such user")
                return EXIT_FAIL
            print(f"{args.name}: removed (their sessions end at their next page)")
        else:
            users = auth.list_users(store)
            for u in users:
                print(f"{u.name}  added {ts(u.created_at)}  last login "
                      f"{ts(u.last_login) if u.last_login else 'never'}")
            if not users:
                print("no staff users yet (add one: responder users add NAME)")
    finally:
        store.close()
    return EXIT_OK


def cmd_web(args: argparse.Namespace) -> int:
    """The staff console alone (without the daemon), against the same state."""
    from responder.web import create_app
    from responder.web.server import start

    config = _config(args)
    setup_logging(config.logging.format, config.logging.level)
    host = args.host or config.http.host
    port = args.port if args.port is not None else (config.http.port or 8080)

    async def serve() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        server = await start(create_app(config), host, port)
        print(f"staff console on http://{host}:{server.port}/ (Ctrl+C stops it)", flush=True)
        await stop.wait()
        await server.stop()

    asyncio.run(serve())
    return EXIT_OK


def cmd_audit(args: argparse.Namespace) -> int:
    from responder.web.queries import audit_log

    store = _read_state(args)
    if store is None:
        return EXIT_FAIL
    for at, who, action, target, detail in reversed(audit_log(store, args.limit)):
        print(f"{at}  {who}  {action}  {target}{'  ' + detail if detail else ''}")
    return EXIT_OK


# -- parser -----------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="responder",
        description="Acknowledge cancellation emails warmly and follow up gently.")
    parser.add_argument("--version", action="version", version=f"responder {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def with_config(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--config", metavar="PATH",
                       help="config file (default: $RESPONDER_CONFIG, then ./config.toml)")
        return p

    p = with_config(sub.add_parser("run", help="watch the mailbox and answer cancellations"))
    p.add_argument("--once", action="store_true",
                   help="handle what is new and the due follow-ups, then exit")
    p.add_argument("--dry-run", action="store_true",
                   help="render and log what would be sent; send and change nothing")
    p.add_argument("--now", type=_parse_now, metavar="ISO8601",
                   help="pretend it is this time, to send due follow-ups early (the Date "
                   "header keeps the real time)")
    p.add_argument("--expire-late", action="store_true",
                   help="with --now: let follow-ups that --now makes more than followups.grace "
                   "late expire (otherwise they are listed and nothing is done)")
    p.add_argument("--log-format", choices=["text", "json"], help="override logging.format")
    p.set_defaults(func=cmd_run)

    p = with_config(sub.add_parser(
        "classify", help="print what run would do with .eml files (one JSON line each)"))
    p.add_argument("paths", nargs="+", metavar="PATH", help=".eml file, folder of them, or -")
    p.set_defaults(func=cmd_classify)

    p = sub.add_parser("eval", help="measure detection on a labelled folder (labels.csv); a "
                       "labels.csv with an opt_out column (customers' replies) measures reasons, "
                       "future_contact and opt-out (read, or held for a person) instead")
    p.add_argument("path", metavar="PATH")
    p.set_defaults(func=cmd_eval)

    p = with_config(sub.add_parser("check-config", help="validate the config; one line per problem"))
    p.add_argument("--probe", action="store_true",
                   help="also log in to the mailbox and say how it can be tagged and where Sent is")
    p.set_defaults(func=cmd_check_config)

    p = sub.add_parser("init", help="write a commented config.toml and the default templates")
    p.add_argument("dir", nargs="?", default=".", metavar="DIR")
    p.add_argument("--force", action="store_true", help="overwrite existing files")
    p.add_argument("--provider", choices=get_args(Provider),
                   help="write a short config for this mail provider (docs/mailbox.md)")
    p.add_argument("--docker", action="store_true",
                   help="paths for the container: state in /data, templates in /templates")
    p.set_defaults(func=cmd_init)

    p = with_config(sub.add_parser("status", help="counts, next follow-ups, last problems"))
    p.set_defaults(func=cmd_status)

    p = with_config(sub.add_parser(
        "health", help="exit 0 if the daemon runs and is connected to the mailbox"))
    p.set_defaults(func=cmd_health)

    for name, remove in (("suppress", False), ("unsuppress", True)):
        p = with_config(sub.add_parser(
            name, help=("never mail" if not remove else "allow mail to")
            + " these addresses or whole domains (example.com)"))
        p.add_argument("entries", nargs="+", metavar="ADDRESS")
        if not remove:
            p.add_argument("--reason", default="added by staff",
                           help="why, as shown by status and conversations (default: added by staff)")
        p.set_defaults(func=cmd_suppress, remove=remove, reason="")

    p = with_config(sub.add_parser("report", help="cancellations by reason, language and month"))
    p.add_argument("--since", type=_parse_now, metavar="DATE", help="only conversations since then")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.set_defaults(func=cmd_report)

    p = with_config(sub.add_parser(
        "conversations", help="one customer's history: received, sent, scheduled, and why"))
    p.add_argument("address", nargs="?", help="customer address (default: the latest 20)")
    p.set_defaults(func=cmd_conversations)

    a = sub.add_parser("auth", help="OAuth 2.0 for the mailbox: log in once, show who is logged in")
    asub = a.add_subparsers(dest="auth_command", required=True, metavar="ACTION")
    p = with_config(asub.add_parser(
        "login", help="log in as the mailbox (Microsoft: a device code to type in a browser; "
        "Google: an address to open)"))
    p.set_defaults(func=cmd_auth_login)
    p = with_config(asub.add_parser("status", help="who is logged in and when the access token expires"))
    p.set_defaults(func=cmd_auth_status)

    p = with_config(sub.add_parser(
        "label", help="keep a staff decision as an example the second reader learns from"))
    p.add_argument("message_id", nargs="?", metavar="MESSAGE-ID",
                   help="the message to label (its Message-ID header)")
    p.add_argument("fields", nargs="*", metavar="intent=…|reason=…",
                   help="the staff decision: intent=… and/or reason=…")
    p.add_argument("--eml", metavar="FILE", help="the message, when its text was not stored")
    p.add_argument("--who", default="cli", help="who decided (default: cli)")
    p.add_argument("--export", metavar="DIR", help="write every label as .eml + labels.csv")
    p.set_defaults(func=cmd_label)

    p = with_config(sub.add_parser(
        "learn", help="retrain the second reader on the business's labels; switch only if no worse"))
    p.add_argument("--dry-run", action="store_true", help="show the figures, do not switch")
    p.set_defaults(func=cmd_learn)

    t = sub.add_parser("templates", help="check or preview the message templates")
    tsub = t.add_subparsers(dest="templates_command", required=True, metavar="ACTION")
    p = with_config(tsub.add_parser("check", help="render every template; report problems"))
    p.add_argument("--dir", metavar="DIR", help="templates folder (default: from the config)")
    p.set_defaults(func=cmd_templates_check)
    p = with_config(tsub.add_parser("preview", help="render one template with sample data"))
    p.add_argument("name")
    p.add_argument("--lang", default="en")
    p.add_argument("--reason", default=None)
    p.add_argument("--html", metavar="FILE", help="also write the HTML alternative here")
    p.add_argument("--dir", metavar="DIR", help="templates folder (default: from the config)")
    p.set_defaults(func=cmd_templates_preview)
    p = with_config(tsub.add_parser(
        "send-test", help="send one template with sample data through the real SMTP settings"))
    p.add_argument("name")
    p.add_argument("--to", required=True, metavar="ADDRESS")
    p.add_argument("--lang", default="en")
    p.add_argument("--reason", default=None)
    p.set_defaults(func=cmd_templates_send_test)

    u = sub.add_parser("users", help="staff who may log in to the console")
    usub = u.add_subparsers(dest="users_command", required=True, metavar="ACTION")
    p = with_config(usub.add_parser(
        "add", help="add a user or set a new password (asked for, or read from stdin)"))
    p.add_argument("name", help="the user name staff log in with")
    p.set_defaults(func=cmd_users)
    p = with_config(usub.add_parser("remove", help="remove a user"))
    p.add_argument("name", help="the user name to remove")
    p.set_defaults(func=cmd_users)
    p = with_config(usub.add_parser("list", help="list the users"))
    p.set_defaults(func=cmd_users)

    p = with_config(sub.add_parser(
        "web", help="serve the staff console alone (the daemon serves it too on [http] port)"))
    p.add_argument("--host", help="address to listen on (default: http.host, 127.0.0.1)")
    p.add_argument("--port", type=int, help="port (default: http.port, else 8080)")
    p.set_defaults(func=cmd_web)

    p = with_config(sub.add_parser("audit", help="what staff did in the console, oldest first"))
    p.add_argument("--limit", type=int, default=200, metavar="N", help="the last N actions")
    p.set_defaults(func=cmd_audit)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not logging.getLogger().handlers:
        setup_logging()
    try:
        return int(args.func(args))
    except ConfigError as exc:
        for problem in exc.problems:
            print(f"config error: {problem}", file=sys.stderr)
        return EXIT_CONFIG
    except MailboxAuthError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAIL
    except ResponderError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAIL
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `responder eval DIR | head`: the reader left, nothing to report
        # Python would complain once more when it flushes stdout at exit; point it at nothing.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # what a shell reports for a command ended by SIGPIPE


if __name__ == "__main__":
    sys.exit(main())
