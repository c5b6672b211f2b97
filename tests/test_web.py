"""The staff console in a real browser (Debian's Chromium driven by Playwright), served by the
daemon itself against the real Dovecot and SMTP server of the test harness.

Screenshots of every page go to tests/screenshots/ (not committed; the README says where).
"""

from __future__ import annotations

import io
import json
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from responder.cli import main
from responder.testing import free_port
from responder.testing.dovecot import Dovecot, MailboxAccount
from responder.testing.smtp import SmtpSink
from tests.helpers import (
    REPO,
    STAFF,
    bounce_of,
    daemon,
    in_ci,
    log_lines,
    mail,
    message_id,
    wait_logged,
    write_config,
)

pytestmark = pytest.mark.integration

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = REPO / "tests" / "screenshots"
USER, PASSWORD = "anna", "correct horse battery staple"
#: Read as a cancellation, but not surely enough to answer (no booked time said: rules round 46): it waits
#: for a person.
UNSURE = "Hi, I won't be coming this week.\n\nAnn\n"
HOSTILE = ("Hi, I won't be coming this week. <script>window.__pwned = 1; alert('x')</script> "
           "<b>bold</b> <img src=x onerror=alert(2)>\n\nAnn\n")
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Debian's Chromium through Playwright; nothing is downloaded (no `playwright install`)."""
    if not CHROMIUM.exists():
        message = "the console tests need Chromium: apt-get install -y chromium chromium-driver"
        if in_ci():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        try:
            yield b
        finally:
            b.close()


