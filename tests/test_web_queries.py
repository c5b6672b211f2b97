"""The console's figures and tables from a small state built by hand (pure queries)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from responder.config import parse_config
from responder.state import Store
from responder.web.app import masked_config
from responder.web.queries import reasons, timeline

NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)


def conversation(store: Store, i: int, created: datetime, reason: str | None, *, language: str = "en",
                 stop: str | None = None, hint: bool = False, booking_day: str | None = None) -> None:
    mid = f"<c{i}@example.net>"
    cid = store.create_conversation(customer=f"c{i}@example.net", root_message_id=mid, subject="s",
                                    language=language, customer_name="", reason=reason, now=created)
    if stop:
        store.stop_conversation(cid, stop, created)
    if hint:
        store.set_hint(cid, created + timedelta(days=60))
    if booking_day:
        store.keep_message_text(message_id=mid, text="t", evidence=[], reason=reason,
                                booking=json.dumps({"when": "x", "day": booking_day}),
                                language=language, now=created)


def test_reason_figures(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "state.db")
    monday = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)  # a Monday
    with store.transaction():
        conversation(store, 1, monday, "illness", booking_day="2026-03-16")  # same day
        conversation(store, 2, monday, "illness", language="de", booking_day="2026-03-17")  # 1 day
        conversation(store, 3, monday + timedelta(days=2), "cost", stop="rebooked",
                     booking_day="2026-03-30")  # 1-4 weeks, on a Wednesday
        conversation(store, 4, datetime(2026, 2, 1, 8, 0, tzinfo=UTC), None, stop="opt-out", hint=True)
        conversation(store, 5, datetime(2024, 1, 1, tzinfo=UTC), "cost")  # outside the window
        store.schedule_followups(1, [(1, "followup_checkin", NOW), (2, "followup_checkin", NOW)], NOW)
        store.set_followup_status(1, "cancelled", "customer replied")
    f = reasons(store, 12, NOW)
    assert f.cancellations == 4 and f.came_back == 1 and f.opt_outs == 1 and f.maybe_later == 1
    assert f.months == ["2026-02", "2026-03"]
    assert f.by_month_reason["2026-03"] == {"illness": 2, "cost": 1}
    assert f.by_reason == {"illness": 2, "cost": 1, "none": 1}
    assert f.by_language == {"en": 3, "de": 1}
    assert f.by_weekday["Mon"] == 2 and f.by_weekday["Wed"] == 1 and f.by_weekday["Sun"] == 1
    assert f.by_lead_time == {"same day": 1, "1 day": 1, "1-4 weeks": 1, "unknown": 1}
    assert f.followups == {"stopped": 1, "scheduled": 1}
    assert f.stopped_by == {"customer replied": 1}
    rows = f.rows()
    assert ("reason by month", "illness", "2026-03", 2) in rows
    assert ("total", "cancellations", "", 4) in rows


def test_timeline_lists_a_customers_mail_in_time_order(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "state.db")
    with store.transaction():
        conversation(store, 1, NOW - timedelta(days=3), "illness", stop="opt-out")
        store.record_message(message_id="<m@x>", folder="INBOX", uidvalidity=1, uid=1,
                             from_addr="c1@example.net", subject="Cancel", intent="cancellation",
                             confidence=0.9, language="en", action="acknowledge", why=["sure"],
                             conversation_id=1, flags=(), now=NOW - timedelta(days=3))
        store.suppress("c1@example.net", "opt-out", NOW)
    tl = timeline(store, "C1@example.net")
    assert tl.suppressed and "opt-out" in tl.suppressed
    assert [e.what for e in tl.events] == ["stopped", "received"] or \
        [e.what for e in tl.events] == ["received", "stopped"]
    assert "“Cancel”: cancellation → acknowledge (sure)" in [e.detail for e in tl.events]


def test_the_config_shown_never_holds_a_secret(tmp_path: Path) -> None:
    config = parse_config({
        "business": {"name": "S", "address": "a@s.example"},
        "imap": {"host": "h", "username": "u", "password_env": "IMAP_PW"},
        "smtp": {"host": "h", "password_file": "/run/secrets/smtp"},
        "http": {"secret_key_env": "KEY"}}, tmp_path / "config.toml")
    rows = dict(masked_config(config))
    assert rows["imap.password_env"] == "from IMAP_PW (not shown)"
    assert rows["smtp.password_file"] == "from /run/secrets/smtp (not shown)"
    assert rows["http.secret_key_env"] == "from KEY (not shown)"
    assert rows["imap.username"] == "u" and rows["smtp.password_env"] == "—"


def test_the_shipped_templates_are_never_written(tmp_path: Path) -> None:
    from responder.errors import ResponderError
    from responder.web.templates_edit import Editor

    config = parse_config({"business": {"name": "S", "address": "a@s.example"},
                           "imap": {"host": "h"}, "smtp": {"host": "h"}}, tmp_path / "config.toml")
    editor = Editor(config, Store.open(tmp_path / "state.db"))
    assert editor.read_only
    source = editor.source("en", "acknowledgement")
    assert not editor.check("en", "acknowledgement", source).errors
    with pytest.raises(ResponderError, match="responder init"):
        editor.save("en", "acknowledgement", source + "\n", "anna", NOW)
    assert editor.source("en", "acknowledgement") == source


def test_search_finds_a_sender_who_only_waits_for_a_person(tmp_path: Path) -> None:
    from responder.web.queries import customers

    store = Store.open(tmp_path / "state.db")
    with store.transaction():
        conversation(store, 1, NOW, "illness")
        store.record_message(message_id="<w@x>", folder="INBOX", uidvalidity=1, uid=5,
                             from_addr="bo@example.org", subject="s", intent="cancellation",
                             confidence=0.5, language="en", action="review", why=[],
                             conversation_id=None, flags=(), now=NOW)
        store.keep_reply_details(message_id="<w@x>", from_name="Bo Berg", reply_to="bo@example.org",
                                 references=[], reason_text="")
        store.add_review_item("<w@x>", "unsure", "", NOW)
    assert [(r.customer, r.status) for r in customers(store, "berg")] == [
        ("bo@example.org", "waiting for you")]
    assert [r.customer for r in customers(store, "example")] == ["bo@example.org", "c1@example.net"] \
        or [r.customer for r in customers(store, "example")] == ["c1@example.net", "bo@example.org"]
    assert customers(store, "100%_") == []  # LIKE wildcards are taken literally
