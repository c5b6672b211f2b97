"""The reader pool goes on reading while the event loop is busy handling a batch, reads
what this process would read, and a reader that dies fails only the batches it had."""

from __future__ import annotations

import asyncio
import sys
import time
from email.message import EmailMessage

import pytest

from responder import reader
from responder.reader import ReaderError, ReaderPool
from responder.reading import read_batch
from responder.safety import Identity

IDENTITY = Identity(addresses=frozenset(["bookings@studio.example.com"]),
                    own_message_id_domain="responder.studio.example.com", require_direct=True)
SETUP = (IDENTITY, "en", 0.5, None)


def raws(n: int) -> list[bytes]:
    out = []
    for i in range(n):
        msg = EmailMessage()
        msg["From"] = f"Customer {i} <c{i}@example.net>"
        msg["To"] = "bookings@studio.example.com"
        msg["Subject"] = "Friday" if i % 3 else "Cancel"
        msg["Message-ID"] = f"<m{i}@example.net>"
        msg.set_content("Please cancel my appointment on Friday.\n" if i % 3 == 0
                        else "Is there parking near the studio?\n")
        out.append(msg.as_bytes())
    return out


def test_readers_read_on_while_the_event_loop_is_busy() -> None:
    mail = raws(400)

    async def main() -> None:
        pool = ReaderPool(2, SETUP)
        try:
            first, second = pool.submit(mail[:200]), pool.submit(mail[200:])
            # The loop is busy (as while a batch is handled): no await until all is read.
            deadline = time.monotonic() + 60
            while pool.unfinished() and time.monotonic() < deadline:
                time.sleep(0.02)
            assert pool.unfinished() == 0, "the readers waited for the event loop"
            got = [*await first, *await second]
        finally:
            await pool.aclose()
        expected = read_batch(mail, *SETUP)
        assert [(p.reading.detection, p.reading.reason, p.ask_store) for p in got] == \
               [(p.reading.detection, p.reading.reason, p.ask_store) for p in expected]  # type: ignore[union-attr]

    asyncio.run(main())


def test_a_dead_reader_fails_its_batch_and_none_left_fails_at_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "CHILD", lambda *_: sys.exit(3))

    async def main() -> None:
        pool = ReaderPool(2, SETUP)
        try:
            with pytest.raises(ReaderError):
                await pool.submit(raws(120))
            with pytest.raises(ReaderError):  # both died: the next batch fails without waiting
                await asyncio.wait_for(pool.submit(raws(10)), 30)
        finally:
            await pool.aclose()

    asyncio.run(main())


def test_closing_mid_work_stops_the_readers() -> None:
    async def main() -> None:
        pool = ReaderPool(2, SETUP)
        task = pool.submit(raws(600))
        await asyncio.sleep(0.05)
        await asyncio.wait_for(pool.aclose(), 30)
        assert task.done()

    asyncio.run(main())
