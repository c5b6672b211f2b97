"""The state database: migrations, unique keys against double sends, atomic transactions."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from responder import migrations
from responder.migrations import MIGRATIONS, applied
from responder.state import Store

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "state.db")


def new_conversation(store: Store, root: str = "<a@x>") -> int:
    with store.transaction():
        return store.create_conversation(customer="c@example.net", root_message_id=root,
                                         subject="s", language="en", customer_name="Ann",
                                         reason=None, now=NOW)


def test_migrations_are_recorded_once_and_reopening_applies_nothing(tmp_path: Path) -> None:
    Store.open(tmp_path / "s.db").close()
    again = Store.open(tmp_path / "s.db")
    assert applied(again.conn) == [name for name, _ in MIGRATIONS]


def test_the_same_acknowledgement_cannot_be_queued_twice(store: Store) -> None:
    conv = new_conversation(store)
    args = dict(kind="acknowledgement", ref="<a@x>", message_id="<ack.1@r>", conversation_id=conv,
                recipient="c@example.net", raw=b"x", now=NOW)
    with store.transaction():
        first = store.enqueue(**args)  # type: ignore[arg-type]
        second = store.enqueue(**args)  # type: ignore[arg-type]
    assert first is not None
    assert second is None
    assert len(store.outbox_due(NOW)) == 1


def test_the_same_message_cannot_be_recorded_twice(store: Store) -> None:
    kwargs = dict(message_id="<m@x>", folder="INBOX", uidvalidity=1, uid=1, from_addr="a@b",
                  subject="", intent="other", confidence=0.1, language="en", action="ignore",
                  why=[], conversation_id=None, flags=[], now=NOW)
    with store.transaction():
        store.record_message(**kwargs)  # type: ignore[arg-type]
    with pytest.raises(sqlite3.IntegrityError), store.transaction():
        store.record_message(**kwargs)  # type: ignore[arg-type]
    assert store.handled("<m@x>")


def test_a_failed_transaction_leaves_nothing_behind(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.set_cursor("INBOX", 7, 42, NOW)
        raise RuntimeError("crash in the middle")
    assert store.cursor("INBOX") is None


def test_followups_are_due_in_order_and_stop_with_the_conversation(store: Store) -> None:
    conv = new_conversation(store)
    plan = [(1, "followup_checkin", NOW + timedelta(days=30)),
            (2, "followup_checkin", NOW + timedelta(days=90))]
    with store.transaction():
        assert store.schedule_followups(conv, plan, NOW) == 2
        assert store.schedule_followups(conv, plan, NOW) == 0  # unique (conversation, step)
    assert store.next_followup_due() == NOW + timedelta(days=30)
    assert [f.step for f in store.followups_due(NOW + timedelta(days=31))] == [1]
    with store.transaction():
        assert store.stop_conversation(conv, "customer replied", NOW) == 2
    assert store.followups_due(NOW + timedelta(days=365)) == []
    assert store.next_followup_due() is None


def test_next_followups_lists_the_soonest_scheduled_with_their_customer(store: Store) -> None:
    conv = new_conversation(store)
    with store.transaction():
        store.schedule_followups(conv, [(2, "followup_rebook", NOW + timedelta(days=90)),
                                        (1, "followup_checkin", NOW + timedelta(days=30))], NOW)
    [first] = store.next_followups(1)
    assert (first.customer_name, first.customer, first.reason, first.step, first.template,
            first.due_at) == ("Ann", "c@example.net", "none", 1, "followup_checkin",
                              NOW + timedelta(days=30))
    with store.transaction():
        store.cancel_scheduled(conv, "customer replied")
    assert store.next_followups(5) == []


def test_started_at_is_the_first_cursor_and_survives_later_ones(store: Store) -> None:
    assert store.started_at("INBOX") is None
    with store.transaction():
        store.set_cursor("INBOX", 7, 0, NOW)
        store.set_cursor("INBOX", 8, 42, NOW + timedelta(days=1))
    assert store.started_at("INBOX") == NOW


def test_conversation_is_found_through_our_own_message_id(store: Store) -> None:
    conv = new_conversation(store)
    with store.transaction():
        store.enqueue(kind="acknowledgement", ref="<a@x>", message_id="<ack.1@r>",
                      conversation_id=conv, recipient="c@example.net", raw=b"x", now=NOW)
    found = store.conversation_for(["<unrelated@y>", "<ack.1@r>"])
    assert found is not None and found.id == conv
    assert store.conversation_for(["<unrelated@y>"]) is None


def test_dry_run_copy_does_not_touch_the_file(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    real = Store.open(path)
    with real.transaction():
        real.set_cursor("INBOX", 1, 5, NOW)
    real.close()
    copy = Store.open_copy(path)
    assert copy.cursor("INBOX") == (1, 5)
    with copy.transaction():
        copy.set_cursor("INBOX", 1, 99, NOW)
    assert Store.open(path).cursor("INBOX") == (1, 5)


def test_suppression_covers_an_address_or_a_whole_domain(store: Store) -> None:
    with store.transaction():
        assert store.suppress("Ann@Example.net", "asked to stop", NOW)
        assert not store.suppress("ann@example.net", "again", NOW)
        assert store.suppress("spam.example.org", "staff", NOW)
    assert store.suppressed("ANN@example.net") == "ann@example.net suppressed: asked to stop"
    assert store.suppressed("bob@example.net") is None
    assert store.suppressed("anyone@spam.example.org") is not None
    with store.transaction():
        assert store.unsuppress("@spam.example.org")
    assert store.suppressed("anyone@spam.example.org") is None


def _file_of(store: Store) -> Path:
    return Path(store.conn.execute("PRAGMA database_list").fetchone()[2])


def test_readers_open_the_state_itself_read_only_and_copy_only_an_older_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """health/status/report look at the live file (no copy of a large database each time);
    a database the daemon has not migrated yet is read through a migrated copy."""
    path = tmp_path / "state.db"
    Store.open(path).close()
    live = Store.open_readonly(path)
    assert _file_of(live) == path
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        live.conn.execute("DELETE FROM _migrations")
    live.close()

    old_path = tmp_path / "old.db"
    with monkeypatch.context() as m:  # a database written by the previous version
        m.setattr(migrations, "MIGRATIONS", MIGRATIONS[:-1])
        Store.open(old_path).close()
    older = Store.open_readonly(old_path)
    assert _file_of(older) != old_path and applied(older.conn) == [name for name, _ in MIGRATIONS]
    older.close()


def test_an_opt_out_stops_every_conversation_with_the_address_however_old(store: Store) -> None:
    old, new = new_conversation(store, "<old@x>"), new_conversation(store, "<new@x>")
    with store.transaction():
        other = store.create_conversation(customer="d@example.net", root_message_id="<d@x>",
                                          subject="s", language="en", customer_name="", reason=None,
                                          now=NOW)
        for conv in (old, new, other):
            store.schedule_followups(conv, [(1, "followup_checkin", NOW + timedelta(days=30)),
                                            (2, "followup_checkin", NOW + timedelta(days=90))], NOW)
        store.conn.execute("UPDATE conversations SET created_at = '2020-01-01T00:00:00Z' WHERE id = ?",
                           (old,))
    with store.transaction():
        assert store.stop_customer("C@Example.net", "opt-out", NOW) == 4
    rows = dict(store.conn.execute(
        "SELECT conversation_id, group_concat(status) FROM followups GROUP BY conversation_id"))
    assert rows[old] == rows[new] == "cancelled,cancelled"
    assert rows[other] == "scheduled,scheduled"
    assert {s for (s,) in store.conn.execute(
        "SELECT status FROM conversations WHERE customer = 'c@example.net'")} == {"stopped"}


def _record(store: Store, mid: str, uid: int) -> None:
    with store.transaction():
        store.record_message(message_id=mid, folder="INBOX", uidvalidity=1, uid=uid,
                             from_addr="a@example.net", subject="s", intent="other",
                             confidence=1.0, language="en", action="ignore", why=(),
                             conversation_id=None, flags=(), now=NOW)
        store.set_cursor("INBOX", 1, uid, NOW)


def _seen_elsewhere(path: Path) -> tuple[list[str], tuple[int, int] | None]:
    """What another connection (another process after a crash) finds committed."""
    other = sqlite3.connect(path)
    try:
        mids = [r[0] for r in other.execute("SELECT message_id FROM messages ORDER BY uid")]
        row = other.execute("SELECT uidvalidity, last_uid FROM mailbox").fetchone()
        return mids, (row[0], row[1]) if row else None
    finally:
        other.close()


def test_a_batch_commits_its_messages_and_the_cursor_together(tmp_path: Path) -> None:
    # Speed (issue 11, item 8): messages that are only recorded share one commit; until it,
    # nothing of them (and no cursor move) is visible, so a crash costs only a re-read.
    store = Store.open(tmp_path / "state.db")
    with store.batched():
        _record(store, "<1@x>", 1)
        _record(store, "<2@x>", 2)
        assert _seen_elsewhere(tmp_path / "state.db") == ([], None)
    assert _seen_elsewhere(tmp_path / "state.db") == (["<1@x>", "<2@x>"], (1, 2))


def test_in_a_batch_a_failed_message_is_undone_alone_and_commit_batch_shows_the_rest(
        tmp_path: Path) -> None:
    store = Store.open(tmp_path / "state.db")
    with store.batched():
        _record(store, "<1@x>", 1)
        with pytest.raises(RuntimeError), store.transaction():
            store.record_message(message_id="<bad@x>", folder="INBOX", uidvalidity=1, uid=2,
                                 from_addr="a@example.net", subject="s", intent="other",
                                 confidence=1.0, language="en", action="ignore", why=(),
                                 conversation_id=None, flags=(), now=NOW)
            raise RuntimeError("a bug half way through a message")
        _record(store, "<3@x>", 3)
        store.commit_batch()  # e.g. after a message that queued an acknowledgement
        assert _seen_elsewhere(tmp_path / "state.db") == (["<1@x>", "<3@x>"], (1, 3))
        _record(store, "<4@x>", 4)
    assert _seen_elsewhere(tmp_path / "state.db") == (["<1@x>", "<3@x>", "<4@x>"], (1, 4))


def test_an_error_out_of_a_batch_rolls_back_only_what_was_not_committed(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "state.db")
    with pytest.raises(sqlite3.OperationalError), store.batched():
        _record(store, "<1@x>", 1)
        store.commit_batch()
        _record(store, "<2@x>", 2)
        store.conn.execute("INSERT INTO no_such_table VALUES (1)")  # the disk refuses, say
    assert _seen_elsewhere(tmp_path / "state.db") == (["<1@x>"], (1, 1))
    _record(store, "<2@x>", 2)  # and the store works on, outside a batch
    assert _seen_elsewhere(tmp_path / "state.db") == (["<1@x>", "<2@x>"], (1, 2))


def test_flags_queued_while_others_are_being_set_are_not_marked_done_with_them(store: Store) -> None:
    """apply_flags reads the pending flags, sets them over IMAP (awaiting), then marks them
    done. A send that fails meanwhile queues $NeedsReview on the same message: it must stay
    pending for the next cycle, not be marked done with the flags read before it."""
    with store.transaction():
        store.record_message(message_id="<m@x>", folder="INBOX", uidvalidity=1, uid=7,
                             from_addr="a@example.net", subject="s", intent="cancellation",
                             confidence=1.0, language="en", action="acknowledge", why=(),
                             conversation_id=None, flags=("$Cancellation",), now=NOW)
    [read] = store.pending_flags("INBOX")  # the cycle reads them, and sets them over IMAP
    with store.transaction():
        store.add_pending_flags("INBOX", 1, 7, ("$NeedsReview",))  # the send fails meanwhile
    with store.transaction():
        store.flags_done([read])
    [left] = store.pending_flags("INBOX")
    assert left.flags == ("$NeedsReview",)  # only what is new: $Cancellation is set already
    with store.transaction():
        store.flags_done([left])
    assert store.pending_flags("INBOX") == []


def test_flags_already_set_are_not_set_again_and_a_removed_one_can_come_back(store: Store) -> None:
    """With imap.review_folder every set of $NeedsReview is a COPY: setting it again (when
    another flag is queued later) would put a second copy in the folder."""
    with store.transaction():
        store.record_message(message_id="<m@x>", folder="INBOX", uidvalidity=1, uid=7,
                             from_addr="a@example.net", subject="s", intent="cancellation",
                             confidence=0.6, language="en", action="review", why=(),
                             conversation_id=None, flags=("$NeedsReview",), now=NOW)
    [first] = store.pending_flags("INBOX")
    with store.transaction():
        store.flags_done([first])
        store.add_pending_flags("INBOX", 1, 7, ("$Cancellation",))
    [second] = store.pending_flags("INBOX")
    assert second.flags == ("$Cancellation",)
    with store.transaction():
        store.flags_done([second])
        store.change_pending_flags("<m@x>", remove=("$NeedsReview",))  # staff decided
    [third] = store.pending_flags("INBOX")
    assert (third.flags, third.remove) == ((), ("$NeedsReview",))
    with store.transaction():
        store.flags_done([third])
        store.change_pending_flags("<m@x>", add=("$NeedsReview",))  # it needs a look again
    [fourth] = store.pending_flags("INBOX")
    assert fourth.flags == ("$NeedsReview",)


def test_a_senders_open_conversations_are_found_by_the_sender_not_by_a_scan(store: Store) -> None:
    """Asked for every message: the plan must search by customer (a scan of every open
    conversation made each message slower as the business grew)."""
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    store.open_conversations("c@example.net", NOW - timedelta(days=30))
    store.conn.set_trace_callback(None)
    (sql,) = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    plan = " ".join(row[3] for row in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}"))
    assert "USING INDEX conversations_customer (customer=?" in plan, plan
