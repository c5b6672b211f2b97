"""Tags staff can see, on every server.

responder tags what it handled with IMAP keywords (``$Cancellation``, ``$Reschedule``,
``$NeedsReview``). Not every server keeps them, and not every mail client shows them:

- a server that lists ``\\*`` in ``PERMANENTFLAGS`` (Dovecot, Fastmail, Gmail) keeps keywords;
- Gmail (``X-GM-EXT-1``) shows labels, not keywords: there the keywords also become labels;
- Exchange Online / Outlook.com have no ``\\*`` and answer a keyword STORE with ``BAD``:
  there a message that needs a person gets ``\\Flagged`` instead.

Wherever it is, a configured ``imap.review_folder`` also gets a copy of each message that
needs a person. :func:`support_from` reads what the server offers (pure), :func:`how` picks
the method, :func:`plan` says what to store (pure, tested by tables). :class:`Tagger` carries
a plan out over a small client interface; a refused command (``NO``/``BAD``) is logged once
per kind and never raised, so tagging can never abort a cycle. Lost connections still raise.
"""

from __future__ import annotations

import imaplib
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

log = logging.getLogger(__name__)

#: What ``imap.tagging`` may say; ``auto`` picks from what the server offers.
TaggingMode = Literal["auto", "keywords", "labels", "flagged"]
#: The method in use on a connection.
Method = Literal["keywords", "labels", "flagged"]

#: Gmail label for each keyword responder sets (labels are what Gmail users see).
LABELS = {"$Cancellation": "Cancellation", "$Reschedule": "Reschedule", "$NeedsReview": "Needs review"}
#: Keywords that ask a person to act: where keywords cannot be kept they become ``\Flagged``
#: (and a copy in the review folder). A reschedule is left to staff, so it is one of them.
NEEDS_A_PERSON = frozenset({"$NeedsReview", "$Reschedule"})
FLAGGED = "\\Flagged"


@dataclass(frozen=True)
class TagSupport:
    """What the selected folder can keep, as the server said on SELECT."""

    keywords: bool  # new keywords are kept (``\*`` in PERMANENTFLAGS, or no PERMANENTFLAGS)
    gmail_labels: bool  # X-GM-EXT-1: labels can be set with STORE +X-GM-LABELS
    permanent: frozenset[str]  # the flags PERMANENTFLAGS lists, lower case (empty: none said)
    listed: bool  # whether the server sent PERMANENTFLAGS at all

    def keeps(self, flag: str) -> bool:
        """Whether a STORE of ``flag`` lasts (RFC 3501 7.1: no PERMANENTFLAGS: all may)."""
        if not self.listed or flag.lower() in self.permanent:
            return True
        return self.keywords and not flag.startswith("\\")


def support_from(permanentflags: Iterable[bytes | str] | None,
                 capabilities: Iterable[bytes | str]) -> TagSupport:
    """Read the SELECT response's PERMANENTFLAGS and the CAPABILITY list."""
    caps = {_text(c).upper() for c in capabilities}
    if permanentflags is None:
        return TagSupport(True, "X-GM-EXT-1" in caps, frozenset(), listed=False)
    flags = frozenset(_text(f).lower() for f in permanentflags)
    return TagSupport("\\*" in flags, "X-GM-EXT-1" in caps, flags - {"\\*"}, listed=True)


def how(support: TagSupport, mode: TaggingMode = "auto") -> Method:
    """The method for this folder: ``mode`` when the server can do it, else the best it can."""
    possible: list[Method] = []
    if support.gmail_labels:
        possible.append("labels")
    if support.keywords or all(support.keeps(k) for k in LABELS):
        possible.append("keywords")
    possible.append("flagged")
    if mode != "auto" and mode in possible:
        return mode
    return possible[0]


def describe(support: TagSupport, method: Method, review_folder: str = "") -> str:
    """One line for the start-up log and ``check-config --probe``."""
    what = {
        "labels": "Gmail labels (X-GM-LABELS) plus keywords",
        "keywords": "IMAP keywords ($Cancellation, $Reschedule, $NeedsReview)",
        "flagged": "\\Flagged on messages that need a person (the server keeps no keywords)",
    }[method]
    if not review_folder:
        return what
    return f"{what}; a copy of each message that needs a person goes to {review_folder!r}"


@dataclass(frozen=True)
class TagPlan:
    """What to do for one set of flags: STORE these flags, add these labels, COPY there."""

    flags: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    copy_to: str | None = None


