"""OAuth 2.0 for IMAP and SMTP (responder.mail.oauth2), with real parts on loopback:

- Dovecot checks XOAUTH2 itself (oauth2 passdb, JWTs validated locally with a shared key);
- the SMTP sink (aiosmtpd) checks XOAUTH2 with an ``auth_XOAUTH2`` handler and the same key;
- the token endpoints are a local HTTPS server speaking the Microsoft identity platform's and
  Google's token protocols, and the real msal / google-auth code talks to it.

What Microsoft and Google themselves answer is tested only up to the wire (no internet here).
"""

from __future__ import annotations

import json
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from responder.cli import main
from responder.mail.oauth2 import read_private, write_private
from responder.testing.dovecot import Dovecot, MailboxAccount
from responder.testing.oauth import TokenServer
from responder.testing.smtp import SmtpSink
from responder.testing.tls import ServerCert, issue_cert
from tests.helpers import CANCEL, mail, run_once, write_config

pytestmark = pytest.mark.integration

KEY = secrets.token_bytes(32)


@pytest.fixture(scope="module")
def cert(tmp_path_factory: pytest.TempPathFactory) -> ServerCert:
    return issue_cert(tmp_path_factory.mktemp("oauth-tls"), prefix="token")


@pytest.fixture(scope="module")
def dv(dovecot_binary: str) -> Iterator[Dovecot]:
    """A Dovecot that takes XOAUTH2/OAUTHBEARER tokens signed with KEY."""
    server = Dovecot.start(oauth2_key=KEY)
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def account(dv: Dovecot) -> MailboxAccount:
    return dv.new_account()


@pytest.fixture
def sink() -> Iterator[SmtpSink]:
    with SmtpSink(oauth2_key=KEY, require_auth=True) as server:
        yield server


def _config(tmp_path: Path, account: MailboxAccount, sink: SmtpSink, oauth2: str,
            smtp_auth: str = "") -> Path:
    return write_config(
        tmp_path, account, sink, imap={"auth": "oauth2", "password_env": ""},
        smtp={"username": account.user, **({"auth": smtp_auth} if smtp_auth else {})},
        extra=f"\n[oauth2]\n{oauth2}\ntoken_cache = \"{tmp_path / 'tokens.json'}\"\n")


def _microsoft(server: TokenServer, cert: ServerCert, secret: bool = True) -> str:
    lines = ['provider = "microsoft"', 'tenant = "contoso.onmicrosoft.com"', 'client_id = "app-id"',
             f'authority = "{server.url}"', f'ca_file = "{cert.ca}"']
    if secret:
        lines.append('client_secret_env = "T_OAUTH_SECRET"')
    return "\n".join(lines)


@pytest.fixture(autouse=True)
def _secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("T_OAUTH_SECRET", "app-secret")


def _answered(dv: Dovecot, account: MailboxAccount, sink: SmtpSink, config: Path) -> None:
    assert run_once(config) == 0
    dv.append(account.user, account.password, "INBOX", mail(CANCEL))
    assert run_once(config) == 0
    [ack] = sink.wait_for(1)
    assert ack.login == account.user and ack.rcpt_tos == ["ann@example.net"]


def test_microsoft_client_credentials_log_in_to_imap_and_smtp_and_no_token_is_logged(
        tmp_path: Path, cert: ServerCert, dv: Dovecot, account: MailboxAccount, sink: SmtpSink,
        capsys: pytest.CaptureFixture[str]) -> None:
    with TokenServer(cert, KEY, account.user) as server:
        config = _config(tmp_path, account, sink, _microsoft(server, cert))
        _answered(dv, account, sink, config)
        assert main(["auth", "status", "--config", str(config)]) == 0
    out = capsys.readouterr()
    assert (f"microsoft client credentials for app app-id, mailbox {account.user}; access token "
            "valid until") in out.out
    assert "eyJ" not in out.out + out.err  # no JWT (base64 of '{"') in any log line or output
    assert "client_credentials" in server.grants()
    assert any("openid-configuration" in r.path for r in server.requests)  # msal's discovery
    assert f"user=<{account.user}>, method=XOAUTH2" in dv.log_text()


