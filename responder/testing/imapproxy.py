"""A fault-injecting IMAP proxy in front of the test Dovecot: provider behaviour on the wire.

Dovecot is a standards-minded server; the big providers are not. The proxy passes every
byte through (literals included, in both directions) and changes only what it is told to::

    with ImapProxy(dv.host, dv.port, exchange=True) as proxy:
        ...  # connect to proxy.host:proxy.port instead of Dovecot

- ``exchange=True``: like Exchange Online / Outlook.com, ``PERMANENTFLAGS`` lists no ``\\*``
  and no keywords, and a STORE of a keyword is answered ``BAD Command Argument Error. 11``
  (what Exchange answers), without reaching Dovecot;
- ``refuse_keywords=True``: only the BAD answer, while PERMANENTFLAGS still promises ``\\*``
  (a server that says one thing and does another);
- ``gmail=True``: ``X-GM-EXT-1`` is added to every CAPABILITY list and ``STORE
  +X-GM-LABELS`` is answered ``OK`` by the proxy, which records the labels (Dovecot has no
  labels: what Gmail would do with them is tested only up to the wire).

``proxy.commands`` holds the client's command lines seen (literal data left out).
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Self, cast

from responder.testing import free_port

_LITERAL = re.compile(rb"\{(\d+)\+?\}\r?\n$")
_STORE = re.compile(
    rb"^(?P<tag>\S+) (?:UID )?STORE \S+ (?P<op>[+-]?)(?P<item>FLAGS|X-GM-LABELS)(?:\.SILENT)? "
    rb"\((?P<args>[^)]*)\)", re.IGNORECASE)
_PERMANENT = re.compile(rb"\[PERMANENTFLAGS \(([^)]*)\)\]", re.IGNORECASE)
_LABEL = re.compile(rb'"((?:[^"\\]|\\.)*)"|(\S+)')


@dataclass
class LabelStore:
    """One ``STORE +X-GM-LABELS`` the proxy answered."""

    line: bytes
    labels: list[str] = field(default_factory=list)


class _Tracked(asyncio.StreamReaderProtocol):
    """A client connection's protocol that keeps its transport in ``live`` until it is lost,
    so that stopping the proxy can close every transport, also one whose session has not
    started yet."""

    def __init__(self, live: set[asyncio.WriteTransport], reader: asyncio.StreamReader,
                 connected: Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]) -> None:
        super().__init__(reader, connected)
        self._live = live
        self._own: asyncio.WriteTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._own = cast(asyncio.WriteTransport, transport)
        self._live.add(self._own)
        super().connection_made(transport)

    def connection_lost(self, exc: Exception | None) -> None:
        if self._own is not None:
            self._live.discard(self._own)
        super().connection_lost(exc)


class ImapProxy:
    """A TCP proxy on 127.0.0.1 in a background thread; see the module text."""

    host = "127.0.0.1"

    def __init__(self, upstream_host: str, upstream_port: int, *, exchange: bool = False,
                 refuse_keywords: bool = False, gmail: bool = False, port: int | None = None) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.exchange = exchange
        self.refuse_keywords = refuse_keywords or exchange
        self.gmail = gmail
        self.port = port or free_port(self.host)
        self.commands: list[bytes] = []
        self.labels: list[LabelStore] = []
        self.refused: list[bytes] = []
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.Server | None = None
        self._ready = threading.Event()
        self._live: set[asyncio.WriteTransport] = set()  # every open transport, both sides

    # -- life cycle -------------------------------------------------------------------

    def start(self) -> Self:
        self._thread = threading.Thread(target=self._run, name="imap-proxy", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("IMAP proxy did not start")
        return self

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            self._server = loop.run_until_complete(loop.create_server(
                lambda: _Tracked(self._live, asyncio.StreamReader(), self._session),
                self.host, self.port))
            self._ready.set()
            loop.run_forever()
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return

        async def _close() -> None:
            if self._server is not None:
                # Stop accepting, but close the server only once every accepted connection
                # has its transport: in Python 3.11 a transport made after Server.close()
                # fails (an assertion in Server._attach) and leaks its socket.
                for sock in self._server.sockets:
                    asyncio.get_running_loop().remove_reader(sock.fileno())
            # Every transport is closed, and its connection_lost has run, while the loop
            # runs: one left to the garbage collector after the loop closed is a
            # ResourceWarning ("unclosed transport", "loop is closed") in some later test.
            # Connections accepted meanwhile, whose session has not started, too.
            # Sessions end on their own once their transports are gone; a task is cancelled
            # only when it still waits after that (a cancelled task that has not started
            # yet, such as asyncio's hand-over of an accepted socket, would leak the socket).
            for rounds in range(1000):
                tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
                if not tasks and not self._live:
                    break
                for transport in list(self._live):
                    transport.abort()
                if rounds >= 100:
                    for task in tasks:
                        task.cancel()
                await asyncio.sleep(0.002)  # pending callbacks (connection_made, _lost) run
            if self._server is not None:
                self._server.close()
                await self._server.wait_closed()

        asyncio.run_coroutine_threadsafe(_close(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        self._loop = self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def seen(self, word: bytes) -> list[bytes]:
        """The command lines that contain ``word`` (case-insensitive)."""
        with self._lock:
            return [c for c in self.commands if word.lower() in c.lower()]

    # -- one client -------------------------------------------------------------------

    async def _session(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        writers = [client_w]
        tasks: list[asyncio.Future[None]] = []
        try:
            try:
                server_r, server_w = await asyncio.open_connection(*self.upstream)
            except OSError:
                return
            writers.append(server_w)
            self._live.add(server_w.transport)
            to_client = asyncio.Lock()
            tasks = [asyncio.ensure_future(self._from_client(client_r, server_w, client_w, to_client)),
                     asyncio.ensure_future(self._from_server(server_r, client_w, to_client))]
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        finally:
            # Also when stopped mid-connect: every transport is closed while the loop runs,
            # not left to the garbage collector after it stopped (a ResourceWarning in tests).
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            for writer in writers:
                writer.close()  # every one now: a second cancel below must not skip one
            for writer in writers:
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(writer.wait_closed(), 2)
                self._live.discard(writer.transport)

    async def _from_client(self, reader: asyncio.StreamReader, server: asyncio.StreamWriter,
                           client: asyncio.StreamWriter, to_client: asyncio.Lock) -> None:
        continuing = False  # the line after a literal continues the same command
        while True:
            line = await reader.readline()
            if not line:
                return
            literal = _LITERAL.search(line)
            if not continuing:
                with self._lock:
                    self.commands.append(line.rstrip(b"\r\n"))
                answer = self._intercept(line)
                if answer is not None:
                    async with to_client:
                        client.write(answer)
                        await client.drain()
                    continue
            server.write(line)
            if literal:
                server.write(await reader.readexactly(int(literal.group(1))))
            await server.drain()
            continuing = bool(literal)

    def _intercept(self, line: bytes) -> bytes | None:
        match = _STORE.match(line)
        if match is None:
            return None
        tag, item, args = match.group("tag"), match.group("item").upper(), match.group("args")
        if item == b"X-GM-LABELS" and self.gmail:
            labels = [(quoted or bare).decode() for quoted, bare in _LABEL.findall(args)]
            with self._lock:
                self.labels.append(LabelStore(line.rstrip(b"\r\n"), labels))
            return tag + b" OK Store completed.\r\n"
        if item == b"FLAGS" and self.refuse_keywords and any(not a.startswith(b"\\") for a in args.split()):
            with self._lock:
                self.refused.append(line.rstrip(b"\r\n"))
            return tag + b" BAD Command Argument Error. 11\r\n"
        return None

    async def _from_server(self, reader: asyncio.StreamReader, client: asyncio.StreamWriter,
                           to_client: asyncio.Lock) -> None:
        while True:
            line = await reader.readline()
            if not line:
                return
            literal = _LITERAL.search(line)
            async with to_client:
                client.write(self._rewrite(line))
                if literal:
                    client.write(await reader.readexactly(int(literal.group(1))))
                await client.drain()

    def _rewrite(self, line: bytes) -> bytes:
        if self.exchange:
            line = _PERMANENT.sub(
                lambda m: b"[PERMANENTFLAGS (" + b" ".join(
                    f for f in m.group(1).split() if f.startswith(b"\\") and f != b"\\*") + b")]", line)
        if self.gmail and b"X-GM-EXT-1" not in line.upper():
            upper = line.upper()
            if upper.startswith(b"* CAPABILITY "):
                line = line.rstrip(b"\r\n") + b" X-GM-EXT-1\r\n"
            elif b"[CAPABILITY " in upper:
                end = line.index(b"]", upper.index(b"[CAPABILITY "))
                line = line[:end] + b" X-GM-EXT-1" + line[end:]
        return line
