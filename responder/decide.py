"""Whether and how to answer one message, and why: a pure function of its inputs.

:func:`decide` takes the message's detection, the safety verdict, the reason the customer
gave, a bounce report if it is one, what the state knows (:class:`History`), the
:class:`Policy` and ``now``; it returns a :class:`Decision` with the action, its effects on
the conversation and every reason. No clock, database or network inside, so the whole
policy is table-tested.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Literal

from responder.bounce import Bounce
from responder.detect import Detection
from responder.maybe_stop import WHY as MAYBE_STOP_WHY
from responder.reasons import ReasonResult

Action = Literal["acknowledge", "review", "tag", "ignore"]

FLAG_CANCELLATION = "$Cancellation"
FLAG_RESCHEDULE = "$Reschedule"
FLAG_REVIEW = "$NeedsReview"

#: The first reason of a permanent bounce of our own mail (the console lists it for a person).
BOUNCE_WHY = "bounce: permanent delivery failure"

#: In the reasons of a repeat cancellation (acknowledged within ``ack_interval``).
WITHIN_ACK_INTERVAL = "within ack_interval"
#: The stop reason of a reply that may ask us to stop in words the rules do not know
#: (responder.maybe_stop): its follow-ups stop and a person decides on the rest.
MAYBE_STOP = MAYBE_STOP_WHY

#: Reasons after which no marketing follow-up is sent.


@dataclass(frozen=True)
class History:
    """What the state knows that matters for this message."""

    already_handled: bool = False
    conversation_id: int | None = None  # the message belongs to a conversation we know
    conversation_matched_by: str = ""  # "thread" (In-Reply-To/References) or "sender+subject"
    open_conversations: tuple[int, ...] = ()  # the sender's conversations still followed up
    bounced_conversation_id: int | None = None  # the conversation whose mail this bounce returns
    bounced_recipient: str | None = None  # whom that mail of ours went to (None: not ours)
    thanked: bool = False  # this conversation already got a thank-you
    last_ack_to_sender: datetime | None = None
    sends_last_hour: int = 0


@dataclass(frozen=True)
class Policy:
    answer_threshold: float = 0.80
    review_threshold: float = 0.50
    acknowledge: bool = True
    ack_interval: timedelta = timedelta(days=7)
    max_per_hour: int = 300
    thank_you: bool = False


@dataclass(frozen=True)
class Decision:
    action: Action
    why: tuple[str, ...]
    flags: tuple[str, ...] = ()
    recipient: str | None = None  # whom the acknowledgement goes to
    stop: str | None = None  # stop follow-ups of the conversation(s) for good, with this reason
    stop_all: bool = False  # ... of every open conversation of the sender, not just this one
    suppress: tuple[str, ...] = ()  # addresses to put on the suppression list
    replan: bool = False  # a reply: drop what remains and plan anew from its reason
    thank_you: bool = False  # send the one short thank-you for a reason
    alert_staff: bool = False  # tell staff (a dissatisfied customer's words)
    cap_reached: bool = False  # the hourly cap stopped an acknowledgement: tell staff


def decide(
    detection: Detection,
    *,
    automated: tuple[str, ...],
    recipient: str | None,
    history: History,
    policy: Policy,
    now: datetime,
    reason: ReasonResult | None = None,
    bounce: Bounce | None = None,
    sender: str = "",
    unauthenticated: tuple[str, ...] = (),
    unreadable: str = "",
    unsafe: tuple[str, ...] = (),
) -> Decision:
    """The action for one message, its effects and the reasons for it. ``unauthenticated``
    (from :func:`responder.authresults.authentication_problems`) turns any automatic mail
    to the sender into a review; an ``unreadable`` message (why it could not be read) is
    left for a person. ``unsafe`` says why no address was safe to reply to (from
    :func:`responder.safety.safe_reply_address`), for the reasons of a review."""
    if unreadable and not history.already_handled:
        return Decision("review", (f"unreadable: {unreadable}; left for a person",),
                        (FLAG_REVIEW,))
    decision = _decide(detection, automated=automated, recipient=recipient, history=history,
                       policy=policy, now=now, reason=reason, bounce=bounce, sender=sender,
                       unsafe=unsafe)
    if not unauthenticated or bounce is not None:
        return decision
    return _unauthenticated(decision, unauthenticated)


def _unauthenticated(decision: Decision, problems: tuple[str, ...]) -> Decision:
    """No automatic mail to a sender our mail server could not authenticate: a person looks."""
    if decision.action != "acknowledge" and not decision.thank_you:
        return decision
    why = (*decision.why, *problems, "no automatic mail to an unauthenticated sender: "
           "left for a person")
    flags = tuple(dict.fromkeys((*decision.flags, FLAG_REVIEW)))
    action: Action = "review" if decision.action == "acknowledge" else decision.action
    return replace(decision, action=action, why=why, flags=flags, recipient=None,
                   thank_you=False)


def _decide(
    detection: Detection,
    *,
    automated: tuple[str, ...],
    recipient: str | None,
    history: History,
    policy: Policy,
    now: datetime,
    reason: ReasonResult | None,
    bounce: Bounce | None,
    sender: str,
    unsafe: tuple[str, ...],
) -> Decision:
    if history.already_handled:
        return Decision("ignore", ("duplicate: this Message-ID was handled before",))
    if bounce is not None:
        return _bounce(bounce, history)
    if automated:
        return Decision("ignore", tuple(f"automated: {r}" for r in automated))

    sure = f"{detection.intent} {detection.confidence:.2f}"
    if reason is not None and reason.opt_out:
        # No mail at all after "don't email me": not even the acknowledgement.
        # (opt-outs round 48: in new mail, the words that cancel may be all that read as an opt-out, "Acho
        # melhor não fazer o exame … Vocês podem tirar meu nome da lista?": off the exam's list or off our
        # mailing list, a person decides)
        same = history.conversation_id is None and _opt_out_is_the_cancel(detection, reason)
        cancels = (detection.intent == "cancellation" and not same
                   and detection.confidence >= policy.answer_threshold)
        # a new mail that may cancel: a person confirms the cancellation (nothing is sent)
        unsure = (not cancels and history.conversation_id is None and detection.intent == "cancellation"
                  and detection.confidence >= policy.review_threshold)
        action: Action = "tag" if cancels else "review" if unsure else "ignore"
        why = ("opt-out: the customer asked not to be emailed again", *reason.evidence[:3])
        if unsure and same:
            why = (*why, f"intent {sure}: the words that cancel also read as the opt-out ('{same}'), "
                         "left for a person")
        elif unsure:
            why = (*why, f"intent {sure}: below answer threshold {policy.answer_threshold:.2f}, "
                         "left for a person")
        return Decision(action, why,
                        (FLAG_CANCELLATION,) if cancels else (FLAG_REVIEW,) if unsure else (),
                        stop="opt-out", stop_all=True, suppress=(sender,) if sender else ())

    if history.conversation_id is not None:
        return _reply(detection, history, policy, reason, sure)

    if detection.intent == "reschedule" and detection.confidence >= policy.review_threshold:
        if history.open_conversations:
            return Decision("tag", (f"intent {sure}: the customer is booking again",
                                    "follow-ups stop: rebooked"), (FLAG_RESCHEDULE,),
                            stop="rebooked", stop_all=True)
        return Decision("tag", (f"intent {sure}: reschedules are left to staff",), (FLAG_RESCHEDULE,))
    if detection.intent == "reschedule":
        return Decision("ignore", (f"intent {sure}: below review threshold",))
    if detection.intent != "cancellation":
        return Decision("ignore", (f"intent {sure}",))
    return _cancellation(detection, history, policy, reason, recipient, sure, now, unsafe)


def _opt_out_is_the_cancel(detection: Detection, reason: ReasonResult) -> str:
    """The opt-out's words when every opt-out read is (in) the very phrase the detector took as the
    cancellation ("Oubliez-moi" in "oubliez-moi pour le rendez-vous"), "" otherwise."""
    cancel = detection.evidence[0].strip("'") if detection.evidence else ""
    outs = [e.removeprefix("opt-out: ") for e in reason.evidence if e.startswith("opt-out: ")]
    if cancel and outs and all(o.lower() in cancel.lower() for o in outs):
        return outs[0]
    return ""


def _bounce(bounce: Bounce, history: History) -> Decision:
    """A bounce may suppress only the recipient of a mail we sent, and only when it refers to
    that mail (its Message-ID); never a domain. Anyone can send a delivery report."""
    failed = ", ".join(bounce.recipients) or "unknown recipient"
    if not bounce.permanent:
        return Decision("ignore", (f"bounce: temporary delivery failure for {failed}; "
                                   "nothing stops",))
    why = (f"{BOUNCE_WHY} for {failed}",)
    ours = history.bounced_recipient
    if ours is None:
        return Decision("ignore", (*why, "not a report on a mail we sent: nothing suppressed"))
    if ours.lower() not in bounce.recipients:
        return Decision("ignore", (*why, f"our mail went to {ours}, not to a failed address: "
                                         "nothing suppressed"))
    stop = "bounced" if history.bounced_conversation_id is not None else None
    # Our mail did not reach the customer: a person may want to reach them another way.
    return Decision("tag", (*why, "follow-ups stop for good" if stop else "address suppressed",
                            "left for a person: the customer did not get our mail"),
                    (FLAG_REVIEW,), stop=stop, suppress=(ours.lower(),))


def _reply(detection: Detection, history: History, policy: Policy, reason: ReasonResult | None,
           sure: str) -> Decision:
    how = history.conversation_matched_by or "thread"
    why = (f"reply in conversation {history.conversation_id} (matched by {how}): recorded, "
           "not acknowledged again",)
    if reason is not None and reason.maybe_stop:
        # Precision first: nothing more goes out until a person has read it (no thank-you,
        # no follow-up); suppressing the address is theirs to confirm, in one click.
        return Decision("tag", (*why, reason.maybe_stop,
                                "follow-ups stop; a person decides whether to stop all mail"),
                        (FLAG_REVIEW,), stop=MAYBE_STOP, stop_all=True,
                        alert_staff=reason.reason == "dissatisfied")
    if detection.intent == "reschedule" and detection.confidence >= policy.review_threshold:
        return Decision("tag", (*why, f"intent {sure}: rebooking", "follow-ups stop: rebooked"),
                        (FLAG_RESCHEDULE,), stop="rebooked")
    if reason is not None and reason.reason == "dissatisfied":
        return Decision("ignore", (*why, f"{reason_said(reason)}: no marketing mail, staff alerted"),
                        stop="dissatisfied", alert_staff=True)
    known = reason is not None and reason.reason not in ("none", "other")
    thank = policy.thank_you and known and not history.thanked
    detail = reason_said(reason) if reason is not None else "no reason read"
    said = (*why, f"{detail}: remaining follow-ups re-planned", *(["one short thank-you"] if thank else []))
    return Decision("ignore", said, replan=True, thank_you=thank)


def reason_said(reason: ReasonResult) -> str:
    """"reason cost", and which reader decided when it was the second one ("reason cost (second
    reader: cost 0.41)"): the evidence says which reader decided."""
    learned = [e for e in reason.evidence if e.startswith("second reader: ")] if reason.learned else []
    return f"reason {reason.reason} ({learned[-1]})" if learned else f"reason {reason.reason}"


