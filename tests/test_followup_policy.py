"""Follow-up policy end to end (Dovecot + aiosmtpd, time moved with --now): each reason gets
its cadence; replies, opt-outs, bounces and rebookings stop follow-ups; follow-ups wait for
business hours and skip holidays; the staff digest goes out once per period."""

from __future__ import annotations

import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import holidays
import pytest

from responder.state import from_ts
from responder.testing.dovecot import Dovecot, MailboxAccount
from responder.testing.smtp import SmtpSink
from tests.helpers import CANCEL, STAFF, bounce_of, mail, run_once, settle, write_config

pytestmark = pytest.mark.integration

LONDON = ZoneInfo("Europe/London")
POLICY = """
[followups]
business_hours = "09:00-17:00"
business_days = "mon-fri"
holidays = "GB"
jitter = "10m"
grace = "400d"
"""

ILL = "Hi, I have to cancel my appointment on Friday, I've come down with the flu.\n\nAnn\n"
COST = "Please cancel my membership, it's just too expensive for me right now.\n\nBob\n"
MOVED = ("Please cancel my booking for next week, we are moving to Lisbon at the end of the "
         "month.\n\nCara\n")
CLASH = ("I need to cancel Thursday's session, I have a work meeting that clashes with it.\n\n"
         "Dan\n")


@pytest.fixture
def config(tmp_path: Path, mailbox: MailboxAccount, smtp_sink: SmtpSink,
           monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("T_IMAP_PASSWORD", mailbox.password)
    path = write_config(tmp_path, mailbox, smtp_sink, followups=POLICY,
                        business_extra=f'staff_address = "{STAFF}"')
    assert run_once(path) == 0  # first start
    return path


def plan(config: Path) -> dict[str, list[tuple[int, str, datetime, str]]]:
    """customer -> [(step, template, due, status)] straight from the state database."""
    conn = sqlite3.connect(config.parent / "state.db")
    out: dict[str, list[tuple[int, str, datetime, str]]] = {}
    for customer, step, template, due, status in conn.execute(
            "SELECT c.customer, f.step, f.template, f.due_at, f.status FROM followups f "
            "JOIN conversations c ON c.id = f.conversation_id ORDER BY c.customer, f.step"):
        out.setdefault(customer, []).append((step, template, from_ts(due), status))
    conn.close()
    return out


def suppressed(config: Path) -> set[str]:
    conn = sqlite3.connect(config.parent / "state.db")
    rows = {r[0] for r in conn.execute("SELECT entry FROM suppressions")}
    conn.close()
    return rows


def test_each_reason_gets_its_own_cadence_and_a_kind_acknowledgement(
    config: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink
) -> None:
    for sender, body in (("ann", ILL), ("bob", COST), ("cara", MOVED), ("dan", CLASH)):
        dovecot.append(mailbox.user, mailbox.password, "INBOX",
                       mail(body, sender=f"{sender}@example.net"))
    started = datetime.now(UTC).replace(microsecond=0)  # the state keeps whole seconds
    assert run_once(config) == 0
    acks = {m.rcpt_tos[0]: m.message for m in smtp_sink.wait_for(4)}
    steps = plan(config)

    def days(customer: str) -> list[tuple[str, int]]:
        # Due dates move to the next business window: up to 4 days later than the cadence.
        return [(template, (due - started).days) for _, template, due, _ in steps.get(customer, [])]

    [(template, d)] = days("ann@example.net")
    assert template == "followup_checkin" and 21 <= d <= 25  # illness: ~21 days
    [(template, d)] = days("bob@example.net")
    assert 45 <= d <= 49  # cost: ~45 days
    assert days("cara@example.net") == []  # moved away: none
    [(template, d)] = days("dan@example.net")
    assert template == "followup_rebook" and 14 <= d <= 18  # schedule conflict: a rebooking note
    for _, _, due, _ in [s for v in steps.values() for s in v]:
        local = due.astimezone(LONDON)
        assert local.weekday() < 5 and 9 <= local.hour < 17

    ill = acks["ann@example.net"].get_body(("plain",))
    plain = acks["bob@example.net"].get_body(("plain",))
    assert ill is not None and plain is not None
    assert ill.get_content() != plain.get_content()  # each answers its reason, asks nothing


def ann_answers_her_acknowledgement(config: Path, dovecot: Dovecot, mailbox: MailboxAccount,
                                    smtp_sink: SmtpSink, text: str, subject: str) -> None:
    """Ann cancels (she is ill), is acknowledged, and ``text`` comes back in the thread."""
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(ILL))
    assert run_once(config) == 0
    [ack] = smtp_sink.wait_for(1)
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(
        text, subject=subject, in_reply_to=ack.message["Message-ID"]))
    assert run_once(config) == 0


