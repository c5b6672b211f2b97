"""Tags staff can see on every server (responder.mail.tagging): tables for the pure parts,
and the daemon against a proxy that behaves like Exchange Online (no keywords, keyword
STORE answered BAD) and one that behaves like Gmail (labels) in front of the real Dovecot."""

from __future__ import annotations

import imaplib
import signal
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from responder.cli import main
from responder.mail.tagging import (
    Tagger,
    TagPlan,
    TagSupport,
    how,
    plan,
    support_from,
)
from responder.testing.dovecot import Dovecot, MailboxAccount
from responder.testing.imapproxy import ImapProxy
from responder.testing.smtp import SmtpSink
from tests.helpers import CANCEL, RESCHEDULE, daemon, log_lines, mail, run_once, wait_logged, write_config

DOVECOT = (b"\\Answered", b"\\Flagged", b"\\Deleted", b"\\Seen", b"\\Draft", b"\\*")
EXCHANGE = (b"\\Seen", b"\\Answered", b"\\Flagged", b"\\Deleted", b"\\Draft")


@pytest.mark.parametrize(("permanent", "caps", "mode", "method"), [
    (DOVECOT, [b"IMAP4rev1", b"IDLE"], "auto", "keywords"),
    (EXCHANGE, [b"IMAP4rev1", b"IDLE"], "auto", "flagged"),
    (None, [b"IMAP4rev1"], "auto", "keywords"),  # RFC 3501: no PERMANENTFLAGS, all may be kept
    (DOVECOT, [b"IMAP4rev1", b"X-GM-EXT-1"], "auto", "labels"),
    (DOVECOT, [b"X-GM-EXT-1"], "keywords", "keywords"),
    (DOVECOT, [b"IMAP4rev1"], "labels", "keywords"),  # asked for labels, the server has none
    (EXCHANGE, [b"IMAP4rev1"], "keywords", "flagged"),  # asked for keywords, none are kept
    (DOVECOT, [b"IMAP4rev1"], "flagged", "flagged"),
    ((*EXCHANGE, b"$Cancellation", b"$Reschedule", b"$NeedsReview"), [], "auto", "keywords"),
])
def test_the_method_follows_what_the_server_said(
        permanent: tuple[bytes, ...] | None, caps: list[bytes], mode: Any, method: str) -> None:
    assert how(support_from(permanent, caps), mode) == method


@pytest.mark.parametrize(("flags", "method", "folder", "expected"), [
    (["$Cancellation"], "keywords", "", TagPlan(("$Cancellation",))),
    (["$Cancellation", "$NeedsReview"], "keywords", "Needs review",
     TagPlan(("$Cancellation", "$NeedsReview"), (), "Needs review")),
    (["$Cancellation"], "flagged", "Needs review", TagPlan()),  # answered: \Answered shows it
    (["$Cancellation", "$NeedsReview"], "flagged", "", TagPlan(("\\Flagged",))),
    (["$Reschedule"], "flagged", "Needs review", TagPlan(("\\Flagged",), (), "Needs review")),
    (["\\Answered"], "flagged", "Needs review", TagPlan(("\\Answered",))),
    (["$NeedsReview"], "labels", "", TagPlan(("$NeedsReview",), ("Needs review",))),
    (["$Cancellation", "$Reschedule"], "labels", "",
     TagPlan(("$Cancellation", "$Reschedule"), ("Cancellation", "Reschedule"))),
])
def test_plan(flags: list[str], method: Any, folder: str, expected: TagPlan) -> None:
    assert plan(flags, method, folder) == expected


class _Refusing:
    """A client whose keyword STORE is refused the way imaplib reports a BAD answer."""

    def __init__(self) -> None:
        self.stored: list[list[bytes]] = []

    def add_flags(self, messages: list[int], flags: list[bytes], silent: bool = False) -> None:
        if any(not f.startswith(b"\\") for f in flags):
            raise imaplib.IMAP4.error("UID command error: BAD [b'Command Argument Error. 11']")
        self.stored.append(flags)

    def add_gmail_labels(self, messages: list[int], labels: list[str], silent: bool = False) -> None:
        raise AssertionError("no labels here")

    def copy(self, messages: list[int], folder: str) -> None:
        raise imaplib.IMAP4.abort("socket error: EOF")

    def create_folder(self, folder: str) -> None:
        raise AssertionError("not reached")


def test_a_refused_keyword_store_falls_back_to_flagged_logs_once_and_a_lost_line_still_raises(
        caplog: pytest.LogCaptureFixture) -> None:
    tagger = Tagger()
    tagger.selected(TagSupport(True, False, frozenset(), listed=False))  # said nothing; refuses
    client = _Refusing()
    for _ in range(3):
        tagger.apply(client, [1], ["$Cancellation", "$NeedsReview"])
    assert client.stored == [[b"\\Flagged"]] * 3
    assert tagger.method == "flagged"
    assert len([r for r in caplog.records if "refused" in r.getMessage()]) == 2  # the STORE, the switch
    tagger.review_folder = "Needs review"
    with pytest.raises(imaplib.IMAP4.abort):
        tagger.apply(client, [1], ["$NeedsReview"])