def plan(flags: Sequence[str], method: Method, review_folder: str = "") -> TagPlan:
    """The commands that show ``flags`` to staff with ``method`` (pure)."""
    system = tuple(f for f in flags if f.startswith("\\"))
    keywords = tuple(f for f in flags if not f.startswith("\\"))
    person = any(k in NEEDS_A_PERSON for k in keywords)
    copy_to = (review_folder or None) if person else None
    if method == "flagged":
        extra = (FLAGGED,) if person and FLAGGED not in system else ()
        return TagPlan(system + extra, (), copy_to)
    labels = tuple(LABELS[k] for k in keywords if k in LABELS) if method == "labels" else ()
    return TagPlan(system + keywords, labels, copy_to)


class TagClient(Protocol):
    """The part of :class:`imapclient.IMAPClient` tagging uses (the selected folder's UIDs)."""

    def add_flags(self, messages: list[int], flags: list[bytes], silent: bool = ...) -> Any: ...
    def add_gmail_labels(self, messages: list[int], labels: list[str], silent: bool = ...) -> Any: ...
    def copy(self, messages: list[int], folder: str) -> Any: ...
    def create_folder(self, folder: str) -> Any: ...


def refused(exc: BaseException) -> bool:
    """Whether ``exc`` is the server's ``NO``/``BAD`` answer (the connection is fine)."""
    return isinstance(exc, imaplib.IMAP4.error) and not isinstance(exc, imaplib.IMAP4.abort)


class Tagger:
    """Carries out tag plans; kept across reconnects so each refusal is logged once."""

    def __init__(self, mode: TaggingMode = "auto", review_folder: str = "") -> None:
        self.mode = mode
        self.review_folder = review_folder
        self.support = TagSupport(True, False, frozenset(), listed=False)
        self.method: Method = "keywords"
        self._downgraded: Method | None = None  # a refusal seen on this server
        self._logged: set[str] = set()

    def selected(self, support: TagSupport) -> Method:
        """The folder was (re)selected: pick the method for what the server says now."""
        self.support = support
        self.method = how(support, self.mode)
        if self._downgraded is not None and _rank(self._downgraded) > _rank(self.method):
            self.method = self._downgraded
        return self.method

    def describe(self) -> str:
        return describe(self.support, self.method, self.review_folder)

    def apply(self, client: TagClient, uids: Sequence[int], flags: Sequence[str]) -> None:
        """Tag ``uids``; a refusal is logged once and the next method down is tried."""
        if not uids or not flags:
            return
        todo = list(uids)
        steps = plan(flags, self.method, self.review_folder)
        if steps.flags and not self._store(client, todo, steps.flags) and self.method != "flagged":
            self._downgrade("flagged", "STORE", steps.flags)
            steps = plan(flags, "flagged", self.review_folder)
            if steps.flags:
                self._store(client, todo, steps.flags)
        if steps.labels and not self._attempt("X-GM-LABELS", steps.labels,
                                              lambda: client.add_gmail_labels(todo, list(steps.labels),
                                                                              silent=True)):
            self._downgrade("keywords", "X-GM-LABELS", steps.labels)
        if steps.copy_to:
            folder = steps.copy_to
            if not self._attempt(f"COPY {folder}", (folder,), lambda: client.copy(todo, folder),
                                 quiet=True):
                self._attempt(f"COPY {folder}", (folder,),
                              lambda: (client.create_folder(folder), client.copy(todo, folder)))

    def _store(self, client: TagClient, uids: list[int], flags: tuple[str, ...]) -> bool:
        return self._attempt("STORE", flags,
                             lambda: client.add_flags(uids, [f.encode() for f in flags], silent=True))

    def _attempt(self, what: str, args: tuple[str, ...], call: Any, *, quiet: bool = False) -> bool:
        try:
            call()
        except Exception as exc:
            if not refused(exc):
                raise
            if not quiet:
                self._once(f"{what} {args}", f"the IMAP server refused {what} {' '.join(args)}", str(exc))
            return False
        return True

    def _downgrade(self, method: Method, what: str, args: tuple[str, ...]) -> None:
        if _rank(method) > _rank(self.method):
            self.method = method
            self._downgraded = method
            self._once(f"now {method}", f"tagging with {method} from now on "
                       f"({what} {' '.join(args)} was refused)", "")

    def _once(self, key: str, message: str, error: str) -> None:
        if key in self._logged:
            return
        self._logged.add(key)
        fields: dict[str, str] = {"tagging": self.method}
        if error:
            fields["answer"] = error[:200]
        log.warning(message, extra={"fields": fields})


def _rank(method: Method) -> int:
    return {"labels": 0, "keywords": 1, "flagged": 2}[method]


def _text(value: bytes | str) -> str:
    return value.decode("ascii", "replace") if isinstance(value, bytes) else value
