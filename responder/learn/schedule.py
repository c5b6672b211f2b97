"""When the daemon relearns: a pure function of the clock, the last attempt and the count."""

from __future__ import annotations

import logging
import subprocess
import sys
from datetime import datetime, timedelta

from responder.config import Config, parse_duration
from responder.state import Store

log = logging.getLogger(__name__)


def learn_due(*, now: datetime, last_attempt: datetime | None, every: timedelta | None,
              examples: int, min_examples: int) -> bool:
    """Whether to run ``responder learn`` now: scheduling on (``every``), enough of the
    business's examples, and ``every`` elapsed since the last attempt (none yet: now)."""
    if every is None or examples < min_examples:
        return False
    return last_attempt is None or now - last_attempt >= every


STAMP = "second_reader.last-learn"  # next to the state: when the daemon last started a relearn
LOG = "second_reader.learn.log"


def start_if_due(config: Config, store: Store, now: datetime,
                 running: subprocess.Popen[bytes] | None) -> subprocess.Popen[bytes] | None:
    """The daemon's weekly hook: start ``responder learn`` as a child process (scikit-learn
    never enters the daemon) when :func:`learn_due` says so; returns the running child."""
    if running is not None and running.poll() is None:
        return running
    sec = config.second_reader
    if not sec.enabled or config.source is None:
        return None
    every = None if sec.learn_every == "off" else parse_duration(sec.learn_every)
    stamp = config.state.path.with_name(STAMP)
    try:
        last = datetime.fromisoformat(stamp.read_text().strip())
    except (OSError, ValueError):
        last = None
    if every is None or (last is not None and now - last < every):
        return None  # not due by the clock: no need to count the examples (every cycle)
    count = int(store.conn.execute("SELECT COUNT(DISTINCT message_id) FROM labels").fetchone()[0])
    if not learn_due(now=now, last_attempt=last, every=every, examples=count,
                     min_examples=sec.learn_min_examples):
        return None
    stamp.write_text(now.isoformat())
    log.info("second reader: relearning", extra={"fields": {"examples": count}})
    with config.state.path.with_name(LOG).open("ab") as out:  # the child keeps its own copy
        return subprocess.Popen([sys.executable, "-m", "responder.cli", "learn", "--config",
                                 str(config.source)], stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL)
