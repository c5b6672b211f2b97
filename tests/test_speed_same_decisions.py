"""Speed work changes no decision (issue 11, item 8).

The faster paths (header decoding that skips pure-ASCII values, footer hints matched on
lower-cased text) are run next to the code they replaced, over every labelled mail in
``tests/data``: the same decoded headers, the same new text and footers, the same reading.
A backlog read with ``--log-format json`` logs exactly one ``decision`` per UID.
"""

from __future__ import annotations

import email
import email.header
import json
import re
from pathlib import Path

import pytest

from responder import text as text_mod
from responder.parse import clean_header, decode_bytes, decode_header_value, parse_message
from responder.testing.dovecot import Dovecot, MailboxAccount
from responder.testing.smtp import SmtpSink
from tests.helpers import CANCEL, QUESTION, RESCHEDULE, mail, run_once, write_config

DATA = Path(__file__).resolve().parent / "data"
LABELLED = sorted(p for p in DATA.rglob("*.eml") if (p.parent / "labels.csv").is_file())
FLAGS = re.IGNORECASE


def old_decode_header_value(value: str | None) -> str:
    """decode_header_value as it was: a character-by-character surrogate scan."""
    if value is None:
        return ""
    raw = str(value)
    if any("\udc80" <= ch <= "\udcff" for ch in raw):
        raw = decode_bytes(raw.encode("ascii", "surrogateescape"), "utf-8")
    try:
        parts = email.header.decode_header(raw)
    except Exception:
        return clean_header(raw)
    return clean_header("".join(decode_bytes(c, cs) if isinstance(c, bytes) else c
                                for c, cs in parts))


_OLD_FOOTER_HINT = re.compile(text_mod._FOOTER_HINT.pattern, FLAGS)
_OLD_SENT_FROM_HINT = re.compile(text_mod._SENT_FROM_HINT.pattern, FLAGS)


def old_clean(text: str) -> tuple[str, tuple[str, ...]]:
    """text._clean as it was: the hints matched with re.IGNORECASE."""
    footer_hint = _OLD_FOOTER_HINT.search(text) is not None
    sent_hint = _OLD_SENT_FROM_HINT.search(text) is not None
    if not footer_hint and not sent_hint:
        return text_mod._BLANKS.sub("\n\n", text).strip(), ()
    kept: list[str] = []
    footers: list[str] = []
    for line in text.split("\n"):
        if sent_hint and text_mod._SENT_FROM.match(line):
            continue
        if footer_hint and _OLD_FOOTER_HINT.search(line) and text_mod._FOOTER.match(line):
            footers.append(line.strip())
            continue
        kept.append(line)
    return text_mod._BLANKS.sub("\n\n", "\n".join(kept)).strip(), tuple(footers)


def test_the_labelled_sets_are_all_here() -> None:
    assert len(LABELLED) > 900  # every labelled folder under tests/data


def test_header_decoding_is_unchanged_on_every_labelled_mail() -> None:
    hostile = ["=?utf-8?q?Mar=C3=ADa?= <m@x.test>", "Ma\udcc3\udcadr\udcc3\udcada",
               "=?bogus?q?x?=", "plain", "", "caf\udce9 =?utf-8?b?w6k=?="]
    values = list(hostile)
    for path in LABELLED:
        msg = email.message_from_bytes(path.read_bytes())
        values.extend(str(v) for _, v in msg.raw_items())
    for value in values:
        assert decode_header_value(value) == old_decode_header_value(value), value


def test_new_text_and_footers_are_unchanged_on_every_labelled_mail() -> None:
    extra = ["Sent from my iPhone", "To CANCEL click here: https://x.test/c",
             "KELVIN \u212a cancel", "Stra\u00dfe abmelden", "\u0130stanbul baja"]
    texts = extra + [parse_message(p.read_bytes()).text for p in LABELLED]
    for text in texts:
        assert text_mod._clean(text) == old_clean(text)
    # and through the whole quote stripper, which calls _clean twice
    original = text_mod._clean
    for text in texts[:400]:
        new = text_mod.split_new_text(text)
        text_mod._clean = old_clean
        try:
            assert text_mod.split_new_text(text) == new
        finally:
            text_mod._clean = original


@pytest.mark.integration
def test_a_backlog_logs_exactly_one_decision_per_uid_in_json(
    tmp_path: Path, dovecot: Dovecot, mailbox: MailboxAccount, smtp_sink: SmtpSink, password: None,
    capfd: pytest.CaptureFixture[str],
) -> None:
    config = write_config(tmp_path, mailbox, smtp_sink, imap={"backfill": "all", "batch_size": 5})
    raws = [mail(body, sender=f"s{i}@example.net", subject=f"Note {i}")
            for i, body in enumerate([QUESTION, CANCEL, RESCHEDULE] * 6)]
    with dovecot.client(mailbox.user, mailbox.password) as imap:
        for raw in raws:
            imap.append("INBOX", raw)
        imap.select_folder("INBOX", readonly=True)
        uids = sorted(imap.search("ALL"))
    capfd.readouterr()
    assert run_once(config, "--dry-run", "--log-format", "json") == 0
    records = [json.loads(line) for line in capfd.readouterr().err.splitlines()
               if line.startswith("{")]
    decided = [r["uid"] for r in records if r["event"] == "decision"]
    assert sorted(decided) == uids  # each UID once, none missing
    assert all(r["action"] in ("acknowledge", "tag", "review", "ignore")
               for r in records if r["event"] == "decision")
