"""Read an organisation's policy (structured Markdown) into passages that can be quoted.

Answers quote the policy word for word, so parsing only ever splits and joins the policy's own
text; it never rewrites a sentence. The layout rules are described at the top of the policy
file itself (``orgs/<org>/policy.md``) so whoever edits the policy can see them:

* ``### 2.7 Title`` opens a numbered section; ``### Title {#contact}`` an unnumbered one.
* ``#### Sub-heading`` names the passages under it, so each passage explains itself.
* A paragraph is one passage; a list right after a paragraph belongs to it (an intro and its
  items answer one question). Short paragraphs under one sub-heading are quoted together.
* A list straight after a heading is a list of rules when its items are sentences, and then
  each rule is a passage of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

BULLET = "• "
# Paragraphs under one sub-heading are quoted together while they stay this short, so a
# short block (a list and the note after it) is one answer rather than two half-answers.
MERGE_WORDS = 80

_SECTION = re.compile(
    r"^###\s+(?:(?P<number>\d+(?:\.\d+)*)\s+)?(?P<title>.+?)(?:\s*\{#(?P<id>[\w-]+)\})?\s*$"
)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_SENTENCE_END = re.compile(r"[.?!][”\"’']?$|[”\"’'][.?!]$")
_SCOPE = re.compile(r"^(?P<title>.*?):?\s*(?P<scope>\([^)]*\))$")


class PolicyFormatError(ValueError):
    """The policy file does not follow the layout the bot can quote from."""


@dataclass(frozen=True)
class Passage:
    """One quotable piece of the policy: a rule, a paragraph, or a paragraph with its list."""

    section: str
    title: str
    heading: str
    text: str
    scope: str = ""

    @property
    def label(self) -> str:
        """How people cite it: "§2.7 Personal Social Media Use", or the title alone if unnumbered."""
        if self.section[:1].isdigit():
            return f"§{self.section} {self.title}"
        return self.title

    @property
    def items(self) -> tuple[str, ...]:
        """The passage line by line; list items keep their bullet."""
        return tuple(self.text.split("\n"))


@dataclass(frozen=True)
class PolicyDocument:
    title: str
    passages: tuple[Passage, ...]
    sections: dict[str, str] = field(default_factory=dict)


@dataclass
class _State:
    title: str = ""
    section: str | None = None
    section_title: str = ""
    scope: str = ""
    heading: str = ""
    pending: list[str] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    sections: dict[str, str] = field(default_factory=dict)
    mergeable: bool = False

    def emit(self, lines: list[str], *, rule: bool = False) -> None:
        if self.section is None or not lines:
            return
        text = "\n".join(lines)
        last = self.passages[-1] if self.passages else None
        if (
            not rule
            and self.mergeable
            and last is not None
            and self.heading
            and (last.section, last.heading) == (self.section, self.heading)
            and len(f"{last.text} {text}".split()) <= MERGE_WORDS
        ):
            merged = f"{last.text}\n{text}"
            self.passages[-1] = Passage(last.section, last.title, last.heading, merged, last.scope)
            return
        self.passages.append(Passage(self.section, self.section_title, self.heading, text, self.scope))
        self.mergeable = not rule

    def flush(self) -> None:
        self.emit(self.pending)
        self.pending = []


def _blocks(markdown: str) -> list[list[str]]:
    text = _COMMENT.sub("", markdown.replace("\r\n", "\n"))
    blocks: list[list[str]] = []
    current: list[str] = []
    for raw in text.split("\n"):
        line = raw.strip()
        if line.startswith("#"):
            if current:
                blocks.append(current)
            blocks.append([line])
            current = []
        elif line:
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _open_section(state: _State, line: str) -> None:
    match = _SECTION.match(line)
    if match is None:
        raise PolicyFormatError(f"cannot read section heading: {line!r}")
    section = match["number"] or match["id"]
    if not section:
        raise PolicyFormatError(f"section needs a number or an {{#id}}: {line!r}")
    title, scope = match["title"], ""
    scoped = _SCOPE.match(title)
    if scoped:
        title, scope = scoped["title"], scoped["scope"]
    state.section, state.section_title, state.scope, state.heading = section, title, scope, ""
    state.sections[section] = title


def _heading(state: _State, line: str) -> None:
    state.flush()
    level = len(line) - len(line.lstrip("#"))
    body = line[level:].strip()
    if level == 1 and not state.title:
        state.title = body
    if level <= 2:
        state.section = None
    elif level == 3:
        _open_section(state, line)
    else:
        state.heading = body.rstrip(":")


def _list(state: _State, lines: list[str]) -> None:
    items = [line[2:].strip() for line in lines]
    if state.pending:
        state.pending.extend(BULLET + item for item in items)
        state.flush()
    elif all(_SENTENCE_END.search(item) for item in items):
        for item in items:
            state.emit([item], rule=True)
    else:
        state.emit([BULLET + item for item in items])


def parse_policy(markdown: str) -> PolicyDocument:
    state = _State()
    for block in _blocks(markdown):
        if block[0].startswith("#"):
            _heading(state, block[0])
        elif all(line.startswith("- ") for line in block):
            _list(state, block)
        else:
            state.flush()
            state.pending = [" ".join(block)]
    state.flush()
    if not state.passages:
        raise PolicyFormatError("the policy has no sections (### headings) with text")
    return PolicyDocument(state.title, tuple(state.passages), dict(state.sections))


def load_policy(path: Path) -> PolicyDocument:
    return parse_policy(path.read_text(encoding="utf-8"))
