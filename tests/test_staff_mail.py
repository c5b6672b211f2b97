"""A colleague's mail is never answered: mail from the business's own domain is staff's.

Staff write to the shared inbox ("Mrs Bauer phoned, she cancels Thursday", "please cancel my
3 pm, I'm ill"); the words are a cancellation's, the sender is not a customer. By default the
business address's own domain is the staff's, unless it is a public mail service; a website
form that sends from the business's domain with the customer in Reply-To is still answered.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from responder.config import BusinessConfig, load_config
from responder.errors import ConfigError
from responder.mail.shared_domains import is_shared_domain
from responder.parse import parse_message
from responder.safety import Identity, safe_reply_address
from responder.testing.dovecot import Dovecot, MailboxAccount
from responder.testing.smtp import SmtpSink
from tests.helpers import BUSINESS, mail, run_once, settle, write_config


@pytest.mark.parametrize(("domain", "shared"), [
    ("gmail.com", True), ("hotmail.co.uk", True), ("yahoo.com.br", True), ("gmx.at", True),
    ("live.nl", True), ("free.fr", True), ("web.de", True), ("libero.it", True),
    ("sapo.pt", True), ("example.com", True), ("Outlook.com.", True),
    ("studio.example.com", False), ("salon-lena.de", False), ("free-yoga.fr", False),
    ("mail.studio.example.com", False), ("liveyoga.nl", False),
])
def test_shared_domains_are_public_mail_services_and_example_domains(domain: str, shared: bool) -> None:
    assert is_shared_domain(domain) is shared


def test_staff_domains_default_to_the_business_domain_unless_it_is_a_public_service() -> None:
    own = BusinessConfig(name="S", address="bookings@studio.example.com", aliases=["info@studio.test"])
    assert own.colleague_domains == {"studio.example.com", "studio.test"}
    public = BusinessConfig(name="S", address="salon.lena@gmail.com")
    assert public.colleague_domains == frozenset()
    assert BusinessConfig(name="S", address="a@gmail.com", staff_domains=["@Salon-Lena.DE."]
                          ).colleague_domains == {"salon-lena.de"}
    assert BusinessConfig(name="S", address="bookings@studio.example.com", staff_domains=[]
                          ).colleague_domains == frozenset()


def test_a_bad_staff_domain_is_one_line_naming_the_key(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[business]\nname = "S"\naddress = "b@studio.test"\n'
                      'staff_domains = ["studio test"]\n')
    with pytest.raises(ConfigError) as err:
        load_config(config)
    text = str(err.value)
    assert "staff_domains" in text and "studio.example.com" in text and "\n" not in text.strip()


STAFF_IDENTITY = Identity(addresses=frozenset({BUSINESS}), own_message_id_domain="r.studio.example.com",
                          staff_domains=frozenset({"studio.example.com"}))


def _parsed(sender: str, reply_to: str | None = None) -> tuple[str | None, tuple[str, ...]]:
    headers = {"Reply-To": reply_to} if reply_to else None
    return safe_reply_address(parse_message(mail("Please cancel my appointment.", sender=sender,
                                                 headers=headers)), STAFF_IDENTITY)


def test_a_colleague_is_no_safe_address_but_a_web_form_s_customer_is() -> None:
    recipient, notes = _parsed("Jade <jade@studio.example.com>")
    assert recipient is None
    assert notes and notes[0].startswith("staff-mail: jade@studio.example.com")
    # a website form sends from the business's own domain on the customer's behalf
    assert _parsed("wordpress@studio.example.com", reply_to="ann@example.net")[0] == "ann@example.net"
    # a sub-domain is someone else's
    assert _parsed("ann@mail.studio.example.com")[0] == "ann@mail.studio.example.com"


#: A therapist off sick asks the front desk to cancel her patients (the words of a customer's
#: own cancellation; the rules alone would answer it).
OFF_SICK = ("Hi both, I'm off sick today, so please cancel my appointments this afternoon. "
            "Sorry for the trouble! Jade")


@pytest.mark.integration
def test_a_colleague_s_cancellation_goes_to_a_person_and_a_customer_s_is_answered(
    tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink, password: None
) -> None:
    config = write_config(tmp_path, mailbox, smtp_sink)
    assert run_once(config) == 0  # first start
    colleague = dovecot.append(mailbox.user, mailbox.password, "INBOX",
                               mail(OFF_SICK, sender="Jade <jade@studio.example.com>",
                                    subject="Off sick - please cancel my appointments"))
    assert run_once(config) == 0
    assert settle(smtp_sink) == []
    flags = {uid: f for uid, f, _ in dovecot.list_messages(mailbox.user, mailbox.password, "INBOX")}
    assert "$NeedsReview" in flags[colleague]
    assert "\\Answered" not in flags[colleague]

    dovecot.append(mailbox.user, mailbox.password, "INBOX",
                   mail("Please cancel my appointment on Thursday at 3 pm, I am ill. Thanks, Ann",
                        subject="Cancel Thursday"))
    assert run_once(config) == 0
    [ack] = smtp_sink.wait_for(1)
    assert ack.message["To"] == "ann@example.net"


@pytest.mark.integration
def test_staff_domains_empty_turns_the_colleague_rule_off(
    tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink, password: None
) -> None:
    config = write_config(tmp_path, mailbox, smtp_sink, business_extra="staff_domains = []")
    assert run_once(config) == 0
    dovecot.append(mailbox.user, mailbox.password, "INBOX",
                   mail("Please cancel my appointment on Thursday at 3 pm, I am ill. Thanks, Jo",
                        sender="jo@studio.example.com", subject="Cancel Thursday"))
    assert run_once(config) == 0
    [ack] = smtp_sink.wait_for(1)
    assert ack.message["To"] == "jo@studio.example.com"


def test_check_config_says_whose_mail_is_a_colleague_s(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from responder.cli import main

    monkeypatch.setenv("RESPONDER_IMAP_PASSWORD", "x")
    monkeypatch.setenv("RESPONDER_SMTP_PASSWORD", "y")
    assert main(["init", str(tmp_path / "biz")]) == 0
    config = tmp_path / "biz" / "config.toml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace('address = "bookings@example.com"',
                                   'address = "bookings@studio-lumen.test"', 1), encoding="utf-8")
    capsys.readouterr()
    assert main(["check-config", "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert "colleagues' mail (never answered): from studio-lumen.test" in out, out
