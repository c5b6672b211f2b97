"""The decision table: what happens to a message, and the reasons given, for each situation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from responder.bounce import Bounce
from responder.decide import FLAG_REVIEW, Decision, History, Policy, decide
from responder.detect import Detection
from responder.reasons import ReasonResult

NOW = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)
POLICY = Policy(answer_threshold=0.8, review_threshold=0.5, ack_interval=timedelta(days=7),
                max_per_hour=10)


def det(intent: str = "cancellation", confidence: float = 0.95) -> Detection:
    return Detection(intent=intent, confidence=confidence, evidence=("cancel my appointment",),  # type: ignore[arg-type]
                     language="en", text="")


def reason(name: str = "none", opt_out: bool = False) -> ReasonResult:
    return ReasonResult(reason=name, future_contact="unknown", opt_out=opt_out,  # type: ignore[arg-type]
                        evidence=("words",), reason_text="")


def run(detection: Detection, *, automated: tuple[str, ...] = (), recipient: str | None = "a@x.test",
        history: History | None = None, policy: Policy = POLICY,
        reason: ReasonResult | None = None, bounce: Bounce | None = None) -> Decision:
    return decide(detection, automated=automated, recipient=recipient, history=history or History(),
                  policy=policy, now=NOW, reason=reason, bounce=bounce, sender="a@x.test")


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
            last_ack_to_sender=NOW - timedelta(days=2))}, "review", ("$Cancellation", "$NeedsReview")),
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


def test_reply_in_thread_is_never_acknowledged_and_replans_followups() -> None:
    decision = run(det(), history=History(conversation_id=3), reason=reason("not_ready"))
    assert decision.action != "acknowledge"
    assert decision.replan and decision.stop is None
    assert not decision.thank_you  # thank-yous are off by default


def test_one_thank_you_when_configured_and_the_reason_is_known() -> None:
    policy = Policy(thank_you=True)
    assert run(det(), history=History(conversation_id=3), reason=reason("illness"),
               policy=policy).thank_you
    assert not run(det(), history=History(conversation_id=3, thanked=True),
                   reason=reason("illness"), policy=policy).thank_you
    assert not run(det(), history=History(conversation_id=3), reason=reason("none"),
                   policy=policy).thank_you


def test_opt_out_stops_everything_and_suppresses_the_sender() -> None:
    decision = run(det("other", 0.9), history=History(conversation_id=3),
                   reason=reason(opt_out=True))
    assert (decision.stop, decision.stop_all, decision.suppress) == ("opt-out", True, ("a@x.test",))
    by_sender = run(det("other", 0.9), history=History(open_conversations=(4,)),
                    reason=reason(opt_out=True))
    assert by_sender.stop == "opt-out"


def test_an_unsure_cancellation_that_also_opts_out_goes_to_a_person() -> None:
    # "please take her off the class list": a cancellation in the review band read with an opt-out
    unsure = run(det(confidence=0.75), reason=reason(opt_out=True))
    assert unsure.action == "review" and FLAG_REVIEW in unsure.flags
    assert (unsure.stop, unsure.suppress) == ("opt-out", ("a@x.test",))  # and no mail at all
    assert unsure.recipient is None
    assert run(det(confidence=0.3), reason=reason(opt_out=True)).action == "ignore"
    assert run(det("other", 0.9), reason=reason(opt_out=True)).action == "ignore"
    assert run(det(), reason=reason(opt_out=True)).action == "tag"
    # a reply in a thread we know: already cancelled, nothing for a person to confirm
    assert run(det(confidence=0.75), history=History(conversation_id=3),
               reason=reason(opt_out=True)).action == "ignore"


def test_a_sure_cancellation_whose_only_opt_out_is_its_own_words_goes_to_a_person() -> None:
    # opt-outs round 48: "Vocês podem tirar meu nome da lista?" of a driving test is the cancellation;
    # whether it also means our mailing list, a person decides (and nothing is sent meanwhile)
    words = Detection(intent="cancellation", confidence=0.8, evidence=("'tirar meu nome da lista'",),
                      language="pt", text="")
    read = ReasonResult(reason="not_ready", future_contact="no", opt_out=True,
                        evidence=("not_ready: não me sinto preparada", "opt-out: tirar meu nome da lista"),
                        reason_text="")
    same = run(words, reason=read)
    assert same.action == "review" and FLAG_REVIEW in same.flags and same.recipient is None
    assert (same.stop, same.suppress) == ("opt-out", ("a@x.test",))
    assert "tirar meu nome da lista" in same.why[-1]
    # another opt-out beside the cancel: as before, recorded and no mail at all
    other = ReasonResult(reason="none", future_contact="no", opt_out=True,
                         evidence=("opt-out: e não me mandem mais e-mails",), reason_text="")
    assert run(words, reason=other).action == "tag"
    # the opt-out's words inside the cancel's: "Oubliez-moi" of "oubliez-moi pour le rendez-vous"
    forget = Detection(intent="cancellation", confidence=0.87,
                       evidence=("'oubliez-moi pour le rendez-vous'",), language="fr", text="")
    me = ReasonResult(reason="none", future_contact="no", opt_out=True, evidence=("opt-out: Oubliez-moi",),
                      reason_text="")
    assert run(forget, reason=me).action == "review"


def test_rebooking_stops_followups() -> None:
    in_thread = run(det("reschedule", 0.9), history=History(conversation_id=3))
    assert (in_thread.stop, in_thread.flags) == ("rebooked", ("$Reschedule",))
    new_mail = run(det("reschedule", 0.9), history=History(open_conversations=(3,)))
    assert (new_mail.stop, new_mail.stop_all) == ("rebooked", True)


def test_dissatisfied_customers_get_no_marketing_and_staff_are_alerted() -> None:
    reply = run(det("other", 0.9), history=History(conversation_id=3), reason=reason("dissatisfied"))
    assert (reply.stop, reply.alert_staff) == ("dissatisfied", True)
    first = run(det(), reason=reason("dissatisfied"))
    assert (first.action, first.alert_staff) == ("acknowledge", True)


def test_permanent_bounce_stops_and_suppresses_temporary_does_not() -> None:
    hard = run(det("other", 0.9), history=History(bounced_conversation_id=5,
                                                  bounced_recipient="c@x.test"),
               bounce=Bounce(permanent=True, recipients=("c@x.test",), original_message_id="<m@r>"))
    assert (hard.action, hard.stop, hard.suppress) == ("tag", "bounced", ("c@x.test",))
    assert hard.flags == (FLAG_REVIEW,)  # our mail did not arrive: a person may call them
    soft = run(det("other", 0.9), history=History(bounced_conversation_id=5),
               bounce=Bounce(permanent=False, recipients=("c@x.test",), original_message_id=None))
    assert (soft.stop, soft.suppress) == (None, ())


def test_threshold_edges_belong_to_the_higher_band() -> None:
    assert run(det(confidence=0.8)).action == "acknowledge"
    assert run(det(confidence=0.5)).action == "review"


def test_answer_threshold_one_sends_every_cancellation_to_a_person() -> None:
    """answer_threshold = 1.0 (the README's advice for a business that wants no wrong answer)."""
    strict = Policy(answer_threshold=1.0, review_threshold=0.5)
    decision = run(det(confidence=0.97), policy=strict)
    assert decision.action == "review" and "$NeedsReview" in decision.flags


def test_hourly_cap_tells_staff() -> None:
    decision = run(det(), history=History(sends_last_hour=10))
    assert decision.cap_reached and decision.action == "review"
    assert not run(det()).cap_reached


# -- forged bounces (issue 12, item 2) ---------------------------------------------------------

FORGED = Bounce(permanent=True, recipients=("ann@x.test", "bob@y.test"), original_message_id=None)


def test_a_bounce_about_no_mail_of_ours_suppresses_nobody() -> None:
    """Anyone can send a delivery report: naming an address silences nobody."""
    decision = run(det("other", 0.9), history=History(), bounce=FORGED)
    assert (decision.action, decision.stop, decision.suppress) == ("ignore", None, ())
    assert "nothing suppressed" in decision.why[-1]


def test_a_bounce_suppresses_only_whom_our_referenced_mail_went_to() -> None:
    history = History(bounced_conversation_id=7, bounced_recipient="ann@x.test")
    decision = run(det("other", 0.9), history=history, bounce=FORGED)
    assert (decision.stop, decision.suppress) == ("bounced", ("ann@x.test",))


def test_a_bounce_naming_someone_else_than_our_recipient_suppresses_nobody() -> None:
    history = History(bounced_conversation_id=7, bounced_recipient="carol@z.test")
    decision = run(det("other", 0.9), history=history, bounce=FORGED)
    assert (decision.stop, decision.suppress) == (None, ())


# -- unauthenticated senders (issue 12, item 3) ------------------------------------------------

def test_an_unauthenticated_sender_gets_a_review_instead_of_an_acknowledgement() -> None:
    decision = decide(det(), automated=(), recipient="a@x.test", history=History(),
                      policy=Policy(), now=NOW, sender="a@x.test",
                      unauthenticated=("unauthenticated: dmarc=fail",))
    assert decision.action == "review" and decision.recipient is None
    assert "$NeedsReview" in decision.flags and "unauthenticated: dmarc=fail" in decision.why


def test_an_unauthenticated_reply_gets_no_thank_you() -> None:
    def thank(unauthenticated: tuple[str, ...]) -> Decision:
        return decide(det("other", 0.9), automated=(), recipient="a@x.test",
                      history=History(conversation_id=3), policy=Policy(thank_you=True), now=NOW,
                      reason=reason("price"), sender="a@x.test", unauthenticated=unauthenticated)

    assert thank(()).thank_you
    decision = thank(("unauthenticated: dmarc=fail",))
    assert not decision.thank_you and "$NeedsReview" in decision.flags


def test_a_reply_that_may_ask_to_stop_stops_the_follow_ups_and_waits_for_a_person() -> None:
    from dataclasses import replace

    from responder.decide import MAYBE_STOP

    unsure = replace(reason("illness"), maybe_stop="may have asked to stop: no more mails")
    decision = run(det("other", 0.9), history=History(conversation_id=3, open_conversations=(3, 4)),
                   reason=unsure, policy=Policy(thank_you=True))
    assert (decision.action, decision.flags) == ("tag", (FLAG_REVIEW,))
    assert (decision.stop, decision.stop_all) == (MAYBE_STOP, True)
    assert not decision.suppress  # a person confirms the opt-out: the rules did not read one
    assert not decision.thank_you and not decision.replan  # nothing more goes out
    assert "may have asked to stop: no more mails" in decision.why
    angry = run(det("other", 0.9), history=History(conversation_id=3),
                reason=replace(unsure, reason="dissatisfied"))
    assert angry.alert_staff and angry.stop == MAYBE_STOP
    read = run(det("other", 0.9), history=History(conversation_id=3),
               reason=replace(unsure, opt_out=True))
    assert read.stop == "opt-out"  # an opt-out the rules read needs nobody
