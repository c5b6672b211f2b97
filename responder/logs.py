"""Structured logs: ``key=value`` text for people, one JSON object per line for machines.

Call sites pass fields with ``extra={"fields": {...}}``. Values are cut to a sane length
and the formatter never prints message bodies or secrets: callers pass only ids,
addresses, intents, actions and reasons.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime
from typing import Any

_MAX = 300


def _fields(record: logging.LogRecord) -> dict[str, Any]:
    fields = getattr(record, "fields", None)
    return dict(fields) if isinstance(fields, dict) else {}


#: Control characters (ESC, BEL, CR, ...): a hostile subject must not drive a terminal.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _escape(text: str) -> str:
    """Control characters written as ``\\xNN`` (issue 12: a log line stays one line)."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group(0)):02x}", text)


def _short(value: Any) -> Any:
    if isinstance(value, str) and len(value) > _MAX:
        return value[:_MAX] + "…"
    return value


class TextFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        when = datetime.fromtimestamp(record.created, UTC).strftime("%Y-%m-%d %H:%M:%S")
        parts = [when, record.levelname.lower(), _escape(record.getMessage())]
        for key, value in _fields(record).items():
            value = _short(value)
            if isinstance(value, list | tuple):
                value = "; ".join(str(v) for v in value)
            text = _escape(str(value))
            parts.append(f"{key}={json.dumps(text, ensure_ascii=False) if ' ' in text else text}")
        line = " ".join(parts)
        if record.exc_info and record.levelno >= logging.ERROR:
            line += "\n" + self.formatException(record.exc_info)
        return line


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": record.getMessage(),
        }
        data.update({k: _short(v) for k, v in _fields(record).items()})
        if record.exc_info and record.levelno >= logging.ERROR:
            data["exception"] = self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False, default=str)


def setup_logging(fmt: str = "text", level: str = "INFO") -> None:
    # Neither format prints where a call was made from: no stack walk for each record
    # (the logging HOWTO's "Optimization"; a backlog logs a decision line per message).
    logging._srcfile = None
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # flufl.bounce logs each of its ~25 detectors at INFO for every bounce it reads.
    for noisy in ("apscheduler", "imapclient", "aiosmtplib", "mail.log", "flufl.bounce"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
