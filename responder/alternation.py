"""Large rule alternations rewritten so the regex engine tries fewer of them (issue 11, item 8).

The detection and reason rules are alternations of dozens of phrases, most starting with
``\\b`` and a word: ``\\bcancel+(?:ing|ed)?\\b|\\bcall(?:ing|ed)? off\\b|\\banul(?:ar|en)…``.
The engine tries every alternative at every position of the text. :func:`factored`
rewrites such a pattern into one that matches exactly the same, in the same order of
preference, but shares leading work:

* a group at the start of an alternative is distributed over it
  (``\\b(?:scrap|nix)\\b`` -> ``\\bscrap\\b|\\bnix\\b``), which keeps the order in which
  the engine would try them;
* consecutive alternatives that start with ``\\b`` share one ``\\b`` check;
* alternatives that start with different literal characters are grouped by that
  character, as a prefix tree (``c(?:ancel…|all…)|a(?:nnul…)``). Two alternatives
  starting with different characters can never both match at one position, so only
  their order relative to alternatives with the same start matters, and that is kept.

Anything the rewrite does not understand (capturing groups, inline global flags,
alternatives starting with a class or a lookaround) is left as it was, in its place.
Every rewritten pattern is registered in :data:`REWRITTEN` with its source, so tests can
check that both find the same matches on real mail.
"""

from __future__ import annotations

import functools
import importlib
import os
import re
from itertools import pairwise
from typing import Any

#: The standard library's own pattern parser (what ``re.compile`` uses), to find the
#: characters an alternative can start with. Private, so typed loosely.
_parser: Any = importlib.import_module("re._parser")

#: Characters with a meaning of their own in a pattern (the rest stand for themselves).
_SPECIAL = frozenset("\\.^$*+?{}[]|()")
_QUANTIFIER = frozenset("*+?{")
#: A group with more alternatives than this is not distributed.
_MAX_SPREAD = 64
#: (source, flags, rewritten) of every pattern :func:`factored` made.
REWRITTEN: list[tuple[str, int, re.Pattern[str]]] = []


def _scan(source: str) -> tuple[list[int], int]:
    """Positions of ``source``'s top-level ``|``, and the index of the ``)`` closing the
    group that opens at 0 (-1 if ``source`` does not start with one)."""
    bars: list[int] = []
    depth, i, n, in_class = 0, 0, len(source), False
    close = -1
    while i < n:
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            if source[i + 1:i + 2] == "^":
                i += 1
            if source[i + 1:i + 2] == "]":  # "[]…]", "[^]…]": a literal bracket first
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0 and close < 0 and source[0] == "(":
                close = i
        elif c == "|" and depth == 0:
            bars.append(i)
        i += 1
    return bars, close


def split_alternatives(source: str) -> list[str]:
    """``source`` cut at its top-level ``|``: ``"|".join`` of the result gives it back."""
    bars, _ = _scan(source)
    cuts = [-1, *bars, len(source)]
    return [source[a + 1:b] for a, b in pairwise(cuts)]


def _spread(alternative: str) -> list[str]:
    """``\\b(?:A|B)R`` -> ``\\bAR``, ``\\bBR`` (recursively), in the order the engine tries them."""
    lead = ""
    while alternative.startswith("\\b"):
        lead, alternative = "\\b", alternative[2:]
    if alternative.startswith("(?:"):
        _, close = _scan(alternative)
        if close > 0 and alternative[close + 1:close + 2] not in _QUANTIFIER:
            parts = split_alternatives(alternative[3:close])
            if len(parts) <= _MAX_SPREAD:
                rest = alternative[close + 1:]
                return [s for part in parts for s in _spread(lead + part + rest)]
    return [lead + alternative]


