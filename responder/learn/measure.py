"""Leave-one-set-out measurement of the rules alone and the rules with the second reader.

For every held-out folder (``tests/data/*_fresh*``) a model is trained on every other
labelled folder, then each message of the folder goes through the real pure path
(:func:`responder.reading.pre_read`, :func:`responder.decide.decide`, then
:func:`responder.learn.opinion.second_look`, and :func:`second_reason` for replies). Needs
scikit-learn (training); ``scripts/measure_second_reader.py`` prints the tables.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TextIO

from responder.decide import Decision, History, Policy, decide
from responder.learn import corpus, train
from responder.learn.features import reader_text
from responder.learn.model import SecondReader, parse
from responder.learn.opinion import SecondOpinion, SecondPolicy, add_opt_out, second_look, second_reason
from responder.learn.relearn import NOW, Figures
from responder.mail.shared_domains import is_shared_domain
from responder.parse import ParsedMessage, parse_message
from responder.reading import pre_read
from responder.reasons import ReasonResult, classify_reason
from responder.safety import Identity, safe_reply_address

#: The business identity used for measuring: the labelled mail is addressed to many businesses.
IDENTITY = Identity(addresses=frozenset(), own_message_id_domain="responder.example.invalid",
                    require_direct=False)


def identity_of(msg: ParsedMessage) -> Identity:
    """The identity of the business a labelled message was written to: its first To address
    stands for the business address, so its domain is the staff's, as the default
    ``[business] staff_domains`` makes it (unless a public mail service's)."""
    domain = msg.to[0].rpartition("@")[2].lower() if msg.to else ""
    if not domain or is_shared_domain(domain):
        return IDENTITY
    return replace(IDENTITY, staff_domains=frozenset({domain}))


@dataclass(frozen=True)
class Scored:
    """One held-out message: its label, what the rules decided, and the model's scores."""

    group: str
    file: str
    kind: str  # "inbound" or "reply"
    label: str  # intent (inbound) or reason (reply)
    rules_action: str
    intent_only: bool
    intent_scores: tuple[tuple[str, float], ...]
    rules_reason: str  # replies: the rules' reason
    reason_scores: tuple[tuple[str, float], ...]
    opt_out: bool  # replies: labelled opt-out
    rules_opt_out: bool
    held: bool = False  # replies: no opt-out read, but held for a person (responder.maybe_stop)
    rules_heard: tuple[tuple[str, str], ...] = ()  # replies: every reason the rules heard, when several
    optout_scores: tuple[tuple[str, float], ...] = ()  # replies: the opt-out table's scores
    keeps_mail: str = ""  # replies: the customer asked to keep getting our mail (never an added opt-out)
    cites_stop: str = ""  # replies: our stop sentence quoted back, not asked (never an added opt-out)


def held_out_folders(root: Path) -> list[Path]:
    return [f for f in corpus.labelled_folders(root) if "_fresh" in f.name]


def score_folder(folder: Path, reader: SecondReader) -> list[Scored]:
    with (folder / "labels.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out = []
    for row in rows:
        msg = parse_message((folder / row["file"]).read_bytes())
        pre = pre_read(msg, IDENTITY, "en", Policy().review_threshold)
        r = pre.reading
        inbound = "intent" in row
        history = History() if inbound else History(conversation_id=1, conversation_matched_by="thread")
        reason = r.reason
        if reason is None and not inbound and not r.automated and r.bounce is None:
            reason = classify_reason(r.detection.text, r.detection.language)
        recipient, unsafe = safe_reply_address(msg, identity_of(msg))
        d = decide(r.detection, automated=r.automated, recipient=recipient, history=history,
                   policy=Policy(), now=NOW, reason=reason, bounce=r.bounce, sender=msg.from_addr,
                   unsafe=unsafe)
        text = reader_text(r.detection.text)
        intent_only = inbound and not r.automated and r.bounce is None and not (
            reason is not None and reason.opt_out)
        out.append(Scored(
            folder.name, row["file"], "inbound" if inbound else "reply",
            row["intent"] if inbound else row["reason"], d.action, intent_only,
            tuple(sorted(reader.intent.scores(text).items())),
            reason.reason if reason is not None else "none",
            () if inbound else tuple(sorted(reader.reason.scores(text).items())),
            (row.get("opt_out") or "").strip().lower() == "true",
            bool(reason is not None and reason.opt_out),
            bool(reason is not None and not reason.opt_out and reason.maybe_stop),
            reason.heard if reason is not None else (),
            () if inbound else tuple(sorted(reader.optout.scores(text).items())),
            reason.keeps_mail if reason is not None else "",
            reason.cites_stop if reason is not None else ""))
    return out


def leave_one_out(root: Path, folders: Sequence[Path] | None = None) -> list[Scored]:
    """Every held-out folder scored by a model trained without it."""
    examples = corpus.read_tree(root)
    scored: list[Scored] = []
    for folder in folders if folders is not None else held_out_folders(root):
        rest = [e for e in examples if e.group != folder.name]
        reader = parse(train.dump(train.train(rest)))
        scored.extend(score_folder(folder, reader))
    return scored


def final_action(s: Scored, policy: SecondPolicy | None) -> str:
    """The action with the second reader (the rules' decision rebuilt from its action)."""
    if policy is None:
        return s.rules_action
    d = second_look(Decision(s.rules_action, ()),  # type: ignore[arg-type]
                    SecondOpinion(s.intent_scores), policy, intent_only=s.intent_only)
    return d.action


def final_reason(s: Scored, policy: SecondPolicy | None) -> str:
    if policy is None:
        return s.rules_reason
    rr = ReasonResult(s.rules_reason, "unknown", s.rules_opt_out, (), "",  # type: ignore[arg-type]
                      heard=s.rules_heard)  # type: ignore[arg-type]
    return second_reason(rr, dict(s.reason_scores), policy).reason


def inbound_figures(items: Iterable[Scored], policy: SecondPolicy | None) -> Figures:
    return sum((Figures.inbound(s.label == "cancellation", final_action(s, policy))
                for s in items if s.kind == "inbound"), Figures())


def reason_accuracy(items: Iterable[Scored], policy: SecondPolicy | None) -> tuple[int, int]:
    rows = [s for s in items if s.kind == "reply"]
    return sum(1 for s in rows if final_reason(s, policy) == s.label), len(rows)


def final_opt_out(s: Scored, policy: SecondPolicy | None) -> bool:
    """The rules' opt-out, with the one the second reader may add (never remove)."""
    if policy is None or not policy.enabled:
        return s.rules_opt_out
    rr = ReasonResult(s.rules_reason, "unknown", s.rules_opt_out, (), "",  # type: ignore[arg-type]
                      keeps_mail=s.keeps_mail, cites_stop=s.cites_stop)
    return add_opt_out(rr, dict(s.optout_scores), policy.opt_out).opt_out


def opt_out_recall(items: Iterable[Scored], policy: SecondPolicy | None = None) -> tuple[int, int, int]:
    """Opt-outs read, of those asked; and opt-outs read in replies that did not ask (false)."""
    rows = [s for s in items if s.kind == "reply"]
    asked = [s for s in rows if s.opt_out]
    false = sum(1 for s in rows if not s.opt_out and final_opt_out(s, policy))
    return sum(1 for s in asked if final_opt_out(s, policy)), len(asked), false


def stopped_or_held(items: Iterable[Scored]) -> tuple[int, int, int, int]:
    """Opt-outs stopped by the rules or held for a person, of all; and replies held that did
    not ask, of all that did not ask."""
    rows = [s for s in items if s.kind == "reply"]
    asked = [s for s in rows if s.opt_out]
    rest = [s for s in rows if not s.opt_out]
    return (sum(1 for s in asked if s.rules_opt_out or s.held), len(asked),
            sum(1 for s in rest if s.held and not s.rules_opt_out), len(rest))


def report(scored: Sequence[Scored], policy: SecondPolicy, out: TextIO) -> None:
    """Per folder and pooled: rules alone, then rules + second reader."""
    groups = sorted({s.group for s in scored})
    inbound = [g for g in groups if any(s.group == g and s.kind == "inbound" for s in scored)]
    replies = [g for g in groups if g not in inbound]
    print(f"second reader: net {policy.net:.2f}, veto {policy.veto:.2f}, reason {policy.reason:.2f}; "
          "each folder scored by a model trained without it", file=out)
    print(f"{'inbound':<16}{'n':>5}{'canc':>5}  {'answered precision':>20}  {'answered-or-reviewed':>22}"
          f"  {'review share':>14}", file=out)
    print(f"{'':<26}{'rules':>10}{'+second':>10}{'rules':>12}{'+second':>10}{'rules':>8}{'+second':>8}",
          file=out)
    for name, items in [*((g, [s for s in scored if s.group == g]) for g in inbound),
                        ("pooled", [s for s in scored if s.kind == "inbound"])]:
        if not items:
            continue  # no folder of this kind was measured
        a, b = inbound_figures(items, None), inbound_figures(items, policy)
        print(f"{name:<16}{a.intents:>5}{a.cancellations:>5}{a.precision:>10.3f}{b.precision:>10.3f}"
              f"{a.caught_share:>12.3f}{b.caught_share:>10.3f}{a.review_share:>8.1%}{b.review_share:>8.1%}",
              file=out)
    print(f"\n{'replies':<16}{'n':>5}  {'reason accuracy':>18}  {'opt-out recall (false)':>32}"
          f"  {'stopped or held':>16}  {'held, not asked':>16}", file=out)
    print(f"{'':<21}{'rules':>10}{'+second':>10}{'rules':>16}{'+second':>16}", file=out)
    for name, items in [*((g, [s for s in scored if s.group == g]) for g in replies),
                        ("pooled", [s for s in scored if s.kind == "reply"])]:
        ok_a, n = reason_accuracy(items, None)
        if not n:
            continue
        ok_b, _ = reason_accuracy(items, policy)
        recall = "".join(f"{_recall(*opt_out_recall(items, p)):>16}" for p in (None, policy))
        caught, asked, held, rest = stopped_or_held(items)
        net = f"{caught / asked:.2f} ({caught}/{asked})" if asked else "n/a"
        spare = f"{held}/{rest}" if rest else "n/a"
        print(f"{name:<16}{n:>5}{ok_a / n:>10.3f}{ok_b / n:>10.3f}{recall}  {net:>16}  {spare:>16}",
              file=out)


def _recall(read: int, asked: int, false: int) -> str:
    return f"{read / asked:.2f} ({read}/{asked}, {false})" if asked else "n/a"
