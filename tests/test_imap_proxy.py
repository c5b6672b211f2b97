"""The test IMAP proxy stops cleanly: no transport or socket is left to the garbage collector.

One left behind is collected in some later test, after its event loop has closed, and pytest
(``filterwarnings = error``) fails that test with "unclosed transport" / "loop is closed": the
rare failure at the end of tests/test_mail_tagging.py that CI met twice. Stopped here with
connections in every state: accepted but not yet handed to a session, connecting upstream,
and proxying.
"""

from __future__ import annotations

import gc
import socket
import threading
import time

import pytest

from responder.testing.imapproxy import ImapProxy


class _SilentServer:
    """An upstream that accepts and never answers (a slow IMAP greeting)."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0), backlog=50)
        self.sock.settimeout(0.02)
        self.port = self.sock.getsockname()[1]
        self.accepted: list[socket.socket] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.accepted.append(conn)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.sock.close()
        for conn in self.accepted:
            conn.close()


@pytest.mark.parametrize("pause", [0.0, 0.001, 0.002, 0.004])
def test_stopping_with_connections_in_flight_leaves_no_transport_behind(pause: float) -> None:
    for _ in range(10):
        upstream = _SilentServer()
        proxy = ImapProxy("127.0.0.1", upstream.port).start()
        clients = [socket.create_connection(("127.0.0.1", proxy.port)) for _ in range(10)]
        time.sleep(pause)
        proxy.stop()
        for client in clients:
            client.close()
        upstream.close()
        gc.collect()  # what was left unclosed warns now, and the warning fails the test
