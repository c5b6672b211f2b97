"""TLS end to end: responder against a real Dovecot and a real SMTP server speaking TLS.

The servers present a certificate for 127.0.0.1 signed by a private CA made for the test
run (trustme), which nothing on the machine trusts: responder trusts it only through
``ca_file``. Dovecot serves implicit TLS on ``tls_port`` and offers STARTTLS on its plain
port, where it also still takes plain-text logins (the harness seeds mail that way), so
each test checks in Dovecot's log that responder's own logins were over TLS. The SMTP
sink records the TLS version each message arrived over.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal

import pytest

from responder.cli import main
from responder.testing.dovecot import Dovecot, MailboxAccount
from responder.testing.smtp import SmtpSink
from responder.testing.tls import ServerCert, issue_cert
from tests.helpers import CANCEL, mail, run_once, write_config

pytestmark = pytest.mark.integration

Security = Literal["tls", "starttls"]


@pytest.fixture(scope="module")
def cert(tmp_path_factory: pytest.TempPathFactory) -> ServerCert:
    """A certificate for 127.0.0.1, signed by a CA that only ``ca_file`` makes trusted."""
    return issue_cert(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="module")
def tls_dovecot(dovecot_binary: str, cert: ServerCert) -> Iterator[Dovecot]:
    """A Dovecot with implicit TLS on ``tls_port`` and STARTTLS offered on ``port``."""
    server = Dovecot.start(tls=cert)
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def tls_sink(cert: ServerCert) -> Iterator[SmtpSink]:
    """An SMTP server speaking implicit TLS with the test certificate."""
    with SmtpSink(tls=cert, security="tls") as sink:
        yield sink


@pytest.fixture
def account(tls_dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch) -> MailboxAccount:
    account = tls_dovecot.new_account()
    monkeypatch.setenv("T_IMAP_PASSWORD", account.password)
    return account


def imap_keys(dv: Dovecot, security: Security, ca_file: Path | None, host: str = "127.0.0.1"
              ) -> dict[str, str | int | Path]:
    """The [imap] keys for implicit TLS (the imaps port) or STARTTLS (the plain port)."""
    assert dv.tls_port is not None
    keys: dict[str, str | int | Path] = {
        "host": host, "security": security, "port": dv.tls_port if security == "tls" else dv.port}
    return {**keys, "ca_file": ca_file} if ca_file else keys


def smtp_keys(security: Security, ca_file: Path | None, host: str = "127.0.0.1"
              ) -> dict[str, str | int | Path]:
    keys: dict[str, str | int | Path] = {"host": host, "security": security}
    return {**keys, "ca_file": ca_file} if ca_file else keys


def tls_logins(dv: Dovecot, user: str, expected: int, timeout: float = 10.0) -> list[bool]:
    """Whether each of ``user``'s logins that Dovecot logged was over TLS, once ``expected``
    TLS logins are in its log (its log process writes a moment after the login)."""
    deadline = time.monotonic() + timeout
    while True:
        logins = [", TLS," in line for line in dv.log_text().splitlines()
                  if f"Login: user=<{user}>" in line]
        if sum(logins) >= expected or time.monotonic() > deadline:
            return logins
        time.sleep(0.05)


def error_lines(capsys: pytest.CaptureFixture[str]) -> list[str]:
    """What responder printed on stderr since the last call; never a traceback."""
    err = capsys.readouterr().err.strip().splitlines()
    assert not any("Traceback" in line for line in err), "\n".join(err)
    return err


def send_test(config: Path) -> int:
    return main(["templates", "send-test", "acknowledgement", "--to", "ann@example.net",
                 "--config", str(config)])


def later(hours: int = 2) -> str:
    """A --now past the retry backoff of a failed send."""
    return (datetime.now(UTC) + timedelta(hours=hours)).isoformat()


# -- answered over TLS ----------------------------------------------------------------------


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_cancellation_is_answered_over_tls_trusting_the_private_ca(
    security: Security, tmp_path: Path, tls_dovecot: Dovecot, account: MailboxAccount, cert: ServerCert
) -> None:
    with SmtpSink(tls=cert, security=security) as sink:
        config = write_config(tmp_path, account, sink, imap=imap_keys(tls_dovecot, security, cert.ca),
                              smtp=smtp_keys(security, cert.ca))
        assert run_once(config) == 0  # first start
        raw = mail(CANCEL, subject="Cancel Friday")
        uid = tls_dovecot.append(account.user, account.password, "INBOX", raw)
        assert run_once(config) == 0

        [got] = sink.wait_for(1)
        assert got.tls_version in ("TLSv1.2", "TLSv1.3")
        assert got.rcpt_tos == ["ann@example.net"]
        assert got.message["Subject"] == "Re: Cancel Friday"
        # Written back over TLS too: the original flagged, a copy in Sent.
        assert "\\Answered" in tls_dovecot.fetch_flags(account.user, account.password, "INBOX", uid)
        [(_, _, copy)] = tls_dovecot.list_messages(account.user, account.password, "Sent")
        assert got.message["Message-ID"].encode() in copy
        # Both runs logged in over TLS; the harness's own logins are the plain ones.
        assert sum(tls_logins(tls_dovecot, account.user, expected=2)) == 2


def test_smtp_server_that_requires_starttls_gets_it(
    tmp_path: Path, tls_dovecot: Dovecot, account: MailboxAccount, cert: ServerCert
) -> None:
    with SmtpSink(tls=cert, security="starttls", require_starttls=True) as sink:
        config = write_config(tmp_path, account, sink, imap=imap_keys(tls_dovecot, "tls", cert.ca),
                              smtp=smtp_keys("starttls", cert.ca))
        assert run_once(config) == 0
        tls_dovecot.append(account.user, account.password, "INBOX", mail(CANCEL))
        assert run_once(config) == 0
        [got] = sink.wait_for(1)
        assert got.tls_version is not None
        assert sink.refusals == []


def test_ca_file_adds_to_the_system_cas_it_does_not_replace_them(
    tmp_path: Path, tls_dovecot: Dovecot, account: MailboxAccount, cert: ServerCert, tls_sink: SmtpSink,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The servers' CA stands in for the system's CAs (OpenSSL reads SSL_CERT_FILE for them);
    # ca_file names another, private CA. Both must be trusted, as the docs promise.
    monkeypatch.setenv("SSL_CERT_FILE", str(cert.ca))
    other_ca = issue_cert(tmp_path / "other", prefix="other").ca
    config = write_config(tmp_path, account, tls_sink, imap=imap_keys(tls_dovecot, "tls", other_ca),
                          smtp=smtp_keys("tls", other_ca))
    assert run_once(config) == 0
    tls_dovecot.append(account.user, account.password, "INBOX", mail(CANCEL))
    assert run_once(config) == 0
    assert tls_sink.wait_for(1)[0].tls_version is not None


# -- refused: one clear line, nothing sent ---------------------------------------------------


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_untrusted_imap_certificate_is_one_clear_line_and_nothing_is_sent(
    security: Security, tmp_path: Path, tls_dovecot: Dovecot, account: MailboxAccount, cert: ServerCert,
    tls_sink: SmtpSink, capsys: pytest.CaptureFixture[str],
) -> None:
    def configure(ca_file: Path | None) -> Path:  # one config file and state, rewritten
        return write_config(tmp_path, account, tls_sink, imap=imap_keys(tls_dovecot, security, ca_file),
                            smtp=smtp_keys("tls", cert.ca))

    assert run_once(configure(cert.ca)) == 0  # first start, so the cancellation below is new mail
    uid = tls_dovecot.append(account.user, account.password, "INBOX", mail(CANCEL))
    error_lines(capsys)

    assert run_once(configure(None)) == 1
    port = tls_dovecot.tls_port if security == "tls" else tls_dovecot.port
    assert error_lines(capsys) == [
        f"error: imap.ca_file: the IMAP server 127.0.0.1:{port} presented a certificate that is "
        "not trusted (unable to get local issuer certificate); if the server uses a private CA, "
        "set imap.ca_file to its certificate (PEM)"]
    assert "\\Answered" not in tls_dovecot.fetch_flags(account.user, account.password, "INBOX", uid)
    assert tls_sink.messages == []

    assert run_once(configure(cert.ca)) == 0  # the mail was left for when the CA is trusted
    assert len(tls_sink.wait_for(1)) == 1
    # Dovecot logs in order: once the last run's login is there, so is any earlier one.
    assert sum(tls_logins(tls_dovecot, account.user, expected=2)) == 2  # not the untrusted run


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_untrusted_smtp_certificate_names_smtp_ca_file_and_is_retried_once_trusted(
    security: Security, tmp_path: Path, tls_dovecot: Dovecot, account: MailboxAccount, cert: ServerCert,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with SmtpSink(tls=cert, security=security) as sink:
        untrusted = write_config(tmp_path, account, sink, imap=imap_keys(tls_dovecot, "tls", cert.ca),
                                 smtp=smtp_keys(security, None))
        problem = (f"smtp.ca_file: the SMTP server 127.0.0.1:{sink.port} presented a certificate that is "
                   "not trusted (unable to get local issuer certificate); if the server uses a private "
                   "CA, set smtp.ca_file to its certificate (PEM)")
        assert send_test(untrusted) == 1
        assert error_lines(capsys) == [f"error: {problem}"]

        assert run_once(untrusted) == 0  # first start
        tls_dovecot.append(account.user, account.password, "INBOX", mail(CANCEL))
        assert run_once(untrusted) == 0  # a send that failed before any data: retried later
        assert any("send failed; will retry" in line and problem in line for line in error_lines(capsys))
        assert sink.messages == []

        trusted = write_config(tmp_path, account, sink, imap=imap_keys(tls_dovecot, "tls", cert.ca),
                               smtp=smtp_keys(security, cert.ca))
        assert run_once(trusted, "--now", later()) == 0
        [got] = sink.wait_for(1)
        assert got.tls_version is not None


def test_certificate_for_another_name_is_refused_naming_the_host_setting(
    tmp_path: Path, tls_dovecot: Dovecot, account: MailboxAccount, cert: ServerCert, tls_sink: SmtpSink,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The certificate is for 127.0.0.1 and trusted; "localhost" reaches the same servers.
    config = write_config(tmp_path, account, tls_sink,
                          imap=imap_keys(tls_dovecot, "tls", cert.ca, host="localhost"),
                          smtp=smtp_keys("tls", cert.ca, host="localhost"))
    assert run_once(config) == 1
    imap_err = error_lines(capsys)
    assert send_test(config) == 1
    smtp_err = error_lines(capsys)
    for section, port, err in (("imap", tls_dovecot.tls_port, imap_err), ("smtp", tls_sink.port, smtp_err)):
        assert err == [
            f"error: {section}.host: the certificate of the {section.upper()} server localhost:{port} "
            "is not valid for 'localhost' (Hostname mismatch, certificate is not valid for "
            f"'localhost'); set {section}.host to a name the certificate is for"]
    assert tls_sink.messages == []


@pytest.mark.parametrize("section", ["imap", "smtp"])
def test_ca_file_that_is_not_a_certificate_is_a_config_error(
    section: str, tmp_path: Path, tls_dovecot: Dovecot, account: MailboxAccount, cert: ServerCert,
    tls_sink: SmtpSink, capsys: pytest.CaptureFixture[str],
) -> None:
    # The server's private key instead of the CA certificate: an easy slip.
    ca_files = {"imap": cert.ca, "smtp": cert.ca, section: cert.key}
    config = write_config(tmp_path, account, tls_sink, imap=imap_keys(tls_dovecot, "tls", ca_files["imap"]),
                          smtp=smtp_keys("tls", ca_files["smtp"]))
    problem = (f"{section}.ca_file: {cert.key} holds no CA certificate in PEM form "
               "(-----BEGIN CERTIFICATE-----)")
    assert main(["check-config", "--config", str(config)]) == 2
    assert problem in capsys.readouterr().out.splitlines()
    assert run_once(config) == 2
    assert error_lines(capsys) == [f"config error: {problem}"]
    assert tls_sink.messages == []


# -- security that does not match the port ------------------------------------------------------


def test_implicit_tls_against_a_plain_port_names_the_security_setting(
    tmp_path: Path, tls_dovecot: Dovecot, account: MailboxAccount, cert: ServerCert,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with SmtpSink() as plain_sink:  # plain text only
        keys = {**imap_keys(tls_dovecot, "starttls", cert.ca), "security": "tls"}  # the plain port
        config = write_config(tmp_path, account, plain_sink, imap=keys, smtp=smtp_keys("tls", cert.ca))
        assert run_once(config) == 1
        [line] = error_lines(capsys)
        assert line.startswith(f"error: imap.security: the IMAP server 127.0.0.1:{tls_dovecot.port} "
                               "does not speak TLS at once")
        assert 'set imap.security = "starttls"' in line

        assert send_test(config) == 1
        line = error_lines(capsys)[-1]  # (after the sink's own note on the TLS hello it got)
        assert f"smtp.security: the SMTP server 127.0.0.1:{plain_sink.port} does not speak TLS" in line
        assert plain_sink.messages == []


def test_plain_text_against_a_tls_port_names_the_security_setting(
    tmp_path: Path, tls_dovecot: Dovecot, account: MailboxAccount, cert: ServerCert, tls_sink: SmtpSink,
    capsys: pytest.CaptureFixture[str],
) -> None:
    keys = {**imap_keys(tls_dovecot, "tls", cert.ca), "security": "none"}  # the imaps port
    config = write_config(tmp_path, account, tls_sink, imap=keys, smtp={"security": "none"}, timeout=2)
    assert run_once(config) == 1
    line = error_lines(capsys)[-1]  # (after the warning that security = "none" is plain text)
    assert line == (f"error: imap.security: the IMAP server 127.0.0.1:{tls_dovecot.tls_port} sent no "
                    'greeting within 2 s; if the port expects TLS at once (usually 993) set '
                    'imap.security = "tls", else check imap.host and imap.port')

    assert send_test(config) == 1
    line = error_lines(capsys)[-1]
    assert f"smtp.security: the SMTP server 127.0.0.1:{tls_sink.port} sent no greeting within 2 s" in line
    assert tls_sink.messages == []
