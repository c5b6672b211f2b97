"""``responder learn``: retrain the second reader on the shipped examples plus the business's
own labels, and switch to the new table only when it is no worse on every figure.

Figures are cross-validated on the business's examples (k folds, each scored by a table
trained on the shipped examples and the other folds) and compared with the shipped table on
the same examples: cancellations caught (answered or shown to a person), answered precision,
review share and reason accuracy. Needs scikit-learn (``pip install 'responder[learn]'``);
the daemon runs it as a child process, never in its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import astuple, dataclass
from datetime import UTC, datetime
from pathlib import Path

from responder.decide import History, Policy, decide
from responder.detect import detect
from responder.learn import corpus, train
from responder.learn.examples import Label, as_examples, eml
from responder.learn.model import SecondReader, parse
from responder.learn.opinion import SecondOpinion, SecondPolicy, second_look, second_reason
from responder.parse import parse_message
from responder.reasons import classify_reason

FOLDS = 5
NOW = datetime(2026, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Figures:
    intents: int = 0
    cancellations: int = 0
    caught: int = 0  # cancellations answered, reviewed or tagged
    answered: int = 0
    answered_right: int = 0
    reviewed: int = 0
    reasons: int = 0
    reasons_right: int = 0

    @classmethod
    def inbound(cls, cancel: bool, action: str) -> Figures:
        """One inbound message: whether it is labelled a cancellation, and the final action."""
        return cls(1, int(cancel), int(cancel and action != "ignore"), int(action == "acknowledge"),
                   int(cancel and action == "acknowledge"), int(action == "review"))

    def __add__(self, other: Figures) -> Figures:
        return Figures(*(a + b for a, b in zip(astuple(self), astuple(other), strict=True)))

    @property
    def caught_share(self) -> float:
        return self.caught / self.cancellations if self.cancellations else 1.0

    @property
    def precision(self) -> float:
        return self.answered_right / self.answered if self.answered else 1.0

    @property
    def review_share(self) -> float:
        return self.reviewed / self.intents if self.intents else 0.0

    @property
    def reason_accuracy(self) -> float:
        return self.reasons_right / self.reasons if self.reasons else 1.0

    def line(self) -> str:
        return (f"caught {self.caught_share:.3f} ({self.caught}/{self.cancellations})  "
                f"answered precision {self.precision:.3f} ({self.answered_right}/{self.answered})  "
                f"review share {self.review_share:.1%} ({self.reviewed}/{self.intents})  "
                f"reason accuracy {self.reason_accuracy:.3f} ({self.reasons_right}/{self.reasons})")

    def no_worse_than(self, other: Figures) -> bool:
        eps = 1e-9
        return (self.caught_share >= other.caught_share - eps and self.precision >= other.precision - eps
                and self.review_share <= other.review_share + eps
                and self.reason_accuracy >= other.reason_accuracy - eps)


def figures(items: Sequence[Label], reader: SecondReader, policy: SecondPolicy,
            rules: Policy | None = None) -> Figures:
    """Rules + ``reader`` on the business's labelled examples."""
    rules = rules or Policy()
    f = Figures()
    for lab in items:
        if lab.intent:
            msg = parse_message(eml(lab, "x"))
            d = detect(msg)
            rules_decision = decide(d, automated=(), recipient="customer@example.invalid",
                                    history=History(), policy=rules, now=NOW, sender=msg.from_addr)
            opinion = SecondOpinion.of(reader.intent.scores(d.text))
            action = second_look(rules_decision, opinion, policy, intent_only=True).action
            f += Figures.inbound(lab.intent == "cancellation", action)
        if lab.reason and not lab.intent:
            rr = classify_reason(lab.text, lab.language or "en")
            got = second_reason(rr, reader.reason.scores(lab.text), policy).reason
            f += Figures(reasons=1, reasons_right=int(got == lab.reason))
    return f


@dataclass(frozen=True)
class Outcome:
    before: Figures
    after: Figures
    switched: bool
    table: bytes


def relearn(items: Sequence[Label], policy: SecondPolicy, shipped_reader: SecondReader,
            shipped_examples: Sequence[corpus.Example] | None = None, folds: int = FOLDS,
            say: Callable[[str], None] = print) -> Outcome:
    """Cross-validate, train on everything, and say whether the new table is no worse."""
    base = list(shipped_examples if shipped_examples is not None else corpus.shipped())
    ordered = sorted(items, key=lambda lab: lab.message_id)
    k = max(2, min(folds, len(ordered)))
    before = figures(ordered, shipped_reader, policy)
    after = Figures()
    for i in range(k):
        held = [lab for j, lab in enumerate(ordered) if j % k == i]
        rest = [lab for j, lab in enumerate(ordered) if j % k != i]
        reader = parse(train.dump(train.train([*base, *as_examples(rest)])))
        after += figures(held, reader, policy)
        say(f"fold {i + 1}/{k} done")
    table = train.dump(train.train([*base, *as_examples(ordered)]))
    return Outcome(before, after, after.no_worse_than(before), table)


def switch(table: bytes, path: Path) -> None:
    """Atomically put the new table where the daemon reads it (next to the state)."""
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(table)
    tmp.replace(path)
