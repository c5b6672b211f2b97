"""Prometheus metrics, served at ``/metrics`` by the staff console's HTTP app
(:mod:`responder.web`, with ``/healthz``) when ``[http] port`` is set (off by default)."""

from __future__ import annotations

import logging

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
