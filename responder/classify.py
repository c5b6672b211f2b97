"""What ``run`` would do with one message, history aside (the second reader included, as
``run`` uses it for a new message): the ``classify`` command's core."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from responder.config import Config
from responder.decide import History, Policy, decide
from responder.handling import identity_from, policy_from, second_reader_from
from responder.learn.opinion import SecondPolicy, second_look
from responder.parse import parse_message
from responder.reading import pre_read
from responder.reasons import classify_reason
from responder.safety import Identity, safe_reply_address


class Classifier:
    """Detection, reason, safety and the decision for raw messages, under a config (or defaults)."""

    def __init__(self, config: Config | None = None) -> None:
        if config is None:
            self.identity = Identity(addresses=frozenset(), own_message_id_domain="responder.invalid",
                                     require_direct=False)
            self.policy = Policy()
            self.default_language = "en"
            # run's defaults: the second reader on, with the shipped table
            self.second: SecondPolicy = SecondPolicy()
            self.second_reader: str | None = ""
        else:
            self.identity = identity_from(config)
            self.policy = policy_from(config)
            self.default_language = config.business.default_language
            self.second, self.second_reader = second_reader_from(config)

    def classify(self, raw: bytes) -> dict[str, Any]:
        msg = parse_message(raw)
        read = pre_read(msg, self.identity, self.default_language, self.policy.review_threshold,
                        self.second_reader).reading
        detection = read.detection
        recipient, unsafe = safe_reply_address(msg, self.identity)
        decision = decide(detection, automated=read.automated, recipient=recipient,
                          history=History(), policy=self.policy, now=datetime.now(UTC),
                          reason=read.reason, bounce=read.bounce, sender=msg.from_addr,
                          unreadable=msg.unreadable, unsafe=unsafe)
        # As run does for a new message: the second reader can only move it toward a person.
        intent_only = (read.bounce is None and not read.automated
                       and not (read.reason is not None and read.reason.opt_out))
        decision = second_look(decision, read.second, self.second, intent_only=intent_only)
        # Shown even where run would not need it (run reads it only where it can matter).
        reason = read.reason or classify_reason(detection.text, detection.language)
        return {
            "intent": detection.intent,
            "confidence": round(detection.confidence, 3),
            "action": decision.action,
            "why": list(decision.why),
            "language": detection.language,
            "reason": reason.reason if detection.intent == "cancellation" else None,
            "opt_out": reason.opt_out,
            "future_contact": reason.future_contact,
            "evidence": [*detection.evidence, *reason.evidence],
            "second_reader": ({label: round(p, 3) for label, p in read.second.scores}
                              if read.second is not None and self.second.enabled else None),
        }
