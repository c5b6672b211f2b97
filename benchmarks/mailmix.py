"""The benchmark's mail: corpus messages re-addressed, made unique, some with big attachments.

Messages come from the labelled corpus (``inbound`` and ``real``), are sampled with a
realistic mix (mostly not cancellations), get a unique Message-ID, ``To:`` the business
address and a sender of their own (a backlog covers many customers), and a few carry a
1-5 MB attachment. Everything is written with CRLF line ends, as IMAP serves it.

:func:`seed_maildir` writes such messages straight into a Dovecot maildir ``new/`` folder
(Dovecot assigns UIDs when the folder is next opened), which is about a hundred times
faster than APPEND; :func:`multiappend` is the IMAP way, for comparison.
"""

from __future__ import annotations

import base64
import csv
import os
import random
import re
import socket
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any


def _find_corpus() -> Path:
    """``shared/corpus`` beside the checkout (or beside a worktree's parent folders)."""
    for parent in Path(__file__).resolve().parents[1:]:
        if (parent / "shared" / "corpus").is_dir():
            return parent / "shared" / "corpus"
    return Path(__file__).resolve().parents[2] / "shared" / "corpus"


DEFAULT_CORPUS = _find_corpus()

#: Share of each intent in the backlog (the rest of the inbox is ordinary mail).
MIX = {"cancellation": 0.10, "reschedule": 0.05, "other": 0.85}
LARGE_SHARE = 0.02
LARGE_BYTES = (1_000_000, 5_000_000)

_HEADER_END = re.compile(rb"\r\n\r\n")
_FIELD_START = re.compile(rb"^[^ \t]")


@dataclass(frozen=True)
class Sample:
    """One corpus message with its label."""

    name: str
    intent: str
    raw: bytes  # CRLF line ends


