"""Speed work changes no decision (issue 11, item 8).

The faster paths (header decoding that skips pure-ASCII values, footer hints matched on
lower-cased text) are run next to the code they replaced, over every labelled mail in
``tests/data``: the same decoded headers, the same new text and footers, the same reading.
A backlog read with ``--log-format json`` logs exactly one ``decision`` per UID.
"""

from __future__ import annotations

import email
import email.header
import heapq
import json
import math
import random
import re
import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import astuple, replace
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path

import pytest

from responder import alternation
from responder import detect as detect_mod
from responder import parse as parse_mod
from responder import reasons as reasons_mod
from responder import text as text_mod
from responder.decide import History, Policy, decide
from responder.learn import features, model
from responder.parse import clean_header, decode_bytes, decode_header_value, parse_message
from responder.reading import pre_read
from responder.reasons import classify_reason
from responder.safety import Identity
from responder.testing.dovecot import Dovecot, MailboxAccount
from responder.testing.smtp import SmtpSink
from tests.helpers import CANCEL, QUESTION, RESCHEDULE, mail, run_once, write_config

DATA = Path(__file__).resolve().parent / "data"
LABELLED = sorted(p for p in DATA.rglob("*.eml") if (p.parent / "labels.csv").is_file())
FLAGS = re.IGNORECASE
STRIDE = 4  # the alternation test's sample of the labelled texts (see there)


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


def _old_nested_too_deep(raw: bytes) -> bool:
    """parse._nested_too_deep as it was: the case-insensitive regexes tried at every position."""
    stack: list[bytes] = []
    for match in parse_mod._NESTING.finditer(raw):
        opened, closed = match.group(1), match.group(2)
        if opened is not None:
            stack.append(opened)
            if len(stack) > parse_mod.MAX_DEPTH:
                return True
        elif closed in stack:
            del stack[stack.index(closed):]
    found = islice(parse_mod._MESSAGE_PART.finditer(raw), parse_mod.MAX_DEPTH + 1)
    return sum(1 for _ in found) > parse_mod.MAX_DEPTH


