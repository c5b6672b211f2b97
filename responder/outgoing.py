"""Every message responder writes, rendered and composed, ready for the outbox.

Acknowledgements, follow-ups, the one thank-you and staff alerts each get their template,
their threading headers and a deterministic Message-ID derived from what they answer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from responder.booking import Booking
from responder.compose import build_message, make_message_id, reply_subject
from responder.config import Config
from responder.parse import ParsedMessage
from responder.reasons import ReasonResult
from responder.render import Renderer
from responder.state import Conversation, Followup

#: Reasons the acknowledgement answers kindly instead of asking for a reason.
UNKNOWN_REASONS = frozenset({"none", "other"})
#: Templates sent as replies to the customer's mail: their subject is "Re: <the customer's
#: subject>" (:func:`reply_subject`); the template's ``Subject:`` is used only when there is none.
REPLY_TEMPLATES = ("acknowledgement", "acknowledgement_with_reason", "thank_you")


#: What the outbox calls each kind of prepared message (the short kind is part of the
#: deterministic Message-ID, so it stays as it is).
OUTBOX_KIND = {"ack": "acknowledgement", "thanks": "thank_you", "alert": "staff_alert",
               "note": "staff_alert"}


@dataclass(frozen=True)
class Prepared:
    kind: str
    ref: str
    message_id: str
    recipient: str
    raw: bytes

    @property
    def outbox_kind(self) -> str:
        return OUTBOX_KIND[self.kind]


def customer_first_name(display_name: str) -> str:
    """A first name for the greeting, or "" when the display name is not a person's name."""
    name = display_name.strip().strip("\"'")
    if not name or "@" in name or any(ch.isdigit() for ch in name):
        return ""
    if "," in name:  # "Lastname, Firstname"
        name = name.split(",", 1)[1].strip() or name
    words = name.split()
    first = words[0] if words else ""
    return first if first[:1].isalpha() and len(first) > 1 else ""