class Console:
    """The daemon with its HTTP port, a logged-in browser page, and the test servers."""

    def __init__(self, config: Path, port: int, proc: subprocess.Popen[bytes], page: object,
                 dovecot: Dovecot, mailbox: MailboxAccount, sink: SmtpSink, templates: Path) -> None:
        self.config, self.port, self.proc, self.page = config, port, proc, page
        self.dovecot, self.mailbox, self.sink, self.templates = dovecot, mailbox, sink, templates
        self.url = f"http://127.0.0.1:{port}"

    def go(self, path: str) -> object:
        return self.page.goto(self.url + path)  # type: ignore[attr-defined]

    def shot(self, name: str) -> None:
        SHOTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]

    def append(self, raw: bytes) -> int:
        return self.dovecot.append(self.mailbox.user, self.mailbox.password, "INBOX", raw)

    def flags(self, uid: int) -> frozenset[str]:
        return self.dovecot.fetch_flags(self.mailbox.user, self.mailbox.password, "INBOX", uid)

    def wait_waiting(self, n: int, timeout: float = 20) -> None:
        """Until the badge says ``n`` (the daemon handled the mail)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.go("/waiting")
            if self.page.inner_text("[data-testid=badge]").strip() == str(n):  # type: ignore[attr-defined]
                return
            time.sleep(0.3)
        raise AssertionError(f"the badge never showed {n}")

    def wait_flags(self, uid: int, check: Callable[[frozenset[str]], bool],
                   timeout: float = 20) -> frozenset[str]:
        deadline = time.monotonic() + timeout
        flags = self.flags(uid)
        while not check(flags) and time.monotonic() < deadline:
            time.sleep(0.2)
            flags = self.flags(uid)
        return flags


def login(page: object, url: str, name: str = USER, password: str = PASSWORD) -> None:
    page.goto(url + "/login")  # type: ignore[attr-defined]
    page.fill("input[name=name]", name)  # type: ignore[attr-defined]
    page.fill("input[name=password]", password)  # type: ignore[attr-defined]
    page.click("button[type=submit]")  # type: ignore[attr-defined]


def add_user(config: Path, monkeypatch: pytest.MonkeyPatch, name: str = USER,
             password: str = PASSWORD) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    assert main(["users", "add", name, "--config", str(config)]) == 0


@pytest.fixture
def console(tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink,
            password: None, browser: object, monkeypatch: pytest.MonkeyPatch) -> Iterator[Console]:
    templates = tmp_path / "templates"
    shutil.copytree(REPO / "templates", templates)
    port = free_port()
    config = write_config(tmp_path, mailbox, smtp_sink, templates=templates,
                          business_extra=f'staff_address = "{STAFF}"',
                          extra=f'[http]\nport = {port}\n')
    add_user(config, monkeypatch)
    # The mailbox cursor starts here (a process of its own: Playwright's sync API keeps an
    # event loop in this thread, so asyncio.run cannot run here).
    subprocess.run([sys.executable, "-m", "responder.cli", "run", "--once", "--config", str(config)],
                   check=True, capture_output=True)
    proc = daemon(config)
    try:
        assert wait_logged(config, "http port open", 0, proc), log_lines(config)
        context = browser.new_context(viewport={"width": 1100, "height": 800})  # type: ignore[attr-defined]
        page = context.new_page()
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        login(page, f"http://127.0.0.1:{port}")
        c = Console(config, port, proc, page, dovecot, mailbox, smtp_sink, templates)
        yield c
        assert not [e for e in errors if "Content Security Policy" in e], errors
        context.close()
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(15) == 0
    log = "\n".join(log_lines(config))
    for secret in (PASSWORD, mailbox.password, "coming this week", "__pwned"):
        assert secret not in log, secret  # no password and no customer's text in the log


def test_acknowledge_from_the_queue_sends_once_threaded_and_the_original_gets_answered(
        console: Console) -> None:
    raw = mail(UNSURE, subject="Friday")
    uid = console.append(raw)
    console.wait_waiting(1)
    assert "$NeedsReview" in console.wait_flags(uid, lambda f: "$NeedsReview" in f)
    page = console.page
    item = page.locator("[data-testid=item]")  # type: ignore[attr-defined]
    assert "won't be coming this week" in item.inner_text()
    assert "cancellation" in item.inner_text() and "50%" in item.inner_text()
    console.shot("waiting")
    href = page.get_attribute("text=Send the acknowledgement…", "href")  # type: ignore[attr-defined]
    page.click("text=Send the acknowledgement…")  # type: ignore[attr-defined]
    preview = page.locator("[data-testid=preview]")  # type: ignore[attr-defined]
    assert "ann@example.net" in preview.inner_text()
    assert message_id(raw) in preview.inner_text()  # threaded to the customer's message
    console.shot("acknowledge-preview")
    page.click("button:has-text('Send it')")  # type: ignore[attr-defined]
    assert "Done: sent the acknowledgement" in page.inner_text("main")  # type: ignore[attr-defined]
    assert page.inner_text("[data-testid=badge]").strip() == "0"  # type: ignore[attr-defined]
    [sent] = console.sink.wait_for(1, timeout=20)
    assert sent.rcpt_tos == ["ann@example.net"]
    assert sent.message["In-Reply-To"] == message_id(raw)
    assert message_id(raw) in sent.message["References"]
    flags = console.wait_flags(uid, lambda f: "\\Answered" in f and "$NeedsReview" not in f)
    assert "\\Answered" in flags and "$NeedsReview" not in flags, flags
    # Exactly once: the same decision again (a second tab, a double click) is refused.
    console.go(href)
    assert "already decided" in page.inner_text("main")  # type: ignore[attr-defined]
    assert page.locator("button:has-text('Send it')").count() == 0  # type: ignore[attr-defined]
    time.sleep(1.0)
    assert len(console.sink.messages) == 1
    console.go("/audit")
    assert "review:acknowledge" in page.inner_text("main")  # type: ignore[attr-defined]
    console.shot("audit")
    console.go("/customers/ann@example.net")
    timeline = page.inner_text("main")  # type: ignore[attr-defined]
    assert "acknowledgement: sent" in timeline and "anna: acknowledge" in timeline
    console.shot("customer")


def test_not_a_cancellation_takes_the_tag_off_and_reschedule_puts_its_own(console: Console) -> None:
    first = console.append(mail(UNSURE, subject="Friday"))
    second = console.append(mail(UNSURE, subject="Friday too", sender="Bo <bo@example.net>"))
    console.wait_waiting(2)
    page = console.page
    page.locator("[data-testid=item]", has_text="Friday too").locator(  # type: ignore[attr-defined]
        "text=Not a cancellation").click()
    assert "Done: not a cancellation" in page.inner_text("main")  # type: ignore[attr-defined]
    page.locator("[data-testid=item]").locator("text=It's a reschedule").click()  # type: ignore[attr-defined]
    assert page.inner_text("[data-testid=badge]").strip() == "0"  # type: ignore[attr-defined]
    bo = console.wait_flags(second, lambda f: "$NeedsReview" not in f)
    ann = console.wait_flags(first, lambda f: "$Reschedule" in f and "$NeedsReview" not in f)
    assert "$NeedsReview" not in bo and "\\Answered" not in bo
    assert "$Reschedule" in ann and "$NeedsReview" not in ann
    assert console.sink.messages == []  # neither decision writes to the customer


def test_stop_all_mail_suppresses_the_customer(console: Console) -> None:
    console.append(mail(UNSURE, subject="Friday"))
    console.wait_waiting(1)
    console.page.click("text=Stop all mail to this customer")  # type: ignore[attr-defined]
    console.go("/customers/ann@example.net")
    assert "No mail goes to this customer" in console.page.inner_text("main")  # type: ignore[attr-defined]


def test_a_mail_body_with_script_renders_as_text(console: Console) -> None:
    console.append(mail(HOSTILE, subject="<script>alert('subject')</script>"))
    console.wait_waiting(1)
    page = console.page
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
    console.go("/waiting")
    text = page.inner_text("[data-testid=text]")  # type: ignore[attr-defined]
    assert "<script>window.__pwned = 1; alert('x')</script>" in text
    assert "<img src=x onerror=alert(2)>" in text
    assert "<script>alert('subject')</script>" in page.inner_text("[data-testid=item]")  # type: ignore[attr-defined]
    assert page.evaluate("window.__pwned === undefined")  # type: ignore[attr-defined]
    assert page.locator("main script").count() == 0  # type: ignore[attr-defined]
    assert page.locator("main img").count() == 0  # type: ignore[attr-defined]
    time.sleep(0.3)
    assert dialogs == []
    console.page.click("text=Send the acknowledgement…")  # type: ignore[attr-defined]
    assert page.evaluate("window.__pwned === undefined")  # type: ignore[attr-defined]
    console.shot("hostile-mail")


def test_a_template_with_a_mistake_cannot_go_live_then_is_fixed_and_reverted(
        console: Console) -> None:
    live = console.templates / "en" / "acknowledgement.txt"
    original = live.read_text(encoding="utf-8")
    page = console.page
    console.go("/messages")
    console.shot("messages")
    console.go("/messages/en/acknowledgement")
    lines = original.split("\n")
    broken_line = lines.index("{{ greeting }}") + 1
    lines[broken_line - 1] = "{{ customer_nmae }} {{ greeting }}"
    broken = "\n".join(lines)
    page.fill("textarea[name=source]", broken)  # type: ignore[attr-defined]
    # The live check (htmx, as staff type) shows the error at its line.
    page.wait_for_selector("[data-testid=problems] li.error")  # type: ignore[attr-defined]
    problem = page.inner_text("[data-testid=problems]")  # type: ignore[attr-defined]
    assert f"line {broken_line}:" in problem and "customer_nmae" in problem
    assert page.locator(f"li.error[data-line='{broken_line}']").count() == 1  # type: ignore[attr-defined]
    console.shot("message-edit-error")
    page.click("text=Save as live")  # type: ignore[attr-defined]
    assert "cannot go live" in page.inner_text("main")  # type: ignore[attr-defined]
    assert live.read_text(encoding="utf-8") == original  # not saved
    # Fixed: saved atomically, both versions kept.
    fixed = original.replace("Thank you for letting us know.", "Thanks a lot for letting us know.")
    assert fixed != original
    page.fill("textarea[name=source]", fixed)  # type: ignore[attr-defined]
    page.wait_for_selector("[data-testid=preview-text]:has-text('Thanks a lot')")  # type: ignore[attr-defined]
    page.select_option("select[name=customer]", "anonymous")  # type: ignore[attr-defined]
    page.wait_for_selector("[data-testid=preview-text]:has-text('Hello,')")  # type: ignore[attr-defined]
    page.click("text=Save as live")  # type: ignore[attr-defined]
    assert "Saved." in page.inner_text("main")  # type: ignore[attr-defined]
    assert live.read_text(encoding="utf-8") == fixed
    console.shot("message-edit")
    # One click back to the version before.
    page.click("text=Revert to this")  # type: ignore[attr-defined]
    assert "Reverted." in page.inner_text("main")  # type: ignore[attr-defined]
    assert live.read_text(encoding="utf-8") == original
    # Send me a test: the live version arrives, marked as a test.
    page.click("text=Send the live version with sample data")  # type: ignore[attr-defined]
    [test] = console.sink.wait_for(1, timeout=20)
    assert test.rcpt_tos == [STAFF] and test.message["Subject"].startswith("[TEST] ")
    console.go("/audit")
    audit = page.inner_text("main")  # type: ignore[attr-defined]
    assert "template:save" in audit and "template:revert" in audit and "template:send-test" in audit


def test_every_page_renders_and_is_readable_on_a_phone(console: Console, browser: object) -> None:
    console.append(mail(UNSURE, subject="Friday"))
    console.wait_waiting(1)
    page = console.page
    for path, name in (("/status", "status"), ("/customers", "customers"),
                       ("/reasons", "reasons")):
        response = console.go(path)
        assert response.status == 200  # type: ignore[attr-defined]
        console.shot(name)
    console.go("/status")
    status = page.inner_text("main")  # type: ignore[attr-defined]
    assert "connected" in status and "T_IMAP_PASSWORD (not shown)" in status
    console.go("/reasons")
    page.wait_for_function("document.querySelector('#by-month').width > 0")  # type: ignore[attr-defined]
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True,  # type: ignore[attr-defined]
                                has_touch=True, device_scale_factor=2)
    mobile = phone.new_page()
    login(mobile, console.url)
    mobile.goto(console.url + "/waiting")
    assert mobile.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    SHOTS.mkdir(exist_ok=True)
    mobile.screenshot(path=str(SHOTS / "phone-waiting.png"), full_page=True)
    phone.close()
    console.page.context.clear_cookies()  # type: ignore[attr-defined]
    console.go("/login")
    console.shot("login")


def test_customers_search_timeline_and_follow_ups(console: Console) -> None:
    console.append(mail("Hi, please cancel my haircut on Tuesday 15 December at 3pm.\n\nAnn\n",
                        subject="My haircut"))
    [ack] = console.sink.wait_for(1, timeout=20)  # answered by the daemon; a follow-up is planned
    # Every message not ignored keeps its new text and what was read (the second reader's
    # labelled examples are built from it): here with the booking the acknowledgement named.
    with sqlite3.connect(console.config.parent / "state.db") as db:
        text, evidence, booking, language = db.execute(
            "SELECT text, evidence, booking, language FROM message_texts").fetchone()
    assert "please cancel my haircut on Tuesday 15 December at 3pm" in text and json.loads(evidence)
    assert language == "en" and json.loads(booking)["for_when"] in ack.message.get_body(
        ("plain",)).get_content()  # type: ignore[union-attr]
    page = console.page
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        console.go("/customers?q=ANN@example")
        if page.locator("text=ann@example.net").count():  # type: ignore[attr-defined]
            break
        time.sleep(0.3)
    page.click("text=ann@example.net")  # type: ignore[attr-defined]
    timeline = page.inner_text("main")  # type: ignore[attr-defined]
    assert "received" in timeline and "acknowledgement: sent" in timeline
    assert "follow-up 1 (followup_checkin): scheduled" in timeline
    console.shot("customer-timeline")
    page.fill("input[name=due]", "2030-01-15T10:30")  # type: ignore[attr-defined]
    page.click("text=Move it")  # type: ignore[attr-defined]
    assert "2030-01-15" in page.inner_text("main")  # type: ignore[attr-defined]
    page.click("text=Cancel it")  # type: ignore[attr-defined]
    assert "cancelled by anna" in page.inner_text("main")  # type: ignore[attr-defined]
    assert page.locator("text=Move it").count() == 0  # type: ignore[attr-defined]
    console.go("/customers?q=nobody-like-this")
    assert "No customer matches" in page.inner_text("main")  # type: ignore[attr-defined]
    console.go("/audit")
    audit = page.inner_text("main")  # type: ignore[attr-defined]
    assert "customer:move" in audit and "customer:cancel" in audit


def test_a_refused_acknowledgement_waits_and_is_sent_again_from_the_queue(console: Console) -> None:
    raw = mail("Hi, please cancel my haircut on Tuesday 15 December at 3pm.\n\nAnn\n",
               subject="My haircut")
    console.sink.fail_recipient("ann@example.net", 550)  # the automatic answer is refused
    uid = console.append(raw)
    console.wait_waiting(1)
    page = console.page
    assert "Send failed" in page.inner_text("[data-testid=item]")  # type: ignore[attr-defined]
    assert "$NeedsReview" in console.wait_flags(uid, lambda f: "$NeedsReview" in f)
    console.sink.reset_failures()
    page.click("text=Send the acknowledgement…")  # type: ignore[attr-defined]
    assert "The earlier send failed" in page.inner_text("[data-testid=preview]")  # type: ignore[attr-defined]
    page.click("button:has-text('Send it')")  # type: ignore[attr-defined]
    [sent] = console.sink.wait_for(1, timeout=20)
    assert sent.message["In-Reply-To"] == message_id(raw)
    flags = console.wait_flags(uid, lambda f: "\\Answered" in f and "$NeedsReview" not in f)
    assert "\\Answered" in flags and "$NeedsReview" not in flags, flags
    time.sleep(1.0)
    assert len(console.sink.messages) == 1


def test_a_bounce_of_our_acknowledgement_waits_for_a_person_who_marks_it_seen(
        console: Console) -> None:
    console.append(mail("Hi, please cancel my haircut on Tuesday 15 December at 3pm.\n\nAnn\n",
                        subject="My haircut"))
    [ack] = console.sink.wait_for(1, timeout=20)
    uid = console.append(bounce_of(ack.message["Message-ID"], "ann@example.net"))
    console.wait_waiting(1)
    page = console.page
    item = page.inner_text("[data-testid=item]")  # type: ignore[attr-defined]
    assert "Our mail bounced" in item and "Did not reach ann@example.net" in item
    assert page.locator("text=Send the acknowledgement…").count() == 0  # type: ignore[attr-defined]
    assert "$NeedsReview" in console.wait_flags(uid, lambda f: "$NeedsReview" in f)
    console.shot("waiting-bounce")
    page.click("[data-testid=bounced-customer]")  # type: ignore[attr-defined]
    assert "No mail goes to this customer" in page.inner_text("main")  # type: ignore[attr-defined]
    console.go("/waiting")
    page.click("button:has-text('Seen, done')")  # type: ignore[attr-defined]
    assert "marked the bounce as seen" in page.inner_text("main")  # type: ignore[attr-defined]
    assert page.inner_text("[data-testid=badge]").strip() == "0"  # type: ignore[attr-defined]
    assert "$NeedsReview" not in console.wait_flags(uid, lambda f: "$NeedsReview" not in f)
    assert [m.rcpt_tos for m in console.sink.messages].count(["ann@example.net"]) == 1


def test_a_reply_that_may_ask_to_stop_waits_and_is_confirmed_in_one_click(console: Console) -> None:
    """A reply in words no opt-out rule knows: the queue shows it as "May have asked us to
    stop" with only two choices; "Stop all mail" puts the customer on the suppression list."""
    console.append(mail("Hi, please cancel my haircut on Tuesday 15 December at 3pm.\n\nAnn\n",
                        subject="My haircut"))
    [ack] = console.sink.wait_for(1, timeout=20)
    uid = console.append(mail("Honestly, I could do without the messages from now on.\n\nAnn\n",
                              subject=f"Re: {ack.message['Subject']}",
                              in_reply_to=ack.message["Message-ID"]))
    console.wait_waiting(1)
    page = console.page
    item = page.inner_text("[data-testid=item]")  # type: ignore[attr-defined]
    assert "May have asked us to stop" in item
    assert "could do without the messages" in item
    assert page.locator("[data-testid=optout-note]").count() == 1  # type: ignore[attr-defined]
    for absent in ("Send the acknowledgement…", "It's a reschedule", "Not a cancellation"):
        assert page.locator(f"text={absent}").count() == 0, absent  # type: ignore[attr-defined]
    console.shot("waiting-optout")
    page.click("button:has-text('Stop all mail to this customer')")  # type: ignore[attr-defined]
    assert "stopped all mail" in page.inner_text("main")  # type: ignore[attr-defined]
    assert "$NeedsReview" not in console.wait_flags(uid, lambda f: "$NeedsReview" not in f)
    console.go("/customers/ann@example.net")
    assert "No mail goes to this customer" in console.page.inner_text("main")  # type: ignore[attr-defined]
    assert len(console.sink.messages) == 1  # only the acknowledgement, before the reply
