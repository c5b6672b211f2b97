"""TLS for both servers: the verifying context, and one-line errors that name the setting
to fix when a certificate fails or ``security`` does not match what the port speaks."""

from __future__ import annotations

import ssl
from pathlib import Path


def tls_context(ca_file: Path | None) -> ssl.SSLContext:
    """A verifying TLS context (IMAP and SMTP): the system's CAs, plus ``ca_file`` for a
    private CA. ``ssl.create_default_context(cafile=...)`` would trust only ``ca_file``."""
    context = ssl.create_default_context()
    if ca_file is not None:
        context.load_verify_locations(cafile=ca_file)
    return context


# OpenSSL's X509_V_ERR_* codes: the certificate is for another name or address ...
_NAME_MISMATCH = frozenset({62, 64})
# ... or its issuer is not among the trusted CAs (missing or self-signed issuer, self-signed).
_UNTRUSTED = frozenset({2, 18, 19, 20, 21})


def certificate_error(exc: BaseException) -> ssl.SSLCertVerificationError | None:
    """The certificate verification failure behind ``exc`` (itself or what it wraps), if any."""
    return next((e for e in _chain(exc) if isinstance(e, ssl.SSLCertVerificationError)), None)


def certificate_problem(section: str, host: str, port: int, ca_file: Path | None,
                        exc: ssl.SSLCertVerificationError) -> str:
    """One line for a server certificate that failed verification, naming the key to fix."""
    server = f"the {section.upper()} server {host}:{port}"
    why = str(exc.verify_message or exc).rstrip(".")
    if exc.verify_code in _NAME_MISMATCH:
        return (f"{section}.host: the certificate of {server} is not valid for {host!r} ({why}); "
                f"set {section}.host to a name the certificate is for")
    if exc.verify_code in _UNTRUSTED:
        fix = (f"check that {section}.ca_file ({ca_file}) holds the CA that signed it" if ca_file
               else f"if the server uses a private CA, set {section}.ca_file to its certificate (PEM)")
        return f"{section}.ca_file: {server} presented a certificate that is not trusted ({why}); {fix}"
    return f"{section}.host: the certificate of {server} failed verification ({why})"


#: OpenSSL's reasons when the other side answered in plain text to a TLS ClientHello.
_PLAIN_TEXT_REPLY = ("WRONG_VERSION_NUMBER", "RECORD_LAYER_FAILURE", "PACKET_LENGTH_TOO_LONG",
                     "UNKNOWN_PROTOCOL", "HTTP_REQUEST")
_TLS_PORT = {"imap": 993, "smtp": 465}
_STARTTLS_PORT = {"imap": 143, "smtp": 587}


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    cur: BaseException | None = exc
    while cur is not None and len(seen) < 8:
        seen.append(cur)
        cur = cur.__cause__ or cur.__context__
    return seen


def security_mismatch(section: str, security: str, host: str, port: int, timeout: float,
                      exc: BaseException) -> str | None:
    """One line when ``exc`` looks like ``security`` not matching the port: implicit TLS
    against a plain-text port (the TLS handshake reads a plain greeting), or plain text or
    STARTTLS against a TLS port (no greeting comes: the server waits for a handshake)."""
    server = f"the {section.upper()} server {host}:{port}"
    chain = _chain(exc)
    if security == "tls" and any(
            isinstance(e, ssl.SSLError) and not isinstance(e, ssl.SSLCertVerificationError)
            and any(r in str(e).upper() for r in _PLAIN_TEXT_REPLY) for e in chain):
        return (f"{section}.security: {server} does not speak TLS at once (it answered in plain "
                f'text); for a STARTTLS port (usually {_STARTTLS_PORT[section]}) set '
                f'{section}.security = "starttls", or check {section}.port')
    if security != "tls" and any(isinstance(e, TimeoutError) for e in chain):
        return (f"{section}.security: {server} sent no greeting within {timeout:g} s; if the port "
                f'expects TLS at once (usually {_TLS_PORT[section]}) set {section}.security = "tls", '
                f"else check {section}.host and {section}.port")
    return None
