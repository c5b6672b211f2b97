"""Staff decisions and what feeds the queue, on a real state database (no servers): the one
decision function, exactly-once acknowledgements, tags queued on and off, and which
decisions wait for a person."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from responder.config import parse_config
from responder.decide import Decision
from responder.handling import review_kind
from responder.outgoing import Outgoing
from responder.render import Renderer
from responder.state import Store
from responder.web.actions import LABELS, ReviewError, decide_review
from tests.helpers import REPO

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "state.db")


@pytest.fixture
def outgoing(tmp_path: Path) -> Outgoing:
    config = parse_config({
        "business": {"name": "Studio", "address": "bookings@studio.example.com"},
        "imap": {"host": "localhost"}, "smtp": {"host": "localhost"},
        "templates": {"dir": str(REPO / "templates")}}, tmp_path / "config.toml")
    return Outgoing(config, Renderer(REPO / "templates"), lambda: NOW)


def waiting_message(store: Store, mid: str = "<m1@example.net>", sender: str = "ann@example.net",
                    kind: str = "unsure", flags: tuple[str, ...] = ("$NeedsReview",)) -> str:
    with store.transaction():
        store.record_message(message_id=mid, folder="INBOX", uidvalidity=7, uid=41,
                             from_addr=sender, subject="Friday", intent="cancellation",
                             confidence=0.5, language="en", action="review", why=["unsure"],
                             conversation_id=None, flags=flags, now=NOW)
        store.keep_message_text(message_id=mid, text="Hi, I won't be coming on Friday.",
                                evidence=["won't be coming"], reason="illness",
                                booking=json.dumps({"summary": "Friday 6 March", "when": "Friday 6 March",
                                                    "for_when": "for Friday 6 March",
                                                    "what": "", "where": "", "day": "2026-03-06",
                                                    "at": None}),
                                language="en", now=NOW)
        store.keep_reply_details(message_id=mid, from_name="Ann Example", reply_to=sender,
                                 references=["<older@example.net>"], reason_text="I have the flu")
        store.add_review_item(mid, kind, "unsure", NOW)
    return mid


def flags_of(store: Store, mid: str) -> tuple[list[str], list[str], int]:
    row = store.conn.execute("SELECT flags, flags_remove, flags_done FROM messages WHERE message_id = ?",
                             (mid,)).fetchone()
    return json.loads(row[0]), json.loads(row[1]), row[2]


def test_acknowledge_queues_one_threaded_acknowledgement_and_takes_the_review_tag_off(
        store: Store, outgoing: Outgoing) -> None:
    mid = waiting_message(store)
    result = decide_review(store, mid, "acknowledge", "anna", NOW, outgoing=outgoing)
    [row] = store.conn.execute("SELECT kind, ref, recipient, raw, source_uid, conversation_id "
                               "FROM outbox").fetchall()
    assert row[:3] == ("acknowledgement", mid, "ann@example.net") and row[4] == 41
    raw = bytes(row[3])
    assert f"In-Reply-To: {mid}".encode() in raw and b"<older@example.net>" in raw
    assert b"for Friday 6 March" in raw  # the booking read from the mail
    assert result.queued is not None and store.waiting_count() == 0
    flags, removed, done = flags_of(store, mid)
    assert "$NeedsReview" not in flags and "$Cancellation" in flags
    assert removed == ["$NeedsReview"] and done == 0  # apply_flags takes it off
    assert store.conversation(row[5]) is not None  # follow-ups are planned when it is sent
    with pytest.raises(ReviewError, match="already decided"):
        decide_review(store, mid, "acknowledge", "bob", NOW, outgoing=outgoing)
    assert store.conn.execute("SELECT COUNT(*) FROM outbox").fetchone()[0] == 1
    assert [r[0] for r in store.conn.execute("SELECT who FROM review_actions")] == ["anna"]
    assert [r[0] for r in store.conn.execute("SELECT action FROM audit")] == ["review:acknowledge"]
    # The decision is a labelled example for the second reader: the text, the intent, who.
    assert store.conn.execute("SELECT message_id, intent, text, language, who FROM labels").fetchall() \
        == [(mid, "cancellation", "Hi, I won't be coming on Friday.", "en", "anna")]


def test_a_failed_automatic_send_is_queued_again_not_duplicated(store: Store, outgoing: Outgoing) -> None:
    mid = waiting_message(store, kind="send_failed")
    with store.transaction():
        store.enqueue(kind="acknowledgement", ref=mid, message_id="<ack.1@responder.studio>",
                      conversation_id=None, recipient="ann@example.net", raw=b"x", now=NOW)
        store.conn.execute("UPDATE outbox SET status = 'failed'")
    decide_review(store, mid, "acknowledge", "anna", NOW, outgoing=outgoing)
    assert store.conn.execute("SELECT status, COUNT(*) FROM outbox").fetchone() == ("queued", 1)


def test_dismiss_reschedule_and_stop(store: Store) -> None:
    a = waiting_message(store, "<a@example.net>", flags=("$Cancellation", "$NeedsReview"))
    b = waiting_message(store, "<b@example.net>", sender="bo@example.net")
    c = waiting_message(store, "<c@example.net>", sender="cy@example.net")
    with store.transaction():
        conv = store.create_conversation(customer="cy@example.net", root_message_id="<old@x>",
                                         subject="s", language="en", customer_name="Cy",
                                         reason=None, now=NOW)
        store.schedule_followups(conv, [(1, "followup_checkin", NOW)], NOW)
    decide_review(store, a, "dismiss", "anna", NOW)
    assert flags_of(store, a)[:2] == ([], ["$Cancellation", "$NeedsReview"])
    decide_review(store, b, "reschedule", "anna", NOW)
    assert flags_of(store, b)[0] == ["$Reschedule"]
    decide_review(store, c, "stop", "anna", NOW)
    assert store.suppressed("cy@example.net")
    assert store.conversation(conv).status == "stopped"  # type: ignore[union-attr]
    assert store.conn.execute("SELECT status FROM followups").fetchone()[0] == "cancelled"
    assert store.waiting_count() == 0
    assert set(LABELS) == {"acknowledge", "dismiss", "reschedule", "stop"}
    assert sorted(store.conn.execute("SELECT message_id, intent FROM labels")) == [
        ("<a@example.net>", "other"), ("<b@example.net>", "reschedule")]  # stop: no intent


def test_acknowledging_a_suppressed_customer_is_refused(store: Store, outgoing: Outgoing) -> None:
    mid = waiting_message(store)
    with store.transaction():
        store.suppress("ann@example.net", "asked", NOW)
    with pytest.raises(ReviewError, match="suppression list"):
        decide_review(store, mid, "acknowledge", "anna", NOW, outgoing=outgoing)
    assert store.waiting_count() == 1  # nothing changed: it still waits


def test_a_failed_send_puts_its_message_back_in_the_queue(store: Store) -> None:
    mid = waiting_message(store)
    decide_review(store, mid, "dismiss", "anna", NOW)
    with store.transaction():
        store.add_review_item_for_uid("INBOX", 7, 41, "send_failed", "not sent", NOW)
    assert store.waiting_count() == 1
    assert store.conn.execute("SELECT kind FROM review_items").fetchone()[0] == "send_failed"


@pytest.mark.parametrize(("decision", "acknowledge", "kind"), [
    (Decision("review", ("unsure",), ("$NeedsReview",)), True, "unsure"),
    (Decision("review", ("no address",), ("$Cancellation", "$NeedsReview")), True, "cancellation"),
    (Decision("tag", ("reschedule",), ("$Reschedule",)), True, "reschedule"),
    (Decision("tag", ("within ack_interval",), ("$Cancellation",)), True, "repeat"),
    (Decision("tag", ("acks off",), ("$Cancellation",)), False, None),
    (Decision("tag", ("opt-out",), ("$Cancellation",), stop="opt-out"), True, None),
    (Decision("acknowledge", ("sure",), ("$Cancellation",)), True, None),
    (Decision("ignore", ("other",)), True, None),
    (Decision("tag", ("bounce: permanent delivery failure for c@x.test", "stop"), ("$NeedsReview",),
              stop="bounced", suppress=("c@x.test",)), True, "bounce"),
    (Decision("ignore", ("bounce: temporary delivery failure for c@x.test",)), True, None),
    (Decision("tag", ("reply", "may have asked to stop: no mails"), ("$NeedsReview",),
              stop="may have asked to stop", stop_all=True), True, "optout"),
])
def test_which_decisions_wait_for_a_person(decision: Decision, acknowledge: bool,
                                            kind: str | None) -> None:
    assert review_kind(decision, acknowledge) == kind


def test_upgrading_puts_what_waited_lately_in_the_queue(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from responder import migrations

    path = tmp_path / "old.db"
    with monkeypatch.context() as m:  # a state from before the console
        m.setattr(migrations, "MIGRATIONS", [s for s in migrations.MIGRATIONS
                                             if not s[0].startswith("0020_")])
        old = Store.open(path)
        recent = datetime.now(UTC)
        with old.transaction():
            for uid, (mid, action, flags, when) in enumerate((
                    ("<unsure@x>", "review", ("$NeedsReview",), recent),
                    ("<resched@x>", "tag", ("$Reschedule",), recent),
                    ("<answered@x>", "acknowledge", ("$Cancellation",), recent),
                    ("<long-ago@x>", "review", ("$NeedsReview",), datetime(2020, 1, 1, tzinfo=UTC)))):
                old.record_message(message_id=mid, folder="INBOX", uidvalidity=1, uid=uid,
                                   from_addr="a@example.net", subject="s", intent=None,
                                   confidence=None, language=None, action=action, why=[],
                                   conversation_id=None, flags=flags, now=when)
        old.close()
    store = Store.open(path)
    assert sorted(store.conn.execute("SELECT message_id, kind FROM review_items")) == [
        ("<resched@x>", "reschedule"), ("<unsure@x>", "unsure")]


def test_a_bounce_of_our_mail_can_only_be_marked_seen_and_teaches_the_reader_nothing(
        store: Store, outgoing: Outgoing) -> None:
    mid = waiting_message(store, "<dsn@mx.example.net>", sender="mailer-daemon@mx.example.net",
                          kind="bounce")
    for action in ("acknowledge", "reschedule", "stop"):
        with pytest.raises(ReviewError, match="never answered"):
            decide_review(store, mid, action, "anna", NOW, outgoing=outgoing)
    decide_review(store, mid, "dismiss", "anna", NOW, outgoing=outgoing)
    assert store.waiting_count() == 0
    assert store.conn.execute("SELECT COUNT(*) FROM outbox").fetchone()[0] == 0
    assert store.conn.execute("SELECT COUNT(*) FROM labels").fetchone()[0] == 0
    assert "$NeedsReview" in flags_of(store, mid)[1]  # the tag comes off


def test_a_reply_that_may_ask_to_stop_is_a_stop_or_not_and_teaches_no_intent(
        store: Store, outgoing: Outgoing) -> None:
    mid = waiting_message(store, "<o1@example.net>", sender="ola@example.net", kind="optout")
    for action in ("acknowledge", "reschedule"):
        with pytest.raises(ReviewError, match="request to stop"):
            decide_review(store, mid, action, "anna", NOW, outgoing=outgoing)
    assert decide_review(store, mid, "stop", "anna", NOW).detail.startswith("all mail stopped")
    assert store.suppressed("ola@example.net")
    kept = waiting_message(store, "<o2@example.net>", sender="ida@example.net", kind="optout")
    assert "not a request to stop" in decide_review(store, kept, "dismiss", "anna", NOW).detail
    assert not store.suppressed("ida@example.net")
    assert "$NeedsReview" in flags_of(store, kept)[1]
    assert store.waiting_count() == 0
    assert store.conn.execute("SELECT COUNT(*) FROM labels").fetchone()[0] == 0
