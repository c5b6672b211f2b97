"""Whether and how to answer one message, and why: a pure function of its inputs.

:func:`decide` takes the parsed message's detection, the safety verdict, what the state
knows (:class:`History`), the :class:`Policy` and ``now``; it returns a :class:`Decision`
with the action and every reason. No clock, database or network inside, so the whole
policy is table-tested.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from responder.detect import Detection

Action = Literal["acknowledge", "review", "tag", "ignore"]

FLAG_CANCELLATION = "$Cancellation"
FLAG_RESCHEDULE = "$Reschedule"
FLAG_REVIEW = "$NeedsReview"


@dataclass(frozen=True)
class History:
    """What the state knows that matters for this message."""

    already_handled: bool = False
    conversation_id: int | None = None  # the message replies into a conversation we know
    last_ack_to_sender: datetime | None = None
    sends_last_hour: int = 0


@dataclass(frozen=True)
class Policy:
    answer_threshold: float = 0.80
    review_threshold: float = 0.50
    acknowledge: bool = True
    ack_interval: timedelta = timedelta(days=7)
    max_per_hour: int = 300


@dataclass(frozen=True)
class Decision:
    action: Action
    why: tuple[str, ...]
    flags: tuple[str, ...] = ()
    recipient: str | None = None  # whom the acknowledgement goes to
    stop_followups: bool = False  # the customer wrote again in a followed-up thread


def decide(
    detection: Detection,
    *,
    automated: tuple[str, ...],
    recipient: str | None,
    history: History,
    policy: Policy,
    now: datetime,
) -> Decision:
    """The action for one message and the reasons for it."""
    if history.already_handled:
        return Decision("ignore", ("duplicate: this Message-ID was handled before",))
    if automated:
        return Decision("ignore", tuple(f"automated: {r}" for r in automated))

    sure = f"{detection.intent} {detection.confidence:.2f}"
    if history.conversation_id is not None:
        reply = (f"reply in conversation {history.conversation_id}: recorded, not acknowledged again",
                 "follow-ups of this conversation stop")
        if detection.intent == "reschedule" and detection.confidence >= policy.review_threshold:
            return Decision("tag", (*reply, f"intent {sure}"), (FLAG_RESCHEDULE,),
                            stop_followups=True)
        return Decision("ignore", reply, stop_followups=True)

    if detection.intent == "reschedule":
        if detection.confidence >= policy.review_threshold:
            return Decision("tag", (f"intent {sure}: reschedules are left to staff",),
                            (FLAG_RESCHEDULE,))
        return Decision("ignore", (f"intent {sure}: below review threshold",))

    if detection.intent != "cancellation":
        return Decision("ignore", (f"intent {sure}",))

    if detection.confidence < policy.review_threshold:
        return Decision("ignore", (f"intent {sure}: below review threshold "
                                   f"{policy.review_threshold:.2f}",))
    if detection.confidence < policy.answer_threshold:
        return Decision("review", (f"intent {sure}: below answer threshold "
                                   f"{policy.answer_threshold:.2f}, left for a person",),
                        (FLAG_REVIEW,))
    why = f"intent {sure} >= answer threshold {policy.answer_threshold:.2f}"
    if not policy.acknowledge:
        return Decision("tag", (why, "acknowledgements are switched off"), (FLAG_CANCELLATION,))
    if recipient is None:
        return Decision("review", (why, "no safe address to reply to"),
                        (FLAG_CANCELLATION, FLAG_REVIEW))
    last = history.last_ack_to_sender
    if last is not None and now - last < policy.ack_interval:
        return Decision("tag", (why, f"{recipient} was acknowledged at {last:%Y-%m-%d %H:%M}, "
                                     "within ack_interval"), (FLAG_CANCELLATION,))
    if history.sends_last_hour >= policy.max_per_hour:
        return Decision("review", (why, f"hourly cap of {policy.max_per_hour} sends reached"),
                        (FLAG_CANCELLATION, FLAG_REVIEW))
    return Decision("acknowledge", (why,), (FLAG_CANCELLATION,), recipient=recipient)