def crlf(raw: bytes) -> bytes:
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def load_corpus(corpus: Path = DEFAULT_CORPUS) -> list[Sample]:
    """Every labelled message of ``inbound`` and ``real``."""
    out: list[Sample] = []
    for sub in ("inbound", "real"):
        folder = corpus / sub
        with (folder / "labels.csv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                path = folder / row["file"]
                if path.is_file():
                    out.append(Sample(f"{sub}/{row['file']}", row["intent"], crlf(path.read_bytes())))
    if not out:
        raise FileNotFoundError(f"no labelled .eml files under {corpus}/inbound or /real")
    return out


def _split(raw: bytes) -> tuple[list[bytes], bytes]:
    """Header fields (each with its continuation lines, no final CRLF) and the body."""
    match = _HEADER_END.search(raw)
    head, body = (raw[: match.start()], raw[match.end():]) if match else (raw, b"")
    fields: list[bytes] = []
    for line in head.split(b"\r\n"):
        if fields and not _FIELD_START.match(line):
            fields[-1] += b"\r\n" + line
        else:
            fields.append(line)
    return fields, body


def _name(field: bytes) -> bytes:
    return field.split(b":", 1)[0].strip().lower()


def _address_of(field: bytes) -> bytes:
    value = field.split(b":", 1)[1] if b":" in field else b""
    found = re.search(rb"[\w.+-]+@[\w.-]+", value)
    return found.group(0) if found else b"customer@example.net"


def rewrite(raw: bytes, *, serial: int, business: str, unique_sender: bool = True) -> bytes:
    """A copy with a unique Message-ID, ``To: business`` and (optionally) its own sender."""
    fields, body = _split(raw)
    out: list[bytes] = []
    for f in fields:
        name = _name(f)
        if name in (b"message-id", b"to", b"delivered-to", b"return-path"):
            continue
        if name == b"from" and unique_sender:
            addr = _address_of(f)
            local, _, domain = addr.partition(b"@")
            f = f.replace(addr, b"%s.c%d@%s" % (local, serial, domain))
        out.append(f)
    out.insert(0, b"To: " + business.encode())
    out.insert(0, b"Message-ID: <bench.%d.%s@example.net>" % (serial, os.urandom(4).hex().encode()))
    return b"\r\n".join(out) + b"\r\n\r\n" + body


def with_attachment(raw: bytes, size: int, rng: random.Random) -> bytes:
    """The message as multipart/mixed: its own body first, then a ``size``-byte PDF-ish file."""
    fields, body = _split(raw)
    inner = [f for f in fields if _name(f) in (b"content-type", b"content-transfer-encoding")]
    outer = [f for f in fields if _name(f) not in (b"content-type", b"content-transfer-encoding",
                                                    b"mime-version")]
    if not inner:
        inner = [b"Content-Type: text/plain; charset=utf-8"]
    boundary = b"bench-" + os.urandom(8).hex().encode()
    payload = base64.encodebytes(rng.randbytes(size)).replace(b"\n", b"\r\n")
    parts = [
        *outer,
        b"MIME-Version: 1.0",
        b'Content-Type: multipart/mixed; boundary="' + boundary + b'"',
        b"",
        b"--" + boundary,
        *inner,
        b"",
        body.rstrip(b"\r\n"),
        b"--" + boundary,
        b'Content-Type: application/pdf; name="scan.pdf"',
        b"Content-Transfer-Encoding: base64",
        b'Content-Disposition: attachment; filename="scan.pdf"',
        b"",
        payload.rstrip(b"\r\n"),
        b"--" + boundary + b"--",
        b"",
    ]
    return b"\r\n".join(parts)


@dataclass(frozen=True)
class MixInfo:
    count: int
    by_intent: dict[str, int]
    large: int
    total_bytes: int


def backlog(samples: Sequence[Sample], count: int, business: str, *, seed: int = 7,
            large_share: float = LARGE_SHARE, large_bytes: tuple[int, int] = LARGE_BYTES,
            ) -> Iterator[tuple[str, bytes]]:
    """``count`` messages of the realistic mix, as (intent, raw); deterministic for a seed.
    ``large_share`` of them carry an attachment of ``large_bytes`` (low, high) bytes."""
    rng = random.Random(seed)
    by_intent: dict[str, list[Sample]] = {}
    for s in samples:
        by_intent.setdefault(s.intent, []).append(s)
    intents = [i for i in MIX if i in by_intent]
    weights = [MIX[i] for i in intents]
    for serial in range(count):
        intent = rng.choices(intents, weights)[0]
        sample = rng.choice(by_intent[intent])
        raw = rewrite(sample.raw, serial=serial, business=business)
        if rng.random() < large_share:
            raw = with_attachment(raw, rng.randint(*large_bytes), rng)
        yield intent, raw


def maildir_of(home: Path) -> Path:
    return home / "Maildir"


def seed_maildir(maildir: Path, messages: Iterator[tuple[str, bytes]], *, uid: int, gid: int) -> MixInfo:
    """Write messages into ``maildir/new`` (tmp/ then rename, as maildir requires).

    File names carry ``S=`` (size) and ``W=`` (size with CRLF, here the same), so Dovecot
    needs not read a file to answer RFC822.SIZE. Files are owned by ``uid``/``gid``.
    """
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
        os.chown(maildir / sub, uid, gid)
    os.chown(maildir, uid, gid)
    host = socket.gethostname().replace("/", "_").replace(":", "_")
    counts: dict[str, int] = {}
    large = total = 0
    stamp = int(time.time())
    for n, (intent, raw) in enumerate(messages):
        counts[intent] = counts.get(intent, 0) + 1
        large += len(raw) > LARGE_BYTES[0]
        total += len(raw)
        name = f"{stamp}.M{n}P{os.getpid()}.{host},S={len(raw)},W={len(raw)}"
        tmp = maildir / "tmp" / name
        tmp.write_bytes(raw)
        os.chown(tmp, uid, gid)
        tmp.rename(maildir / "new" / name)
    return MixInfo(sum(counts.values()), counts, large, total)


def multiappend(imap: Any, folder: str, raws: Sequence[bytes], batch: int = 200) -> None:
    """APPEND with MULTIAPPEND (RFC 3502): ``batch`` messages per command."""
    for start in range(0, len(raws), batch):
        imap.multiappend(folder, list(raws[start : start + batch]))