def _literal_start(alternative: str) -> tuple[bool, str, str]:
    """(starts with ``\\b``, the literal characters it starts with after that, the rest).
    A character a quantifier applies to is left in the rest."""
    boundary = alternative.startswith("\\b")
    while alternative.startswith("\\b"):
        alternative = alternative[2:]
    i = 0
    while i < len(alternative) and alternative[i] not in _SPECIAL:
        i += 1
    if i < len(alternative) and alternative[i] in _QUANTIFIER:
        i -= 1
    i = max(i, 0)
    return boundary, alternative[:i], alternative[i:]


def _tree(items: list[tuple[str, str]]) -> str:
    """Alternatives as (literal start, rest), grouped by their first character."""
    out: list[str] = []
    segment: dict[str, list[tuple[str, str]]] = {}

    def flush() -> None:
        for first, kids in segment.items():
            if len(kids) == 1:
                out.append(first + kids[0][0] + kids[0][1])
            else:
                out.append(f"{first}(?:{_tree(kids)})")
        segment.clear()

    for literal, rest in items:
        if literal:
            segment.setdefault(literal[0], []).append((literal[1:], rest))
        else:  # it may match wherever: everything before it stays before it
            flush()
            out.append(rest)
    flush()
    return "|".join(out)


#: Character sets larger than this are not written out as a guard.
_MAX_GUARD = 200
#: The classes a guard may name as they are written (``\\d`` in ``[£$€\\d]``).
_CATEGORIES = {_parser.CATEGORY_DIGIT: "\\d", _parser.CATEGORY_WORD: "\\w", _parser.CATEGORY_SPACE: "\\s"}


#: The characters an alternative can start with: those it may start with anywhere, and those
#: it starts with only where ``\b`` holds (``(?:[£$]\d|\bfee)`` -> ``{£, $}``, ``{f}``).
Starts = tuple[frozenset[str], frozenset[str]]


def _first_chars(items: Any) -> tuple[set[str], set[str], bool, bool] | None:
    """For a parsed sequence: the characters it can consume first without and with ``\\b``
    asserted where it starts, whether it can match empty, and whether every empty match
    asserts ``\\b``; None when the characters are not known (a class by category, any
    character, a back-reference, …). Zero-width items (``\\b``, lookarounds) consume nothing.
    A character is reached only where everything before it matched empty, so a ``\\b``
    before it holds where the alternative starts."""
    free: set[str] = set()
    bound: set[str] = set()
    boundary = False
    for op, av in items:
        if op is _parser.AT:
            boundary = boundary or av is _parser.AT_BOUNDARY
            continue
        if op in (_parser.ASSERT, _parser.ASSERT_NOT):
            continue
        chars: set[str] = set()
        if op is _parser.LITERAL:
            chars.add(chr(av))
            sub: tuple[set[str], set[str], bool, bool] | None = (chars, set(), False, False)
        elif op is _parser.IN:
            for kind, value in av:
                if kind is _parser.LITERAL:
                    chars.add(chr(value))
                elif kind is _parser.RANGE and value[1] - value[0] < _MAX_GUARD:
                    chars.update(map(chr, range(value[0], value[1] + 1)))
                elif kind is _parser.CATEGORY and value in _CATEGORIES:
                    chars.add(_CATEGORIES[value])
                else:
                    return None
            sub = (chars, set(), False, False)
        elif op is _parser.SUBPATTERN:
            group, add_flags, _del_flags, inner = av
            if group is not None or add_flags & re.IGNORECASE:
                return None
            sub = _first_chars(inner)
        elif op is _parser.BRANCH:
            subs = [_first_chars(branch) for branch in av[1]]
            known = [s for s in subs if s is not None]
            if len(known) < len(subs):
                return None
            sub = (set().union(*(s[0] for s in known)), set().union(*(s[1] for s in known)),
                   any(s[2] for s in known), all(s[3] for s in known if s[2]))
        elif op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT):
            low, _high, inner = av
            sub = _first_chars(inner)
            if sub is not None and low == 0:  # skipped, it asserts nothing
                sub = (sub[0], sub[1], True, False)
        else:
            return None
        if sub is None:
            return None
        if boundary:
            bound |= sub[0] | sub[1]
        else:
            free |= sub[0]
            bound |= sub[1]
        if not sub[2]:
            return free, bound, False, False
        boundary = boundary or sub[3]
    return free, bound, True, boundary


