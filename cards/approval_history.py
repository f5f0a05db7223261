"""A request's history on its card, and the comments a resubmission answers on the edit form.

Both are drawn newest first. The newest few entries stay in view and the rest sit in a hidden
container behind an ``Action.ToggleVisibility``, so the card stays short on a phone. What is
drawn is bounded in size: Teams refuses a message over about 28 KB, a request can go back and
forth many times with 1,000-character comments, and a 4,000-character draft and 60 refresh ids
already take much of that. The history gets what the rest of the card leaves under
:data:`CARD_BUDGET` (at most :data:`BUDGET`); entries past it are counted, not drawn, and the
full trail stays in the approvals record.

Every line is one line (:func:`cards.sanitise.one_line`, names through
:func:`cards.sanitise.display_name`) and shown as typed (:func:`cards.common.user_text`), so a
comment cannot put a fake "Approved by …" entry on a line of its own.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from cards.common import Element, action_set, container, text, user_text
from cards.sanitise import display_name, one_line

SHOWN = 3  # entries in view before "Show earlier history"
BUDGET = 9000  # characters of card JSON the entries may take at most
CARD_BUDGET = 25_000  # the whole card, leaving room for the message around it under Teams' ~28 KB
_FRAME = 600  # the heading, the toggle, the hidden container and the note around the entries
HISTORY_ID, OLDER_ID = "history", "history-older"
ANSWERING_ID, ANSWERING_OLDER_ID = "answering", "answering-older"


@dataclass(frozen=True)
class HistoryEntry:
    """One thing that happened to a request, in words; names and comments as stored."""

    version: int
    what: str  # "sent", "changes requested", "approved", "offered to the Board approvers (…)"
    who: str  # "" when the bot did it
    when: str  # already in UK time
    comment: str = ""
    changed: str = ""  # for a resubmission: "Changed since version 1: draft text."


@dataclass(frozen=True)
class ChangeRequest:
    """A request for changes the requester is answering."""

    version: int
    who: str
    when: str
    comment: str


def entry_line(entry: HistoryEntry) -> str:
    who = f" by {display_name(entry.who)}" if entry.who else ""
    sep = " " if entry.what == "sent" else ": "
    return user_text(f"Version {entry.version}{sep}{entry.what}{who} · {entry.when}")


def quoted(comment: str) -> str:
    return "“" + user_text(one_line(comment)) + "”"


def _entry(entry: HistoryEntry) -> list[Element]:
    items = [text(entry_line(entry), size="Small", spacing="Small")]
    if entry.comment:
        items.append(text(quoted(entry.comment), subtle=True, size="Small", spacing="None"))
    if entry.changed:
        items.append(text(user_text(one_line(entry.changed)), subtle=True, size="Small", spacing="None"))
    return items


def history_section(entries: Sequence[HistoryEntry], *, room: int = CARD_BUDGET) -> list[Element]:
    """The "History" block in at most ``room`` characters of JSON (what the rest of the card
    leaves), or nothing when there are no entries."""
    if not entries:
        return []
    budget = min(BUDGET, room - _FRAME)
    section = _collapsible(
        "History", [_entry(e) for e in entries], HISTORY_ID, OLDER_ID, "history", budget=budget
    )
    section["separator"] = True
    return [section]


def _change_request(request: ChangeRequest, first: bool) -> list[Element]:
    lead = "" if first else "Earlier, "
    said = user_text(f"{lead}{display_name(request.who)} asked for changes: ") + quoted(request.comment)
    return [
        text(said, spacing="Small"),
        text(
            f"On version {request.version}, {user_text(request.when)}",
            subtle=True,
            size="Small",
            spacing="None",
        ),
    ]


def answering_section(requests: Sequence[ChangeRequest]) -> list[Element]:
    """Above the edit form: every request for changes, the one being answered first."""
    if not requests:
        return []
    blocks = [_change_request(r, i == 0) for i, r in enumerate(requests)]
    section = _collapsible("", blocks, ANSWERING_ID, ANSWERING_OLDER_ID, "comments", shown=2, budget=BUDGET)
    section["style"] = "warning"
    return [section]


def _collapsible(
    heading: str,
    blocks: list[list[Element]],
    block_id: str,
    older_id: str,
    noun: str,
    *,
    budget: int,
    shown: int = SHOWN,
) -> Element:
    kept, left_out = _within_budget(blocks, budget)
    if len(kept) == shown + 1:
        shown += 1  # a button to reveal one entry would take as much room as the entry
    items: list[Element] = [text(heading, weight="Bolder")] if heading else []
    for block in kept[:shown]:
        items += block
    hidden = kept[shown:]
    note: list[Element] = []
    if left_out:
        entries = "entry is" if left_out == 1 else "entries are"
        which = " older" if kept else ""
        note = [
            text(
                f"{left_out}{which} {entries} not shown here; the approvals record keeps them all.",
                subtle=True,
                size="Small",
            )
        ]
    if hidden:
        toggle = {
            "type": "Action.ToggleVisibility",
            "title": f"Show earlier {noun} ({len(hidden)})",
            "targetElements": [older_id],
        }
        folded = [element for block in hidden for element in block] + note
        items += [
            action_set([toggle]),
            {"type": "Container", "id": older_id, "isVisible": False, "items": folded},
        ]
    else:
        items += note
    section = container(items, spacing="Medium")
    section["id"] = block_id
    return section


def _within_budget(blocks: list[list[Element]], budget: int) -> tuple[list[list[Element]], int]:
    """The newest blocks that fit in ``budget`` characters of JSON, and how many did not."""
    kept: list[list[Element]] = []
    used = 0
    for block in blocks:
        size = len(json.dumps(block))
        if used + size > budget:
            break
        kept.append(block)
        used += size
    return kept, len(blocks) - len(kept)
