"""A throwaway Dovecot 2.3 IMAP server on a free loopback port, for the integration tests.

Everything (config, passwd-file, mail, sockets, log) lives in one short temp dir, so
several instances can run at once and nothing on the machine is touched. Works as root
(mail owned by ``nobody``) and as an ordinary user (Dovecot's own users set to ours).

    with Dovecot.start() as dv:
        account = dv.new_account()
        uid = dv.append(account.user, account.password, "INBOX", raw)
        dv.restart()            # same port, same mail; open connections are cut

With ``Dovecot.start(tls=cert)`` (a :class:`~responder.testing.tls.ServerCert`) it also
serves implicit TLS on ``dv.tls_port`` and offers STARTTLS on ``dv.port``, where plain-text
logins stay allowed, so the helpers below work the same either way.

A Dovecot left behind by a killed test run is stopped by the next :meth:`Dovecot.start`.

Measured with Dovecot 2.3.19: start and restart about 0.03 s, a new account can log in
at once, an IDLE client hears of an APPEND after about 0.5 s, a refused login takes 0.5 s
(2.3.19 answers failures on a 0.5 s timer even with ``auth_failure_delay = 0``).
"""

from __future__ import annotations

import atexit
import base64
import contextlib
import grp
import json
import logging
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from imapclient import IMAPClient

from responder.testing import free_port
from responder.testing.tls import ServerCert

log = logging.getLogger(__name__)

CANDIDATES = ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot", "/opt/homebrew/sbin/dovecot")
INSTALL_HINT = (
    "Dovecot IMAP server not found (looked on PATH and in /usr/sbin). Install it, e.g. "
    "`sudo apt-get install -y --no-install-recommends dovecot-imapd` (Debian/Ubuntu) or "
    "`brew install dovecot` (macOS), or run ./scripts/test.sh which does it for you."
)
MARKER = "responder-dovecot.json"  # in each temp dir: who owns it, to reap orphans
TEMP_PREFIX = "dv"
# Short on purpose: unix socket paths inside must stay short; mkdtemp makes a private dir.
_TMP = Path("/tmp")  # noqa: S108
TEMP_PARENT = _TMP if _TMP.is_dir() else Path(tempfile.gettempdir())
START_TIMEOUT = 15.0
STOP_TIMEOUT = 5.0

_running: set[Dovecot] = set()
_running_lock = threading.Lock()


class DovecotError(RuntimeError):
    """Dovecot could not be found, started or reached; the message ends with its log."""


@dataclass(frozen=True)
class MailboxAccount:
    """One user account on a test IMAP server."""

    host: str
    port: int
    user: str
    password: str


def find_dovecot() -> str | None:
    """Path of the ``dovecot`` binary, or None when it is not installed."""
    found = shutil.which("dovecot")
    if found:
        return found
    for candidate in CANDIDATES:
        if os.access(candidate, os.X_OK):
            return candidate
    return None


def dovecot_version(binary: str) -> str:
    """``dovecot --version`` without the build id, e.g. ``2.3.19.1``."""
    out = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=10, check=False)
    return (out.stdout.split() or ["unknown"])[0]


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def reap_orphans(parent: Path | None = None) -> int:
    """Stop Dovecots (and remove their dirs) whose test process died; returns how many."""
    parent = parent or TEMP_PARENT
    reaped = 0
    for marker in parent.glob(f"{TEMP_PREFIX}*/{MARKER}"):
        directory = marker.parent
        try:
            info = json.loads(marker.read_text())
            owner, config = int(info["owner"]), str(info["config"])
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if _pid_alive(owner):
            continue
        pid_file = directory / "run" / "master.pid"
        with contextlib.suppress(OSError, ValueError):
            pid = int(pid_file.read_text().strip())
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
            if config.encode() in cmdline:  # really that Dovecot, not a reused pid
                pgid = os.getpgid(pid)
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(pgid, signal.SIGKILL)
                _wait_group_gone(pgid)
        shutil.rmtree(directory, ignore_errors=True)
        reaped += 1
    return reaped