@functools.lru_cache(maxsize=1)
def _parsed(alternative: str, flags: int) -> Any:
    """The standard library's parse of ``alternative``: :func:`_starts` and then :func:`_beginnings`
    read the same alternative, which is parsed once (only the last one is kept)."""
    return _parser.parse(alternative, flags)


def _starts(alternative: str, flags: int = 0) -> Starts | None:
    """What ``alternative`` can start with (:data:`Starts`; a class as written: ``\\d`` stays
    ``\\d``); None when not known or when it may match empty."""
    try:
        first = _first_chars(_parsed(alternative, flags))
    except (re.error, RecursionError, TypeError, ValueError):
        return None
    if first is None or first[2]:
        return None
    free, bound = frozenset(first[0]), frozenset(first[1] - first[0])
    if not (free or bound) or len(free) + len(bound) > _MAX_GUARD:
        return None
    if "\\w" in free:  # it may start inside any word (``\w*stunden``): a guard would hold almost
        return None  # everywhere, and one shared with others would let all of theirs run there too
    return free, bound


#: How many characters a guard checks, and how many such beginnings it may list.
_PREFIX_LEN = 3
_MAX_PREFIXES = 1500


#: Stand-ins in a beginning for "any digit" and "any space" (``\\d``, ``\\s``), which end it.
_SENTINELS = {_parser.CATEGORY_DIGIT: "\x00", _parser.CATEGORY_SPACE: "\x01"}


def _prefixes(items: Any) -> set[tuple[str, bool]] | None:
    """For a parsed sequence: beginnings every match of it starts with, up to
    :data:`_PREFIX_LEN` characters, each with whether the sequence matched exactly that
    (so what follows may extend it); None when there are more than :data:`_MAX_PREFIXES`.
    Zero-width items add nothing; what is not known ends a beginning there (``("ab",
    False)``: "ab" and then anything)."""
    out: set[tuple[str, bool]] = {("", True)}
    for op, av in items:
        if op is _parser.AT or op in (_parser.ASSERT, _parser.ASSERT_NOT):
            continue
        sub: set[tuple[str, bool]] | None
        if op is _parser.LITERAL:
            sub = {(chr(av), True)}
        elif op is _parser.IN:
            sub = set()
            for kind, value in av:
                if kind is _parser.LITERAL:
                    sub.add((chr(value), True))
                elif kind is _parser.RANGE and value[1] - value[0] < 40:
                    sub.update((chr(c), True) for c in range(value[0], value[1] + 1))
                elif kind is _parser.CATEGORY and value in _SENTINELS:
                    sub.add((_SENTINELS[value], False))  # any digit (or space): the beginning ends
                else:
                    sub = {("", False)}
                    break
        elif op is _parser.SUBPATTERN and av[0] is None and not av[1] & re.IGNORECASE:
            sub = _prefixes(av[3])
        elif op is _parser.BRANCH:
            sub = set()
            for branch in av[1]:
                found = _prefixes(branch)
                if found is None:
                    return None
                sub |= found
        elif op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT):
            inner = _prefixes(av[2])
            if inner is None:
                return None
            sub = {(t, False) for t, _ in inner} | ({("", True)} if av[0] == 0 else set())
        else:
            sub = {("", False)}
        if sub is None:
            return None
        grown: set[tuple[str, bool]] = set()
        for head, exact in out:
            if not exact or len(head) >= _PREFIX_LEN:
                grown.add((head, False))
                continue
            for tail, whole in sub:
                joined = head + tail
                grown.add((joined[:_PREFIX_LEN], whole and len(joined) < _PREFIX_LEN))
        if len(grown) > _MAX_PREFIXES:
            return None
        out = grown
        if all(not exact or len(head) >= _PREFIX_LEN for head, exact in out):
            break
    return out


