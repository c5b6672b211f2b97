"""A reason only the second reader read never picks the thank-you's sentence (precision first:
"We hope you feel better soon" to a customer who moved house is a false promise of attention)."""

from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import cast

import pytest

from responder.config import parse_config
from responder.outgoing import Outgoing
from responder.parse import parse_message
from responder.reasons import Reason, ReasonResult
from responder.render import Renderer
from responder.state import Conversation
from tests.helpers import REPO

LANGUAGES = ("en", "de", "es", "fr", "it", "nl", "pt")
REPLY = (b"From: Ana <ana@example.com>\r\nTo: bookings@studio.example.com\r\nSubject: Re: Your booking\r\n"
         b"Message-ID: <r1@example.com>\r\nIn-Reply-To: <ack1@responder.studio.example.com>\r\n\r\n"
         b"Thanks, it was the flu.\r\n")


def _body(outgoing: Outgoing, language: str, reason: str, learned: bool) -> str:
    conv = Conversation(1, "ana@example.com", "<c1@example.com>", "Your booking", language, "Ana", None,
                        "open")
    rr = ReasonResult(cast(Reason, reason), "unknown", False, (), "", learned=learned)
    prepared = outgoing.thank_you(conv, parse_message(REPLY), rr)
    msg = message_from_bytes(prepared.raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    part = msg.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("reason", ["illness", "moved_away"])
def test_a_learned_reason_gets_the_thanks_every_reason_gets(tmp_path: Path, language: str,
                                                            reason: str) -> None:
    config = parse_config({
        "business": {"name": "Studio", "address": "bookings@studio.example.com"},
        "imap": {"host": "localhost"}, "smtp": {"host": "localhost"},
        "templates": {"dir": str(REPO / "templates")}}, tmp_path / "config.toml")
    outgoing = Outgoing(config, Renderer(REPO / "templates"), lambda: datetime(2026, 12, 5, tzinfo=UTC))
    read_by_rules = _body(outgoing, language, reason, learned=False)
    learned = _body(outgoing, language, reason, learned=True)
    plain = _body(outgoing, language, "other", learned=False)
    assert read_by_rules != plain  # the template has a sentence for this reason in this language
    assert learned == plain