def _stop_all() -> None:
    with _running_lock:
        running = list(_running)
    for server in running:
        server.close()


atexit.register(_stop_all)


class Dovecot:
    """A running (or stopped) Dovecot instance; use :meth:`start` to make one."""

    host = "127.0.0.1"

    def __init__(
        self, directory: Path, port: int, binary: str, *, owns_directory: bool,
        tls: ServerCert | None = None, tls_port: int | None = None, sent: str | None = "Sent",
        oauth2_key: bytes | None = None,
    ) -> None:
        self.directory = directory
        self.sent = sent  # the folder marked \Sent (special_use); None: no such folder
        self.oauth2_key = oauth2_key  # HS256 key that signs access tokens (XOAUTH2, OAUTHBEARER)
        self.port = port
        self.tls = tls
        self.tls_port = tls_port  # implicit TLS (imaps), when started with a certificate
        self.binary = binary
        self.config_path = directory / "dovecot.conf"
        self.users_dir = directory / "users"  # one passwd-file per user, see add_user
        self.log_path = directory / "dovecot.log"
        self.stderr_path = directory / "stderr.log"
        self._owns_directory = owns_directory
        self._proc: subprocess.Popen[bytes] | None = None
        self._as_root = os.geteuid() == 0
        if self._as_root:
            self.mail_uid = pwd.getpwnam("nobody").pw_uid
            self.mail_gid = _nogroup_gid()
        else:
            self.mail_uid, self.mail_gid = os.getuid(), os.getgid()
        self.passwords: dict[str, str] = {}

    # -- life cycle -------------------------------------------------------------------

    @classmethod
    def start(
        cls, directory: str | Path | None = None, *, port: int | None = None,
        tls: ServerCert | None = None, tls_port: int | None = None, sent: str | None = "Sent",
        oauth2_key: bytes | None = None,
    ) -> Dovecot:
        """Write a config in ``directory`` (a new short temp dir by default) and start Dovecot.

        With ``tls``, implicit TLS is served on ``tls_port`` (a free port by default) and
        STARTTLS is offered, not required, on ``port``. ``sent`` names the folder marked
        ``\\Sent`` (RFC 6154), created for each account, as ``"Sent Items"`` at Microsoft;
        ``None`` leaves out such a folder. With ``oauth2_key``, XOAUTH2 and OAUTHBEARER logins
        are checked by Dovecot's oauth2 passdb: a JWT signed (HS256) with that key, whose
        ``email`` claim is the user and whose ``exp`` has not passed (see
        :func:`responder.testing.oauth.access_token`); validated locally, no network.

        Raises :class:`DovecotError` when Dovecot is missing or does not answer in time.
        """
        binary = find_dovecot()
        if binary is None:
            raise DovecotError(INSTALL_HINT)
        version = dovecot_version(binary)
        if not version.startswith("2.3."):
            raise DovecotError(
                f"{binary} is Dovecot {version}; the test harness writes a Dovecot 2.3 config "
                "(Debian 12, Ubuntu 22.04/24.04). Install 2.3 or point PATH at it.")
        reap_orphans()
        if directory is None:
            path = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=TEMP_PARENT))
            owns = True
        else:
            path = Path(directory).resolve()
            path.mkdir(parents=True, exist_ok=True)
            owns = False
        if len(str(path)) > 70:
            raise DovecotError(f"{path}: too long for Dovecot's unix sockets; use a dir under 70 chars")
        server = cls(path, port or free_port(), binary, owns_directory=owns,
                     tls=tls, tls_port=(tls_port or free_port()) if tls else None, sent=sent,
                     oauth2_key=oauth2_key)
        try:
            server._prepare()
            server._launch()
        except BaseException:
            server.stop()  # the dir stays for a look; the next run's reap_orphans removes it
            raise
        return server

    def _prepare(self) -> None:
        for sub in ("run", "state", "home", "users"):
            (self.directory / sub).mkdir(exist_ok=True)
        if self._as_root:
            # Mail is read and written as nobody: it must be able to walk down to its home.
            _open_path_to(self.directory)
            for sub in ("", "home", "users"):
                (self.directory / sub).chmod(0o711)
        if self.oauth2_key is not None:
            # Dovecot looks the key up as shared/<azp>/<alg>/<kid>: "default" without azp/kid.
            keys = self.directory / "keys" / "default" / "HS256"
            keys.mkdir(parents=True, exist_ok=True)
            (keys / "default").write_text(base64.b64encode(self.oauth2_key).decode())
            (self.directory / "oauth2.conf.ext").write_text(
                "introspection_mode = local\n"
                f"local_validation_key_dict = fs:posix:prefix={self.directory}/keys/\n"
                "username_attribute = email\n")
            if self._as_root:
                for path in [self.directory / "keys", *(self.directory / "keys").rglob("*"),
                             self.directory / "oauth2.conf.ext"]:
                    path.chmod(0o755 if path.is_dir() else 0o644)
        self.config_path.write_text(self._config())
        (self.directory / MARKER).write_text(
            json.dumps({"owner": os.getpid(), "config": str(self.config_path)}))

    def _config(self) -> str:
        d = self.directory
        if self._as_root:
            identity = f"mail_uid = {self.mail_uid}\nmail_gid = {self.mail_gid}\n"
            no_chroot = ""
        else:
            user = pwd.getpwuid(os.getuid()).pw_name
            group = grp.getgrgid(os.getgid()).gr_name
            identity = (f"default_internal_user = {user}\ndefault_internal_group = {group}\n"
                        f"default_login_user = {user}\n")
            no_chroot = "  chroot =\n"
        # Dovecot reads the PEM files itself ("<file"); STARTTLS is offered, never required.
        ssl_settings, imaps = "ssl = no\n", "    port = 0\n"
        if self.tls is not None:
            ssl_settings = f"ssl = yes\nssl_cert = <{self.tls.cert}\nssl_key = <{self.tls.key}\n"
            imaps = f"    address = 127.0.0.1\n    port = {self.tls_port}\n    ssl = yes\n"
        sent = "" if self.sent is None else (
            f'  mailbox "{self.sent}" {{\n    special_use = \\Sent\n    auto = subscribe\n  }}\n')
        mechanisms, oauth2 = "plain login", ""
        if self.oauth2_key is not None:
            mechanisms = "plain login xoauth2 oauthbearer"
            oauth2 = (f"passdb {{\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n"
                      f"  args = {d}/oauth2.conf.ext\n}}\n")
        return f"""# Throwaway test server written by responder.testing.dovecot
protocols = imap
listen = 127.0.0.1
base_dir = {d}/run
state_dir = {d}/state
log_path = {d}/dovecot.log
{ssl_settings}disable_plaintext_auth = no
auth_mechanisms = {mechanisms}
auth_failure_delay = 0
auth_cache_size = 0
auth_verbose = yes
{identity}first_valid_uid = 1
first_valid_gid = 1
mail_location = maildir:~/Maildir
mail_fsync = never
mailbox_idle_check_interval = 1 secs
mail_max_userip_connections = 1000
{oauth2}passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.users_dir}/%u
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {self.users_dir}/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
{sent}  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox Trash {{
    special_use = \\Trash
  }}
  mailbox Junk {{
    special_use = \\Junk
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.port}
  }}
  inet_listener imaps {{
{imaps}  }}
{no_chroot}}}
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
{no_chroot}}}
"""

    def _launch(self) -> None:
        with contextlib.suppress(FileNotFoundError):  # ours, and our process is gone
            (self.directory / "run" / "master.pid").unlink()
        with self.stderr_path.open("ab") as err:
            self._proc = subprocess.Popen(
                [self.binary, "-F", "-c", str(self.config_path)],
                stdin=subprocess.DEVNULL, stdout=err, stderr=err, start_new_session=True)
        with _running_lock:
            _running.add(self)
        self._wait_ready()
        log.debug("dovecot listening on %s:%d (%s)", self.host, self.port, self.directory)

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        problem = "no answer"
        while time.monotonic() < deadline:
            assert self._proc is not None
            if self._proc.poll() is not None:
                problem = f"dovecot exited with status {self._proc.returncode}"
                break
            try:
                with socket.create_connection((self.host, self.port), timeout=2) as sock:
                    greeting = sock.makefile("rb").readline()
                if greeting.startswith(b"* OK"):
                    return
                problem = f"unexpected greeting {greeting!r}"
            except OSError as exc:
                problem = str(exc)
            time.sleep(0.01)
        tail = self.log_text()[-3000:]
        self.stop()
        raise DovecotError(
            f"Dovecot did not start on {self.host}:{self.port} ({problem}). "
            f"Config: {self.config_path}. Log:\n{tail}")

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def stop(self, *, kill: bool = False) -> None:
        """Stop Dovecot (SIGTERM, or SIGKILL with ``kill``); mail and config stay for :meth:`restart`."""
        proc, self._proc = self._proc, None
        if proc is not None:
            pgid = proc.pid  # start_new_session: the master leads its own process group
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pgid, signal.SIGKILL if kill else signal.SIGTERM)
            try:
                proc.wait(STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(pgid, signal.SIGKILL)
                proc.wait(STOP_TIMEOUT)
            _wait_group_gone(pgid)
        with _running_lock:
            _running.discard(self)

    def restart(self, *, kill: bool = False) -> None:
        """Stop and start again on the same port with the same mail and users."""
        self.stop(kill=kill)
        self._launch()

    def close(self) -> None:
        """Stop Dovecot and remove its temp dir (when :meth:`start` made it)."""
        self.stop()
        if self._owns_directory:
            shutil.rmtree(self.directory, ignore_errors=True)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def log_text(self) -> str:
        """Dovecot's log followed by anything it printed on stderr."""
        parts = []
        for path in (self.log_path, self.stderr_path):
            with contextlib.suppress(FileNotFoundError):
                text = path.read_text(errors="replace")
                if text:
                    parts.append(text)
        return "\n".join(parts)

    # -- accounts ---------------------------------------------------------------------

    def add_user(self, name: str, password: str) -> None:
        """Create an account; it can log in at once."""
        if not re.fullmatch(r"[A-Za-z0-9._@+-]+", name):
            raise ValueError(f"user name {name!r}: use letters, digits and . _ @ + - only")
        if any(c in password for c in ":\n\r") or not password:
            raise ValueError("password must be non-empty and contain no ':' or line breaks")
        if name in self.passwords:
            raise ValueError(f"user {name!r} exists already")
        home = self.directory / "home" / name
        home.mkdir(mode=0o700)
        if self._as_root:
            os.chown(home, self.mail_uid, self.mail_gid)
        # One passwd-file per user: Dovecot checks a file it has read for changes at most
        # once a second, so a user appended to a shared file may be unknown for a second.
        line = f"{name}:{{PLAIN}}{password}:{self.mail_uid}:{self.mail_gid}::{home}::\n"
        path = self.users_dir / name
        path.write_text(line)
        path.chmod(0o644)
        self.passwords[name] = password

    def new_account(self, prefix: str = "user") -> MailboxAccount:
        """A fresh account with a unique name and a random password."""
        name = f"{prefix}{len(self.passwords) + 1}-{secrets.token_hex(3)}"
        password = secrets.token_urlsafe(12)
        self.add_user(name, password)
        return MailboxAccount(self.host, self.port, name, password)

    # -- seeding and inspecting mailboxes ---------------------------------------------

    @contextlib.contextmanager
    def client(self, user: str, password: str, timeout: float = 10) -> Iterator[Any]:
        """A logged-in :class:`imapclient.IMAPClient` (plain text on loopback), logged out after."""
        imap = IMAPClient(self.host, self.port, ssl=False, timeout=timeout)
        try:
            imap.login(user, password)
            yield imap
        finally:
            with contextlib.suppress(Exception):
                imap.logout()
            with contextlib.suppress(Exception):
                imap.shutdown()

    def append(
        self,
        user: str,
        password: str,
        folder: str,
        raw: bytes,
        flags: Iterable[str] = (),
        when: datetime | None = None,
    ) -> int:
        """APPEND ``raw`` to ``folder`` (created if missing); returns the new message's UID."""
        with self.client(user, password) as imap:
            if folder.upper() != "INBOX" and not imap.folder_exists(folder):
                imap.create_folder(folder)
            response = imap.append(folder, raw, tuple(flags), msg_time=when)
        text = response.decode() if isinstance(response, bytes) else str(response)
        match = re.search(r"APPENDUID \d+ (\d+)", text)
        if match is None:
            raise DovecotError(f"APPEND gave no UID: {text!r}")
        return int(match.group(1))

    def list_messages(self, user: str, password: str, folder: str) -> list[tuple[int, frozenset[str], bytes]]:
        """Every message in ``folder`` as ``(uid, flags, raw)``, by UID; does not mark them seen."""
        with self.client(user, password) as imap:
            imap.select_folder(folder, readonly=True)
            uids = imap.search("ALL")
            if not uids:
                return []
            data = imap.fetch(uids, ["FLAGS", "BODY.PEEK[]"])
        return [(uid, _flags(data[uid][b"FLAGS"]), bytes(data[uid][b"BODY[]"])) for uid in sorted(data)]

    def fetch_flags(self, user: str, password: str, folder: str, uid: int) -> frozenset[str]:
        """The flags of one message."""
        with self.client(user, password) as imap:
            imap.select_folder(folder, readonly=True)
            data = imap.fetch([uid], ["FLAGS"])
        if uid not in data:
            raise KeyError(f"no message with UID {uid} in {folder}")
        return _flags(data[uid][b"FLAGS"])


def _flags(raw: Iterable[bytes | str]) -> frozenset[str]:
    return frozenset(f.decode() if isinstance(f, bytes) else f for f in raw)


def _nogroup_gid() -> int:
    for name in ("nogroup", "nobody"):
        with contextlib.suppress(KeyError):
            return grp.getgrnam(name).gr_gid
    return pwd.getpwnam("nobody").pw_gid


def _open_path_to(directory: Path) -> None:
    """Give every parent of ``directory`` o+x so an unprivileged user can walk through it."""
    for parent in reversed(directory.parents):
        mode = parent.stat().st_mode
        if not mode & 0o001:
            parent.chmod(mode | 0o001)


def _wait_group_gone(pgid: int, timeout: float = STOP_TIMEOUT) -> None:
    """Make sure no live process of the group survives (children of a killed master)."""
    deadline = time.monotonic() + timeout
    while process_group_alive(pgid):
        if time.monotonic() > deadline:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pgid, signal.SIGKILL)
            return
        time.sleep(0.005)


def process_group_alive(pgid: int) -> bool:
    """Whether a process of group ``pgid`` is still running; zombies do not count.

    Children of a SIGKILLed master are reparented to init, which in containers may take
    seconds to reap them; waiting on ``killpg(pgid, 0)`` would wait for that too.
    """
    proc = Path("/proc")
    if not (proc / "self" / "stat").exists():
        try:
            os.killpg(pgid, 0)
        except (ProcessLookupError, PermissionError):
            return False
        return True
    for stat in proc.glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if len(fields) > 2 and fields[2] == str(pgid) and fields[0] not in ("Z", "X"):
            return True
    return False
