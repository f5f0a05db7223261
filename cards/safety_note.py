"""The line a quiet reply carries when its message may still hide a concern.

The alarms miss some concerns, and every miss gets an answer, "not covered" or a chat reply. When
the message leans towards a concern without raising the alarm, that reply also says who to tell
and offers the safeguarding report: one line and one button, not the whole safeguarding card, so
an ordinary message told in worrying words is not treated as an alarm. Like every reply, it never
repeats what was typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from cards.common import Card, Element, action_set, card, execute, text
from cards.contact import Contact
from cards.incidents import CATEGORY, KEY
from cards.verbs import IncidentVerb

DANGER = "If a child or adult is in immediate danger, call 999 now."
WORRIED = "Worried about someone's safety? Tell the safeguarding lead today"


@dataclass(frozen=True)
class SafetyNote:
    """Who to tell (the safeguarding lead, from the organisation file) and the report's key."""

    lead: Contact | None
    report_key: str

    def plain(self) -> str:
        who = f": {self.lead.plain()}." if self.lead else "."
        return f"{WORRIED}{who} {DANGER}"


def report_concern(report_key: str, *, style: str | None = None) -> Element:
    """The button that starts the safeguarding report, which keeps only the minimum."""
    data = {CATEGORY: "safeguarding", KEY: report_key}
    return execute("Report a safeguarding concern", IncidentVerb.START, data, style=style)


def safety_elements(note: SafetyNote) -> list[Element]:
    """As the safeguarding card says it: the lead by name with how to reach them, then 999."""
    who = f": {note.lead.sentence()}" if note.lead else "."
    return [
        text(f"{WORRIED}{who} {DANGER}", separator=True, spacing="Medium"),
        action_set([report_concern(note.report_key)]),
    ]


def build_chat_card(reply: str, note: SafetyNote) -> Card:
    """A chat reply that carries the safety note (a plain chat reply is sent as text)."""
    return card([text(reply), *safety_elements(note)], fallback_text=f"{reply} {note.plain()}")
