"""The start-up check of the From address (responder.mail.sender): one clear line naming
business.address and what to do, when the server refuses it or Gmail will rewrite it."""

from __future__ import annotations

from pathlib import Path

import pytest

from responder.mail.sender import advice
from responder.testing.dovecot import Dovecot, MailboxAccount
from responder.testing.smtp import SmtpSink
from tests.helpers import BUSINESS, CANCEL, mail, run_once, write_config

SEND_AS = "5.7.60 SMTP; Client does not have permissions to send as this sender"


@pytest.mark.parametrize(("provider", "host", "login", "refusal", "expected"), [
    ("microsoft365", "smtp.office365.com", "app@contoso.com", (550, SEND_AS),
     "give app@contoso.com the Send As"),
    ("generic", "smtp.example.com", "app@contoso.com",
     (554, "5.2.252 SendAsDenied; app@contoso.com not allowed to send as b@contoso.com"), "Send As right"),
    ("generic", "smtp.example.com", "a@x.com", (553, "5.7.1 Sender address rejected"),
     "set business.address (or smtp.envelope_from)"),
    ("gmail", "smtp.gmail.com", "me@gmail.com", None, "verified 'Send mail as' address of me@gmail.com"),
    ("generic", "smtp.gmail.com", "me@gmail.com", None, "Gmail sends as me@gmail.com"),
    ("gmail", "smtp.gmail.com", "bookings@studio.example.com", None, None),  # sends as itself
    ("fastmail", "smtp.fastmail.com", "me@fastmail.com", None, None),
    ("generic", "smtp.example.com", "a@x.com", (451, "4.3.0 try later"), None),  # not about the sender
])
def test_advice(provider: str, host: str, login: str, refusal: tuple[int, str] | None,
                expected: str | None) -> None:
    line = advice(provider, host, login, BUSINESS, refusal)
    if expected is None:
        assert line is None
    else:
        assert line is not None and line.startswith("business.address: ") and expected in line
        assert BUSINESS in line


@pytest.mark.integration
def test_a_sender_the_login_may_not_use_is_one_start_up_line_and_the_run_goes_on(
        tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, password: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    with SmtpSink(users={"app@contoso.com": "pw"}) as sink:
        config = write_config(tmp_path, mailbox, sink, smtp={
            "username": "app@contoso.com", "password_env": "T_SMTP_PASSWORD"})
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv("T_SMTP_PASSWORD", "pw")
            sink.fail_next(550, text=SEND_AS, at="MAIL")  # what Exchange Online answers
            assert run_once(config) == 0
            err = capsys.readouterr().err
            lines = [line for line in err.splitlines() if "business.address:" in line]
            assert len(lines) == 1, err
            assert f"will not send as {BUSINESS} for the login app@contoso.com" in lines[0]
            assert "Send As right" in lines[0]
            assert sink.messages == []  # the check sends nothing
            dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL))
            assert run_once(config) == 0
            assert len(sink.wait_for(1)) == 1  # the server took this one: the run went on