def _cancellation(detection: Detection, history: History, policy: Policy,
                  reason: ReasonResult | None, recipient: str | None, sure: str,
                  now: datetime, unsafe: tuple[str, ...]) -> Decision:
    if detection.confidence < policy.review_threshold:
        return Decision("ignore", (f"intent {sure}: below review threshold "
                                   f"{policy.review_threshold:.2f}",))
    if detection.confidence < policy.answer_threshold:
        return Decision("review", (f"intent {sure}: below answer threshold "
                                   f"{policy.answer_threshold:.2f}, left for a person",),
                        (FLAG_REVIEW,))
    why = f"intent {sure} >= answer threshold {policy.answer_threshold:.2f}"
    alert = reason is not None and reason.reason == "dissatisfied"
    if not policy.acknowledge:
        return Decision("tag", (why, "acknowledgements are switched off"), (FLAG_CANCELLATION,),
                        alert_staff=alert)
    if recipient is None:
        return Decision("review", (why, "no safe address to reply to", *unsafe),
                        (FLAG_CANCELLATION, FLAG_REVIEW))
    last = history.last_ack_to_sender
    if last is not None and now - last < policy.ack_interval:
        return Decision("review", (why, f"{recipient} was acknowledged at {last:%Y-%m-%d %H:%M}, "
                                        f"{WITHIN_ACK_INTERVAL}: not answered again, left for a person"),
                        (FLAG_CANCELLATION, FLAG_REVIEW))
    if history.sends_last_hour >= policy.max_per_hour:
        return Decision("review", (why, f"hourly cap of {policy.max_per_hour} sends reached"),
                        (FLAG_CANCELLATION, FLAG_REVIEW), cap_reached=True)
    extra = (reason_said(reason),) if reason is not None and reason.reason != "none" else ()
    return Decision("acknowledge", (why, *extra), (FLAG_CANCELLATION,), recipient=recipient,
                    alert_staff=alert)
