"""Cards for leavers: who left, and the per-platform checklist that closes their access."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from cards.common import (
    Card,
    Element,
    action_set,
    card,
    choice_set,
    container,
    execute,
    input_text,
    notice,
    text,
    user_text,
)
from cards.nudges import day_text
from cards.verbs import NudgeVerb


@dataclass(frozen=True)
class ItemRow:
    resource: str
    resource_name: str
    task: str
    label: str
    done: str = ""  # "Alex Wilber, 1 Dec 2026, 10:05" once ticked


@dataclass(frozen=True)
class LeaverView:
    id: int
    name: str
    email: str
    reason: str  # "recorded by Alex Wilber", "account disabled in Entra ID"
    recorded: str  # UK time text
    leave_date: date | None = None


def leaver_form_card(people: Sequence[tuple[str, str]]) -> Card:
    """``people``: (name, email) the bot knows about, for picking."""
    body: list[Element] = [
        text("Record a leaver", heading=True),
        text("I'll check the register and give you a checklist for each account they could get into."),
    ]
    if people:
        body.append(choice_set("person", "Who is leaving", people))
    body += [
        input_text("email", "Or their email", max_length=200, placeholder="name@example.org"),
        action_set([execute("Record leaver", NudgeVerb.LEAVER_RECORD, style="positive")]),
    ]
    return card(body, fallback_text="Record a leaver.")


def _facts_line(view: LeaverView) -> str:
    parts = [f"{user_text(view.email)}", f"{user_text(view.reason)}, {view.recorded}"]
    if view.leave_date:
        parts.append(f"leaving {day_text(view.leave_date)}")
    return " · ".join(parts)


def leaver_checklist_card(view: LeaverView, items: Sequence[ItemRow], *, reminder: bool = False) -> Card:
    left = sum(1 for item in items if not item.done)
    headline = f"Leaver: {user_text(view.name)}"
    body: list[Element] = [text(headline, heading=True), text(_facts_line(view), subtle=True, size="Small")]
    if left:
        lead = "Still to do" if reminder else "Close their access to the official accounts"
        body.append(text(f"{lead}: {left} of {len(items)} left.", weight="Bolder"))
    else:
        body.append(notice([text("✅ All access closed. Thank you.", weight="Bolder")], "good"))
    for resource in dict.fromkeys(item.resource for item in items):
        rows = [item for item in items if item.resource == resource]
        block: list[Element] = [text(rows[0].resource_name, weight="Bolder")]
        for item in rows:
            if item.done:
                block.append(text(f"✓ {item.label} ({user_text(item.done)})", size="Small"))
            else:
                data = {"leaver": view.id, "resource": item.resource, "task": item.task}
                block.append(text(item.label, size="Small"))
                block.append(action_set([execute("Done", NudgeVerb.LEAVER_TICK, data)]))
        body.append(container(block, spacing="Medium", style="emphasis"))
    summary = f"{headline}: {left} of {len(items)} checklist items left."
    return card(body, fallback_text=summary)


def leaver_no_access_card(view: LeaverView) -> Card:
    body = [
        text(f"Leaver: {user_text(view.name)}", heading=True),
        text(_facts_line(view), subtle=True, size="Small"),
        text("They have no access to any official account in the register, so there is nothing to close."),
    ]
    return card(body, fallback_text=f"Leaver: {view.name}. No access in the register.")


def leaver_ceo_card(view: LeaverView, left: int, manager_title: str) -> Card:
    body = [
        text(f"Leaver's access still open: {user_text(view.name)}", heading=True),
        text(_facts_line(view), subtle=True, size="Small"),
        text(
            f"{left} checklist item{'s' if left != 1 else ''} still open after two working days. "
            f"The {manager_title} is being reminded each working day."
        ),
    ]
    return card(body, fallback_text=f"{view.name}: {left} leaver checklist items still open.")