def test_opt_out_reply_stops_everything_and_suppresses_the_address(
    config: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink
) -> None:
    ann_answers_her_acknowledgement(config, dovecot, mailbox, smtp_sink,
                                    "Thanks. Please don't email me again.", "Re: My appointment")
    assert [s[3] for s in plan(config)["ann@example.net"]] == ["cancelled"]
    assert "ann@example.net" in suppressed(config)
    later = (datetime.now(UTC) + timedelta(days=60)).isoformat()
    assert run_once(config, "--now", later) == 0
    time.sleep(0.3)
    assert len(smtp_sink.messages) == 1  # only the acknowledgement, ever


def test_unsubscribe_mailto_is_honoured(
    config: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink
) -> None:
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(COST, sender="bob@example.net"))
    assert run_once(config) == 0
    smtp_sink.wait_for(1)
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(
        "", subject="unsubscribe", sender="bob@example.net"))
    assert run_once(config) == 0
    assert [s[3] for s in plan(config)["bob@example.net"]] == ["cancelled"]
    assert "bob@example.net" in suppressed(config)


def test_an_out_of_office_reply_in_the_thread_neither_stops_nor_counts(
    config: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink
) -> None:
    """Known by its subject alone (no auto-reply headers): no answer, the plan stays."""
    ann_answers_her_acknowledgement(
        config, dovecot, mailbox, smtp_sink,
        "I am out of the office until Monday. Please don't expect a quick answer.",
        "Automatic reply: Re: My appointment")
    assert [s[3] for s in plan(config)["ann@example.net"]] == ["scheduled"]  # a reply cancels
    conn = sqlite3.connect(config.parent / "state.db")
    [(why,)] = conn.execute("SELECT why FROM messages WHERE subject LIKE 'Automatic reply:%'")
    conn.close()
    assert "automated: out-of-office: subject" in why
    assert len(settle(smtp_sink)) == 1  # only the acknowledgement


def test_rebooking_stops_the_followups(
    config: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink
) -> None:
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(ILL))
    assert run_once(config) == 0
    smtp_sink.wait_for(1)
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(
        "Feeling better! Could we move my appointment to next Thursday instead?",
        subject="New time"))
    assert run_once(config) == 0
    assert [s[3] for s in plan(config)["ann@example.net"]] == ["cancelled"]


def test_permanent_bounce_of_our_mail_stops_followups_and_suppresses(
    config: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink
) -> None:
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(ILL))
    assert run_once(config) == 0
    [ack] = smtp_sink.wait_for(1)
    dsn = bounce_of(ack.message["Message-ID"], "ann@example.net")
    dovecot.append(mailbox.user, mailbox.password, "INBOX", dsn)
    assert run_once(config) == 0
    assert [s[3] for s in plan(config)["ann@example.net"]] == ["cancelled"]
    assert "ann@example.net" in suppressed(config)
    time.sleep(0.3)
    to = [m.rcpt_tos for m in smtp_sink.messages]
    assert to.count(["ann@example.net"]) == 1  # the bounce itself is never answered
    # ... but staff hear that the customer did not get our mail (it waits in their queue)
    assert [t for t in to if t != ["ann@example.net"]] == [["staff@studio.example.com"]]


def next_christmas_noon(after: datetime) -> datetime:
    year = after.year if after.astimezone(LONDON).date() < datetime(after.year, 12, 24).date() \
        else after.year + 1
    return datetime(year, 12, 25, 12, 0, tzinfo=LONDON)


