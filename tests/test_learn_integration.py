"""The second reader in the daemon, against real Dovecot and SMTP: it moves mail to a person
(never answers), vetoes answers it doubts, fills a reply's reason, and is off when told.

A small hand-made table next to the state (where `responder learn` puts its table) stands in
for the shipped one, so each message's scores are known: " zqn" reads as cancelling, " zqv"
as not, " zqf" as illness.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from responder.learn import model, train
from responder.testing.dovecot import Dovecot, MailboxAccount
from responder.testing.smtp import ReceivedMessage, SmtpSink
from tests.helpers import CANCEL, QUESTION, mail, message_id, run_once, settle, write_config

pytestmark = pytest.mark.integration

INTENT = {"classes": ["cancellation", "other", "reschedule"], "intercepts": [0.0, -0.1, -5.0],
          "ngram_range": [2, 5],
          "features": [[" zqn", 1.0, 6.0, 0.0, 0.0], [" zqv", 1.0, 0.0, 6.0, 0.0]]}
REASON = {"classes": ["illness", "none", "other"], "intercepts": [0.0, 0.5, 0.0], "ngram_range": [2, 5],
          "features": [[" zqf", 1.0, 6.0, 0.0, 0.0]]}
OPT_OUT = {"classes": ["no", "yes"], "intercepts": [0.0, -3.0], "ngram_range": [2, 5],
           "features": [[" zqo", 1.0, 0.0, 9.0]]}


def _table(directory: Path, reason: dict[str, object] = REASON) -> None:
    doc = {"format": model.FORMAT, "trained_on": "test", "intent": INTENT, "reason": reason,
           "optout": OPT_OUT}
    (directory / "second_reader.tsv.gz").write_bytes(train.dump(doc))


def _why(directory: Path, mid: str) -> tuple[str, list[str]]:
    with sqlite3.connect(directory / "state.db") as db:
        action, why = db.execute("SELECT action, why FROM messages WHERE message_id = ?", (mid,)).fetchone()
    return action, json.loads(why)


def _acknowledged(tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink,
                  classes: list[str], feature: list[object]) -> tuple[Path, ReceivedMessage]:
    """A reason table of ``classes`` that reads one made-up word (``feature``), and a
    cancellation acknowledged: the replies to it are read with that table."""
    setup = write_config(tmp_path, mailbox, smtp_sink)
    _table(tmp_path, {"classes": classes, "intercepts": [0.0] * len(classes), "ngram_range": [2, 5],
                      "features": [feature]})
    assert run_once(setup) == 0
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL, subject="Cancel Monday"))
    assert run_once(setup) == 0
    [ack] = settle(smtp_sink)
    return setup, ack


def test_second_reader_only_moves_mail_toward_a_person(
    tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink, password: None
) -> None:
    setup = write_config(tmp_path, mailbox, smtp_sink)
    _table(tmp_path)
    assert run_once(setup) == 0  # first start
    missed = mail("Hello, a quick note about Friday. zqn", subject="Friday")
    doubted = mail(CANCEL + "\nzqv\n", subject="Cancel Friday")
    question = mail(QUESTION, subject="Policy?")
    plain = mail(CANCEL, subject="Cancel Monday", sender="Bo <bo@example.net>")
    uids = [dovecot.append(mailbox.user, mailbox.password, "INBOX", raw)
            for raw in (missed, doubted, question, plain)]
    assert run_once(setup) == 0
    sent = settle(smtp_sink)
    assert [m.rcpt_tos for m in sent] == [["bo@example.net"]]  # only the plain cancellation
    flags = {uid: f for uid, f, _ in dovecot.list_messages(mailbox.user, mailbox.password, "INBOX")}
    assert "$NeedsReview" in flags[uids[0]]
    assert "$NeedsReview" in flags[uids[1]]
    assert "$NeedsReview" not in flags[uids[2]] | flags[uids[3]]
    assert "\\Answered" not in flags[uids[1]]

    action, why = _why(tmp_path, message_id(missed))
    assert action == "review"
    assert why[-1].startswith("second reader: cancellation 1.00 (cancel or move 1.00 >= net 0.65)")
    action, why = _why(tmp_path, message_id(doubted))
    assert action == "review"
    assert why[0].startswith("intent cancellation")  # the rules would have answered
    assert why[-1].startswith("second reader: cancellation 0.0") and "< veto 0.50" in why[-1]
    action, why = _why(tmp_path, message_id(plain))
    assert action == "acknowledge"
    assert why[-1] == "second reader agrees: cancellation 0.52"

    # a reply to the acknowledgement: the rules read no reason, the second reader does
    reply = mail("Thanks for asking, it was the zqf again this week.", subject="Re: Cancel Monday",
                 sender="Bo <bo@example.net>", in_reply_to=sent[0].message["Message-ID"])
    dovecot.append(mailbox.user, mailbox.password, "INBOX", reply)
    assert run_once(setup) == 0
    with sqlite3.connect(tmp_path / "state.db") as db:
        [(reason,)] = db.execute("SELECT reason FROM conversations WHERE customer = 'bo@example.net'")
    assert reason == "illness"
    assert "reason illness (second reader: illness 0.99): remaining follow-ups re-planned" in \
        _why(tmp_path, message_id(reply))[1]

    # a reply of a word or two may ask us to stop (responder.maybe_stop): the reason the second
    # reader fills ("zqf": illness) must not take away its hold for a person
    short = mail("zqf.", subject="Re: Cancel Monday", sender="Bo <bo@example.net>",
                 in_reply_to=sent[0].message["Message-ID"])
    short_uid = dovecot.append(mailbox.user, mailbox.password, "INBOX", short)
    assert run_once(setup) == 0
    flags = {uid: f for uid, f, _ in dovecot.list_messages(mailbox.user, mailbox.password, "INBOX")}
    assert "$NeedsReview" in flags[short_uid]
    action, why = _why(tmp_path, message_id(short))
    assert any(w.startswith("may have asked to stop") for w in why), why

    # a second reply the rules read no opt-out in, the second reader does: it only adds one,
    # and the address is suppressed as if the rules had read it
    again = mail("Right. zqo", subject="Re: Cancel Monday", sender="Bo <bo@example.net>",
                 in_reply_to=sent[0].message["Message-ID"])
    dovecot.append(mailbox.user, mailbox.password, "INBOX", again)
    assert run_once(setup) == 0
    with sqlite3.connect(tmp_path / "state.db") as db:
        assert db.execute("SELECT 1 FROM suppressions WHERE entry = 'bo@example.net'").fetchone()
    assert any("second reader: opt-out" in w for w in _why(tmp_path, message_id(again))[1])


def test_of_two_reasons_the_rules_heard_the_second_reader_may_choose(
    tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink, password: None
) -> None:
    """"The price went up, and my shifts changed": the rules hear cost and a schedule conflict
    and choose cost; a table that reads " zqa" as the schedule chooses it."""
    setup, ack = _acknowledged(tmp_path, dovecot, mailbox, smtp_sink, ["cost", "none", "schedule_conflict"],
                               [" zqa", 1.0, 0.0, 0.0, 9.0])
    for text, expected in [("The price went up again, and my shifts changed too.", "cost"),
                           ("The price went up again, and my shifts changed too. zqa", "schedule_conflict")]:
        reply = mail(text, subject="Re: Cancel Monday", in_reply_to=ack.message["Message-ID"])
        dovecot.append(mailbox.user, mailbox.password, "INBOX", reply)
        assert run_once(setup) == 0
        with sqlite3.connect(tmp_path / "state.db") as db:
            [(reason,)] = db.execute("SELECT reason FROM conversations WHERE customer = 'ann@example.net'")
        assert reason == expected
    why = _why(tmp_path, message_id(reply))[1]
    assert "reason schedule_conflict (second reader: schedule_conflict 1.00 over the rules' cost 0.00): " \
        "remaining follow-ups re-planned" in why, why


def test_a_reason_the_second_reader_all_but_rules_out_is_overruled(
    tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink, password: None
) -> None:
    """The rules read one reason ("my shifts changed": a schedule conflict); a table that reads
    " zqi" as illness and gives the schedule next to nothing overrules them. Never a
    dissatisfied customer's reason: the follow-ups it stopped stay stopped."""
    setup, ack = _acknowledged(tmp_path, dovecot, mailbox, smtp_sink,
                               ["dissatisfied", "illness", "schedule_conflict"], [" zqi", 1.0, 0.0, 9.0, 0.0])
    for text, expected in [("My shifts changed.", "schedule_conflict"), ("My shifts changed. zqi", "illness"),
                           ("The last two sessions started forty minutes late and nobody said sorry. zqi",
                            "dissatisfied")]:
        reply = mail(text, subject="Re: Cancel Monday", in_reply_to=ack.message["Message-ID"])
        dovecot.append(mailbox.user, mailbox.password, "INBOX", reply)
        assert run_once(setup) == 0
        why = _why(tmp_path, message_id(reply))[1]
        assert any(w.startswith(f"reason {expected}") for w in why), why
        assert any("second reader" in w for w in why) == (expected == "illness"), why
        if expected == "illness":
            said = "reason illness (second reader: illness 1.00, the rules' schedule_conflict only 0.00)"
            assert any(w.startswith(said) for w in why), why
            with sqlite3.connect(tmp_path / "state.db") as db:
                [(got,)] = db.execute("SELECT reason FROM conversations WHERE customer = 'ann@example.net'")
            assert got == "illness"

def test_switched_off_the_rules_decide_alone(
    tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink, password: None
) -> None:
    setup = write_config(tmp_path, mailbox, smtp_sink, extra="[second_reader]\nenabled = false\n")
    _table(tmp_path)
    assert run_once(setup) == 0
    doubted = mail(CANCEL + "\nzqv\n", subject="Cancel Friday")
    missed = mail("Hello, a quick note about Friday. zqn", subject="Friday")
    for raw in (doubted, missed):
        dovecot.append(mailbox.user, mailbox.password, "INBOX", raw)
    assert run_once(setup) == 0
    assert [m.rcpt_tos for m in smtp_sink.wait_for(1)] == [["ann@example.net"]]
    assert _why(tmp_path, message_id(doubted))[0] == "acknowledge"
    assert _why(tmp_path, message_id(missed))[0] == "ignore"
    assert not any("second reader" in w for w in _why(tmp_path, message_id(doubted))[1])
