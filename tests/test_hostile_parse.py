"""Mail that cannot be read, or costs too much to read (issue 12, item 8): MIME nested
~1,000 deep, a 250 KB subject. Never an exception; a person looks at what was not read;
``classify`` goes on to the other files; the daemon flags it ``$NeedsReview``.

The inputs are built here, not stored: :func:`nested` and :func:`long_subject`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from responder.classify import Classifier
from responder.cli import main
from responder.compose import MAX_REPLY_SUBJECT
from responder.parse import MAX_DEPTH, MAX_SUBJECT, parse_message
from responder.testing.dovecot import Dovecot, MailboxAccount
from responder.testing.smtp import SmtpSink
from tests.helpers import BUSINESS, run_once, settle

CANCEL = "Hi, I need to cancel my appointment on Friday at 3pm. Please cancel it.\r\n\r\nAnn\r\n"


def nested(depth: int, *, kind: str = "multipart") -> bytes:
    """A cancellation inside ``depth`` nested multiparts (or embedded messages)."""
    body = f"Content-Type: text/plain; charset=utf-8\r\n\r\n{CANCEL}"
    for i in range(depth):
        if kind == "multipart":
            body = (f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n'
                    f"--b{i}\r\n{body}\r\n--b{i}--\r\n")
        else:
            body = f"Content-Type: message/rfc822\r\n\r\nSubject: level {i}\r\n{body}"
    return (f"From: Ann <ann@example.net>\r\nTo: {BUSINESS}\r\nSubject: Cancel Friday\r\n"
            f"Message-ID: <deep.{depth}.{kind}@example.net>\r\nMIME-Version: 1.0\r\n{body}").encode()


def long_subject(size: int) -> bytes:
    subject = ("Cancel my appointment please " * (size // 29 + 1))[:size]
    return (f"From: Ann <ann@example.net>\r\nTo: {BUSINESS}\r\nSubject: {subject}\r\n"
            f"Message-ID: <long.{size}@example.net>\r\n\r\n{CANCEL}").encode()


def quoted_html(quotes: int) -> bytes:
    """HTML mail of ``quotes`` quotes (each with a quote inside), each after a line of its own."""
    body = "".join(f"<div>said {i}</div><blockquote>quoted {i}<blockquote>deeper {i}</blockquote>"
                   "</blockquote>" for i in range(quotes))
    return (b"From: a@x.test\r\nSubject: Re: hi\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
            + f"<html><body>{body}</body></html>".encode())


def test_many_html_quotes_are_each_marked_in_one_pass() -> None:
    """The first 256 KB of an HTML mail of 20,000 quotes (about 2,900 of them, 8,600 lines):
    each quoted line, nested or not, and no other, comes out as a "> " line. The first marking
    compared every line with every quote (1.5 s for this mail, more for smaller quotes);
    benchmarks/hostile_bench.py prints the cost."""
    lines = [line.strip() for line in parse_message(quoted_html(20_000)).text.split("\n") if line.strip()]
    assert len(lines) > 8000
    assert all(line.startswith(("> quoted", "> deeper")) == (i % 3 != 0) for i, line in enumerate(lines))


@pytest.mark.parametrize(("depth", "kind"), [(1000, "multipart"), (5000, "multipart"),
                                             (MAX_DEPTH + 1, "multipart"), (1000, "message")])
def test_deep_nesting_is_parsed_without_error_and_marked_unreadable(depth: int, kind: str) -> None:
    msg = parse_message(nested(depth, kind=kind))
    assert msg.unreadable.startswith("MIME nested too deep")
    assert (msg.from_addr, msg.subject) == ("ann@example.net", "Cancel Friday")


@pytest.mark.parametrize("depth", [1, 5, MAX_DEPTH - 1])
def test_ordinary_nesting_is_read(depth: int) -> None:
    msg = parse_message(nested(depth))
    assert msg.unreadable == "" and "cancel my appointment" in msg.text_plain


def test_an_unreadable_message_is_left_for_review() -> None:
    result = Classifier().classify(nested(1000))
    assert result["action"] == "review"
    assert result["why"][0].startswith("unreadable: MIME nested too deep")


@pytest.mark.parametrize("size", [250_000, 1_000_000])
def test_a_huge_subject_is_cut_before_anything_reads_it(size: int) -> None:
    msg = parse_message(long_subject(size))
    assert len(msg.subject) == MAX_SUBJECT
    assert all(len(v) <= MAX_SUBJECT for v in msg.headers["subject"])
    assert f"subject cut to {MAX_SUBJECT} characters" in msg.defects
    assert Classifier().classify(long_subject(size))["action"] == "acknowledge"


def test_classify_goes_on_to_the_other_files(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a-deep.eml").write_bytes(nested(1000))
    (tmp_path / "b-long-subject.eml").write_bytes(long_subject(250_000))
    (tmp_path / "c-plain.eml").write_bytes(nested(1))
    assert main(["classify", str(tmp_path)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(Path(r["path"]).name, r["action"]) for r in lines] == [
        ("a-deep.eml", "review"), ("b-long-subject.eml", "acknowledge"),
        ("c-plain.eml", "acknowledge")]


@pytest.mark.integration
def test_the_daemon_flags_deep_mail_for_review_and_answers_a_long_subject_capped(
    setup: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink
) -> None:
    assert run_once(setup) == 0  # first start
    dovecot.append(mailbox.user, mailbox.password, "INBOX", nested(1000))
    dovecot.append(mailbox.user, mailbox.password, "INBOX", long_subject(250_000))
    assert run_once(setup) == 0
    [(deep_uid, _, _), _long] = dovecot.list_messages(
        mailbox.user, mailbox.password, "INBOX")
    assert "$NeedsReview" in dovecot.fetch_flags(mailbox.user, mailbox.password, "INBOX", deep_uid)
    [ack] = settle(smtp_sink)
    assert ack.rcpt_tos == ["ann@example.net"]
    assert len(str(ack.message["Subject"])) <= MAX_REPLY_SUBJECT
