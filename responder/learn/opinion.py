"""How the second reader's scores may change a decision: only toward a person. Pure.

* **net**: the rules would leave a new message alone for its intent (``other``, or too unsure
  to review) but the model gives cancelling or moving at least ``net``: review.
* **veto**: the rules would acknowledge a cancellation but the model gives it less than
  ``veto``: review instead of an answer.
* **reasons in replies**: where the rules read ``none`` or ``other`` in a reply, the model
  may fill a reason it gives at least ``reason``; where the rules heard more than one reason
  and chose one, the model may choose another of those it gives ``reason_margin`` more (never
  away from a reason that stops the follow-ups: ``dissatisfied``, ``moved_away``); where the
  rules read a real reason the model all but rules out (at most ``reason_doubt``) while it is at
  least ``reason_overrule`` sure of another real one, the model's (never away from those two).
* **opt-outs in replies**: the rules read them first; the model may only add one it gives at
  least ``opt_out`` (never take one away): the address is then suppressed, as if the rules had
  read it.

It never answers and never ignores; the evidence says which reader decided and its score.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import cast

from responder.config import NO_FOLLOWUP_REASONS
from responder.decide import FLAG_REVIEW, Decision
from responder.reasons import Reason, ReasonResult

#: Reasons the rules give when they have found none; the second reader may fill these.
UNREAD = ("none", "other")


@dataclass(frozen=True)
class SecondPolicy:
    """Thresholds of the second reader (config ``[second_reader]``)."""

    enabled: bool = True
    net: float = 0.65  # rules say other: review when P(cancellation or reschedule) >= net
    veto: float = 0.5  # rules would answer: review when P(cancellation) < veto
    reason: float = 0.30  # replies: fill a reason the rules did not read when P >= reason
    reason_margin: float = 0.30  # replies: of the reasons the rules heard, one the model gives this much more
    opt_out: float = 0.7  # replies: add an opt-out the rules did not read when P(opt-out) >= this
    reason_overrule: float = 0.50  # replies: a real reason the model gives at least this, over …
    reason_doubt: float = 0.05  # … the rules' reason when the model gives that one at most this


@dataclass(frozen=True)
class SecondOpinion:
    """The model's probabilities for one message's intent."""

    scores: tuple[tuple[str, float], ...]

    @classmethod
    def of(cls, scores: dict[str, float]) -> SecondOpinion:
        return cls(tuple(sorted(scores.items())))

    def p(self, label: str) -> float:
        return dict(self.scores).get(label, 0.0)

    @property
    def acting(self) -> float:
        """P(the sender cancels or moves a booking)."""
        return self.p("cancellation") + self.p("reschedule")

    @property
    def acting_label(self) -> str:
        return "cancellation" if self.p("cancellation") >= self.p("reschedule") else "reschedule"


def second_look(decision: Decision, opinion: SecondOpinion | None, policy: SecondPolicy, *,
                intent_only: bool) -> Decision:
    """``decision`` as the rules made it, or a review the second reader asks for.

    ``intent_only``: the decision was made on the message's intent alone (a new message: no
    duplicate, bounce, automation, opt-out or known conversation); only then may the net act.
    """
    if opinion is None or not policy.enabled:
        return decision
    if decision.action == "acknowledge":
        p = opinion.p("cancellation")
        if p < policy.veto:
            return replace(decision, action="review", recipient=None, flags=(FLAG_REVIEW,),
                           why=(*decision.why, f"second reader: cancellation {p:.2f} < veto "
                                f"{policy.veto:.2f}: left for a person"))
        return replace(decision, why=(*decision.why, f"second reader agrees: cancellation {p:.2f}"))
    if decision.action == "ignore" and intent_only and opinion.acting >= policy.net:
        label = opinion.acting_label
        return replace(decision, action="review", flags=(FLAG_REVIEW,),
                       why=(*decision.why, f"second reader: {label} {opinion.p(label):.2f} (cancel or "
                            f"move {opinion.acting:.2f} >= net {policy.net:.2f}): left for a person"))
    return decision


def fill_reason(reason: ReasonResult, scores: dict[str, float], threshold: float) -> ReasonResult:
    """The rules' reason, or where they read none (``none``/``other``) the model's, when it is
    at least ``threshold`` sure of a real one, or of ``other`` where the rules read ``none``
    (replaying every replies first look: 11 more right of 2,415, none turned wrong). The
    opt-out and future contact stay the rules'."""
    if reason.reason not in UNREAD or not scores:
        return reason
    label, p = max(sorted(scores.items()), key=lambda kv: kv[1])
    # ("other", a reason outside the list, where the rules read none: the road closed by snow)
    if label == reason.reason or label == "none" or p < threshold:
        return reason
    # (everything else stays the rules': the future contact, the opt-out, and a possible request
    # to stop, which must still hold the reply for a person)
    return replace(reason, reason=cast(Reason, label), learned=True,
                   evidence=(*reason.evidence, f"second reader: {label} {p:.2f}"))


