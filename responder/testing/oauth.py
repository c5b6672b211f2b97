"""OAuth 2.0 for the tests: access tokens the test Dovecot accepts, and a local token endpoint
that speaks the Microsoft identity platform's and Google's token protocols.

The token endpoint (:class:`TokenServer`) is plain HTTP(S) on loopback: the real ``msal`` and
``google-auth`` code is pointed at it, so what responder does with them is tested up to
the wire. Each token it issues is a JWT signed with the server's HS256 key, which the test
Dovecot (``Dovecot.start(oauth2_key=...)``) validates itself.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import threading
import time
import urllib.parse
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Self

from responder.testing.tls import ServerCert


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def access_token(key: bytes, user: str, *, lifetime: float = 3600, scope: str = "") -> str:
    """A JWT (HS256) for ``user`` that expires in ``lifetime`` seconds (negative: expired)."""
    now = int(time.time())
    header = {"alg": "HS256", "typ": "JWT"}
    claims: dict[str, object] = {"sub": user, "email": user, "iat": now - 5,
                                 "exp": int(now + lifetime)}
    if lifetime <= 0:
        claims["iat"] = int(now + lifetime) - 60
    if scope:
        claims["scope"] = scope
    signing = f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(claims).encode())}"
    signature = hmac.new(key, signing.encode(), hashlib.sha256).digest()
    return f"{signing}.{_b64(signature)}"


def check_token(key: bytes, token: str) -> str | None:
    """The user a token is for, when it is signed with ``key`` and not expired (as Dovecot)."""
    try:
        head, body, signature = token.split(".")
        expected = hmac.new(key, f"{head}.{body}".encode(), hashlib.sha256).digest()
        if not hmac.compare_digest(_unb64(signature), expected):
            return None
        claims = json.loads(_unb64(body))
    except ValueError:
        return None
    if int(claims.get("exp", 0)) < time.time():
        return None
    return str(claims.get("email") or "") or None


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass
class TokenRequest:
    """One request the token server answered."""

    path: str
    grant_type: str
    form: dict[str, str]
    status: int


class TokenServer:
    """The token endpoints of the Microsoft identity platform and Google, over HTTPS on loopback.

    Microsoft (``authority`` = :attr:`url`, any tenant): OpenID discovery
    (``/<tenant>/v2.0/.well-known/openid-configuration``), ``/<tenant>/oauth2/v2.0/token``
    for ``client_credentials``, ``device_code`` and ``refresh_token``, and
    ``/<tenant>/oauth2/v2.0/devicecode``. Google (``token_uri`` = :attr:`google_token_uri`):
    ``/token`` for the JWT-bearer grant of a service account (its assertion is checked
    against the key file's public key) and ``refresh_token``.

    Access tokens are JWTs for :attr:`user` signed with ``key`` (what the test Dovecot and
    SMTP sink check). ``expired_first=n``: the first n tokens issued have already expired,
    though the answer says they last an hour (a token revoked at the server).
    """

    def __init__(self, cert: ServerCert, key: bytes, user: str, *, client_id: str = "app-id",
                 client_secret: str = "app-secret", expired_first: int = 0) -> None:  # noqa: S107
        self.cert = cert
        self.key = key
        self.user = user
        self.client_id = client_id
        self.client_secret = client_secret
        self.expired_first = expired_first
        self.requests: list[TokenRequest] = []
        self.service_account_public_pem: bytes | None = None
        self.refuse: str | None = None  # an OAuth error code to answer every token request with
        self._issued = 0
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._httpd.daemon_threads = True
        self._httpd.socket = cert.server_context().wrap_socket(self._httpd.socket, server_side=True)
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="token-server", daemon=True)

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self._httpd.server_address[1]}"

    @property
    def google_token_uri(self) -> str:
        return f"{self.url}/token"

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def grants(self) -> list[str]:
        with self._lock:
            return [r.grant_type for r in self.requests if r.grant_type]

    def service_account_key(self, directory: Path,
                            email: str = "responder@project.iam.gserviceaccount.com") -> Path:
        """A service account key file (a new RSA key) whose assertions this server accepts."""
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa

        private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption()).decode()
        self.service_account_public_pem = private.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        path = directory / "service-account.json"
        path.write_text(json.dumps({
            "type": "service_account", "project_id": "project", "private_key_id": "key1",
            "private_key": pem, "client_email": email, "client_id": "1234",
            "token_uri": "https://oauth2.googleapis.com/token"}))
        return path

    # -- answering --------------------------------------------------------------------

    def _issue(self, scope: str = "") -> dict[str, object]:
        with self._lock:
            self._issued += 1
            expired = self._issued <= self.expired_first
        token = access_token(self.key, self.user, lifetime=-30 if expired else 3600, scope=scope)
        return {"token_type": "Bearer", "access_token": token, "expires_in": 3600, "ext_expires_in": 3600}

    def _microsoft_user_tokens(self, tenant: str) -> dict[str, object]:
        now = int(time.time())
        info = {"uid": "user-oid", "utid": "tenant-id"}
        id_claims = {"iss": f"{self.url}/{tenant}/v2.0", "sub": "user-sub", "oid": "user-oid",
                     "tid": "tenant-id", "aud": self.client_id, "iat": now, "exp": now + 3600,
                     "preferred_username": self.user, "name": "Bookings"}
        return {**self._issue(" ".join(["IMAP.AccessAsUser.All", "SMTP.Send"])),
                "refresh_token": "refresh-" + secrets.token_hex(8),
                "scope": "https://outlook.office.com/IMAP.AccessAsUser.All "
                         "https://outlook.office.com/SMTP.Send",
                "id_token": f"{_b64(json.dumps({'alg': 'none'}).encode())}."
                            f"{_b64(json.dumps(id_claims).encode())}.",
                "client_info": _b64(json.dumps(info).encode())}

    def _answer(self, method: str, path: str, form: dict[str, str]) -> tuple[int, dict[str, object]]:
        parts = [p for p in path.split("?")[0].split("/") if p]
        grant = form.get("grant_type", "")
        if method == "GET" and parts[1:] == ["v2.0", ".well-known", "openid-configuration"]:
            base = f"{self.url}/{parts[0]}"
            return 200, {"token_endpoint": f"{base}/oauth2/v2.0/token",
                         "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
                         "device_authorization_endpoint": f"{base}/oauth2/v2.0/devicecode",
                         "issuer": f"{base}/v2.0", "response_modes_supported": ["query"]}
        if self.refuse:
            return 400, {"error": self.refuse, "error_description": f"AADSTS7000215: {self.refuse}."}
        if parts[1:] == ["oauth2", "v2.0", "devicecode"]:
            return 200, {"device_code": "device-1", "user_code": "ABCD-EFGH", "expires_in": 900,
                         "interval": 1, "verification_uri": "https://microsoft.com/devicelogin",
                         "message": "To sign in, use a web browser to open the page "
                                    "https://microsoft.com/devicelogin and enter the code ABCD-EFGH."}
        if parts[1:] == ["oauth2", "v2.0", "token"]:
            if form.get("client_id") != self.client_id:
                return 400, {"error": "unauthorized_client", "error_description": "unknown client"}
            if grant == "client_credentials":
                if form.get("client_secret") != self.client_secret:
                    return 401, {"error": "invalid_client",
                                 "error_description": "AADSTS7000215: Invalid client secret."}
                return 200, self._issue()
            if grant in ("urn:ietf:params:oauth:grant-type:device_code", "device_code", "refresh_token"):
                return 200, self._microsoft_user_tokens(parts[0])
        if parts == ["token"]:
            if grant == "urn:ietf:params:oauth:grant-type:jwt-bearer":
                if not self._assertion_ok(form.get("assertion", "")):
                    return 400, {"error": "invalid_grant", "error_description": "Invalid JWT Signature."}
                return 200, self._issue()
            if grant == "refresh_token" and form.get("client_id") == self.client_id:
                return 200, self._issue()
            return 400, {"error": "unsupported_grant_type"}
        return 404, {"error": "not_found"}

    def _assertion_ok(self, assertion: str) -> bool:
        """A service account's signed request: RS256 by its key, for our user, Gmail's scope."""
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import padding

        if self.service_account_public_pem is None:
            return False
        try:
            head, body, signature = assertion.split(".")
            public = serialization.load_pem_public_key(self.service_account_public_pem)
            public.verify(_unb64(signature), f"{head}.{body}".encode(),  # type: ignore[union-attr, call-arg]
                          padding.PKCS1v15(), hashes.SHA256())  # type: ignore[arg-type]
            claims = json.loads(_unb64(body))
        except (ValueError, InvalidSignature):
            return False
        return bool(claims.get("sub") == self.user and "https://mail.google.com/" in claims.get("scope", ""))

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def _reply(self, method: str) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode() if length else ""
                form = {k: v[0] for k, v in urllib.parse.parse_qs(body).items()}
                status, answer = server._answer(method, self.path, form)
                with server._lock:
                    server.requests.append(TokenRequest(self.path, form.get("grant_type", ""), form, status))
                data = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                self._reply("GET")

            def do_POST(self) -> None:
                self._reply("POST")

            def log_message(self, format: str, *args: object) -> None:
                pass

        return Handler
