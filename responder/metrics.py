"""Prometheus metrics and the optional HTTP port with ``/healthz`` and ``/metrics``.

Off by default (``[http] port = 0``). The server is a few lines of asyncio: it answers GET
requests only, never reads a body, and closes every connection after one response.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

log = logging.getLogger(__name__)


class Metrics:
    """Every counter the daemon keeps, in its own registry."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.messages = Counter("responder_messages_total", "Messages handled, by intent and action",
                                ["intent", "action"], registry=r)
        self.sends = Counter("responder_sends_total", "Messages sent, by kind", ["kind"], registry=r)
        self.send_failures = Counter("responder_send_failures_total",
                                     "Failed sends, by kind and whether permanent",
                                     ["kind", "permanent"], registry=r)
        self.followups = Counter("responder_followups_total",
                                 "Follow-ups scheduled, sent and stopped", ["event"], registry=r)
        self.reconnects = Counter("responder_imap_reconnects_total", "IMAP reconnections",
                                  registry=r)
        self.skipped = Counter("responder_messages_skipped_total",
                               "Messages skipped because handling them failed", registry=r)
        self.detection_seconds = Histogram(
            "responder_detection_seconds",
            "Time to detect the intent of one parsed message (automated mail skips the detector)",
            buckets=(0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.5), registry=r)
        self.last_contact = Gauge("responder_last_mailbox_contact_timestamp_seconds",
                                  "Unix time of the last successful mailbox cycle", registry=r)
        self.queue_depth = Gauge("responder_outbox_queue_depth", "Messages waiting to be sent",
                                 registry=r)

    def exposition(self) -> bytes:
        return bytes(generate_latest(self.registry))


async def serve(
    host: str, port: int, metrics: Metrics, health: Callable[[], tuple[bool, dict[str, Any]]]
) -> asyncio.Server:
    """Start the HTTP server; ``health()`` returns (healthy, details) for ``/healthz``."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            line = await asyncio.wait_for(reader.readline(), 5)
            parts = line.decode("latin-1").split()
            path = parts[1] if len(parts) >= 2 else ""
            if path == "/metrics":
                status, ctype, body = "200 OK", "text/plain; version=0.0.4", metrics.exposition()
            elif path == "/healthz":
                ok, details = health()
                status = "200 OK" if ok else "503 Service Unavailable"
                ctype, body = "application/json", json.dumps(details).encode()
            else:
                status, ctype, body = "404 Not Found", "text/plain", b"not found\n"
            writer.write(f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n"
                         f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode() + body)
            await writer.drain()
        except (TimeoutError, ConnectionError, UnicodeError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, host, port)
    log.info("http port open", extra={"fields": {"host": host, "port": port}})
    return server