def weighable(reason: ReasonResult) -> bool:
    """The rules chose one of several reasons they heard, and not one that stops the follow-ups."""
    return (reason.reason not in UNREAD and reason.reason not in NO_FOLLOWUP_REASONS
            and len(reason.heard) > 1)


def weigh_reasons(reason: ReasonResult, scores: dict[str, float], margin: float) -> ReasonResult:
    """Where the rules heard several reasons and chose one, the one of them the model gives at
    least ``margin`` more than the rules' choice ("the price went up, and I found a cheaper
    studio": the rules weigh phrases, the model the whole reply). Never away from a reason
    that stops the follow-ups (a dissatisfied customer gets a person, not marketing mail)."""
    if not weighable(reason):
        return reason
    heard = dict(reason.heard)
    best = max(sorted(heard), key=lambda r: scores.get(r, 0.0))
    p, q = scores.get(best, 0.0), scores.get(reason.reason, 0.0)
    if best == reason.reason or p - q < margin:
        return reason
    return replace(reason, reason=best, reason_text=heard[best], learned=True,
                   evidence=(*reason.evidence, f"second reader: {best} {p:.2f} over the rules' "
                             f"{reason.reason} {q:.2f}"))


def overrulable(reason: ReasonResult) -> bool:
    """The rules read a real reason, and not one that stops the follow-ups."""
    return reason.reason not in UNREAD and reason.reason not in NO_FOLLOWUP_REASONS


def overrule_reason(reason: ReasonResult, scores: dict[str, float], sure: float,
                    doubt: float) -> ReasonResult:
    """Where the rules read a real reason the model all but rules out (at most ``doubt``) and
    the model is at least ``sure`` of another real one, the model's ("my knee is playing up
    again": the rules heard "playing" as a class, the model reads an injury). Replaying every
    replies first look: 32 readings right that were wrong, none wrong that was right
    (docs/detection.md). Never away from a reason that stops the follow-ups, never to
    ``none``/``other``; the opt-out, the future contact and a possible request to stop stay
    the rules'."""
    if not overrulable(reason) or not scores:
        return reason
    label, p = max(sorted(scores.items()), key=lambda kv: kv[1])
    q = scores.get(reason.reason, 0.0)
    if label == reason.reason or label in UNREAD or p < sure or q > doubt:
        return reason
    return replace(reason, reason=cast(Reason, label), learned=True,
                   evidence=(*reason.evidence, f"second reader: {label} {p:.2f}, the rules' "
                             f"{reason.reason} only {q:.2f}"))


def second_reason(reason: ReasonResult, scores: dict[str, float], policy: SecondPolicy) -> ReasonResult:
    """The reason of a reply with the second reader's ``scores``: filled where the rules read
    none, weighed where they heard several, overruled where the model all but rules out the
    rules' reason (:func:`fill_reason`, :func:`weigh_reasons`, :func:`overrule_reason`)."""
    if not policy.enabled:
        return reason
    weighed = weigh_reasons(fill_reason(reason, scores, policy.reason), scores, policy.reason_margin)
    if weighed is not reason:  # (filled or weighed: the model has spoken once)
        return weighed
    return overrule_reason(reason, scores, policy.reason_overrule, policy.reason_doubt)


def add_opt_out(reason: ReasonResult, scores: dict[str, float], threshold: float) -> ReasonResult:
    """The rules' reading, with an opt-out added where the rules read none and the model gives
    one at least ``threshold`` (leave-one-set-out over the replies folders: at 0.70 it found
    half of the opt-outs and not one false one; docs/detection.md). Never removes one, never
    adds one where the customer asked to keep getting our mail, or cited our stop sentence without
    asking ("about your sentence 'reply STOPP if …': will the invoice still come by mail?"; the
    table reads the sentence's words, the rules read a mention)."""
    p = scores.get("yes", 0.0)
    if reason.opt_out or p < threshold or reason.keeps_mail or reason.cites_stop:
        return reason
    return replace(reason, future_contact="no", opt_out=True,
                   evidence=(*reason.evidence, f"second reader: opt-out {p:.2f}"))