class Outgoing:
    def __init__(self, config: Config, renderer: Renderer, clock: Callable[[], datetime]) -> None:
        self.config = config
        self.renderer = renderer
        self.clock = clock

    @property
    def message_id_domain(self) -> str:
        return f"responder.{self.config.business.domain}"

    def context(self, customer_name: str, subject: str, language: str,
                reason: str | None = None, reason_text: str = "",
                booking: Booking | None = None) -> dict[str, object]:
        biz = self.config.business
        return {
            "booking": booking.as_context() if booking is not None else {},
            "customer_name": customer_name,
            "business_name": biz.name,
            "business_address": biz.address,
            "original_subject": subject,
            "rebook_url": biz.rebook_url,
            "language": language,
            "reason": reason or "none",
            "reason_text": reason_text,
        }

    def _build(self, kind: str, ref: str, to: str, subject: str, text: str, html: str | None,
               in_reply_to: str | None, references: list[str], auto_submitted: str,
               extra: dict[str, str] | None = None) -> Prepared:
        biz = self.config.business
        message_id = make_message_id(kind, ref, self.message_id_domain)
        raw = build_message(
            from_name=biz.name, from_addr=biz.address, to=to, subject=subject, text=text,
            html=html, message_id=message_id, date=self.clock(), in_reply_to=in_reply_to,
            references=references, auto_submitted=auto_submitted, extra_headers=extra)
        return Prepared(kind, ref, message_id, to, raw)

    def acknowledgement(self, msg: ParsedMessage, language: str, recipient: str,
                        reason: ReasonResult | None, booking: Booking | None = None) -> Prepared:
        """The acknowledgement, with or without reason; ``booking`` fills ``booking.when``."""
        known = reason is not None and reason.reason not in UNKNOWN_REASONS
        ctx = self.context(customer_first_name(msg.from_name), msg.subject, language,
                           reason.reason if reason else None, reason.reason_text if reason else "",
                           booking)
        name = "acknowledgement_with_reason" if known else "acknowledgement"
        rendered = self.renderer.render(name, language, ctx)
        return self._build(
            "ack", msg.message_id, recipient, reply_subject(msg.subject, rendered.subject),
            rendered.text, rendered.html, msg.message_id, [*msg.references, msg.message_id],
            "auto-replied")

    def followup(self, conv: Conversation, fu: Followup, last_sent: str | None,
                 sent_before: int = 0) -> Prepared:
        """Follow-up ``fu``; ``sent_before`` is how many this conversation has had (the
        template's ``followups_sent``: 0 for the first one the customer receives, whatever
        the plan's step)."""
        ctx = self.context(conv.customer_name, conv.subject, conv.language, conv.reason)
        ctx["step"] = fu.step
        ctx["followups_sent"] = sent_before
        rendered = self.renderer.render(fu.template, conv.language, ctx)
        biz = self.config.business
        return self._build(
            "followup", str(fu.id), conv.customer, rendered.subject, rendered.text, rendered.html,
            last_sent or conv.root_message_id,
            [conv.root_message_id, *([last_sent] if last_sent else [])], "auto-generated",
            {"Precedence": "bulk",
             "List-Unsubscribe": f"<mailto:{biz.address}?subject=unsubscribe>"})

    def thank_you(self, conv: Conversation, msg: ParsedMessage, reason: ReasonResult) -> Prepared:
        # A reason only the second reader read never picks a sentence ("We hope you feel better
        # soon"): the customer gets the thanks every reason gets.
        ctx = self.context(conv.customer_name, conv.subject, conv.language,
                           "other" if reason.learned else reason.reason, reason.reason_text)
        rendered = self.renderer.render("thank_you", conv.language, ctx)
        return self._build(
            "thanks", str(conv.id), conv.customer, reply_subject(msg.subject, rendered.subject),
            rendered.text, rendered.html, msg.message_id, [*msg.references, msg.message_id],
            "auto-replied")

    def digest(self, context: dict[str, object], period_key: str) -> Prepared | None:
        """The staff digest for one period (None when nobody is set to receive it)."""
        to = self.config.digest.to or self.config.business.staff_address
        if not to:
            return None
        biz = self.config.business
        ctx = self.context("", "", biz.default_language)
        ctx.update(context)
        rendered = self.renderer.render("digest", biz.default_language, ctx)
        return self._build("digest", period_key, to, rendered.subject, rendered.text,
                           rendered.html, None, [], "auto-generated")

    def staff_note(self, ref: str, subject: str, text: str) -> Prepared | None:
        """A plain note to staff from responder itself (not templated: it must work even
        when the templates do not); ``ref`` makes it unique in the outbox."""
        staff = self.config.business.staff_address
        if not staff:
            return None
        return self._build("note", ref, staff, f"responder: {subject}", text, None, None, [],
                           "auto-generated")

    def template_problem(self, problem: str) -> Prepared | None:
        """A broken template edit (once a day per problem)."""
        return self.staff_note(
            f"template:{problem}@{self.clock():%Y-%m-%d}", "a template needs a look",
            "A template edit could not be used, so the last good version stays in use:\n\n"
            f"{problem}\n\nCheck it with: responder templates check\n")

    def cap_reached(self, limit: int) -> Prepared | None:
        """The hourly cap stopped acknowledgements (once per hour)."""
        return self.staff_note(
            f"cap:{self.clock():%Y-%m-%dT%H}", "acknowledgements paused by the hourly cap",
            f"More than {limit} messages were sent in the last hour, so responder stopped "
            "acknowledging cancellations and tags them $NeedsReview instead.\n\n"
            "If this is a real rush, raise replies.max_per_hour; if not, look for a mail loop.\n")

    def staff_alert(self, msg: ParsedMessage, language: str,
                    reason: ReasonResult | None) -> Prepared | None:
        staff = self.config.business.staff_address
        if not staff:
            return None
        ctx = self.context(customer_first_name(msg.from_name), msg.subject, language,
                           reason.reason if reason else None, reason.reason_text if reason else "")
        ctx["customer_email"] = msg.from_addr
        rendered = self.renderer.render("staff_alert", self.config.business.default_language, ctx)
        return self._build("alert", msg.message_id, staff, rendered.subject, rendered.text,
                           rendered.html, None, [], "auto-generated")
