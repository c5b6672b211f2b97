"""What ``run`` would do with one message, history aside: the ``classify`` command's core."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from responder.config import Config, parse_duration
from responder.decide import History, Policy, decide
from responder.detect import detect
from responder.parse import parse_message
from responder.safety import Identity, automation_reasons, safe_reply_address


class Classifier:
    """Detection, safety and the decision for raw messages, under a config (or defaults)."""

    def __init__(self, config: Config | None = None) -> None:
        if config is None:
            self.identity = Identity(addresses=frozenset(), own_message_id_domain="responder.invalid",
                                     require_direct=False)
            self.policy = Policy()
        else:
            biz = config.business
            self.identity = Identity(addresses=frozenset([biz.address, *biz.aliases]),
                                     own_message_id_domain=f"responder.{biz.domain}",
                                     require_direct=biz.require_direct)
            self.policy = Policy(
                answer_threshold=config.detection.answer_threshold,
                review_threshold=config.detection.review_threshold,
                acknowledge=config.replies.acknowledge,
                ack_interval=parse_duration(config.replies.ack_interval),
                max_per_hour=config.replies.max_per_hour,
            )

    def classify(self, raw: bytes) -> dict[str, Any]:
        msg = parse_message(raw)
        detection = detect(msg)
        recipient, _ = safe_reply_address(msg, self.identity)
        decision = decide(detection, automated=automation_reasons(msg, self.identity),
                          recipient=recipient, history=History(), policy=self.policy,
                          now=datetime.now(UTC))
        reason: dict[str, Any] = {"reason": None, "opt_out": None, "future_contact": None}
        try:
            from responder.reasons import classify_reason
        except ImportError:  # pragma: no cover - reasons arrive with the follow-up policy work
            pass
        else:
            result = classify_reason(detection.text, detection.language)
            reason = {"reason": result.reason, "opt_out": result.opt_out,
                      "future_contact": result.future_contact}
        return {
            "intent": detection.intent,
            "confidence": round(detection.confidence, 3),
            "action": decision.action,
            "why": list(decision.why),
            "language": detection.language,
            **reason,
            "evidence": list(detection.evidence),
        }