def test_a_followup_due_on_a_holiday_or_at_night_waits_for_the_next_business_window(
    tmp_path: Path, mailbox: MailboxAccount, smtp_sink: SmtpSink, dovecot: Dovecot,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("T_IMAP_PASSWORD", mailbox.password)
    config = write_config(tmp_path, mailbox, smtp_sink,
                          followups=POLICY + 'schedule = ["1d"]\nby_reason = {}\n')
    assert run_once(config) == 0
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL))
    assert run_once(config) == 0
    smtp_sink.wait_for(1)
    [(_, _, due, _)] = plan(config)["ann@example.net"]

    christmas = next_christmas_noon(due)  # a public holiday in GB, long after the due time
    assert run_once(config, "--now", christmas.isoformat()) == 0
    night = christmas.replace(hour=23)
    assert run_once(config, "--now", night.isoformat()) == 0
    time.sleep(0.3)
    assert len(smtp_sink.messages) == 1  # nothing on Christmas Day, nothing at night

    [(_, _, moved, status)] = plan(config)["ann@example.net"]
    local = moved.astimezone(LONDON)
    assert status == "scheduled" and moved > christmas
    assert local.weekday() < 5 and 9 <= local.hour < 17
    assert local.date() not in holidays.country_holidays("GB", years=local.year)

    assert run_once(config, "--now", (moved + timedelta(minutes=1)).isoformat()) == 0
    assert len(smtp_sink.wait_for(2)) == 2
    assert run_once(config, "--now", (moved + timedelta(hours=2)).isoformat()) == 0
    time.sleep(0.3)
    assert len(smtp_sink.messages) == 2  # and never twice


def test_daily_digest_reaches_staff_once_with_the_customers_words(
    tmp_path: Path, mailbox: MailboxAccount, smtp_sink: SmtpSink, dovecot: Dovecot,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("T_IMAP_PASSWORD", mailbox.password)
    config = write_config(tmp_path, mailbox, smtp_sink, followups=POLICY,
                          business_extra=f'staff_address = "{STAFF}"',
                          extra='[digest]\nfrequency = "daily"\nhour = 8\n')
    assert run_once(config) == 0
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(ILL))
    assert run_once(config) == 0
    smtp_sink.wait_for(1)
    tomorrow = (datetime.now(LONDON) + timedelta(days=1)).replace(hour=9, minute=0)
    assert run_once(config, "--now", tomorrow.isoformat()) == 0
    assert run_once(config, "--now", (tomorrow + timedelta(hours=3)).isoformat()) == 0
    time.sleep(0.3)
    digests = [m for m in smtp_sink.messages if m.rcpt_tos == [STAFF]]
    assert len(digests) == 1
    text = digests[0].message.get_body(("plain",))
    assert text is not None and "flu" in text.get_content()


def test_a_reason_in_the_thread_is_thanked_once_however_often_the_customer_writes(
    tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("T_IMAP_PASSWORD", mailbox.password)
    config = write_config(tmp_path, mailbox, smtp_sink, followups=POLICY,
                          extra="[replies]\nthank_you = true\n")
    assert run_once(config) == 0  # first start
    dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(CANCEL))
    assert run_once(config) == 0
    [ack] = smtp_sink.wait_for(1)
    for text in ("It was because I've been ill, sorry.", "Also it's too expensive for me right now."):
        dovecot.append(mailbox.user, mailbox.password, "INBOX", mail(
            text, subject="Re: My appointment", in_reply_to=ack.message["Message-ID"]))
        assert run_once(config) == 0
    time.sleep(0.3)
    assert len(smtp_sink.messages) == 2  # the acknowledgement and one thank-you
    conn = sqlite3.connect(config.parent / "state.db")
    whys = [why for (why,) in conn.execute(
        "SELECT why FROM messages WHERE subject = 'Re: My appointment' ORDER BY uid")]
    conn.close()
    assert ["one short thank-you" in why for why in whys] == [True, False]


def test_the_first_follow_up_a_customer_receives_never_says_one_more(
    config: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink
) -> None:
    """"Maybe in the spring" re-plans: the spring follow-up is step 2 of the plan but the first
    one Ann gets, so it must read as the first, not as "one more friendly hello"."""
    ann_answers_her_acknowledgement(config, dovecot, mailbox, smtp_sink,
                                    "Thank you! Maybe in the spring, once I feel better.",
                                    "Re: My appointment")
    steps = plan(config)["ann@example.net"]
    assert [(s[0], s[3]) for s in steps] == [(1, "cancelled"), (2, "scheduled")]
    smtp_sink.clear()
    due = steps[1][2]
    assert run_once(config, "--now", (due + timedelta(hours=1)).isoformat()) == 0
    [fu] = smtp_sink.wait_for(1)
    body = fu.message.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert "one more" not in text
    assert "It's been a little while" in text