def _trie(words: list[str]) -> str:
    """``words`` as one alternation sharing their beginnings (``ab(?:c|d)|e``); a word that
    is a beginning of another makes the longer one needless."""
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        groups.setdefault(word[0], []).append(word[1:])
    out = []
    for first, rests in groups.items():
        common = os.path.commonprefix(rests)  # noqa: RUF071 (words, not paths)
        tails = [rest[len(common):] for rest in rests]
        head = re.escape(first + common)
        out.append(head if "" in tails else f"{head}(?:{_trie(tails)})")
    return "|".join(out)


def _beginnings(alternative: str, flags: int = 0,
                free: frozenset[str] = frozenset()) -> frozenset[str] | None:
    """The first :data:`_PREFIX_LEN` characters (at least two) that every match of
    ``alternative`` starts with where it does not start with one of ``free`` (the characters
    it may start with anywhere, :data:`Starts`), where they are known; None otherwise."""
    if flags & re.IGNORECASE:
        return None
    try:
        found = _prefixes(_parsed(alternative, flags))
    except (re.error, RecursionError, TypeError, ValueError):
        return None
    if found is None:
        return None
    digit, space = _SENTINELS[_parser.CATEGORY_DIGIT], _SENTINELS[_parser.CATEGORY_SPACE]

    def covered(head: str) -> bool:
        first = head[:1]
        return bool(first) and (first in free or (first == digit and "\\d" in free)
                                or (first == space and "\\s" in free) or (first.isdigit() and "\\d" in free))

    heads = set()
    for head, _ in found:
        if covered(head):
            continue
        cut = min((i for i in (head.find(digit), head.find(space)) if i >= 0), default=len(head))
        if cut < 2:
            return None
        heads.add(head[:cut])
    return frozenset(heads)


def _run_beginnings(run: list[tuple[str, str]]) -> frozenset[str] | None:
    """:func:`_beginnings` of ``\\b`` and a run of (literal start, rest), read off the
    literals where they are long enough (parsing the whole run would cost more)."""
    found: set[str] = set()
    for literal, rest in run:
        more = (frozenset([literal[:_PREFIX_LEN]]) if len(literal) >= _PREFIX_LEN
                else _beginnings(literal + rest))
        if more is None:
            return None
        found |= more
    return frozenset(found) if len(found) <= _MAX_PREFIXES else None


def _long_guard(beginnings: frozenset[str], free: frozenset[str] = frozenset()) -> str:
    """The lookahead for :func:`_beginnings` at a word boundary, and for the characters that may
    start a match anywhere: ``(?=\\b(?:ca(?:l|n)))``, ``(?=[\\$\\d]|\\b(?:fee))``."""
    words = "\\b(?:" + _trie(list(beginnings)) + ")" if beginnings else ""
    return "(?=" + "|".join(([_chars(free)] if free else []) + ([words] if words else [])) + ")"


def _chars(found: frozenset[str]) -> str:
    """A character class of ``found`` (a class as written, ``\\d``, stays as it is)."""
    return "[" + "".join(c if len(c) > 1 else re.escape(c) for c in sorted(found)) + "]"


def _guard(starts: Starts) -> str:
    """The lookahead for :data:`Starts`: ``(?=[£$]|\\b[f])``."""
    free, bound = starts
    parts = ([_chars(free)] if free else []) + ([f"\\b{_chars(bound)}"] if bound else [])
    return "(?=" + "|".join(parts) + ")"


def guarded(alternative: str, flags: int = 0) -> str:
    """``alternative`` with a lookahead for the characters it can start with in front
    (``(?=\\b[mv])(?<!…)(?![^.]{0,120}…)\\b(?:mein…|vend…)``), where they are known: an
    alternative that starts with lookarounds has them tried at every position of the text,
    and the guard fails first where the alternative cannot match anyway. Zero-width, and a
    condition the alternative already requires: the same matches, in the same order."""
    if alternative[:1] not in ("(", "\\"):
        return alternative
    starts = _starts(alternative, flags)
    if starts is None:
        return alternative
    beginnings = _beginnings(alternative, flags, starts[0])
    return (_guard(starts) if beginnings is None else _long_guard(beginnings, starts[0])) + alternative


