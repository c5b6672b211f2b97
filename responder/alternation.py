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

import re
from itertools import pairwise

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


def rewrite(source: str) -> str:
    """The factored form of ``source`` (see the module's description); ``source`` itself
    when it has inline global flags."""
    if re.match(r"\(\?[aiLmsux]+\)", source):
        return source
    spread = [s for alternative in split_alternatives(source) for s in _spread(alternative)]
    out: list[str] = []
    run: list[tuple[str, str]] = []
    for alternative in spread:
        boundary, literal, rest = _literal_start(alternative)
        if boundary and literal:
            run.append((literal, rest))
            continue
        if run:
            out.append(f"\\b(?:{_tree(run)})")
            run = []
        out.append(alternative)
    if run:
        out.append(f"\\b(?:{_tree(run)})")
    return "|".join(out)


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
