"""The console's locks, over real HTTP against ``responder web`` run as a process: every page
needs a session, every POST its CSRF token, wrong passwords are throttled, sessions expire
when idle, cookies carry the right flags, and no page or log shows a secret."""

from __future__ import annotations

import http.client
import io
import os
import re
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest

from responder.cli import main
from responder.config import load_config
from responder.testing import free_port
from responder.web import create_app
from tests.helpers import REPO

USER, PASSWORD = "anna", "correct horse battery staple"
IMAP_SECRET = "imap-Secret-4471-never-shown"
SESSION_SECRET = "session-key-" + "9f3c" * 10


def write_config(directory: Path, port: int, http_extra: str = "") -> Path:
    config = directory / "config.toml"
    config.write_text(f"""
[business]
name = "Studio Example"
address = "bookings@studio.example.com"
staff_address = "staff@studio.example.com"

[imap]
host = "127.0.0.1"
username = "studio"
password_env = "T_WEB_IMAP_PASSWORD"

[smtp]
host = "127.0.0.1"

[state]
path = "{directory / 'state.db'}"

[templates]
dir = "{REPO / 'templates'}"

[http]
port = {port}
{http_extra}
""")
    return config


class Client:
    """A tiny HTTP client that keeps the session cookie and never follows redirects."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.cookie = ""
        self.set_cookie = ""

    def request(self, method: str, path: str, form: dict[str, str] | None = None
                ) -> tuple[int, dict[str, str], str]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        headers = {"Cookie": self.cookie} if self.cookie else {}
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn.request(method, path, body=body, headers=headers)
        resp = conn.getresponse()
        text = resp.read().decode("utf-8", "replace")
        got = {k.lower(): v for k, v in resp.getheaders()}
        cookie = resp.getheader("set-cookie")
        if cookie:
            self.set_cookie = cookie
            value = cookie.split(";", 1)[0]
            self.cookie = "" if value.endswith("=null") else value
        conn.close()
        return resp.status, got, text

    def get(self, path: str) -> tuple[int, dict[str, str], str]:
        return self.request("GET", path)

    def post(self, path: str, form: dict[str, str]) -> tuple[int, dict[str, str], str]:
        return self.request("POST", path, form)

    def csrf(self, path: str = "/login") -> str:
        _, _, text = self.get(path)
        match = re.search(r'name="csrf" value="([^"]+)"', text)
        assert match, text[:500]
        return match.group(1)

    def login(self, name: str = USER, password: str = PASSWORD) -> int:
        token = self.csrf()
        status, _, _ = self.post("/login", {"csrf": token, "name": name, "password": password})
        return status


class Web:
    def __init__(self, config: Path, port: int, proc: subprocess.Popen[bytes], log: Path) -> None:
        self.config, self.port, self.proc, self.log = config, port, proc, log

    def client(self) -> Client:
        return Client(self.port)


def start_web(config: Path, port: int) -> Web:
    log = config.parent / "web.log"
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "T_WEB_IMAP_PASSWORD": IMAP_SECRET,
           "T_WEB_SESSION_KEY": SESSION_SECRET}
    with log.open("ab") as out:
        proc = subprocess.Popen([sys.executable, "-m", "responder.cli", "web", "--config",
                                 str(config)], stdout=out, stderr=out, env=env)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if "staff console on" in log.read_text(errors="replace"):
            return Web(config, port, proc, log)
        if proc.poll() is not None:
            break
        time.sleep(0.05)
    proc.kill()
    raise AssertionError(log.read_text(errors="replace"))


def add_user(config: Path, monkeypatch: pytest.MonkeyPatch, name: str = USER,
             password: str = PASSWORD) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    assert main(["users", "add", name, "--config", str(config)]) == 0


@pytest.fixture
def web_factory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    started: list[Web] = []

    def make(http_extra: str = "", user: bool = True) -> Web:
        port = free_port()
        directory = tmp_path / f"w{len(started)}"
        directory.mkdir()
        config = write_config(directory, port, http_extra)
        if user:
            add_user(config, monkeypatch)
        web = start_web(config, port)
        started.append(web)
        return web

    yield make
    for web in started:
        web.proc.terminate()
        assert web.proc.wait(15) == 0


@pytest.fixture
def web(web_factory: object) -> Web:
    return web_factory()  # type: ignore[operator, no-any-return]


SAMPLE = {"id": "1", "action": "dismiss", "address": "ann@example.net", "what": "suppress",
          "lang": "en", "name": "acknowledgement"}
OPEN = ("/healthz", "/metrics", "/login", "/static")


def console_routes(config: Path) -> list[tuple[str, str]]:
    """(method, path) of every route of the app, with sample values for its parameters."""
    app = create_app(load_config(config))
    out = []
    for route in app.routes:
        path = getattr(route, "path", "")
        if path.startswith(OPEN):
            continue
        concrete = re.sub(r"\{(\w+)(?::\w+)?\}", lambda m: SAMPLE[m.group(1)], path)
        for method in sorted(getattr(route, "methods", None) or {"GET"}):
            if method != "HEAD":
                out.append((method, concrete))
    return out


def test_every_route_without_a_session_is_refused(web: Web) -> None:
    routes = console_routes(web.config)
    assert len(routes) >= 18 and ("POST", "/waiting/1/dismiss") in routes
    client = web.client()
    for method, path in routes:
        if method == "GET":
            status, headers, _ = client.get(path)
            assert status == 303 and headers["location"].startswith("/login"), (method, path, status)
        else:
            status, _, _ = client.post(path, {"csrf": "x"})
            if path == "/logout":
                assert status == 303  # logging out without a session changes nothing
            else:
                assert status == 401, (method, path, status)
    assert client.get("/healthz")[0] == 200 and client.get("/metrics")[0] == 200


def test_a_post_without_the_csrf_token_is_refused(web: Web) -> None:
    client = web.client()
    assert client.post("/login", {"name": USER, "password": PASSWORD})[0] == 403  # no token
    assert client.login() == 303
    token = client.csrf("/waiting")
    for form in ({}, {"csrf": ""}, {"csrf": token + "x"}, {"csrf": "forged"}):
        status, _, _ = client.post("/customers/ann@example.net/suppress", form)
        assert status == 403, form
    assert "No mail goes to this customer" not in client.get("/customers/ann@example.net")[2]
    # A token from another session does not work either.
    other = web.client()
    assert other.login() == 303
    assert client.post("/customers/ann@example.net/suppress", {"csrf": other.csrf("/waiting")})[0] == 403
    assert client.post("/customers/ann@example.net/suppress", {"csrf": token})[0] == 303
    assert "No mail goes to this customer" in client.get("/customers/ann@example.net")[2]


def test_wrong_passwords_are_rate_limited(web: Web) -> None:
    client = web.client()
    for _ in range(5):
        assert client.login(password="wrong password!") == 401
    assert client.login() == 429  # even the right one, until the window passes
    other_name = web.client()
    assert other_name.login(name="bob", password="wrong password!") == 429  # same address
    log = web.log.read_text()
    assert "too many failures" in log and "wrong password" not in log


def test_a_session_ends_when_idle_and_when_the_user_is_removed(
        web_factory: object, monkeypatch: pytest.MonkeyPatch) -> None:
    web = web_factory('session_idle = "2s"')  # type: ignore[operator]
    client = web.client()
    assert client.login() == 303 and client.get("/waiting")[0] == 200
    time.sleep(3.2)
    assert client.get("/waiting")[0] == 303  # idle too long: log in again
    assert client.login() == 303 and client.get("/waiting")[0] == 200
    assert main(["users", "remove", USER, "--config", str(web.config)]) == 0
    assert client.get("/waiting")[0] == 303


def test_session_cookie_flags(web_factory: object) -> None:
    plain = web_factory()  # type: ignore[operator]
    client = plain.client()
    assert client.login() == 303
    flags = client.set_cookie.lower()
    assert "httponly" in flags and "samesite=strict" in flags and "secure" not in flags
    assert "max-age=1800" in flags  # the idle timeout
    behind_https = web_factory('public_url = "https://console.studio.example"')  # type: ignore[operator]
    client = behind_https.client()
    assert client.login() == 303
    assert "; secure" in client.set_cookie.lower()
    assert client.set_cookie.startswith("__Host-responder_session=")


def test_pages_carry_a_strict_content_security_policy(web: Web) -> None:
    client = web.client()
    assert client.get("/login")[1]["content-security-policy"]
    assert client.login() == 303
    for path in ("/waiting", "/status", "/messages", "/reasons", "/customers", "/audit"):
        status, headers, _ = client.get(path)
        assert status == 200
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "default-src 'none'" in csp
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert headers["x-frame-options"] == "DENY" and headers["cache-control"] == "no-store"


def test_the_login_page_says_how_to_create_the_first_user(web_factory: object) -> None:
    web = web_factory(user=False)  # type: ignore[operator]
    _, _, text = web.client().get("/login")
    assert "responder users add NAME" in text


def test_no_page_or_log_contains_a_secret(web_factory: object,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("T_WEB_SESSION_KEY", SESSION_SECRET)  # for console_routes, in-process
    web = web_factory('secret_key_env = "T_WEB_SESSION_KEY"')  # type: ignore[operator]
    assert web.client().login(password="a wrong password") == 401  # logged, without it
    client = web.client()
    assert client.login() == 303
    pages = [path for method, path in console_routes(web.config) if method == "GET"]
    bodies = []
    for path in pages:
        status, _, text = client.get(path)
        assert status in (200, 303, 404), path
        bodies.append(text)
    status_page = client.get("/status")[2]
    assert "T_WEB_IMAP_PASSWORD (not shown)" in status_page
    assert "T_WEB_SESSION_KEY (not shown)" in status_page
    web.proc.terminate()
    web.proc.wait(15)
    everything = "\n".join([*bodies, web.log.read_text()])
    for secret in (IMAP_SECRET, SESSION_SECRET, PASSWORD, "a wrong password"):
        assert secret not in everything, secret
    state = (web.config.parent / "state.db").read_bytes()
    assert PASSWORD.encode() not in state  # only its Argon2id hash
    assert b"$argon2id$" in state


def test_a_generated_session_key_is_private(web: Web) -> None:
    key = web.config.parent / "state.db.console-key"
    assert key.is_file()
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert len(key.read_text().strip()) >= 32


def test_users_and_audit_commands(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    config = write_config(tmp_path, free_port())
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["users", "add", USER, "--config", str(config)]) == 1
    assert "at least 10 characters" in capsys.readouterr().err
    add_user(config, monkeypatch)
    add_user(config, monkeypatch, password="another good password")
    assert main(["users", "list", "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert "anna: added" in out and "anna: password changed" in out and "last login never" in out
    assert main(["users", "remove", "nobody", "--config", str(config)]) == 1
    assert main(["audit", "--config", str(config)]) == 0


def test_login_only_returns_to_a_page_of_the_console(web: Web) -> None:
    for target, expected in (("/customers", "/customers"), ("//evil.example/", "/waiting"),
                             ("https://evil.example/", "/waiting"), ("/\\evil.example", "/waiting")):
        client = web.client()
        token = client.csrf()
        status, headers, _ = client.post("/login", {"csrf": token, "name": USER,
                                                    "password": PASSWORD, "next": target})
        assert status == 303 and headers["location"] == expected, target


def test_a_port_in_use_is_one_clear_line(web: Web, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["web", "--config", str(web.config), "--port", str(web.port)]) == 1
    err = capsys.readouterr().err
    assert f"http.port: cannot listen on 127.0.0.1:{web.port}" in err and "Traceback" not in err


def test_a_request_line_over_64_kib_is_answered_400_and_closed(web: Web) -> None:
    # Issue 12, item 11: a hostile client sends a giant request line; the server answers 400
    # and closes, without a traceback, and goes on serving.
    import socket

    with socket.create_connection(("127.0.0.1", web.port), timeout=10) as sock:
        sock.sendall(b"GET /" + b"a" * (70 * 1024) + b" HTTP/1.1\r\nHost: x\r\n\r\n")
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 400"), answer[:80]
    status, _, _ = web.client().get("/healthz")
    assert status in (200, 503)  # still serving
    assert "Traceback" not in web.log.read_text(encoding="utf-8")