# -- against the real Dovecot behind a proxy ---------------------------------------------------


@pytest.fixture(params=["exchange", "refuse_keywords"])
def exchange(request: pytest.FixtureRequest, dovecot: Dovecot) -> Iterator[ImapProxy]:
    """Exchange Online's behaviour; or only its BAD answer, while \\* is still promised."""
    if not dovecot.running:
        dovecot.restart()
    with ImapProxy(dovecot.host, dovecot.port, **{request.param: True}) as proxy:
        yield proxy


def _config(tmp_path: Path, mailbox: MailboxAccount, sink: SmtpSink, proxy: ImapProxy,
            **imap: str) -> Path:
    return write_config(tmp_path, mailbox, sink, imap={"port": proxy.port, **imap})


def test_without_keywords_the_daemon_keeps_cycling_reaches_idle_flags_and_stays_healthy(
        tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink,
        password: None, exchange: ImapProxy, capsys: pytest.CaptureFixture[str]) -> None:
    config = _config(tmp_path, mailbox, smtp_sink, exchange, review_folder="Needs review")
    assert run_once(config) == 0
    cancel = dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL))
    question = dovecot.append(mailbox.user, mailbox.password, "INBOX",
                              mail(RESCHEDULE, sender="ben@example.net"))
    proc = daemon(config)
    try:
        assert wait_logged(config, "watching for new mail", 0, proc), "\n".join(log_lines(config))
        smtp_sink.wait_for(1, timeout=30)
        deadline = time.monotonic() + 20
        while "\\Flagged" not in dovecot.fetch_flags(mailbox.user, mailbox.password, "INBOX", question):
            assert time.monotonic() < deadline, "\n".join(log_lines(config))
            time.sleep(0.1)
        time.sleep(2.5)  # a few more polls: a cycle aborted by the refusal would show now
        capsys.readouterr()
        assert main(["health", "--config", str(config)]) == 0
        assert capsys.readouterr().out.startswith("healthy")
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(15) == 0
    lines = log_lines(config)
    assert not [line for line in lines if "reconnecting" in line or "cycle failed" in line]
    assert sum("watching for new mail" in line for line in lines) == 1  # one connection all along
    if not exchange.exchange:  # promised keywords, then refused them: refused once, then \Flagged
        assert len(exchange.refused) == 1
        assert sum("tagging with flagged from now on" in line for line in lines) == 1
    else:  # no keywords promised: none tried
        assert not exchange.refused
    assert "\\Answered" in dovecot.fetch_flags(mailbox.user, mailbox.password, "INBOX", cancel)
    assert "\\Flagged" not in dovecot.fetch_flags(mailbox.user, mailbox.password, "INBOX", cancel)
    copies = dovecot.list_messages(mailbox.user, mailbox.password, "Needs review")
    assert [b"ben@example.net" in raw for _, _, raw in copies] == [True]
    if exchange.exchange:
        connected = next(line for line in lines if "mailbox connected" in line)
        assert "Flagged on messages that need a person (the server keeps no keywords)" in connected


def test_gmail_gets_labels_staff_can_see(
        tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink,
        password: None) -> None:
    with ImapProxy(dovecot.host, dovecot.port, gmail=True) as gmail:
        config = _config(tmp_path, mailbox, smtp_sink, gmail)
        assert run_once(config) == 0
        question = dovecot.append(mailbox.user, mailbox.password, "INBOX",
                                  mail(RESCHEDULE, sender="ben@example.net"))
        assert run_once(config) == 0
    assert [s.labels for s in gmail.labels] == [["Reschedule"]]
    assert f" {question} ".encode() in gmail.labels[0].line
    # Gmail keeps keywords too; they stay for tools that read them.
    assert "$Reschedule" in dovecot.fetch_flags(mailbox.user, mailbox.password, "INBOX", question)


@pytest.mark.parametrize(("kind", "expected"), [
    ({"exchange": True}, "imap.tagging: flagged: \\Flagged on messages that need a person"),
    ({"gmail": True}, "imap.tagging: labels: Gmail labels (X-GM-LABELS)"),
    ({}, "imap.tagging: keywords: IMAP keywords"),
])
def test_check_config_probe_says_which_tagging_the_mailbox_supports(
        tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink, password: None,
        capsys: pytest.CaptureFixture[str], kind: dict[str, bool], expected: str) -> None:
    with ImapProxy(dovecot.host, dovecot.port, **kind) as proxy:
        config = _config(tmp_path, mailbox, smtp_sink, proxy)
        (tmp_path / "templates").mkdir(exist_ok=True)
        assert main(["check-config", "--config", str(config), "--probe"]) == 0
    out = capsys.readouterr().out
    assert expected in out, out
