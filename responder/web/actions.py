"""What staff do in the console, each change in one transaction with its audit record.

Every decision on a message waiting for a person goes through :func:`decide_review`, the
one place a decision is made (the second reader's labelled examples hook in there). The
IMAP tags follow the decision through the daemon's pending-flags step (``apply_flags``): a
tag is taken off, ``$Reschedule`` put on, and ``\\Answered`` comes when the acknowledgement
has been sent (the daemon's send step files it, exactly as for an automatic answer).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Literal

from responder.booking import Booking
from responder.decide import FLAG_CANCELLATION, FLAG_RESCHEDULE, FLAG_REVIEW
from responder.errors import ResponderError
from responder.learn.examples import record_label, stored_text
from responder.outgoing import Outgoing, Prepared, customer_first_name
from responder.parse import ParsedMessage
from responder.reasons import ReasonResult
from responder.state import Store, ts

ReviewAction = Literal["acknowledge", "dismiss", "reschedule", "stop"]
ACTIONS: tuple[ReviewAction, ...] = ("acknowledge", "dismiss", "reschedule", "stop")

#: The kinds of waiting message (review_items.kind) a person may decide only some ways, with
#: what is refused otherwise; every other kind takes every action. These kinds also teach the
#: second reader nothing about intent: a delivery report, or a reply read for an opt-out.
NARROW_KINDS: dict[str, tuple[tuple[ReviewAction, ...], str]] = {
    "bounce": (("dismiss",), "a bounce is never answered; it can only be marked as seen"),
    "optout": (("stop", "dismiss"), "a reply that may ask us to stop is either a request to stop "
                                   "all mail or not one"),
}


def allowed_actions(kind: str) -> tuple[ReviewAction, ...]:
    """What a person may decide on a waiting message of this kind."""
    return NARROW_KINDS[kind][0] if kind in NARROW_KINDS else ACTIONS

#: What each decision says about the message's intent: kept as a labelled example for the
#: second reader (responder.learn); "stop all mail" says nothing about the intent.
LABELS: dict[ReviewAction, str | None] = {
    "acknowledge": "cancellation",
    "dismiss": "other",
    "reschedule": "reschedule",
    "stop": None,
}

#: The words the console shows for each decision.
ACTION_WORDS: dict[str, str] = {
    "acknowledge": "sent the acknowledgement",
    "dismiss": "not a cancellation",
    "reschedule": "it's a reschedule",
    "stop": "stopped all mail to this customer",
}


class ReviewError(ResponderError):
    """A decision that cannot be made (already decided, no address to answer, ...)."""


@dataclass(frozen=True)
class ReviewSubject:
    """A message waiting for a person, with what an acknowledgement needs."""

    id: int
    message_id: str
    from_addr: str
    from_name: str
    reply_to: str | None
    subject: str
    language: str
    reason: str | None
    reason_text: str
    booking: dict[str, str | None]
    references: tuple[str, ...]
    status: str  # waiting | done
    conversation_id: int | None
    kind: str = ""  # why it waits (review_items.kind)


@dataclass(frozen=True)
class ReviewResult:
    action: ReviewAction
    message_id: str
    detail: str
    queued: str | None = None  # the Message-ID of the acknowledgement queued


def audit(store: Store, who: str, action: str, target: str, detail: str, now: datetime) -> None:
    """Inside a transaction: one line of the staff audit log."""
    store.conn.execute("INSERT INTO audit (at, who, action, target, detail) VALUES (?, ?, ?, ?, ?)",
                       (ts(now), who, action, target[:300], detail[:1000]))


def review_subject(store: Store, message_id: str) -> ReviewSubject | None:
    row = store.conn.execute(
        "SELECT m.id, m.message_id, m.from_addr, COALESCE(r.from_name, ''), r.reply_to, m.subject, "
        "COALESCE(t.language, m.language, 'en'), t.reason, COALESCE(r.reason_text, ''), t.booking, "
        "COALESCE(r.refs, '[]'), COALESCE(i.status, 'done'), m.conversation_id, "
        "COALESCE(i.kind, '') "
        "FROM messages m LEFT JOIN message_texts t ON t.message_id = m.message_id "
        "LEFT JOIN message_replies r ON r.message_id = m.message_id "
        "LEFT JOIN review_items i ON i.message_id = m.message_id WHERE m.message_id = ?",
        (message_id,)).fetchone()
    if row is None:
        return None
    booking = json.loads(row[9]) if row[9] else {}
    return ReviewSubject(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8],
                         booking, tuple(json.loads(row[10])), row[11], row[12], row[13])


def _booking(data: dict[str, str | None]) -> Booking | None:
    if not data.get("day") or not data.get("when"):
        return None
    at = data.get("at")
    return Booking(day=date.fromisoformat(str(data["day"])),
                   at=time.fromisoformat(at) if at else None, when=str(data["when"]),
                   what=str(data.get("what") or ""), where=str(data.get("where") or ""),
                   for_when=str(data.get("for_when") or ""), on_when=str(data.get("on_when") or ""))


def render_acknowledgement(outgoing: Outgoing, item: ReviewSubject) -> Prepared:
    """The acknowledgement this message would get, threaded to it (the preview shows it;
    :func:`decide_review` queues exactly this)."""
    if not item.reply_to:
        raise ReviewError("there is no safe address to answer this message; answer it from "
                          "your mail program")
    msg = ParsedMessage(
        message_id=item.message_id, message_id_synthetic=False, from_addr=item.from_addr,
        from_name=item.from_name, subject=item.subject, to=(), cc=(), reply_to=(), date=None,
        in_reply_to=None, references=item.references, headers={}, text_plain="", html=None,
        calendar=None, content_type="text/plain")
    reason = None
    if item.reason:
        reason = ReasonResult(reason=item.reason, future_contact="unknown",  # type: ignore[arg-type]
                              opt_out=False, evidence=(), reason_text=item.reason_text)
    return outgoing.acknowledgement(msg, item.language, item.reply_to, reason,
                                    _booking(item.booking))


def decide_review(store: Store, message_id: str, action: ReviewAction, who: str, now: datetime,
                  *, outgoing: Outgoing | None = None) -> ReviewResult:
    """A staff decision on a message waiting for a person, in one transaction: the effect,
    the IMAP tags to change, the decision record and the audit line.

    - ``acknowledge``: the acknowledgement goes to the outbox (once: the outbox's unique
      ``(kind, ref)`` refuses a second); the daemon sends it threaded and sets ``\\Answered``.
      A failed automatic send is queued again instead.
    - ``dismiss``: not a cancellation; the tags go, anything opened for it stops.
    - ``reschedule``: tagged ``$Reschedule`` for the person who rebooks; follow-ups stop.
    - ``stop``: the customer is suppressed and every conversation with them stops.
    """
    if action not in ACTIONS:
        raise ReviewError(f"unknown action {action!r}")
    item = review_subject(store, message_id)
    if item is None:
        raise ReviewError("no such message")
    if action not in allowed_actions(item.kind):
        raise ReviewError(NARROW_KINDS[item.kind][1])
    prepared = None
    if action == "acknowledge" and not _ack_exists(store, message_id):
        if outgoing is None:
            raise ReviewError("acknowledging needs the templates")
        prepared = render_acknowledgement(outgoing, item)  # rendered before the transaction
    with store.transaction():
        waiting = store.conn.execute(
            "SELECT 1 FROM review_items WHERE message_id = ? AND status = 'waiting'",
            (message_id,)).fetchone()
        if waiting is None:
            raise ReviewError("this message was already decided")
        detail, queued = _apply(store, item, action, prepared, now)
        store.conn.execute(
            "UPDATE review_items SET status = 'done', decided_action = ?, decided_by = ?, "
            "decided_at = ? WHERE message_id = ?", (action, who, ts(now), message_id))
        store.conn.execute(
            "INSERT INTO review_actions (message_id, action, who, at, detail) VALUES (?, ?, ?, ?, ?)",
            (message_id, action, who, ts(now), detail))
        audit(store, who, f"review:{action}", message_id, detail, now)
        kept = stored_text(store, message_id)
        if (LABELS[action] is not None and kept is not None  # the business teaches the reader
                and item.kind not in NARROW_KINDS):
            record_label(store, message_id=message_id, intent=LABELS[action], reason=None,
                         text=kept[0], language=kept[1], who=who, at=now)
    return ReviewResult(action, message_id, detail, queued)


def _ack_exists(store: Store, message_id: str) -> bool:
    return store.outbox_has("acknowledgement", message_id)


def _apply(store: Store, item: ReviewSubject, action: ReviewAction, prepared: Prepared | None,
           now: datetime) -> tuple[str, str | None]:
    mid = item.message_id
    if action == "acknowledge":
        row = store.conn.execute(
            "SELECT id, status, message_id FROM outbox WHERE kind = 'acknowledgement' AND ref = ?",
            (mid,)).fetchone()
        store.change_pending_flags(mid, remove=(FLAG_REVIEW,), add=(FLAG_CANCELLATION,))
        if row is not None:
            if row[1] in ("failed", "unknown"):
                store.conn.execute(
                    "UPDATE outbox SET status = 'queued', next_attempt_at = ?, last_error = NULL "
                    "WHERE id = ?", (ts(now), row[0]))
                return f"the acknowledgement {row[2]} is sent again", str(row[2])
            return f"the acknowledgement {row[2]} was already {row[1]}", None
        assert prepared is not None
        if store.suppressed(prepared.recipient):
            raise ReviewError(f"{prepared.recipient} is on the suppression list; remove it "
                              "there first")
        conv = store.conn.execute("SELECT id FROM conversations WHERE root_message_id = ?",
                                  (mid,)).fetchone()
        conv_id = int(conv[0]) if conv else store.create_conversation(
            customer=prepared.recipient, root_message_id=mid, subject=item.subject,
            language=item.language, customer_name=customer_first_name(item.from_name),
            reason=item.reason, now=now, reason_text=item.reason_text)
        src = store.conn.execute("SELECT uid, uidvalidity FROM messages WHERE message_id = ?",
                                 (mid,)).fetchone()
        store.enqueue(kind="acknowledgement", ref=mid, message_id=prepared.message_id,
                      conversation_id=conv_id, recipient=prepared.recipient, raw=prepared.raw,
                      now=now, source_uid=src[0], source_uidvalidity=src[1])
        store.conn.execute("UPDATE messages SET conversation_id = ? WHERE message_id = ?",
                           (conv_id, mid))
        return f"acknowledgement {prepared.message_id} queued to {prepared.recipient}", \
            prepared.message_id
    if action == "dismiss" and item.kind == "optout":
        store.change_pending_flags(mid, remove=(FLAG_REVIEW,))
        return "not a request to stop; the conversation's follow-ups stay stopped", None
    if action == "dismiss":
        store.change_pending_flags(mid, remove=(FLAG_REVIEW, FLAG_CANCELLATION))
        stopped = 0
        if item.conversation_id is not None:
            stopped = store.stop_conversation(item.conversation_id, "staff: not a cancellation", now)
        return f"not a cancellation; {stopped} follow-up(s) cancelled", None
    if action == "reschedule":
        store.change_pending_flags(mid, remove=(FLAG_REVIEW, FLAG_CANCELLATION),
                                   add=(FLAG_RESCHEDULE,))
        stopped = _stop_customer(store, item, "rebooked", now)
        return f"a reschedule; {stopped} follow-up(s) cancelled", None
    # stop
    store.change_pending_flags(mid, remove=(FLAG_REVIEW,))
    for address in _addresses(item):
        store.suppress(address, "staff: stop all mail", now)
    stopped = _stop_customer(store, item, "staff: stop all mail", now)
    return f"all mail stopped; {stopped} follow-up(s) cancelled", None


def _stop_customer(store: Store, item: ReviewSubject, reason: str, now: datetime) -> int:
    """Every conversation with the customer (sender and reply address) stops."""
    return sum(store.stop_customer(address, reason, now) for address in _addresses(item))


def _addresses(item: ReviewSubject) -> list[str]:
    """The customer's sender and reply address, lower-cased, each once."""
    return list(dict.fromkeys(a.lower() for a in (item.from_addr, item.reply_to) if a))
