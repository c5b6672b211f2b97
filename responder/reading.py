"""Reading one message before deciding: automation, bounce, detection and the reason.

Pure (no database, clock or network), and light to import, so that reader processes
(:mod:`responder.reader`) can do it for a backlog while the daemon records and sends.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from responder.bounce import Bounce, parse_bounce
from responder.detect import Detection, detect
from responder.learn.opinion import SecondOpinion
from responder.optout import (
    UNSUBSCRIBE_SUBJECTS,
    appended_capitals,
    appended_stop_word,
    in_customers_voice,
    is_stop_word,
    may_be_stop_reply,
    offers_stop,
    quoted_stop_words,
    quoted_word_on_its_line,
    stop_reply,
)
from responder.parse import ParsedMessage, has_reply_prefix, parse_message, strip_reply_prefixes
from responder.reasons import (
    ReasonResult,
    classify_reason,
    names_mail,
    own_words,
    refused_mail,
    sentence_stop,
    stop_line,
    taken_back,
)
from responder.safety import Identity, automation_reasons, is_system_address
from responder.text import answers_below, split_new_text, survey_answers
from responder.timehints import fold

if TYPE_CHECKING:
    from responder.learn.model import TextModel

#: A one-word subject asking to stop (the ``List-Unsubscribe`` mailto sends these).
UNSUBSCRIBE = re.compile(rf"^\s*({'|'.join(UNSUBSCRIBE_SUBJECTS)})\s*$", re.I)
#: Longer new text (subject and body) cannot be just "stop" and a signature: not looked at.
_STOP_REPLY_CHARS = 600
#: A reply this short at most may be a word the quoted mail promised (with a signature of four lines).
_THEIR_WORD_CHARS = 400


def replied_stop(msg: ParsedMessage, detection: Detection) -> str | None:
    """What the customer replied when it keeps the unsubscribe promise ("stop", "baja", …):
    the body's new text alone, whatever the subject; or a subject that is only such a word
    above an empty body. None otherwise (the reason reader still reads the whole)."""
    if len(detection.text) > _STOP_REPLY_CHARS:
        return None
    ours = may_be_stop_reply(detection.text)  # cheap: a line starts with one of our words
    if not ours and not msg.thread_ids:
        return None
    body = own_words(split_new_text(msg.text)[0])
    subject = strip_reply_prefixes(msg.subject)

    def replied(also: frozenset[str] = frozenset()) -> str | None:
        if body:
            return stop_reply(body, also, msg.from_name)
        return subject if is_stop_word(subject, also) else None

    if ours and (word := replied()):
        return word
    # in a thread, the word the quoted mail itself promised ("Send us the word OUT and we'll
    # remove you"), looked for only when ours did not match
    # (and ours with a slip of the fingers, "Stpo", "vaja", whatever the quoted mail says: round 45)
    if not msg.thread_ids or len(body) > _THEIR_WORD_CHARS:
        return None
    return replied(quoted_stop_words(msg.text))


@dataclass(frozen=True)
class Reading:
    """What was read from one message before deciding."""

    msg: ParsedMessage
    detection: Detection
    reason: ReasonResult | None
    bounce: Bounce | None
    automated: tuple[str, ...] = ()
    second: SecondOpinion | None = None  # the second reader's intent scores, where they can matter


@dataclass(frozen=True)
class PreRead:
    """The pure part of reading one message (no database): what :func:`pre_read` found,
    and whether the store must still say if a reason matters (``ask_store``)."""

    reading: Reading
    ask_store: bool
    detect_seconds: float


def pre_read(msg: ParsedMessage, identity: Identity, default_language: str,
             review_threshold: float, second_reader: str | TextModel | None = None) -> PreRead:
    """Automation, bounce, detection and (where it matters without asking the store) the
    reason of one message. Pure: safe to run in another process. ``second_reader``: None
    (off), "" (the shipped table), the path of a learned table, or the intent table already
    read (:func:`intent_table`): the second reader's intent scores are added for mail a
    person might not otherwise see."""
    automated = automation_reasons(msg, identity)
    bounce = None
    if msg.content_type == "multipart/report" or is_system_address(msg.from_addr) or any(
            r.startswith("bounce") for r in automated):
        bounce = parse_bounce(msg)
    started = time.perf_counter()
    if automated and bounce is None:
        # Never answered whatever it says: skip the detector.
        detection = Detection("other", 1.0, (f"automated: {automated[0]}",), default_language, "")
    else:
        detection = detect(msg)
    second = None
    if second_reader is not None and bounce is None and not automated:
        second = second_opinion(detection, second_reader)
    elapsed = time.perf_counter() - started
    reason = None
    ask_store = False
    if bounce is None and not automated:
        unsubscribe = UNSUBSCRIBE.match(msg.subject)  # the List-Unsubscribe mailto of our follow-ups
        stop = None if unsubscribe else replied_stop(msg, detection)
        if ((detection.intent != "other" and detection.confidence >= review_threshold)
                or msg.thread_ids or unsubscribe or stop):
            reason = read_reason(msg, detection)
            if unsubscribe or stop:
                why = "subject: unsubscribe" if unsubscribe else f"opt-out: replied '{stop}'"
                reason = ReasonResult(reason.reason, "no", True, (why, *reason.evidence),
                                      reason.reason_text)
        else:
            ask_store = True
    return PreRead(Reading(msg, detection, reason, bounce, automated, second), ask_store, elapsed)


def read_reason(msg: ParsedMessage, detection: Detection) -> ReasonResult:
    """The reason, future contact and opt-out in what the customer wrote. In a reply in a
    thread ("Re: …") the subject is ours, not the customer's words ("Re: Your physio
    appointment is cancelled" says nothing of why): the reason is read from the body alone,
    while an opt-out in the subject is honoured only where the customer speaks in it ("Re:
    please stop emailing me"); "Re: Unsubscribe confirmation" is the business's subject."""
    subject = re.sub(r"[ \t]+", " ", strip_reply_prefixes(msg.subject)).strip()
    if not (msg.thread_ids and has_reply_prefix(msg.subject) and subject
            and detection.text.startswith(subject + "\n")):
        read = classify_reason(detection.text, detection.language)
        # only the body of a reply: its subject without "Re:" may be the customer's own
        # cancellation ("Baja", "Abmeldung") carried over; in new mail "Baja" is the
        # cancellation itself
        body = detection.text[len(subject) + 1:] if subject and detection.text.startswith(
            subject + "\n") else detection.text
        if not msg.thread_ids:
            return read
        read = _stop_line(read, body, msg.text)
        if (not read.opt_out and subject and body != detection.text and is_stop_word(subject)
                and offers_stop(msg.text)):
            # a reply in a thread whose subject the customer replaced by the word ("Abmelden",
            # no "Re:") below a quoted stop sentence: their words, not ours (opt-outs round 43;
            # never their own cancellation's subject kept in a reply with no such quote)
            return _opted_out(read, f"opt-out: subject {subject!r}")
        return read
    own = _stop_line(classify_reason(detection.text[len(subject) + 1:], detection.language),
                     detection.text[len(subject) + 1:], msg.text)
    if (not own.opt_out and in_customers_voice(subject)
            and (asked := classify_reason(subject, detection.language)).opt_out):
        return ReasonResult(own.reason, "no", True, asked.evidence, own.reason_text)
    if not own.opt_out and (tail := _appended(subject, msg.text, detection.language)):
        # "Antw: Annulering bevestigd: … - AFMELDEN": the word added to our subject (round 43)
        return _opted_out(own, f"opt-out: added to the subject {tail!r}")
    if not own.opt_out and not own.keeps_mail and (yes := said_yes_to_stop(msg.text)):
        # "> If you'd rather we didn't email you again, just reply with the word REMOVE …" / "Yes
        # please - no sense once we've gone." (opt-outs round 63)
        return _opted_out(own, f"opt-out: answered {yes!r} to our stop sentence")
    if not own.opt_out and (refused := refused_mail(survey_answers(msg.text))):
        # "> May we email you about offers?" / "Liever niet.": the answer read with its question
        return ReasonResult(own.reason, "no", True, (*own.evidence, f"opt-out: answered {refused!r} to"
                            " our asking leave to mail"), own.reason_text)
    return own


#: A yes, with a courtesy word at most, opening an answer (folded), in every language.
_YES = re.compile(r"(?:yes|yeah|yep|yup|ja|jawohl|si|oui|sim|jazeker|graag|volentieri|claro|bien sur"
                  # (opt-outs round 64: "Aye, that.", "isso, por favor kkk", "genau", "precies", "esatto")
                  r"|aye|isso|eso|esatto|exacto|exactamente|exactement|genau|precies|exatamente)\b"
                  r"(?![\s,.!-]*(?:not|nicht|no|nao|non|niet|pas|nee|nein|nada)\b)"
                  r"(?:[\s,.!-]+(?:please|pls|bitte|gerne|por favor|porfa|merci|s'il vous plait|svp|grazie"
                  r"|per favore|graag|alstublieft|aub|obrigad[oa]|thanks|thank you"
                  r"|danke))?(?:\s+a[íi])?(?=\s*(?:$|[,.!;:)\-–—]))")  # (not "Si je réponds ça, …": French
# "if"; "Isso aí, por favor")


def said_yes_to_stop(text: str) -> str:
    """The customer's yes written right below our quoted stop sentence ("Yes please - no sense once
    we've gone."), or ""."""
    for quoted, answer in answers_below(text):
        first = next((line.strip() for line in answer.split("\n") if line.strip()), "")
        if first and (m := _YES.match(fold(first))) and offers_stop(quoted) and not _NOT_YES.search(
                fold(first)):
            return first[:m.end()].strip()
    return ""


#: A yes that goes on to refuse ("yes, but keep the newsletter", "sí, pero no …").
_NOT_YES = re.compile(r"\b(?:but|aber|pero|mais|ma|maar|mas)\b[^.!?]*\b(?:keep|don'?t|do not|nicht|no|not"
                      r"|non|niet"
                      r"|nao|pas|behalten|seguir|continu\w*)\b")


def _stop_line(read: ReasonResult, body: str, whole: str = "") -> ReasonResult:
    """A reply's reading with the opt-out of a line that is only an opt-out word ("BAJA TOTAL"
    below a thank-you), where no other was read (:func:`responder.reasons.stop_line`); or of the
    word inside a sentence, with a courtesy word or in capitals (:func:`responder.reasons.
    sentence_stop`: "stop please, ta", "donc DESABONER merci"; ``whole``: the message's text, for
    the word its quoted mail promised), unless the reply asks to keep our mail (or signs up again:
    :func:`responder.maybe_stop.keeps_mail`) or cites our sentence (opt-outs round 43)."""
    if read.opt_out:
        return read
    if line := stop_line(body):
        return _opted_out(read, f"opt-out: {line}")
    if read.keeps_mail or read.cites_stop:
        return read
    promised = quoted_stop_words(whole) if whole else frozenset()
    short = len(body) <= _STOP_REPLY_CHARS
    word = sentence_stop(body, promised if short else frozenset()) or _promised_word_anyway(
        body, promised, in_sentences=not short)
    if word and not taken_back(body, word):
        return _opted_out(read, f"opt-out: {word}")
    return read


def _promised_word_anyway(body: str, also: frozenset[str], *, in_sentences: bool) -> str:
    """The word the quoted mail promised, in a reply of any length, on a line of its own with one slip
    allowed ("Remvoe" below a long story); and with ``in_sentences`` (a reply too long for
    :func:`sentence_stop` to be given the promised words), in a sentence that names our mail ("Et pour les
    courriels : FINI, merci."): opt-outs round 68."""
    if not also:
        return ""
    own = own_words(body)
    for line in own.split("\n"):
        if quoted_word_on_its_line(line.strip().rstrip("."), also):
            return line.strip()
    word = sentence_stop(own, also) if in_sentences else ""
    if not word:
        return ""
    at = own.find(word)
    start = max(own.rfind(c, 0, at) for c in ".!?\n") + 1
    stop = min((i for i in (own.find(c, at) for c in ".!?\n") if i >= 0), default=len(own))
    return word if names_mail(own[start:stop]) else ""


def _opted_out(read: ReasonResult, why: str) -> ReasonResult:
    return ReasonResult(read.reason, "no", True, (*read.evidence, why), read.reason_text)


#: A line of a quoted mail's header that gives its subject.
_QUOTED_SUBJECT = re.compile(r"^[>\s]*(?:subject|betreff|onderwerp|asunto|objet|oggetto|assunto)\s*:(.*)$",
                             re.I | re.M)


def _appended(subject: str, text: str, language: str = "en") -> str:
    """The opt-out word added in capitals to the end of a reply's subject
    (:func:`responder.optout.appended_stop_word`), or a wish in capitals read as an opt-out ("… - NON
    SCRIVETECI PIÙ", opt-outs round 64), unless the quoted mail's own subject ends with it."""
    tail = appended_stop_word(subject, quoted_stop_words(text))
    if not tail and (caps := appended_capitals(subject)) and classify_reason(caps.lower(), language).opt_out:
        tail = caps
    if tail and any(m.group(1).rstrip().endswith(tail) for m in _QUOTED_SUBJECT.finditer(text)):
        return ""
    return tail


def intent_table(second_reader: str) -> TextModel | None:
    """The second reader's intent table ("" the shipped one, else the learned table's path;
    read once, and again when the file changes); None, and the rules decide alone, when no
    table can be read."""
    from responder.learn.model import ModelError, load_table

    try:
        return load_table(second_reader or None, "intent")
    except (ModelError, OSError):
        return None  # logged by load_table(); a broken package must not stop reading mail


def second_opinion(detection: Detection, second_reader: str | TextModel) -> SecondOpinion | None:
    """The second reader's intent scores for what the rules read."""
    from responder.learn.features import reader_text

    table = intent_table(second_reader) if isinstance(second_reader, str) else second_reader
    if table is None:
        return None
    return SecondOpinion.of(table.scores(reader_text(detection.text)))


def read_batch(raws: list[bytes], identity: Identity, default_language: str,
               review_threshold: float, second_reader: str | None = None) -> list[PreRead | None]:
    """:func:`pre_read` for a batch of raw messages, without the raw bytes (the caller has
    them). None where something raised: the caller redoes that one itself. The second
    reader's table is looked up once for the batch."""
    # No table readable: no scores, as pre_read would find for each message.
    table = intent_table(second_reader) if second_reader is not None else None
    out: list[PreRead | None] = []
    for raw in raws:
        try:
            pre = pre_read(parse_message(raw), identity, default_language, review_threshold,
                           table)
        except Exception:
            out.append(None)
            continue
        pre.reading.msg.raw = b""
        out.append(pre)
    return out