#: A top-level alternative of a rewritten pattern: its text, what it can start with, and the
#: beginnings of :func:`_beginnings` (None where not known).
Segment = tuple[str, Starts | None, frozenset[str] | None]


def _grouped(segments: list[Segment]) -> str:
    """The top-level alternatives joined by ``|``; a stretch of two or more of them that start
    with known characters shares one guard in front of them (``(?=\\b[abc…])(?:…|…)``, or
    their first characters, ``(?=\\b(?:abo|can))``): inside words, and where none of them
    can start, the engine tries one guard instead of each of them. Grouping consecutive
    alternatives keeps their order, and the guard is a condition one of them requires
    wherever it matches."""
    out: list[str] = []
    stretch: list[Segment] = []

    def flush() -> None:
        free = frozenset().union(*(s[1][0] for s in stretch if s[1]))
        bound = frozenset().union(*(s[1][1] for s in stretch if s[1])) - free
        beginnings = None if any(s[2] is None for s in stretch) else frozenset().union(
            *(s[2] for s in stretch if s[2]))
        if len(stretch) > 1 and beginnings is not None and len(beginnings) <= _MAX_PREFIXES:
            out.append(_long_guard(beginnings, free) + "(?:" + "|".join(s[0] for s in stretch) + ")")
        elif len(stretch) > 1 and len(free) + len(bound) <= _MAX_GUARD:
            out.append(_guard((free, bound)) + "(?:" + "|".join(s[0] for s in stretch) + ")")
        else:
            out.extend(s[0] for s in stretch)
        stretch.clear()

    for segment in segments:
        if segment[1] is None:
            flush()
            out.append(segment[0])
            continue
        if stretch and (stretch[-1][2] is None) != (segment[2] is None):
            flush()  # those with known beginnings share theirs, apart from the others (eighth round)
        stretch.append(segment)
    flush()
    return "|".join(out)


def rewrite(source: str) -> str:
    """The factored form of ``source`` (see the module's description); ``source`` itself
    when it has inline global flags."""
    if re.match(r"\(\?[aiLmsux]+\)", source):
        return source
    spread = [s for alternative in split_alternatives(source) for s in _spread(alternative)]
    out: list[Segment] = []
    run: list[tuple[str, str]] = []

    def end_run() -> None:
        if run:
            text = f"\\b(?:{_tree(run)})"
            out.append((text, (frozenset(), frozenset(lit[0] for lit, _ in run)), _run_beginnings(run)))
            run.clear()

    for alternative in spread:
        boundary, literal, rest = _literal_start(alternative)
        if boundary and literal:
            run.append((literal, rest))
            continue
        end_run()
        starts = _starts(alternative) if alternative[:1] in ("(", "\\") else None
        if starts is None:
            out.append((alternative, None, None))
            continue
        beginnings = _beginnings(alternative, 0, starts[0])
        guard = _guard(starts) if beginnings is None else _long_guard(beginnings, starts[0])
        out.append((guard + alternative, starts, beginnings))
    end_run()
    return _grouped(out)


def factored(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, rewritten to be faster when that is safe (no
    capturing group, no case-insensitive matching); registered in :data:`REWRITTEN`."""
    if flags & (re.IGNORECASE | re.VERBOSE):
        return re.compile(source, flags)
    try:
        pattern = re.compile(rewrite(source), flags)
    except re.error:
        return re.compile(source, flags)
    if pattern.groups:  # spreading would copy them: numbering would change
        return re.compile(source, flags)
    REWRITTEN.append((source, flags, pattern))
    return pattern
