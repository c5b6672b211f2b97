"""Authentication-Results (RFC 8601) read from our own server only; what blocks automatic
mail, by table; and what a reply may echo (issue 12, item 3)."""

from __future__ import annotations

import logging
import re

import pytest

from responder.authresults import (
    authentication_problems,
    parse_authentication_results,
    topmost_authserv_id,
)
from responder.compose import MAX_REPLY_SUBJECT, build_message, reply_subject, valid_message_id
from responder.logs import TextFormatter
from responder.parse import parse_message
from responder.safety import followup_hold

GMAIL = ("mx.google.com; dkim=pass header.i=@example.net header.s=s1 header.b=abc; "
         "spf=pass (google.com: domain of ann@example.net designates 1.2.3.4 as permitted sender) "
         "smtp.mailfrom=ann@example.net; dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=example.net")
M365 = ("spf=fail (sender IP is 192.0.2.1) smtp.mailfrom=bank-like.example; dkim=none (message "
        "not signed) header.d=none;dmarc=fail action=quarantine header.from=bank-like.example;"
        "compauth=fail reason=000")


def test_gmail_header_is_read() -> None:
    result = parse_authentication_results(GMAIL)
    assert result.authserv_id == "mx.google.com"
    assert dict(result.results) == {"dkim": ("pass",), "spf": ("pass",), "dmarc": ("pass",)}


def test_microsoft_365_header_without_authserv_id_is_read() -> None:
    result = parse_authentication_results(M365)
    assert result.authserv_id == ""
    assert result.results["dmarc"] == ("fail",) and result.results["compauth"] == ("fail",)


def test_comments_never_look_like_results() -> None:
    result = parse_authentication_results("mx.example.com (dmarc=fail; spf=fail) 1; "
                                          "spf=pass (not dkim=fail) smtp.mailfrom=a.example")
    assert (result.authserv_id, dict(result.results)) == ("mx.example.com", {"spf": ("pass",)})


@pytest.mark.parametrize(("headers", "trusted", "mode", "expected"), [
    ([GMAIL], ["mx.google.com"], "when present", ()),
    (["mx.google.com; dmarc=fail header.from=x.example"], ["mx.google.com"], "when present",
     ("unauthenticated: dmarc=fail",)),
    (["mx.google.com; spf=fail; dkim=fail"], ["mx.google.com"], "when present",
     ("unauthenticated: spf=fail and dkim=fail",)),
    (["mx.google.com; spf=softfail"], ["mx.google.com"], "when present",
     ("unauthenticated: spf=softfail and dkim=none",)),
    (["mx.google.com; spf=fail; dkim=fail; dkim=pass"], ["mx.google.com"], "when present", ()),
    (["mx.google.com; spf=pass; dkim=fail"], ["mx.google.com"], "when present", ()),
    # a stranger's header counts for nothing, in any position
    (["mx.evil.example; dmarc=fail", GMAIL], ["mx.google.com"], "when present", ()),
    (["mx.evil.example; dmarc=pass"], ["mx.google.com"], "when present", ()),
    (["mx.evil.example; dmarc=pass"], ["mx.google.com"], "required",
     ("unauthenticated: no Authentication-Results from our mail server (mx.google.com)",)),
    ([], [], "required", ("unauthenticated: no Authentication-Results from our mail server "
                          "(no authserv_id configured or learned yet)",)),
    ([], ["mx.google.com"], "when present", ()),
    (["MX.Google.com; dmarc=FAIL"], ["mx.google.com"], "when present", ("unauthenticated: dmarc=fail",)),
    ([M365], [""], "when present", ("unauthenticated: dmarc=fail", "unauthenticated: compauth=fail",
                                    "unauthenticated: spf=fail and dkim=none")),
    (["mx.google.com; dmarc=fail"], ["mx.google.com"], "off", ()),
])
def test_authentication_problems(headers: list[str], trusted: list[str], mode: str,
                                 expected: tuple[str, ...]) -> None:
    assert authentication_problems(headers, trusted, mode) == expected  # type: ignore[arg-type]


def test_topmost_id_is_the_first_header() -> None:
    assert topmost_authserv_id([GMAIL, "mx.evil.example; dmarc=pass"]) == "mx.google.com"
    assert topmost_authserv_id([]) is None


