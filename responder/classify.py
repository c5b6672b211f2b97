"""What ``run`` would do with one message, history aside: the ``classify`` command's core."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from responder.config import Config
from responder.decide import History, Policy, decide
from responder.detect import detect
from responder.handling import identity_from, policy_from
from responder.parse import parse_message
from responder.reasons import classify_reason
from responder.safety import Identity, automation_reasons, safe_reply_address


class Classifier:
    """Detection, reason, safety and the decision for raw messages, under a config (or defaults)."""

    def __init__(self, config: Config | None = None) -> None:
        if config is None:
            self.identity = Identity(addresses=frozenset(), own_message_id_domain="responder.invalid",
                                     require_direct=False)
            self.policy = Policy()
        else:
            self.identity = identity_from(config)
            self.policy = policy_from(config)

    def classify(self, raw: bytes) -> dict[str, Any]:
        msg = parse_message(raw)
        detection = detect(msg)
        reason = classify_reason(detection.text, detection.language)
        recipient, _ = safe_reply_address(msg, self.identity)
        decision = decide(detection, automated=automation_reasons(msg, self.identity),
                          recipient=recipient, history=History(), policy=self.policy,
                          now=datetime.now(UTC), reason=reason, sender=msg.from_addr)
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
        }
