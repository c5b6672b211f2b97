"""Staff users, passwords, login throttling, the session key and CSRF tokens.

Passwords are hashed with Argon2id (argon2-cffi's defaults, RFC 9106's second recommended
profile). Failed logins are recorded in the state database, so the limit holds across
restarts and across ``responder run`` and ``responder web`` sharing one state. Sessions live
in a cookie signed by Starlette's SessionMiddleware (itsdangerous); CSRF tokens are a random
value kept in that session, handed to every form signed and time-stamped by itsdangerous.
"""

from __future__ import annotations

import os
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from itsdangerous import BadSignature, URLSafeTimedSerializer

from responder.config import Config
from responder.errors import ConfigError, ResponderError
from responder.state import Store, from_ts, ts

#: How far back failed logins count against the limit.
LOGIN_WINDOW = timedelta(minutes=15)

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
_HASHER = PasswordHasher()  # Argon2id
# A hash to verify against when the user does not exist: the same work either way, so the
# response time does not tell which names exist.
_DUMMY_HASH = _HASHER.hash(secrets.token_hex(16))


@dataclass(frozen=True)
class StaffUser:
    name: str
    created_at: datetime
    last_login: datetime | None


def check_name(name: str) -> str:
    if not _NAME.match(name):
        raise ResponderError(
            f"{name!r}: a user name is 1-64 letters, digits, '.', '_', '@' or '-'")
    return name


def check_password(password: str) -> str:
    if len(password) < 10:
        raise ResponderError("the password must be at least 10 characters long")
    if len(password) > 1024:
        raise ResponderError("the password must be at most 1024 characters long")
    return password


def add_user(store: Store, name: str, password: str, now: datetime) -> bool:
    """Create the user, or set a new password; True when the user is new."""
    check_name(name)
    digest = _HASHER.hash(check_password(password))
    with store.transaction():
        exists = store.conn.execute("SELECT 1 FROM staff_users WHERE name = ?", (name,)).fetchone()
        store.conn.execute(
            "INSERT INTO staff_users (name, hash, created_at) VALUES (?, ?, ?) "
            "ON CONFLICT (name) DO UPDATE SET hash = excluded.hash", (name, digest, ts(now)))
    return exists is None


def remove_user(store: Store, name: str) -> bool:
    with store.transaction():
        cur = store.conn.execute("DELETE FROM staff_users WHERE name = ?", (name,))
    return cur.rowcount > 0


def list_users(store: Store) -> list[StaffUser]:
    rows = store.conn.execute("SELECT name, created_at, last_login FROM staff_users ORDER BY name")
    return [StaffUser(r[0], from_ts(r[1]), from_ts(r[2]) if r[2] else None) for r in rows]


def user_exists(store: Store, name: str) -> bool:
    return store.conn.execute("SELECT 1 FROM staff_users WHERE name = ?", (name,)).fetchone() is not None


def any_user(store: Store) -> bool:
    return store.conn.execute("SELECT 1 FROM staff_users LIMIT 1").fetchone() is not None


def throttled(store: Store, name: str, ip: str, limit: int, now: datetime) -> bool:
    """Whether too many logins failed lately for this name or from this address."""
    since = ts(now - LOGIN_WINDOW)
    row = store.conn.execute(
        "SELECT SUM(name = ?), SUM(ip = ?) FROM login_failures WHERE at >= ?",
        (name, ip, since)).fetchone()
    return max(int(row[0] or 0), int(row[1] or 0)) >= limit


def password_hash(store: Store, name: str) -> str | None:
    row = store.conn.execute("SELECT hash FROM staff_users WHERE name = ?", (name,)).fetchone()
    return str(row[0]) if row else None


def check_hash(stored: str | None, password: str) -> bool:
    """Whether ``password`` matches (pure; about 50 ms of Argon2id work, also for an unknown
    user, so the time taken does not tell which names exist)."""
    try:
        return _HASHER.verify(stored or _DUMMY_HASH, password) and stored is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def record_login(store: Store, name: str, ip: str, ok: bool, stored: str | None, password: str,
                 now: datetime) -> None:
    """A success (last login, a stronger hash if the parameters changed) or a failure (it
    counts against the limit)."""
    with store.transaction():
        if ok and stored is not None:
            store.conn.execute("UPDATE staff_users SET last_login = ? WHERE name = ?", (ts(now), name))
            if _HASHER.check_needs_rehash(stored):
                store.conn.execute("UPDATE staff_users SET hash = ? WHERE name = ?",
                                   (_HASHER.hash(password), name))
        else:
            store.conn.execute("INSERT INTO login_failures (name, ip, at) VALUES (?, ?, ?)",
                               (name[:64], ip[:64], ts(now)))
            store.conn.execute("DELETE FROM login_failures WHERE at < ?",
                               (ts(now - 4 * LOGIN_WINDOW),))


# -- the session key --------------------------------------------------------------------------


def key_path(config: Config) -> Path:
    state = config.state.path
    return state.with_name(state.name + ".console-key")


def session_key(config: Config) -> str:
    """The key that signs session cookies: ``http.secret_key_env`` or ``_file``, else one
    generated once into a 0600 file next to the state database."""
    http = config.http
    if http.secret_key_env:
        value = os.environ.get(http.secret_key_env, "")
        if len(value) < 32:
            raise ConfigError(f"http.secret_key_env: environment variable {http.secret_key_env} "
                              "must hold at least 32 characters (e.g. `openssl rand -hex 32`)")
        return value
    path = http.secret_key_file or key_path(config)
    if http.secret_key_file is None and not path.exists():
        _write_private(path, secrets.token_hex(32))
    try:
        value = path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise ConfigError(f"http.secret_key_file: cannot read {path} ({exc.strerror})") from None
    if len(value) < 32:
        raise ConfigError(f"http.secret_key_file: {path} must hold at least 32 characters")
    return value


def _write_private(path: Path, value: str) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return  # another process wrote it first
    except OSError as exc:
        raise ConfigError(f"state.path: cannot write the console's session key {path} "
                          f"({exc.strerror})") from None
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(value + "\n")


# -- CSRF ------------------------------------------------------------------------------------


class Csrf:
    """Tokens for forms: the session's random value, signed with a time stamp."""

    def __init__(self, key: str, max_age: int) -> None:
        self.serializer = URLSafeTimedSerializer(key, salt="responder-console-csrf")
        self.max_age = max_age

    def token(self, session: dict[str, object]) -> str:
        value = session.get("csrf")
        if not isinstance(value, str):
            value = secrets.token_urlsafe(24)
            session["csrf"] = value
        return str(self.serializer.dumps(value))

    def valid(self, session: dict[str, object], token: str) -> bool:
        expected = session.get("csrf")
        if not isinstance(expected, str) or not token:
            return False
        try:
            value = self.serializer.loads(token, max_age=self.max_age)
        except BadSignature:
            return False
        return isinstance(value, str) and secrets.compare_digest(value, expected)
