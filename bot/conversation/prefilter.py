"""Strings that every match of a regular expression must contain, so a sign's cue is searched only
in messages that hold one of them.

A message is checked against some four hundred hand-written cues (``word_rules``), and searching
each one costs microseconds even when nothing matches, because most of them start with a word
boundary or a look-behind that defeats the regular-expression engine's own literal scan. Checking
a handful of plain substrings first (``"bruis" in text``) costs a fraction of that and rules out
all but about one cue in twenty, so the same decisions are reached in under half the time.

The strings come from the expression's own parse tree, so they cannot fall out of step with the
cue: a sequence must contain each of its parts, an alternation one of its branches, a repeat of at
least once its body. Anything this module cannot reason about (a flag inside the pattern, an
optional part on its own) gives the empty string, which every text contains, and the cue is then
always searched. It reads ``re._parser``, the standard library's own parser; should that module
change shape in a later Python, ``needed_strings`` falls back to the empty string, never to a
wrong answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

_ALWAYS_SEARCH = ("",)


def needed_strings(pattern: str) -> tuple[str, ...]:
    """Strings one of which is in every text ``pattern`` matches, shortest first; ``("",)`` when
    no such strings are known."""
    try:
        from re import _constants, _parser

        parsed = _parser.parse(pattern)
        if parsed.state.flags & (re.IGNORECASE | re.LOCALE | re.VERBOSE):
            return _ALWAYS_SEARCH
        found = _in_sequence(list(parsed), _constants)
    except Exception:  # a parser of another shape: search every time rather than guess
        return _ALWAYS_SEARCH
    return tuple(sorted(found, key=lambda text: (len(text), text))) if found else _ALWAYS_SEARCH


def _in_sequence(items: Iterable[tuple[Any, Any]], ops: Any) -> frozenset[str] | None:
    """Every match of a sequence contains a match of each part, so any one part's strings will do:
    the part whose shortest string is longest is kept, as the likeliest to rule a text out."""
    choices: list[frozenset[str]] = []
    letters: list[str] = []
    for op, argument in [*items, (None, None)]:
        if op is ops.LITERAL:
            letters.append(chr(argument))
            continue
        if letters:
            choices.append(frozenset({"".join(letters)}))
            letters = []
        part = _in_part(op, argument, ops)
        if part:
            choices.append(part)
    if not choices:
        return None
    return max(choices, key=lambda strings: (min(map(len, strings)), -len(strings)))


def _in_part(op: Any, argument: Any, ops: Any) -> frozenset[str] | None:
    if op is ops.SUBPATTERN:
        _group, add_flags, del_flags, body = argument
        return None if add_flags or del_flags else _in_sequence(body, ops)
    if op is ops.ATOMIC_GROUP:
        return _in_sequence(argument, ops)
    if op is ops.BRANCH:
        branches = [_in_sequence(branch, ops) for branch in argument[1]]
        if any(strings is None for strings in branches):
            return None
        return frozenset().union(*(strings for strings in branches if strings is not None))
    if op in (ops.MAX_REPEAT, ops.MIN_REPEAT, ops.POSSESSIVE_REPEAT):
        least, _most, body = argument
        return _in_sequence(body, ops) if least >= 1 else None
    return None  # a class, a wildcard, an assertion, a back-reference: no fixed text


class AnyOf:
    """Whether any of several patterns matches a text, each searched only where the text holds a
    string it needs: one alternation of them all is tried at every position of the message.

    ``search`` gives the first pattern's match in the order given, not the leftmost of them all:
    enough for the yes-or-no question it is asked.
    """

    def __init__(self, *patterns: str) -> None:
        self.patterns = patterns
        self._searched = tuple((needed_strings(pattern), re.compile(pattern)) for pattern in patterns)

    def search(self, text: str) -> re.Match[str] | None:
        for needs, pattern in self._searched:
            if any(needed in text for needed in needs):
                found = pattern.search(text)
                if found is not None:
                    return found
        return None


def top_level_alternatives(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` at its top level, each a whole pattern of its own, so a long
    alternation can be searched branch by branch behind each branch's own ``needed_strings``."""
    found: list[str] = []
    depth, start, at, in_class = 0, 0, 0, False
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            found.append(pattern[start:at])
            start = at + 1
        at += 1
    return [*found, pattern[start:]]
