"""The decision table: what happens to a message, and the reasons given, for each situation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from responder.decide import Decision, History, Policy, decide
from responder.detect import Detection

NOW = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)
POLICY = Policy(answer_threshold=0.8, review_threshold=0.5, ack_interval=timedelta(days=7),
                max_per_hour=10)


def det(intent: str = "cancellation", confidence: float = 0.95) -> Detection:
    return Detection(intent=intent, confidence=confidence, evidence=("cancel my appointment",),  # type: ignore[arg-type]
                     language="en", text="")


def run(detection: Detection, *, automated: tuple[str, ...] = (), recipient: str | None = "a@x.test",
        history: History | None = None, policy: Policy = POLICY) -> Decision:
    return decide(detection, automated=automated, recipient=recipient, history=history or History(),
                  policy=policy, now=NOW)


@pytest.mark.parametrize(
    ("case", "kwargs", "action", "flags"),
    [
        ("sure cancellation", {"detection": det()}, "acknowledge", ("$Cancellation",)),
        ("unsure cancellation", {"detection": det(confidence=0.6)}, "review", ("$NeedsReview",)),
        ("faint cancellation", {"detection": det(confidence=0.3)}, "ignore", ()),
        ("reschedule", {"detection": det("reschedule", 0.9)}, "tag", ("$Reschedule",)),
        ("other", {"detection": det("other", 0.9)}, "ignore", ()),
        ("automated", {"detection": det(), "automated": ("auto-submitted: auto-replied",)},
         "ignore", ()),
        ("duplicate", {"detection": det(), "history": History(already_handled=True)}, "ignore", ()),
        ("no safe recipient", {"detection": det(), "recipient": None}, "review",
         ("$Cancellation", "$NeedsReview")),
        ("acked recently", {"detection": det(), "history": History(
            last_ack_to_sender=NOW - timedelta(days=2))}, "tag", ("$Cancellation",)),
        ("acked long ago", {"detection": det(), "history": History(
            last_ack_to_sender=NOW - timedelta(days=8))}, "acknowledge", ("$Cancellation",)),
        ("hourly cap", {"detection": det(), "history": History(sends_last_hour=10)}, "review",
         ("$Cancellation", "$NeedsReview")),
        ("acks switched off", {"detection": det(), "policy": Policy(acknowledge=False)}, "tag",
         ("$Cancellation",)),
        ("reply in a known thread", {"detection": det(), "history": History(conversation_id=3)},
         "ignore", ()),
    ],
)
def test_decision_table(case: str, kwargs: dict[str, object], action: str,
                        flags: tuple[str, ...]) -> None:
    decision = run(**kwargs)  # type: ignore[arg-type]
    assert (decision.action, decision.flags) == (action, flags), case
    assert decision.why, "every decision states its reasons"


def test_acknowledgement_goes_to_the_safe_recipient() -> None:
    assert run(det(), recipient="reply@x.test").recipient == "reply@x.test"


def test_automated_reasons_are_passed_through() -> None:
    decision = run(det(), automated=("list-header: List-Id", "precedence: bulk"))
    assert decision.why == ("automated: list-header: List-Id", "automated: precedence: bulk")


def test_reply_in_thread_stops_followups_and_is_never_acknowledged() -> None:
    decision = run(det(), history=History(conversation_id=3))
    assert decision.stop_followups
    assert decision.action != "acknowledge"
    assert run(det("reschedule", 0.9), history=History(conversation_id=3)).flags == ("$Reschedule",)


def test_threshold_edges_belong_to_the_higher_band() -> None:
    assert run(det(confidence=0.8)).action == "acknowledge"
    assert run(det(confidence=0.5)).action == "review"