def _spans(matches: Iterable[re.Match[bytes]]) -> list[tuple[tuple[int, int], tuple[bytes | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]


def _mime_scans() -> list[bytes]:
    """Every labelled mail, and random soup of the tokens the scan looks for."""
    raws = [p.read_bytes() for p in LABELLED]
    rng = random.Random(11)
    tokens = [b"boundary", b"BoUnDaRy", b"BOUNDARY=", b"=", b'"', b"--", b"\n", b"\r\n", b"x", b"b;",
              b" ", b"\t", b"--b--", b"--b", b"\n--b--\r\n", b"content-type:", b"Content-Type: message/",
              b"CONTENT-TYPE:\tmessage/rfc822\n", b'boundary="b"', b"boundary=b\n", b"\n--", b"-"]
    raws += [b"".join(rng.choice(tokens) for _ in range(rng.randint(0, 60))) for _ in range(4000)]
    nested = b"".join(b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i)
                      for i in range(25))
    raws += [nested, nested.lower(), nested.upper(), b"Content-Type: message/rfc822\n" * 25]
    return raws


def test_the_mime_nesting_scan_finds_what_the_regexes_found() -> None:
    for raw in _mime_scans():
        lowered = raw.lower()
        starts = heapq.merge(parse_mod._finds(lowered, b"boundary"), parse_mod._line_starts(raw, b"--"))
        assert _spans(parse_mod._matches(parse_mod._NESTING, raw, starts)) == _spans(
            parse_mod._NESTING.finditer(raw)), raw
        parts = parse_mod._matches(parse_mod._MESSAGE_PART, raw,
                                   parse_mod._line_starts(lowered, b"content-type:"))
        assert _spans(parts) == _spans(parse_mod._MESSAGE_PART.finditer(raw)), raw
        assert parse_mod._nested_too_deep(raw) == _old_nested_too_deep(raw), raw


# -- the rule alternations, factored (responder.alternation) ------------------------------------

def _labelled_texts() -> list[str]:
    """The lower-cased subject and text of every labelled mail, as the rules see them."""
    texts = []
    for path in LABELLED:
        msg = parse_message(path.read_bytes())
        texts.append(f"{msg.subject}\n{msg.text}"[:6000].replace("\u2019", "'").lower())
    return texts


def test_every_factored_alternation_finds_what_its_source_finds() -> None:
    assert len(alternation.REWRITTEN) > 50  # detect's and reasons' rule alternations
    texts = _labelled_texts()
    for i, (source, flags, factored) in enumerate(alternation.REWRITTEN):
        original = re.compile(source, flags)
        # A quarter of the texts per pattern, a different quarter for the next one: every text
        # meets a quarter of the patterns (the whole cross product took a quarter of an hour,
        # growing with every labelled set; the reading test below still reads every mail).
        for text in texts[i % STRIDE::STRIDE]:
            assert [m.span() for m in factored.finditer(text)] == [
                m.span() for m in original.finditer(text)], (source[:80], text[:200])
        for text in texts[:300]:  # sentence by sentence, from each word start, as the rules do
            for sentence in re.split(r"[.!?\n]+", text):
                for at in (0, *(m.start() for m in re.finditer(r"\b\w", sentence))):
                    assert _span(factored.match(sentence, at)) == _span(original.match(sentence, at))
                assert _span(factored.fullmatch(sentence)) == _span(original.fullmatch(sentence))


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return match.span() if match else None


def test_the_rewrite_keeps_the_order_of_preference() -> None:
    # "cancel" before "cancellation": the first alternative that matches at a position wins
    for source, text in [(r"\bcancel|\bcancellation", "cancellation"),
                         (r"\bcancellation|\bcancel", "cancellation"),
                         (r"\b(?:a|ab)c?|\bx", "abc"), (r"\bab|[a-z]+|\bac", "acx"),
                         (r"\b(?:no longer|not) (?:need|want)\b|\bnot\b", "not want"),
                         (r"\bno|\bnot\b|\bnothing", "nothing"), (r"(?:ab|a)b*", "abbb")]:
        factored = alternation.factored(source)
        assert factored.pattern != source or "[" in source
        assert _span(factored.search(text)) == _span(re.search(source, text)), source
    assert alternation.factored(r"(a)|b").pattern == r"(a)|b"  # groups: left alone
    assert alternation.factored(r"\bx|\by", re.IGNORECASE).pattern == r"\bx|\by"


def _originals(module: object) -> dict[str, object]:
    """Each factored pattern of ``module`` (and the containers holding them), as compiled
    from its source instead."""
    plain = {id(p): re.compile(s, f) for s, f, p in alternation.REWRITTEN}
    swapped: dict[str, object] = {}
    for name, value in vars(module).items():
        if id(value) in plain:
            swapped[name] = plain[id(value)]
        elif isinstance(value, (list, tuple)) and any(
                id(v) in plain or (isinstance(v, tuple) and any(id(x) in plain for x in v)) for v in value):
            items = [plain.get(id(v), v) if not isinstance(v, tuple)
                     else tuple(plain.get(id(x), x) for x in v) for v in value]
            swapped[name] = type(value)(items)
    return swapped


def _read_all() -> list[tuple[object, ...]]:
    identity = Identity(addresses=frozenset(["bookings@studio.example.com"]),
                        own_message_id_domain="responder.studio.example.com", require_direct=True)
    out: list[tuple[object, ...]] = []
    now = datetime(2026, 12, 4, 12, tzinfo=UTC)
    for path in LABELLED:
        pre = pre_read(parse_message(path.read_bytes()), identity, "en", 0.5)
        r = pre.reading
        reason = r.reason or classify_reason(r.detection.text, r.detection.language)
        decision = decide(r.detection, automated=r.automated, recipient="c@example.net",
                          history=History(), policy=Policy(), now=now, reason=reason,
                          bounce=r.bounce, sender=r.msg.from_addr)
        out.append((path.name, astuple(r.detection), astuple(reason), r.automated, pre.ask_store,
                    decision.action, decision.why, decision.flags))
    return out


def test_every_labelled_mail_is_read_and_decided_as_with_the_source_patterns(
        monkeypatch: pytest.MonkeyPatch) -> None:
    factored = _read_all()
    for module in (detect_mod, reasons_mod):
        for name, value in _originals(module).items():
            monkeypatch.setattr(module, name, value)
    assert detect_mod._CANCEL_VERB.pattern.startswith("(?:")  # the sources are in use
    plain = _read_all()
    assert len(factored) == len(LABELLED)
    for new, old in zip(factored, plain, strict=True):
        assert new == old  # intent, confidence, evidence, language, text, reason, decision


def _old_char_wb_ngrams(text: str, ngram_range: tuple[int, int] = (2, 5)) -> Counter[str]:
    """features.char_wb_ngrams as it was: every word's n-grams made again."""
    lo, hi = ngram_range
    grams: list[str] = []
    for word in text.lower().split():
        w = f" {word} "
        size = len(w)
        for n in range(lo, hi + 1):
            if size <= n:
                grams.append(w)
                break
            grams += [w[i:i + n] for i in range(size - n + 1)]
    return Counter(grams)


def test_the_second_readers_ngrams_come_in_the_same_order(monkeypatch: pytest.MonkeyPatch) -> None:
    # The same n-grams in the same order: the scores' sums add up in the same order too.
    monkeypatch.setattr(features, "_CACHE_WORDS", 50)  # the cache fills and starts again
    texts = ["", "a", "Ab ab AB", "x" * 30, *_labelled_texts()[:400]]
    for text in texts * 2:
        for ngram_range in ((2, 5), (1, 3)):
            new = features.char_wb_ngrams(text, ngram_range)
            assert list(new.items()) == list(_old_char_wb_ngrams(text, ngram_range).items())


@pytest.mark.integration
def test_in_a_batch_an_acknowledgement_is_committed_at_once_and_ignored_mail_with_the_batch(
    tmp_path: Path, mailbox: MailboxAccount, smtp_sink: SmtpSink, password: None,
) -> None:
    # The daemon handles a fetched batch inside Store.batched(): mail that is only recorded
    # waits for the batch's one commit; a message that queues a send is committed at once,
    # so nothing waits behind the rest of the batch and a crash cannot lose or repeat it.
    from responder.config import load_config
    from responder.service import Service

    service = Service(load_config(write_config(tmp_path, mailbox, smtp_sink)))
    state = service.config.state.path

    def committed() -> tuple[list[str], int]:
        other = sqlite3.connect(state)
        try:
            actions = [r[0] for r in other.execute("SELECT action FROM messages ORDER BY uid")]
            return actions, other.execute("SELECT COUNT(*) FROM outbox").fetchone()[0]
        finally:
            other.close()

    try:
        with service.store.batched():
            service.handler.handle(1, 7, mail(QUESTION, sender="q@example.net"))
            assert committed() == ([], 0)  # only recorded: waits for the batch
            service.handler.handle(2, 7, mail(CANCEL, sender="c@example.net"))
            assert committed() == (["ignore", "acknowledge"], 1)  # queued a send: at once
            service.handler.handle(3, 7, mail(QUESTION, sender="r@example.net", subject="Hours"))
            assert committed() == (["ignore", "acknowledge"], 1)
        assert committed() == (["ignore", "acknowledge", "ignore"], 1)
    finally:
        service.close()


def _old_dots(table: model.TextModel, counts: Counter[str]) -> list[float]:
    """TextModel.dots as it was: rows and extra rows built in Python, then summed."""
    rows = list(filter(None, map(table.row, counts)))
    for gram in [g for g, n in counts.items() if n > 1]:
        if (row := table.row(gram)) is not None:
            f = 1.0 + math.log(counts[gram])
            rows.append((*((f - 1.0) * w for w in row[:-1]), (f * f - 1.0) * row[-1]))
    k = len(table.classes)
    sums = [sum(col) for col in zip(*rows, strict=True)] if rows else [0.0] * (k + 1)
    norm = math.sqrt(sums[k]) or 1.0
    return [a / norm for a in sums[:k]]


def _old_scores(table: model.TextModel, text: str) -> dict[str, float]:
    """TextModel.scores as it was, each block summed in Python."""
    chars = _old_dots(table, _old_char_wb_ngrams(text, table.ngram_range))
    z = [b + a for b, a in zip(table.intercepts, chars, strict=True)]
    if (words := table.words) is not None:
        z = [a + b for a, b in zip(z, _old_dots(words, words.ngrams(text, words.ngram_range)), strict=True)]
    top = max(z)
    e = [math.exp(x - top) for x in z]
    total = sum(e)
    return {c: p / total for c, p in zip(table.classes, e, strict=True)}


def test_the_second_readers_scores_are_the_same_to_the_last_bit() -> None:
    # The rows are summed in C now, in the same order: every score is the same float.
    reader = model.load()
    texts = ["", "a", "zzzz qqqq", "Cancel cancel CANCEL cancel", "x" * 30, *_labelled_texts()]
    for text in texts:
        for table in (reader.intent, reader.reason, reader.optout):
            assert table.scores(text) == _old_scores(table, text), text[:80]


def test_only_a_cancellation_reads_the_last_ack_and_the_hourly_sends() -> None:
    # The handler looks these two up only for mail read as a cancellation: for every other
    # labelled mail the decision is the same whatever they hold.
    identity = Identity(addresses=frozenset(["bookings@studio.example.com"]),
                        own_message_id_domain="responder.studio.example.com", require_direct=True)
    now = datetime(2026, 12, 4, 12, tzinfo=UTC)
    busy = History(last_ack_to_sender=now, sends_last_hour=10**6)
    others = 0
    for path in LABELLED:
        r = pre_read(parse_message(path.read_bytes()), identity, "en", 0.5).reading
        if r.detection.intent == "cancellation":
            continue
        others += 1
        for reason in (r.reason, classify_reason(r.detection.text, r.detection.language)):
            for conversation in (None, 7):
                args = {"automated": r.automated, "recipient": "c@example.net", "policy": Policy(),
                        "now": now, "reason": reason, "bounce": r.bounce, "sender": r.msg.from_addr}
                assert (decide(r.detection, history=History(conversation_id=conversation), **args)
                        == decide(r.detection, history=replace(busy, conversation_id=conversation),
                                  **args))
    assert others > 300
