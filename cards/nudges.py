"""Cards for review nudges: the nudge itself (Done / Snooze with a reason), the list of
reviews with their evidence, and the card where the manager sets how often content is reviewed.

Pure builders: plain values in, card JSON out. Dates arrive already in UK time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from cards.common import (
    Card,
    Element,
    action_set,
    card,
    choice_set,
    container,
    execute,
    facts,
    field_error,
    input_text,
    notice,
    refresh_own,
    text,
    user_text,
)
from cards.verbs import NudgeVerb

CADENCES = (
    ("Every week", "weekly"),
    ("Every two weeks", "fortnightly"),
    ("Every month", "monthly"),
    ("Every three months", "quarterly"),
    ("Every year", "yearly"),
)
SNOOZE_CHOICES = (("1 day", "1"), ("3 days", "3"), ("1 week", "7"), ("2 weeks", "14"))


def day_text(day: date) -> str:
    return f"{day.strftime('%a')} {day.day} {day.strftime('%B %Y')}"


def time_text(moment: datetime) -> str:
    """``moment`` already in UK time."""
    return f"{moment.day} {moment.strftime('%b %Y, %H:%M')}"


def input_date(input_id: str, label: str, *, value: date | None = None, required: bool = False) -> Element:
    field: Element = {"type": "Input.Date", "id": input_id, "label": label, "isRequired": required}
    if value:
        field["value"] = value.isoformat()
    if required:
        field["errorMessage"] = f"{label} is required."
    return field


def input_toggle(input_id: str, label: str, title: str, *, value: bool = False) -> Element:
    return {
        "type": "Input.Toggle",
        "id": input_id,
        "label": label,
        "title": title,
        "value": "true" if value else "false",
        "valueOn": "true",
        "valueOff": "false",
        "wrap": True,
    }


@dataclass(frozen=True)
class ReviewView:
    key: str
    title: str
    why: str  # which part of the policy asks for it
    cadence_label: str
    due: date
    days_overdue: int = 0
    days_left: int = 0
    snoozed_until: date | None = None


def _status(view: ReviewView) -> str:
    if view.snoozed_until:
        late = f", overdue by {view.days_overdue} day{'s' if view.days_overdue != 1 else ''}"
        return f"Snoozed until {day_text(view.snoozed_until)}{late if view.days_overdue else ''}"
    if view.days_overdue:
        plural = "s" if view.days_overdue != 1 else ""
        return f"Overdue by {view.days_overdue} day{plural}"
    if view.days_left == 0:
        return "Due today"
    plural = "s" if view.days_left != 1 else ""
    return f"Due in {view.days_left} day{plural}"


def _panel(view: ReviewView) -> str:
    """Overdue and due-today reviews stand out on a panel Teams themes for every background."""
    if view.snoozed_until:
        return ""
    if view.days_overdue:
        return "attention"
    return "warning" if view.days_left == 0 else ""


def review_nudge_card(
    view: ReviewView, *, note_error: str = "", reason_error: str = "", demo: bool = False
) -> Card:
    """``demo``: a sample for ``demo nudges``; its buttons show what they would do and record nothing."""
    status = _status(view)
    data: dict[str, object] = {"cycle": view.key, "due": view.due.isoformat()}
    if demo:
        data["demo"] = True
    rows = [("Due", day_text(view.due)), ("How often", view.cadence_label)]
    if view.snoozed_until:
        rows.append(("Snoozed until", day_text(view.snoozed_until)))
    body = [
        text(view.title, heading=True),
        notice([text(status, weight="Bolder")], _panel(view))
        if _panel(view)
        else text(status, weight="Bolder"),
        text(view.why, subtle=True),
        facts(rows),
        input_text(
            "note",
            "What did you check? (kept as evidence for the annual review)",
            multiline=True,
            max_length=1000,
        ),
    ]
    if note_error:
        body.append(field_error(note_error))
    body.append(action_set([execute("Done", NudgeVerb.REVIEW_DONE, data, style="positive")]))
    body += [
        text("Not now?", weight="Bolder", spacing="Medium", separator=True),
        choice_set("days", "Remind me again in", SNOOZE_CHOICES, value="7"),
        input_text("reason", "Why is it waiting?", max_length=300, placeholder="e.g. waiting for the Board"),
    ]
    if reason_error:
        body.append(field_error(reason_error))
    body.append(action_set([execute("Snooze", NudgeVerb.REVIEW_SNOOZE, data)]))
    summary = f"{view.title}: {status.lower()} ({day_text(view.due)})."
    return card(body, fallback_text=summary)


def review_demo_card(title: str, pressed: str) -> Card:
    """What a button on a ``demo nudges`` sample answers: what would happen, and that nothing did."""
    body = [
        text(f"{title}: demo", heading=True),
        text(f"On a real nudge, {pressed}. This was a demo card, so nothing was recorded or moved."),
        text("Type reviews to see the real reviews and act on them.", subtle=True),
    ]
    return card(body, fallback_text=f"Demo: nothing was recorded for {title}.")


def review_done_card(title: str, by: str, at: datetime, next_due: date, note: str) -> Card:
    body = [
        text(f"✅ {title}: done", heading=True),
        facts([("Done by", user_text(by)), ("When", time_text(at)), ("Next due", day_text(next_due))]),
    ]
    if note:
        body.append(text("Notes: " + user_text(note), subtle=True))
    return card(body, fallback_text=f"{title} done by {by}. Next due {day_text(next_due)}.")


def review_snoozed_card(title: str, by: str, until: date, reason: str) -> Card:
    body = [
        text(f"⏸ {title}: snoozed", heading=True),
        facts([("By", user_text(by)), ("Until", day_text(until)), ("Why", user_text(reason))]),
        text("I'll remind you again then.", subtle=True),
    ]
    return card(body, fallback_text=f"{title} snoozed until {day_text(until)}.")


def review_already_card(title: str, next_due: date) -> Card:
    body = [
        text(title, heading=True),
        text(f"This one has already been dealt with. Next due {day_text(next_due)}."),
    ]
    return card(body, fallback_text=f"{title} already dealt with.")


def review_ceo_card(view: ReviewView, manager_title: str) -> Card:
    status = _status(view)
    body = [
        text(f"{view.title} is overdue", heading=True),
        text(f"{status} (was due {day_text(view.due)}). The {manager_title} is reminded every working day."),
        text(view.why, subtle=True),
    ]
    return card(body, fallback_text=f"{view.title} is overdue: {status.lower()}.")


def cadence_card(title: str, current: str, *, saved: bool = False, next_due: date | None = None) -> Card:
    body: list[Element] = [
        text(f"How often: {title}", heading=True),
        text(
            "The policy (2.3) lets the Fundraising & Partnerships Manager decide how often content is "
            "reviewed and moderated. I'll nudge you before each review is due."
        ),
        choice_set("cadence", "Review content", CADENCES, value=current, required=True),
    ]
    if saved and next_due:
        body.append(notice(f"Saved. Next review due {day_text(next_due)}.", "good"))
    body.append(action_set([execute("Save", NudgeVerb.REVIEW_CADENCE_SAVE, {"cycle": "moderation"})]))
    return card(body, fallback_text=f"How often to review content: {current}.")


@dataclass(frozen=True)
class EvidenceRow:
    title: str
    action: str  # "done", "snoozed", "cadence"
    by: str
    at: datetime  # UK time
    note: str


def reviews_card(views: Sequence[ReviewView], evidence: Sequence[EvidenceRow]) -> Card:
    body: list[Element] = [text("Reviews", heading=True)]
    for view in views:
        status = _status(view)
        line = text(f"{status} · {day_text(view.due)} · {view.cadence_label}", size="Small")
        body.append(
            container(
                [
                    text(view.title, weight="Bolder"),
                    notice([line], style) if (style := _panel(view)) else line,
                    action_set([execute("Open", NudgeVerb.REVIEW_OPEN, {"cycle": view.key})]),
                ],
                spacing="Medium",
            )
        )
    body.append(text("Record", weight="Bolder", spacing="Large", separator=True))
    if evidence:
        body.append(facts([(f"{time_text(e.at)}", _evidence_line(e)) for e in evidence]))
    else:
        body.append(text("Nothing recorded yet.", subtle=True))
    actions = [execute("How often content is reviewed", NudgeVerb.REVIEW_CADENCE, {"cycle": "moderation"})]
    summary = "Reviews: " + "; ".join(f"{v.title} {day_text(v.due)}" for v in views)
    # Redrawn whenever Teams shows it again: a review marked done elsewhere never still shows as due.
    return card(body, fallback_text=summary, actions=actions, refresh=refresh_own(NudgeVerb.REVIEWS_SHOW))


def _evidence_line(row: EvidenceRow) -> str:
    line = f"{row.title}: {row.action} by {user_text(row.by)}"
    return f"{line} ({user_text(row.note)})" if row.note else line


def data_date(data: Any) -> date | None:
    """A date from card data ("2027-04-01"), or None if it is not one."""
    if not isinstance(data, str):
        return None
    try:
        return date.fromisoformat(data.strip()[:10])
    except ValueError:
        return None
