"""Serving the console with uvicorn inside an event loop that is already running.

The daemon owns the process's signals (SIGTERM stops it gracefully), so uvicorn is told not
to install its own. The socket is bound here first: a port in use is one clear line.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import Iterator
from typing import Any

import uvicorn
from starlette.applications import Starlette

from responder.errors import ResponderError

log = logging.getLogger(__name__)
_background: set[asyncio.Future[None]] = set()
#: The most a request line plus its headers may take.
MAX_REQUEST_HEAD = 64 * 1024


class _Server(uvicorn.Server):
    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:  # the daemon handles SIGTERM/SIGINT itself
        yield


class _BoundedRequests:
    """ASGI wrapper: a request whose line and headers exceed :data:`MAX_REQUEST_HEAD` gets 400
    and the connection is closed, before the application sees it."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            size = len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"")
            size += sum(len(k) + len(v) for k, v in scope.get("headers") or ())
            if size > MAX_REQUEST_HEAD:
                await send({"type": "http.response.start", "status": 400,
                            "headers": [(b"content-type", b"text/plain"), (b"connection", b"close")]})
                await send({"type": "http.response.body", "body": b"request too large\n"})
                return
        await self.app(scope, receive, send)


class ConsoleServer:
    """A running HTTP server; :meth:`stop` shuts it down."""

    def __init__(self, server: _Server, task: asyncio.Task[None], sock: socket.socket) -> None:
        self.server = server
        self.task = task
        self.sock = sock

    @property
    def port(self) -> int:
        return int(self.sock.getsockname()[1])

    async def stop(self) -> None:
        self.server.should_exit = True
        try:
            await asyncio.wait_for(asyncio.shield(self.task), 10)
        except TimeoutError:
            self.task.cancel()
        except (asyncio.CancelledError, SystemExit):
            pass


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP named explicitly: asyncio turns Nagle off (TCP_NODELAY) only on sockets that
    # say so, and without it every keep-alive response waits ~40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError as exc:
        sock.close()
        raise ResponderError(f"http.port: cannot listen on {host}:{port} ({exc.strerror or exc}); "
                             "choose another port or stop what uses it") from None
    sock.setblocking(False)
    return sock


async def start(app: Starlette, host: str, port: int, **options: Any) -> ConsoleServer:
    """Start serving ``app`` on ``host:port`` in the running loop; return once it listens."""
    sock = bind(host, port)
    # h11 bounds the request line and headers: over 64 KiB is answered 400 and closed (a
    # hostile client cannot make the console hold or parse a giant request).
    config = uvicorn.Config(_BoundedRequests(app), log_config=None, access_log=False, lifespan="off",
                            http="h11", h11_max_incomplete_event_size=MAX_REQUEST_HEAD,
                            server_header=False, proxy_headers=True,
                            forwarded_allow_ips="127.0.0.1", **options)
    server = _Server(config)
    task = asyncio.ensure_future(server.serve(sockets=[sock]))
    while not server.started and not task.done():
        await asyncio.sleep(0.01)
    if task.done():
        exc = task.exception()
        raise ResponderError(f"http.port: the console did not start ({exc!r})")
    log.info("http port open", extra={"fields": {"host": host, "port": sock.getsockname()[1]}})
    console = getattr(app.state, "console", None)
    if console is not None:  # the slow figures are ready before anyone asks
        warm = asyncio.ensure_future(console.warm())
        _background.add(warm)
        warm.add_done_callback(_background.discard)
    return ConsoleServer(server, task, sock)
