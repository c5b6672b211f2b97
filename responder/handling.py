"""One message, start to finish: parse, detect, read the reason, decide, record.

Everything a message changes is written in one transaction: its record and decision, the
conversation it opens or updates, the messages it queues (acknowledgement, thank-you,
staff alert), the follow-ups it stops or re-plans, the suppression list and the mailbox
cursor. A crash before the commit leaves nothing; after it, the outbox does the rest.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from responder.authresults import LEARN_DOMAINS, authentication_problems, topmost_authserv_id
from responder.booking import Booking, find_booking
from responder.config import Config, parse_duration
from responder.decide import (
    BOUNCE_WHY,
    FLAG_CANCELLATION,
    FLAG_RESCHEDULE,
    FLAG_REVIEW,
    MAYBE_STOP,
    WITHIN_ACK_INTERVAL,
    Decision,
    History,
    Policy,
    decide,
)
from responder.errors import TemplateError
from responder.followup import SendWindow, plan_followups
from responder.learn.opinion import (
    UNREAD,
    SecondPolicy,
    add_opt_out,
    overrulable,
    second_look,
    second_reason,
)
from responder.metrics import Metrics
from responder.outgoing import OUTBOX_KIND, Outgoing, Prepared, customer_first_name
from responder.parse import ParsedMessage, has_reply_prefix, parse_message, strip_reply_prefixes
from responder.reading import PreRead, Reading, pre_read, read_reason
from responder.reasons import ReasonResult
from responder.safety import Identity, canonical_address, followup_hold, safe_reply_address
from responder.state import Conversation, Store, storage_error
from responder.timehints import follow_up_hint

log = logging.getLogger(__name__)

#: The table ``responder learn`` switches to, next to the state database.
LEARNED_TABLE = "second_reader.tsv.gz"

#: How far back a sender's open conversations count as "still followed up".
FOLLOWING = timedelta(days=730)


def base_subject(subject: str) -> str:
    """The subject without reply/forward prefixes, lower-cased (for thread fallback)."""
    return strip_reply_prefixes(subject).lower()


@dataclass
class Stats:
    """Counters for one run (the CLI prints them after ``--once``)."""

    seen: int = 0
    by_action: dict[str, int] = field(default_factory=dict)
    sent: int = 0
    failed: int = 0
    followups_queued: int = 0
    skipped: int = 0


def policy_from(config: Config) -> Policy:
    return Policy(
        answer_threshold=config.detection.answer_threshold,
        review_threshold=config.detection.review_threshold,
        acknowledge=config.replies.acknowledge,
        ack_interval=parse_duration(config.replies.ack_interval),
        max_per_hour=config.replies.max_per_hour,
        thank_you=config.replies.thank_you,
    )


def second_reader_from(config: Config) -> tuple[SecondPolicy, str | None]:
    """The second reader's thresholds, and the table :func:`pre_read` uses: None when it is
    off, else the learned table next to the state (the shipped one until ``responder learn``)."""
    sec = config.second_reader
    policy = SecondPolicy(enabled=sec.enabled, net=sec.net, veto=sec.veto, reason=sec.reason,
                          reason_margin=sec.reason_margin, opt_out=sec.opt_out,
                          reason_overrule=sec.reason_overrule, reason_doubt=sec.reason_doubt)
    return policy, str(learned_table_path(config)) if sec.enabled else None


def learned_table_path(config: Config) -> Path:
    return config.state.path.with_name(LEARNED_TABLE)


def identity_from(config: Config) -> Identity:
    biz = config.business
    return Identity(addresses=frozenset([biz.address, *biz.aliases]),
                    own_message_id_domain=f"responder.{biz.domain}",
                    require_direct=biz.require_direct, staff_domains=biz.colleague_domains)


def booking_json(booking: Booking) -> str:
    """A booking as kept in ``message_texts.booking`` (the template's ``booking`` plus the
    date and time, ISO)."""
    return json.dumps({**booking.as_context(), "day": booking.day.isoformat(),
                       "at": booking.at.isoformat(timespec="minutes") if booking.at else None},
                      ensure_ascii=False)


def review_kind(decision: Decision, acknowledge: bool) -> str | None:
    """Why a person must look at this message (the console's queue), or None."""
    if decision.suppress and decision.why and decision.why[0].startswith(BOUNCE_WHY):
        return "bounce" if FLAG_REVIEW in decision.flags else None  # our mail came back
    if decision.stop == MAYBE_STOP:
        return "optout"  # a reply that may ask us to stop: a person confirms
    if FLAG_RESCHEDULE in decision.flags:
        return "reschedule"
    if decision.action == "review" and any(WITHIN_ACK_INTERVAL in why for why in decision.why):
        return "repeat"  # acknowledged recently: a person decides
    if decision.action == "review":
        return "cancellation" if FLAG_CANCELLATION in decision.flags else "unsure"
    if (decision.action == "tag" and acknowledge and decision.stop is None
            and FLAG_CANCELLATION in decision.flags):
        return "repeat"  # acknowledged recently: only a tag, so a person decides
    return None


class Handler:
    def __init__(self, config: Config, store: Store, outgoing: Outgoing, window: SendWindow,
                 metrics: Metrics, stats: Stats, clock: Callable[[], datetime],
                 dry_run: bool) -> None:
        self.config = config
        self.store = store
        self.outgoing = outgoing
        self.window = window
        self.metrics = metrics
        self.stats = stats
        self.clock = clock
        self.dry_run = dry_run
        self.identity = identity_from(config)
        self.policy = policy_from(config)
        self._last_booking: tuple[ParsedMessage, Booking | None] | None = None
        self.second, self.second_reader = second_reader_from(config)

    def handle(self, uid: int, uidvalidity: int, raw: bytes,
               pre: PreRead | None = None) -> Decision | None:
        """Parse, detect, decide and record one message; never raises. ``pre`` is the
        pure part already done elsewhere (:func:`read_batch` in a worker process)."""
        folder = self.config.imap.folder
        now = self.clock()
        self.stats.seen += 1
        try:
            if pre is None:
                msg = parse_message(raw)
            else:
                msg = pre.reading.msg
                msg.raw = raw
            if self.store.handled(msg.message_id):
                with self.store.transaction():
                    self.store.set_cursor(folder, uidvalidity, uid, now)
                log.info("already handled", extra={"fields": {"uid": uid,
                                                              "message_id": msg.message_id}})
                return None
            if pre is None:
                pre = pre_read(msg, self.identity, self.config.business.default_language,
                               self.policy.review_threshold, self.second_reader)
            # Conversations we still follow up with this sender: whether a reason matters,
            # and the decision's history.
            following = self.store.open_conversations(msg.from_addr, now - FOLLOWING)
            reading = self._finish(pre, bool(following))
            decision, conversation, history, reading = self._decide(reading, now, following)
            queued, decision = self._prepare(reading, decision, conversation)
            with self.store.transaction():
                conv_id = self._apply(reading, decision, conversation, history, queued, uid,
                                      uidvalidity, now)
                self.store.record_message(
                    message_id=msg.message_id, folder=folder, uidvalidity=uidvalidity, uid=uid,
                    from_addr=msg.from_addr, subject=msg.subject,
                    intent=reading.detection.intent, confidence=reading.detection.confidence,
                    language=reading.detection.language, action=decision.action,
                    why=decision.why, conversation_id=conv_id,
                    flags=() if self.dry_run else decision.flags, now=now)
                if decision.action != "ignore":
                    self._keep_for_staff(reading, decision, now)
                self.store.set_cursor(folder, uidvalidity, uid, now)
            if queued or decision.flags or decision.action != "ignore":
                self.store.commit_batch()  # to be sent or flagged: seen at once, not with the batch
        except Exception as exc:  # one bad message must never stop the daemon
            if storage_error(exc, self.config.state.path) is not None:
                raise  # not the message's fault: the cycle fails, the cursor stays, retried
            self.stats.skipped += 1
            self.metrics.skipped.inc()
            log.exception("message skipped", extra={"fields": {"uid": uid, "error": repr(exc)}})
            with self.store.transaction():
                self.store.log_event("error", f"uid {uid} skipped: {exc!r}", now)
                self.store.set_cursor(folder, uidvalidity, uid, now)
            return None
        self.stats.by_action[decision.action] = self.stats.by_action.get(decision.action, 0) + 1
        self.metrics.messages.labels(reading.detection.intent, decision.action).inc()
        log.info("decision", extra={"fields": {
            "uid": uid, "message_id": msg.message_id, "intent": reading.detection.intent,
            "confidence": round(reading.detection.confidence, 2),
            "language": reading.detection.language,
            "reason": reading.reason.reason if reading.reason else None,
            "action": decision.action, "why": list(decision.why),
            "evidence": list(reading.detection.evidence)[:5]}})
        return decision

    # -- reading and deciding -------------------------------------------------------------

    def _finish(self, pre: PreRead, following: bool) -> Reading:
        """The database part of reading. A reason (or an opt-out) changes something only for
        a cancellation or reschedule, a reply into a thread, an unsubscribe (all three read
        by :func:`pre_read`), or mail from someone we still follow up (``following``)."""
        self.metrics.detection_seconds.observe(pre.detect_seconds)
        reading = pre.reading
        if pre.ask_store and following:
            reason = read_reason(reading.msg, reading.detection)
            reading = Reading(reading.msg, reading.detection, reason, reading.bounce,
                              reading.automated, reading.second)
        return reading

    def _conversation(self, msg: ParsedMessage, now: datetime) -> tuple[Conversation | None, str]:
        conv = self.store.conversation_for(msg.thread_ids)
        if conv is not None:
            return conv, "thread"
        # Some clients drop In-Reply-To/References: same sender and same subject will do.
        subject = base_subject(msg.subject)
        if msg.thread_ids or has_reply_prefix(msg.subject):
            for candidate in self.store.open_conversations(msg.from_addr, now - timedelta(days=365)):
                if subject and base_subject(candidate.subject) == subject:
                    return candidate, "sender+subject"
        return None, ""

    def _decide(self, r: Reading, now: datetime, following: list[Conversation]
                ) -> tuple[Decision, Conversation | None, History, Reading]:
        msg = r.msg
        automated = r.automated
        recipient, unsafe = safe_reply_address(msg, self.identity)
        conversation, matched = (None, "") if r.bounce else self._conversation(msg, now)
        bounced, bounced_to = None, None
        if r.bounce is not None:
            # Only a mail of ours that the report refers to counts (see decide._bounce).
            ids = [r.bounce.original_message_id or "", *msg.thread_ids]
            ours = self.store.sent_message(ids)
            if ours is not None:
                _mid, bounced_to, bounced = ours
        reason = r.reason
        if conversation is not None and reason is not None and self.second_reader is not None:
            reason = self._second_reason(reason, r)
            r = Reading(r.msg, r.detection, reason, r.bounce, r.automated, r.second)
        history = History(
            conversation_id=conversation.id if conversation else None,
            conversation_matched_by=matched,
            open_conversations=tuple(c.id for c in following),
            bounced_conversation_id=bounced,
            bounced_recipient=bounced_to,
            thanked=conversation is not None and self.store.was_sent(conversation.id,
                                                                             OUTBOX_KIND["thanks"]),
            # Only an acknowledgement looks at these (decide._cancellation): not looked up
            # for the rest.
            last_ack_to_sender=(self.store.last_ack_to(recipient)
                                if recipient and r.detection.intent == "cancellation" else None),
            sends_last_hour=(self.store.sends_since(now - timedelta(hours=1))
                             if r.detection.intent == "cancellation" else 0),
        )
        decision = decide(r.detection, automated=automated, recipient=recipient, history=history,
                          policy=self.policy, now=now, reason=reason, bounce=r.bounce,
                          sender=msg.from_addr, unauthenticated=self._authentication(msg),
                          unreadable=msg.unreadable, unsafe=unsafe)
        # The second reader can only move a new message toward a person (never answer it).
        intent_only = (conversation is None and r.bounce is None and not automated
                       and not (reason is not None and reason.opt_out))
        decision = second_look(decision, r.second, self.second, intent_only=intent_only)
        return decision, conversation, history, r

    def _second_reason(self, reason: ReasonResult, r: Reading) -> ReasonResult:
        """A reply's reason where the rules read none, heard several or read one the model all but
        rules out, and an opt-out where they read none: the second reader's, when sure (it never
        takes an opt-out away)."""
        if not self.second.enabled or self.second_reader is None:
            return reason
        from responder.learn.features import reader_text
        from responder.learn.model import ModelError, load_table

        text = reader_text(r.detection.text)
        try:
            # (overrulable holds every reason the table may weigh, too; else it cannot change it)
            if reason.reason in UNREAD or overrulable(reason):
                reason = second_reason(reason, load_table(self.second_reader, "reason").scores(text),
                                       self.second)
            if not reason.opt_out:
                reason = add_opt_out(reason, load_table(self.second_reader, "optout").scores(text),
                                     self.second.opt_out)
        except (ModelError, OSError):  # logged by load(): the rules' reading stands
            return reason
        return reason

    def _authentication(self, msg: ParsedMessage) -> tuple[str, ...]:
        """What our mail server's Authentication-Results say against the sender (issue 12)."""
        cfg = self.config.safety
        if cfg.authentication == "off":
            return ()
        trusted = cfg.authserv_id or self.store.learned_authserv_ids(LEARN_DOMAINS)
        return authentication_problems(msg.headers.get("authentication-results", ()), trusted,
                                       cfg.authentication)

    def _learn_authserv(self, msg: ParsedMessage, now: datetime) -> None:
        """Inside the transaction: the topmost Authentication-Results id, by sender domain."""
        if self.config.safety.authserv_id or "@" not in msg.from_addr:
            return
        top = topmost_authserv_id(msg.headers.get("authentication-results", ()))
        if top is not None:
            self.store.note_authserv(top, canonical_address(msg.from_addr).rpartition("@")[2], now)

    # -- preparing what goes out ----------------------------------------------------------

    def _prepare(self, r: Reading, decision: Decision,
                 conversation: Conversation | None) -> tuple[list[Prepared], Decision]:
        """Render before the transaction; a broken template turns an answer into a review."""
        queued: list[Prepared] = []
        try:
            if decision.action == "acknowledge" and decision.recipient:
                queued.append(self.outgoing.acknowledgement(
                    r.msg, r.detection.language, decision.recipient, r.reason, self._booking(r)))
            if decision.thank_you and conversation is not None and r.reason is not None:
                queued.append(self.outgoing.thank_you(conversation, r.msg, r.reason))
            if decision.alert_staff:
                alert = self.outgoing.staff_alert(r.msg, r.detection.language, r.reason)
                if alert is not None:
                    queued.append(alert)
            if decision.cap_reached:
                note = self.outgoing.cap_reached(self.policy.max_per_hour)
                if note is not None:
                    queued.append(note)
        except TemplateError as exc:
            self.store.log_event("error", f"template: {exc}", self.clock())
            log.error("template problem; message left for review",
                      extra={"fields": {"error": str(exc)}})
            return [], Decision("review", (*decision.why, f"template problem: {exc}"),
                                (*decision.flags, FLAG_REVIEW))
        return queued, decision

    def _keep_for_staff(self, r: Reading, decision: Decision, now: datetime) -> None:
        """Inside the transaction: the customer's new text and what was read from it (the
        staff console shows it; staff decisions on it become labelled examples), and the
        message in the console's queue when a person must look at it."""
        msg, det = r.msg, r.detection
        booking = None
        if det.intent in ("cancellation", "reschedule"):
            # The acknowledgement's booking when one was just rendered; read only otherwise.
            cached = self._last_booking
            booking = cached[1] if cached and cached[0] is msg else self._booking(r)
        self.store.keep_message_text(
            message_id=msg.message_id, text=det.text, evidence=det.evidence,
            reason=r.reason.reason if r.reason else None,
            booking=booking_json(booking) if booking is not None else None,
            language=det.language, now=now)
        kind = review_kind(decision, self.policy.acknowledge)
        self.store.keep_reply_details(
            message_id=msg.message_id, from_name=msg.from_name,
            # a bounce is never answered: kept is the customer our mail did not reach
            reply_to=(decision.suppress[0] if kind == "bounce" else
                      decision.recipient or safe_reply_address(msg, self.identity)[0]),
            references=msg.references, reason_text=r.reason.reason_text if r.reason else "")
        if kind is not None:
            self.store.add_review_item(msg.message_id, kind, "; ".join(decision.why), now)

    def _booking(self, r: Reading) -> Booking | None:
        """The booking's date and time for the acknowledgement; never fails it: on any error
        the acknowledgement goes out without them."""
        try:
            booking = find_booking(r.detection.text, r.detection.language, r.msg.date,
                                   self.config.business.tz, subject=r.msg.subject)
            self._last_booking = (r.msg, booking)
            return booking
        except Exception:
            log.exception("booking extraction failed; acknowledging without booking details",
                          extra={"fields": {"message_id": r.msg.message_id}})
            return None

    # -- applying (inside the transaction) ------------------------------------------------

    def _apply(self, r: Reading, decision: Decision, conversation: Conversation | None,
               history: History, queued: list[Prepared], uid: int, uidvalidity: int,
               now: datetime) -> int | None:
        conv_id = conversation.id if conversation else None
        self._learn_authserv(r.msg, now)
        if decision.stop is not None:
            targets = set(history.open_conversations) if decision.stop_all else set()
            for cid in (conv_id, history.bounced_conversation_id):
                if cid is not None:
                    targets.add(cid)
            for cid in sorted(targets):
                stopped = self.store.stop_conversation(cid, decision.stop, now)
                self.metrics.followups.labels("stopped").inc(stopped)
        suppress = list(decision.suppress)
        if decision.stop == "opt-out" and conversation is not None:
            suppress.append(conversation.customer)  # where the follow-ups go (a Reply-To)
        for address in dict.fromkeys(a.lower() for a in suppress):
            self.store.suppress(address, decision.stop or "bounced", now)
            if decision.stop == "opt-out":  # nothing more to this address, from any conversation
                self.metrics.followups.labels("stopped").inc(
                    self.store.stop_customer(address, "opt-out", now))
        if decision.replan and conversation is not None:
            self._replan(conversation, r, now)
        for item in queued:
            if item.kind == "ack":
                conv_id = self.store.create_conversation(
                    customer=item.recipient, root_message_id=r.msg.message_id,
                    subject=r.msg.subject, language=r.detection.language,
                    customer_name=customer_first_name(r.msg.from_name),
                    reason=r.reason.reason if r.reason else None, now=now,
                    reason_text=r.reason.reason_text if r.reason else "")
                hint = self._hint(r, now)
                if hint is not None:
                    self.store.set_hint(conv_id, hint)
                held = followup_hold(r.msg, item.recipient)
                if held is not None:
                    self.store.hold_followups(conv_id, held)
            self.store.enqueue(
                kind=item.outbox_kind,
                ref=item.ref, message_id=item.message_id, conversation_id=conv_id,
                recipient=item.recipient, raw=item.raw, now=now,
                source_uid=uid if item.kind == "ack" else None,
                source_uidvalidity=uidvalidity if item.kind == "ack" else None)
        return conv_id

    def _hint(self, r: Reading, now: datetime) -> datetime | None:
        if r.reason is None:
            return None
        return follow_up_hint(r.detection.text, r.detection.language, now)

    def _replan(self, conv: Conversation, r: Reading, now: datetime) -> None:
        """A reply: what remains is cancelled. Only a reply that opens the door again
        ("maybe in the spring", "yes, keep me posted") gets one new follow-up: at the date
        it names, else after the first step of its reason's cadence."""
        if (self.store.followups_held(conv.id) is not None
                and canonical_address(r.msg.from_addr) == canonical_address(conv.customer)
                and not self._authentication(r.msg)):
            self.store.hold_followups(conv.id, None)  # answered from the address: it is theirs
        cancelled = self.store.cancel_scheduled(conv.id, "customer replied")
        self.metrics.followups.labels("stopped").inc(cancelled)
        reason = r.reason.reason if r.reason else None
        if r.reason is not None and reason not in (None, "none", "other"):
            self.store.set_reason(conv.id, r.reason.reason, r.reason.reason_text, now)
        hint = self._hint(r, now)
        welcome = r.reason is not None and r.reason.future_contact == "yes"
        if hint or welcome:
            self.schedule(conv, reason or conv.reason, now, hint, first_step=self.store.max_step(conv.id) + 1,
                          only_first=True)

    def schedule(self, conv: Conversation, reason: str | None, now: datetime,
                 hint: datetime | None, *, first_step: int = 1, only_first: bool = False) -> None:
        """Inside a transaction: follow-ups for ``conv`` from ``reason``'s cadence (only its
        first step for a reply), capped by what the customer has had, the customer's own date
        ("not until the spring") first, each moved into business hours. Steps are numbered
        from ``first_step``, so planning the same steps again adds nothing."""
        held = self.store.followups_held(conv.id)
        if held is not None:
            log.info("no follow-ups until the customer answers",
                     extra={"fields": {"conversation": conv.id, "why": held}})
            return
        fcfg = self.config.followups
        steps = [(s.after, s.template) for s in fcfg.steps_for(reason)]
        if not fcfg.enabled or not steps:
            return
        plan = plan_followups(steps[:1] if only_first else steps, now,
                              min_spacing=parse_duration(fcfg.min_spacing),
                              limit=max(0, fcfg.max_per_customer - self.store.followups_sent(conv.customer)))
        if plan and hint is not None:
            plan[0] = (plan[0][0], plan[0][1], hint)
        plan = [(first_step + i, t, self.window.next_open(due)) for i, (_, t, due) in enumerate(plan)]
        added = self.store.schedule_followups(conv.id, plan, now)
        self.metrics.followups.labels("scheduled").inc(added)
