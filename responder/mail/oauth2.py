"""OAuth 2.0 access tokens for IMAP and SMTP (SASL XOAUTH2), from the ``[oauth2]`` section.

Microsoft 365 and Outlook.com refuse password logins to IMAP; Gmail asks for OAuth. A
:class:`TokenSource` is asked for a token at every connect; when the server refuses it, the
caller asks once more with ``fresh=True`` (the cached token is dropped and a new one fetched)
before the refusal counts. The flows are the identity libraries' own:

- Microsoft, unattended (``client_credentials``): ``msal.ConfidentialClientApplication``,
  application permissions ``IMAP.AccessAsApp`` / ``SMTP.SendAsApp``;
- Microsoft with a person's login (``device_code``; Outlook.com, or no admin):
  ``msal.PublicClientApplication`` device-code flow, its token cache kept in ``token_cache``;
- Google Workspace, unattended (``service_account``): ``google.oauth2.service_account`` with
  domain-wide delegation to the mailbox (``subject``), scope ``https://mail.google.com/``;
- consumer Gmail (``installed_app``): an installed-app login run once
  (``google_auth_oauthlib``), the refresh token kept in ``token_cache``.

Tokens are never logged; the cache file is written with mode 0600 (:func:`write_private`).
A refusal the user must fix (wrong client secret, consent missing, no login yet) raises
:class:`TokenError` with ``fatal=True``; an unreachable token endpoint is not fatal.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from responder.config import Config, OAuth2Config
from responder.errors import ResponderError

log = logging.getLogger(__name__)

#: Client credentials: the app's permissions for Exchange Online (IMAP and SMTP alike).
MICROSOFT_APP_SCOPES = ["https://outlook.office365.com/.default"]
#: A person's login at Microsoft: delegated IMAP and SMTP (msal adds offline_access itself).
MICROSOFT_USER_SCOPES = ["https://outlook.office.com/IMAP.AccessAsUser.All",
                         "https://outlook.office.com/SMTP.Send"]
#: Gmail over IMAP and SMTP needs the full mail scope.
GOOGLE_SCOPES = ["https://mail.google.com/"]
DEFAULT_AUTHORITY = "https://login.microsoftonline.com"

#: Token endpoint answers that only the user can fix (RFC 6749 5.2, Entra AADSTS families).
_FATAL = frozenset({"invalid_client", "unauthorized_client", "invalid_grant", "invalid_scope",
                    "interaction_required", "consent_required", "access_denied", "invalid_request"})


class TokenError(ResponderError):
    """No access token; ``fatal`` when only the user can fix it (else retried later)."""

    def __init__(self, message: str, *, fatal: bool) -> None:
        super().__init__(message)
        self.fatal = fatal


class TokenSource(Protocol):
    """Gives access tokens; ``fresh`` drops any cached token first."""

    user: str
    mechanism: str  # the IMAP SASL mechanism: XOAUTH2 or OAUTHBEARER

    def token(self, *, fresh: bool = False) -> str: ...

    def status(self) -> str: ...


# -- the token cache file ---------------------------------------------------------------------


def write_private(path: Path, text: str) -> None:
    """Write ``text`` so only this user can read it (0600), atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    tmp.chmod(0o600)  # an existing tmp file kept its old mode
    tmp.replace(path)