# -- what a reply echoes ---------------------------------------------------------------------------

def test_reply_subject_is_capped() -> None:
    subject = reply_subject("Cancel: BUY CHEAP PILLS AT evil.example " + "now " * 100_000, "x")
    assert len(subject) <= MAX_REPLY_SUBJECT and subject.startswith("Re: Cancel: BUY")
    assert subject.endswith("…")


@pytest.mark.parametrize("value", [
    "<" + "x" * 200_000 + "@evil.example>", "<no-at-sign>", "<a@b>\x1b", "<a\x07@b>", "<a b@c>",
    "<é@b>", "", None,
])
def test_invalid_or_over_long_message_ids_are_not_echoed(value: str | None) -> None:
    assert not valid_message_id(value)


def test_build_message_drops_what_it_must_not_echo() -> None:
    from datetime import UTC, datetime
    bad = "<" + "x" * 200_000 + "@evil.example>"
    raw = build_message(
        from_name="Studio \x1b[31mExample\x07", from_addr="bookings@studio.example.com",
        to="ann@example.net", subject="Re: Cancel \x1b]0;pwned\x07 " + "y" * 1000, text="Hi",
        html=None, message_id="<ack.1@responder.studio.example.com>",
        date=datetime(2026, 1, 1, tzinfo=UTC), in_reply_to=bad,
        references=["<ok.1@example.net>", bad, "<a\x1b@b>"], auto_submitted="auto-replied")
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert len(raw) < 5_000
    assert b"In-Reply-To" not in head
    assert re.search(rb"^References: <ok\.1@example\.net>\r$", head, re.M)
    assert not re.search(rb"[\x00-\x08\x0b-\x1f\x7f]", head.replace(b"\r\n", b""))
    message = parse_message(raw)
    assert len(message.subject) <= MAX_REPLY_SUBJECT and "\x1b" not in message.subject


def test_control_characters_are_escaped_in_text_logs() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "decision", None, None)
    record.fields = {"subject": "Cancel\x1b[2J\x07", "why": ["a\x1bb"]}
    line = TextFormatter().format(record)
    assert "\x1b" not in line and "\x07" not in line
    assert "Cancel\\x1b[2J\\x07" in line


# -- follow-ups to another domain ------------------------------------------------------------------

def _msg(headers: str) -> bytes:
    return (f"From: Ann <ann@example.net>\r\nTo: b@studio.example.com\r\n{headers}"
            "Subject: x\r\n\r\nCancel\r\n").encode()


@pytest.mark.parametrize(("headers", "recipient", "held"), [
    ("", "ann@example.net", False),
    ("Reply-To: ann.work@example.net\r\n", "ann.work@example.net", False),
    ("Reply-To: target@third-party.example\r\n", "target@third-party.example", True),
    ("Sender: attacker@evil.example\r\n", "ann@example.net", True),
    ("Sender: ann+x@EXAMPLE.net.\r\n", "ann@example.net", False),
])
def test_followup_hold(headers: str, recipient: str, held: bool) -> None:
    assert (followup_hold(parse_message(_msg(headers)), recipient) is not None) is held


# -- the [safety] keys ------------------------------------------------------------------------------

def _config(safety: dict[str, object]) -> dict[str, object]:
    return {"business": {"name": "S", "address": "b@studio.example.com", "timezone": "UTC"},
            "imap": {"host": "h", "username": "u"}, "smtp": {"host": "h"}, "safety": safety}


def test_safety_defaults_and_values() -> None:
    from responder.config import parse_config
    assert parse_config(_config({})).safety.authentication == "when present"
    config = parse_config(_config({"authentication": "required", "authserv_id": ["MX.Google.com", ""]}))
    assert config.safety.authserv_id == ["mx.google.com", ""]


@pytest.mark.parametrize(("safety", "key"), [
    ({"authentication": "sometimes"}, "safety.authentication"),
    ({"authserv_id": ["mx.example.com; dmarc=pass"]}, "safety.authserv_id"),
])
def test_bad_safety_values_name_the_key(safety: dict[str, object], key: str) -> None:
    from responder.config import parse_config
    from responder.errors import ConfigError
    with pytest.raises(ConfigError) as info:
        parse_config(_config(safety))
    assert any(p.startswith(key) for p in info.value.problems), info.value.problems
