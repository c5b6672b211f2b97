"""Certificates for the TLS tests: a private CA and a server certificate it signed.

Written as PEM files, because that is what Dovecot (``ssl_cert = <file``) and responder's
``ca_file`` read; the SMTP sink makes its server context from the same files::

    cert = issue_cert(tmp_path)                       # for 127.0.0.1, signed by a new CA
    with Dovecot.start(tls=cert) as dv, SmtpSink(tls=cert, security="tls") as sink:
        ...  # clients trust cert.ca (ca_file = cert.ca)

The CA is trusted by nothing on the machine, so a client without ``ca_file`` refuses it.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ServerCert:
    """A server's certificate and key, and the CA that signed them, as PEM files."""

    cert: Path  # the server's certificate chain
    key: Path  # its private key
    ca: Path  # the signing CA: what a client names in ca_file to trust the server

    def server_context(self) -> ssl.SSLContext:
        """A server-side TLS context presenting this certificate."""
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert, self.key)
        return context


def issue_cert(directory: Path, *names: str, prefix: str = "server") -> ServerCert:
    """A new private CA and a certificate for ``names`` (default ``127.0.0.1``) signed by it,
    written to ``directory`` as ``<prefix>-ca.pem``, ``<prefix>-cert.pem``, ``<prefix>-key.pem``."""
    import trustme  # a test dependency: only the TLS tests need it

    ca = trustme.CA()
    issued = ca.issue_cert(*(names or ("127.0.0.1",)))
    directory.mkdir(parents=True, exist_ok=True)
    cert = ServerCert(directory / f"{prefix}-cert.pem", directory / f"{prefix}-key.pem",
                      directory / f"{prefix}-ca.pem")
    cert.cert.write_bytes(b"".join(blob.bytes() for blob in issued.cert_chain_pems))
    issued.private_key_pem.write_to_path(str(cert.key))
    ca.cert_pem.write_to_path(str(cert.ca))
    return cert