def read_private(path: Path) -> str | None:
    """The cache file's text (None when missing); a file others could read is made 0600."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        path.chmod(0o600)
        log.warning("oauth2.token_cache was readable by others; now 0600",
                    extra={"fields": {"path": str(path)}})
    return path.read_text(encoding="utf-8")


# -- HTTP -------------------------------------------------------------------------------------


def http_session(cfg: OAuth2Config) -> Any:
    """A requests session for the token endpoint: ``oauth2.ca_file`` trusted even where
    REQUESTS_CA_BUNDLE is set (requests lets that override a session's own ``verify``),
    ``oauth2.timeout`` on every request; proxies from the environment still apply."""
    import requests

    class Session(requests.Session):
        def merge_environment_settings(self, *args: Any, **kwargs: Any) -> Any:
            settings = super().merge_environment_settings(*args, **kwargs)
            if cfg.ca_file is not None:
                settings["verify"] = str(cfg.ca_file)
            return settings

        def request(self, *args: Any, **kwargs: Any) -> Any:
            kwargs.setdefault("timeout", cfg.timeout)
            return super().request(*args, **kwargs)

    return Session()


# -- Microsoft (msal) -------------------------------------------------------------------------


def _msal_result(result: dict[str, Any] | None, what: str) -> str:
    if result and "access_token" in result:
        return str(result["access_token"])
    result = result or {}
    error = str(result.get("error", "no token"))
    detail = str(result.get("error_description", "")).splitlines()[0:1]
    raise TokenError(f"oauth2: Microsoft refused the {what} ({error}{': ' + detail[0] if detail else ''}); "
                     "check oauth2.tenant, oauth2.client_id, the secret and the app's permissions "
                     "(docs/mailbox.md)", fatal=error in _FATAL)


def _no_login(cfg: OAuth2Config) -> TokenError:
    return TokenError(f"oauth2: nobody has logged in yet (token cache {cfg.token_cache}); "
                      "run `responder auth login`", fatal=True)


def _network(exc: Exception, where: str) -> TokenError:
    return TokenError(f"oauth2: cannot reach the token endpoint {where} ({type(exc).__name__})", fatal=False)


class _Msal:
    """What both Microsoft flows share: the authority, TLS trust, the persisted cache."""

    def __init__(self, cfg: OAuth2Config, user: str) -> None:
        import msal  # imported when OAuth is configured

        self.cfg = cfg
        self.user = user
        self.mechanism: str = cfg.imap_mechanism
        self._lock = threading.Lock()
        self.cache = msal.SerializableTokenCache()
        self._app: Any = None

    def _authority(self) -> str:
        return f"{self.cfg.authority.rstrip('/')}/{self.cfg.tenant}"

    def _kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"authority": self._authority(), "token_cache": self.cache,
                                  "http_client": http_session(self.cfg)}
        if self.cfg.authority.rstrip("/") != DEFAULT_AUTHORITY:
            kwargs["instance_discovery"] = False  # a national cloud or a test: known to the user
        return kwargs

    def _new_app(self, msal: Any) -> Any:
        raise NotImplementedError

    def app(self) -> Any:
        """The msal application, made once (msal may reach the tenant's discovery endpoint)."""
        import msal

        if self._app is None:
            try:
                self._app = self._new_app(msal)
            except ValueError as exc:
                raise TokenError(f"oauth2.authority: {exc}", fatal=True) from None
            except Exception as exc:  # requests' connection errors, while msal discovers the tenant
                raise _network(exc, self._authority()) from None
        return self._app

    def _drop_access_tokens(self) -> None:
        for item in list(self.cache.search(self.cache.CredentialType.ACCESS_TOKEN)):
            self.cache.remove_at(item)

    def _expiry(self) -> str:
        times = [int(item.get("expires_on", 0))
                 for item in self.cache.search(self.cache.CredentialType.ACCESS_TOKEN)]
        if not times:
            return "no access token cached"
        return f"access token valid until {datetime.fromtimestamp(max(times), UTC):%Y-%m-%d %H:%M} UTC"


class MicrosoftApp(_Msal):
    """Client credentials (an app registration with IMAP.AccessAsApp / SMTP.SendAsApp)."""

    def _new_app(self, msal: Any) -> Any:
        return msal.ConfidentialClientApplication(
            self.cfg.client_id, client_credential=self.cfg.client_secret(), **self._kwargs())

    def token(self, *, fresh: bool = False) -> str:
        with self._lock:
            app = self.app()
            if fresh:
                self._drop_access_tokens()
            try:
                result = app.acquire_token_for_client(scopes=MICROSOFT_APP_SCOPES)
            except Exception as exc:
                raise _network(exc, self._authority()) from None
            return _msal_result(result, "app's token request")

    def status(self) -> str:
        self.token()
        return (f"microsoft client credentials for app {self.cfg.client_id}, mailbox {self.user}; "
                f"{self._expiry()}")


class MicrosoftUser(_Msal):
    """A person's login by device code (Outlook.com, or Microsoft 365 without an admin)."""

    def __init__(self, cfg: OAuth2Config, user: str) -> None:
        super().__init__(cfg, user)
        text = read_private(cfg.token_cache)
        if text:
            self.cache.deserialize(text)

    def _new_app(self, msal: Any) -> Any:
        return msal.PublicClientApplication(self.cfg.client_id, **self._kwargs())

    def _save(self) -> None:
        if self.cache.has_state_changed:
            write_private(self.cfg.token_cache, self.cache.serialize())
            self.cache.has_state_changed = False

    def _account(self) -> Any:
        accounts = self.app().get_accounts(username=self.user) or self.app().get_accounts()
        if not accounts:
            raise _no_login(self.cfg)
        return accounts[0]

    def token(self, *, fresh: bool = False) -> str:
        with self._lock:
            account = self._account()
            try:
                result = self.app().acquire_token_silent_with_error(
                    MICROSOFT_USER_SCOPES, account=account, force_refresh=fresh)
            except Exception as exc:
                raise _network(exc, self._authority()) from None
            self._save()
            if result is None:
                raise TokenError("oauth2: the saved login has expired; run `responder auth login`",
                                 fatal=True)
            return _msal_result(result, "saved login")

    def login(self, say: Callable[[str], None]) -> str:
        """The device-code flow: ``say`` shows where to go and which code to type."""
        with self._lock:
            app = self.app()
            try:
                flow = app.initiate_device_flow(scopes=MICROSOFT_USER_SCOPES)
                if "user_code" not in flow:
                    _msal_result(flow, "device-code request")
                say(str(flow["message"]))
                result = app.acquire_token_by_device_flow(flow)
            except TokenError:
                raise
            except Exception as exc:
                raise _network(exc, self._authority()) from None
            _msal_result(result, "login")
            self._save()
            claims = result.get("id_token_claims") or {}
            return str(claims.get("preferred_username") or self.user)

    def status(self) -> str:
        account = self._account()
        self.token()
        return f"microsoft login of {account.get('username', self.user)}; {self._expiry()}"


# -- Google (google-auth) ---------------------------------------------------------------------


class _Google:
    def __init__(self, cfg: OAuth2Config, user: str) -> None:
        self.cfg = cfg
        self.user = user
        self.mechanism: str = cfg.imap_mechanism
        self._lock = threading.Lock()
        self.creds: Any = None

    def _request(self) -> Any:
        from google.auth.transport.requests import Request

        return Request(http_session(self.cfg))

    def _refresh(self) -> None:
        from google.auth import exceptions

        try:
            self.creds.refresh(self._request())
        except exceptions.RefreshError as exc:
            text = str(exc)
            fatal = any(code in text for code in _FATAL) or not getattr(exc, "retryable", False)
            raise TokenError(f"oauth2: Google refused the token request ({text[:200]}); check the "
                             "service account's domain-wide delegation or log in again "
                             "(`responder auth login`)", fatal=fatal) from None
        except exceptions.TransportError as exc:
            raise _network(exc, self.cfg.token_uri) from None

    def _expiry(self) -> str:
        expiry = getattr(self.creds, "expiry", None)
        return f"access token valid until {expiry:%Y-%m-%d %H:%M} UTC" if expiry else "no access token"


class GoogleServiceAccount(_Google):
    """A service account with domain-wide delegation, acting as the mailbox (``subject``)."""

    def __init__(self, cfg: OAuth2Config, user: str) -> None:
        super().__init__(cfg, user)
        from google.oauth2 import service_account

        assert cfg.service_account_file is not None
        try:
            info = json.loads(cfg.service_account_file.read_text(encoding="utf-8"))
            info["token_uri"] = cfg.token_uri
            self.creds = service_account.Credentials.from_service_account_info(  # type: ignore[no-untyped-call]
                info, scopes=GOOGLE_SCOPES, subject=user)
        except (OSError, ValueError, KeyError) as exc:
            raise TokenError(f"oauth2.service_account_file: {cfg.service_account_file} is not a "
                             f"service account key ({type(exc).__name__})", fatal=True) from None

    def token(self, *, fresh: bool = False) -> str:
        with self._lock:
            if fresh or not self.creds.valid:
                self._refresh()
            return str(self.creds.token)

    def status(self) -> str:
        self.token()
        return (f"google service account {self.creds.service_account_email} acting as {self.user}; "
                f"{self._expiry()}")


class GoogleUser(_Google):
    """Consumer Gmail: a person's login once (installed-app flow), then its refresh token."""

    def __init__(self, cfg: OAuth2Config, user: str) -> None:
        super().__init__(cfg, user)
        text = read_private(cfg.token_cache)
        if text:
            from google.oauth2.credentials import Credentials

            creds = Credentials.from_authorized_user_info(  # type: ignore[no-untyped-call]
                json.loads(text), GOOGLE_SCOPES)
            # from_authorized_user_info always sets Google's own endpoint; oauth2.token_uri wins.
            self.creds = creds.with_token_uri(cfg.token_uri)

    def _client_config(self) -> dict[str, Any]:
        return {"installed": {"client_id": self.cfg.client_id, "client_secret": self.cfg.client_secret(),
                              "auth_uri": self.cfg.auth_uri, "token_uri": self.cfg.token_uri,
                              "redirect_uris": ["http://localhost"]}}

    def token(self, *, fresh: bool = False) -> str:
        with self._lock:
            if self.creds is None:
                raise _no_login(self.cfg)
            if fresh or not self.creds.valid:
                self._refresh()
                write_private(self.cfg.token_cache, self.creds.to_json())
            return str(self.creds.token)

    def login(self, say: Callable[[str], None], port: int = 0) -> str:
        """Run the installed-app flow: a local redirect server; ``say`` shows the URL to open."""
        from google_auth_oauthlib.flow import InstalledAppFlow

        flow = InstalledAppFlow.from_client_config(self._client_config(), GOOGLE_SCOPES)
        say("Google redirects the browser back to this machine after the login: on a server "
            "without a browser, forward the port shown in the address first "
            "(ssh -L PORT:localhost:PORT this-server).")
        # google_auth_oauthlib prints the prompt itself, the address filled in for {url}.
        creds = flow.run_local_server(
            port=port, open_browser=False, login_hint=self.user,
            authorization_prompt_message="Open this address in a browser and log in as the mailbox:\n{url}")
        with self._lock:
            self.creds = creds
            write_private(self.cfg.token_cache, creds.to_json())
        return self.user

    def status(self) -> str:
        self.token()
        return f"google login of {self.user}; {self._expiry()}"


# -- choosing ---------------------------------------------------------------------------------


def token_source(config: Config) -> TokenSource | None:
    """The token source for this config, or None when nothing logs in with OAuth."""
    from responder.config import uses_oauth2

    if config.oauth2 is None or not (uses_oauth2(config, "imap") or uses_oauth2(config, "smtp")):
        return None
    cfg, user = config.oauth2, config.imap.username
    flow = cfg.resolved_flow()
    kinds: dict[str, Callable[[OAuth2Config, str], TokenSource]] = {
        "client_credentials": MicrosoftApp, "device_code": MicrosoftUser,
        "service_account": GoogleServiceAccount, "installed_app": GoogleUser}
    return kinds[flow](cfg, user)


def fetch(tokens: TokenSource, *, fresh: bool = False) -> str:
    """A token, timing the endpoint at debug level (never the token itself)."""
    started = time.monotonic()
    token = tokens.token(fresh=fresh)
    log.debug("oauth2 token ready", extra={"fields": {
        "fresh": fresh, "ms": round(1000 * (time.monotonic() - started))}})
    return token

