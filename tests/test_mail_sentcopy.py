"""The Sent copy (responder.mail.sentcopy): found by SPECIAL-USE, never a folder the user did
not name, not APPENDed where the provider files its own, and found again after a crash by
Message-ID or X-Microsoft-Original-Message-ID. Against a real Dovecot whose \\Sent folder
is called ``Sent Items`` (as at Microsoft) and which has no ``Sent``."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from email import message_from_bytes
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest

from responder.cli import main
from responder.mail.sentcopy import provider_files_copy, resolve, should_append, special_sent
from responder.state import Store
from responder.testing.dovecot import Dovecot, MailboxAccount
from responder.testing.smtp import SmtpSink
from tests.helpers import CANCEL, mail, run_once, write_config

pytestmark = pytest.mark.integration

GMAIL_LIST = [((b"\\HasNoChildren",), "/", "INBOX"),
              ((b"\\HasChildren", b"\\Noselect"), "/", "[Gmail]"),
              ((b"\\HasNoChildren", b"\\Sent"), "/", "[Gmail]/Gesendet"),
              ((b"\\HasNoChildren", b"\\Trash"), "/", "[Gmail]/Papierkorb")]


@pytest.mark.parametrize(("configured", "listing", "name", "named"), [
    (None, GMAIL_LIST, "[Gmail]/Gesendet", False),  # translated per account language
    (None, [((b"\\Sent",), "/", "Sent Items")], "Sent Items", False),
    (None, [((), ".", "INBOX"), ((), ".", "INBOX.Sent")], "INBOX.Sent", False),  # no SPECIAL-USE
    (None, [((), "/", "INBOX"), ((), "/", "Archive")], None, False),  # nothing to go by: no copy
    ("Archive/Sent", GMAIL_LIST, "Archive/Sent", True),  # named wins
    ("", GMAIL_LIST, None, False),  # "" switches the copy off
])
def test_resolve(configured: str | None, listing: Any, name: str | None, named: bool) -> None:
    found = resolve(configured, listing)
    assert (found.name, found.named) == (name, named)


@pytest.mark.parametrize(("policy", "provider", "host", "append"), [
    ("auto", "", "imap.example.com", True),
    ("auto", "gmail", "imap.example.com", False),
    ("auto", "", "outlook.office365.com", False),
    ("auto", "", "smtp.gmail.com", False),
    ("auto", "fastmail", "imap.fastmail.com", True),
    ("append", "gmail", "imap.gmail.com", True),
    ("none", "", "imap.example.com", False),
])
def test_who_files_the_copy(policy: Any, provider: str, host: str, append: bool) -> None:
    assert should_append(policy, provider_files_copy(provider, host)) is append


def test_special_sent_reads_text_flags_too() -> None:
    assert special_sent([(("\\Sent",), "/", "Sent Messages")]) == "Sent Messages"


@pytest.fixture(scope="module")
def microsoft(dovecot_binary: str) -> Iterator[Dovecot]:
    """A Dovecot whose \\Sent folder is called "Sent Items", and no "Sent" folder."""
    server = Dovecot.start(sent="Sent Items")
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def account(microsoft: Dovecot, monkeypatch: pytest.MonkeyPatch) -> MailboxAccount:
    acc = microsoft.new_account()
    monkeypatch.setenv("T_IMAP_PASSWORD", acc.password)
    return acc


def _folders(server: Dovecot, acc: MailboxAccount) -> set[str]:
    with server.client(acc.user, acc.password) as imap:
        return {name for _, _, name in imap.list_folders()}


def test_the_folder_marked_sent_is_used_and_no_sent_folder_is_created(
        tmp_path: Path, microsoft: Dovecot, account: MailboxAccount, smtp_sink: SmtpSink,
        capsys: pytest.CaptureFixture[str]) -> None:
    config = write_config(tmp_path, account, smtp_sink)
    assert run_once(config) == 0
    before = _folders(microsoft, account)
    assert "Sent Items" in before and "Sent" not in before
    microsoft.append(account.user, account.password, "INBOX", mail(CANCEL))
    assert run_once(config) == 0
    [ack] = smtp_sink.wait_for(1)
    copies = microsoft.list_messages(account.user, account.password, "Sent Items")
    assert [str(message_from_bytes(raw)["Message-ID"]).strip() for _, _, raw in copies] == [
        str(ack.message["Message-ID"]).strip()]
    assert _folders(microsoft, account) == before  # nothing created
    (tmp_path / "templates").mkdir(exist_ok=True)
    capsys.readouterr()
    assert main(["check-config", "--config", str(config), "--probe"]) == 0
    out = capsys.readouterr().out
    assert "imap.sent_folder: 'Sent Items' (marked \\Sent by the server (RFC 6154))" in out


def test_sent_copy_none_files_nothing_and_no_folder_is_created(
        tmp_path: Path, microsoft: Dovecot, account: MailboxAccount, smtp_sink: SmtpSink) -> None:
    config = write_config(tmp_path, account, smtp_sink, imap={"sent_copy": "none"})
    assert run_once(config) == 0
    before = _folders(microsoft, account)
    uid = microsoft.append(account.user, account.password, "INBOX", mail(CANCEL))
    assert run_once(config) == 0
    smtp_sink.wait_for(1)
    assert microsoft.list_messages(account.user, account.password, "Sent Items") == []
    assert _folders(microsoft, account) == before
    assert "\\Answered" in microsoft.fetch_flags(account.user, account.password, "INBOX", uid)


def test_a_folder_the_user_named_is_created_when_missing(
        tmp_path: Path, microsoft: Dovecot, account: MailboxAccount, smtp_sink: SmtpSink) -> None:
    config = write_config(tmp_path, account, smtp_sink, imap={"sent_folder": "Responder/Sent"})
    assert run_once(config) == 0
    microsoft.append(account.user, account.password, "INBOX", mail(CANCEL))
    assert run_once(config) == 0
    smtp_sink.wait_for(1)
    assert len(microsoft.list_messages(account.user, account.password, "Responder/Sent")) == 1


def _in_doubt(config: Path, message_id: str) -> None:
    """An acknowledgement whose send a crash left unknown (status 'sending')."""
    store = Store.open(config.parent / "state.db")
    now = datetime.now(UTC)
    with store.transaction():
        item = store.enqueue(kind="staff_alert", ref="doubt", message_id=message_id,
                             conversation_id=None, recipient="ann@example.net", raw=b"x", now=now)
        assert item is not None
        store.mark_sending(item)
    store.close()


def _provider_copy(original_id: str) -> bytes:
    """Outlook.com's copy in Sent: its own Message-ID, ours kept in another header."""
    msg = EmailMessage()
    msg["From"] = "bookings@studio.example.com"
    msg["To"] = "ann@example.net"
    msg["Subject"] = "Your cancellation"
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = "<AM0PR01MB1234.eurprd01.prod.outlook.com>"
    msg["X-Microsoft-Original-Message-ID"] = original_id
    msg.set_content("Thank you.")
    return msg.as_bytes()


@pytest.mark.parametrize("copy_header", ["Message-ID", "X-Microsoft-Original-Message-ID"])
def test_a_send_in_doubt_is_found_in_sent_by_either_header_and_recorded_as_sent(
        tmp_path: Path, microsoft: Dovecot, account: MailboxAccount, smtp_sink: SmtpSink,
        copy_header: str) -> None:
    config = write_config(tmp_path, account, smtp_sink, imap={"sent_copy": "none"})
    assert run_once(config) == 0
    ours = "<ack.1234@responder.studio.example.com>"
    _in_doubt(config, ours)
    raw = _provider_copy(ours)
    if copy_header == "Message-ID":
        raw = raw.replace(b"<AM0PR01MB1234.eurprd01.prod.outlook.com>", ours.encode())
    microsoft.append(account.user, account.password, "Sent Items", raw)
    assert run_once(config) == 0
    with sqlite3.connect(config.parent / "state.db") as db:
        [(status,)] = db.execute("SELECT status FROM outbox WHERE message_id = ?", (ours,)).fetchall()
    assert status == "sent"
    assert smtp_sink.messages == []  # never sent again