def test_an_expired_token_is_replaced_once_and_the_login_retried_imap_and_smtp(
        tmp_path: Path, cert: ServerCert, dv: Dovecot, account: MailboxAccount, sink: SmtpSink,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # The first token the endpoint gives has already expired (though it says "an hour").
    with TokenServer(cert, KEY, account.user, expired_first=1) as server:
        config = _config(tmp_path, account, sink, _microsoft(server, cert))
        assert run_once(config) == 0
        assert server.grants().count("client_credentials") == 2
        assert "oauth2 failed: Local validation failed: Token has expired" in dv.log_text()
        assert "once more with a fresh one" in capsys.readouterr().err
    # The same for SMTP alone: the password logs in to IMAP, the expired token goes to SMTP.
    with TokenServer(cert, KEY, account.user, expired_first=1) as server:
        config = write_config(
            tmp_path, account, sink, smtp={"username": account.user, "auth": "oauth2"},
            extra=f"\n[oauth2]\n{_microsoft(server, cert)}\n")
        monkeypatch.setenv("T_IMAP_PASSWORD", account.password)
        dv.append(account.user, account.password, "INBOX", mail(CANCEL))
        assert run_once(config) == 0
        [ack] = sink.wait_for(1)
    assert sink.xoauth2_refused == 1 and ack.login == account.user
    assert server.grants().count("client_credentials") == 2


def test_a_wrong_client_secret_is_one_clear_line_and_no_traceback(
        tmp_path: Path, cert: ServerCert, dv: Dovecot, account: MailboxAccount, sink: SmtpSink,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("T_OAUTH_SECRET", "wrong")
    with TokenServer(cert, KEY, account.user) as server:
        config = _config(tmp_path, account, sink, _microsoft(server, cert))
        assert run_once(config) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("error: oauth2: Microsoft refused the app's token request (invalid_client")
    assert "Traceback" not in "\n".join(err) and "wrong" not in err[-1]


@pytest.mark.parametrize("mechanism", ["XOAUTH2", "OAUTHBEARER"])
def test_google_service_account_with_domain_wide_delegation(
        tmp_path: Path, cert: ServerCert, dv: Dovecot, account: MailboxAccount, sink: SmtpSink,
        mechanism: str) -> None:
    with TokenServer(cert, KEY, account.user) as server:
        key_file = server.service_account_key(tmp_path)
        config = _config(tmp_path, account, sink, "\n".join([
            'provider = "google"', f'service_account_file = "{key_file}"',
            f'token_uri = "{server.google_token_uri}"', f'ca_file = "{cert.ca}"',
            f'imap_mechanism = "{mechanism}"']))
        _answered(dv, account, sink, config)
    assert f"user=<{account.user}>, method={mechanism}" in dv.log_text()
    assert set(server.grants()) == {"urn:ietf:params:oauth:grant-type:jwt-bearer"}
    assert all(r.status == 200 for r in server.requests)


def test_microsoft_device_code_login_is_kept_0600_then_used_silently(
        tmp_path: Path, cert: ServerCert, dv: Dovecot, account: MailboxAccount, sink: SmtpSink,
        capsys: pytest.CaptureFixture[str]) -> None:
    with TokenServer(cert, KEY, account.user) as server:
        config = _config(tmp_path, account, sink, _microsoft(server, cert, secret=False))
        assert run_once(config) == 1  # nobody logged in yet
        assert "run `responder auth login`" in capsys.readouterr().err
        assert main(["auth", "login", "--config", str(config)]) == 0
        out = capsys.readouterr().out
        assert "enter the code ABCD-EFGH" in out and f"logged in as {account.user}" in out
        cache = tmp_path / "tokens.json"
        assert stat.S_IMODE(cache.stat().st_mode) == 0o600
        assert "eyJ" not in out
        assert main(["auth", "status", "--config", str(config)]) == 0
        status = capsys.readouterr().out
        assert f"microsoft login of {account.user}; access token valid until" in status
        before = len(server.grants())
        _answered(dv, account, sink, config)
        # The cached token served IMAP and SMTP: no new login.
        assert "urn:ietf:params:oauth:grant-type:device_code" not in server.grants()[before:]


def test_consumer_gmail_refresh_token_from_the_cache(
        tmp_path: Path, cert: ServerCert, dv: Dovecot, account: MailboxAccount, sink: SmtpSink) -> None:
    with TokenServer(cert, KEY, account.user, client_id="gmail-app") as server:
        config = _config(tmp_path, account, sink, "\n".join([
            'provider = "google"', 'client_id = "gmail-app"', 'client_secret_env = "T_OAUTH_SECRET"',
            f'token_uri = "{server.google_token_uri}"', f'ca_file = "{cert.ca}"']))
        # What `responder auth login` leaves behind after the browser login (tested up to here).
        write_private(tmp_path / "tokens.json", json.dumps({
            "refresh_token": "1//refresh", "client_id": "gmail-app", "client_secret": "app-secret",
            "token_uri": server.google_token_uri, "type": "authorized_user"}))
        _answered(dv, account, sink, config)
    assert set(server.grants()) == {"refresh_token"}


def test_a_token_cache_readable_by_others_is_made_private(tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    path.write_text("{}")
    path.chmod(0o644)
    assert read_private(path) == "{}"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    write_private(path, "{1}")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize(("oauth2", "problem"), [
    ("", 'oauth2: imap.auth = "oauth2" needs an [oauth2] section'),
    ('[oauth2]\nprovider = "microsoft"\nclient_id = "x"\nclient_secret_env = "T_OAUTH_SECRET"\n',
     "oauth2.tenant: client credentials need your tenant ID or domain"),
    ('[oauth2]\nprovider = "google"\n', "oauth2.client_id: required"),
    ('[oauth2]\nprovider = "microsoft"\nclient_id = "x"\nclient_scret_env = "X"\n',
     "oauth2.client_scret_env: unknown key (did you mean 'client_secret_env'?)"),
])
def test_oauth2_config_problems_name_the_key(
        tmp_path: Path, account: MailboxAccount, sink: SmtpSink, oauth2: str, problem: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    config = write_config(tmp_path, account, sink, imap={"auth": "oauth2", "password_env": ""},
                          extra=oauth2)
    (tmp_path / "templates").mkdir(exist_ok=True)
    assert main(["check-config", "--config", str(config)]) == 2
    captured = capsys.readouterr()
    assert problem in captured.out + captured.err


@pytest.mark.parametrize(("auth", "secret"), [("password", "password"), ("oauth2", "access token")])
def test_the_plaintext_warning_names_what_travels_in_clear(auth: str, secret: str) -> None:
    from responder.cli import plaintext_warning
    from responder.config import parse_config

    imap: dict[str, object] = {"host": "localhost", "security": "none", "auth": auth}
    extra = {"oauth2": {"provider": "microsoft", "tenant": "t", "client_id": "x"}} if auth == "oauth2" else {}
    config = parse_config({"business": {"name": "S", "address": "a@studio.example.com"}, "imap": imap,
                           "smtp": {"host": "localhost"}, **extra}, Path("/tmp/c.toml"))
    assert plaintext_warning(config) == f'imap.security = "none": the mailbox {secret} travels unencrypted'
    tls = parse_config({"business": {"name": "S", "address": "a@studio.example.com"},
                        "imap": {**imap, "security": "tls"}, "smtp": {"host": "localhost"}, **extra},
                       Path("/tmp/c.toml"))
    assert plaintext_warning(tls) is None
