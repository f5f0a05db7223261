"""The "open incidents" list, overdue clocks first, and the ICO deadline reminders.

The list refreshes whenever Teams shows it again, so it never still lists a closed incident.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from cards.common import Card, action_set, card, container, execute, refresh_own, text
from cards.incident_manage import deadline_text, span, when
from cards.incident_sections import REFERENCE
from cards.verbs import IncidentVerb
from graph.records.incidents import Incident


@dataclass(frozen=True)
class ListRow:
    incident: Incident
    clock: str  # "" when there is no clock
    overdue: bool


def build_open_list_card(rows: Sequence[ListRow], *, tz: ZoneInfo, limit: int = 15) -> Card:
    if not rows:
        body = [text("Open incidents", heading=True), text("No incidents are open.")]
        return card(body, fallback_text="No incidents are open.", refresh=refresh_own(IncidentVerb.LIST))
    body = [text(f"Open incidents ({len(rows)})", heading=True)]
    for row in rows[:limit]:
        inc = row.incident
        severity = inc.severity.value if inc.severity else "severity not set"
        lines = [
            text(f"{inc.reference}: {inc.category.label}", weight="Bolder"),
            text(
                f"{inc.status.value.capitalize()}, {severity}, reported {when(inc.report.reported_at, tz)}",
                size="Small",
                spacing="None",
            ),
        ]
        if row.clock and row.overdue:
            # Only the words sit on the panel: Teams' buttons are unreadable on a dark-theme one.
            lines.append(container([text(row.clock, weight="Bolder", size="Small")], style="attention"))
        elif row.clock:
            lines.append(text(row.clock, size="Small", spacing="None"))
        lines.append(action_set([execute("Open", IncidentVerb.VIEW, {REFERENCE: inc.reference})]))
        body.append(container(lines, spacing="Medium"))
    if len(rows) > limit:
        body.append(text(f"…and {len(rows) - limit} more.", subtle=True))
    summary = f"{len(rows)} open incident{'' if len(rows) == 1 else 's'}"
    return card(body, fallback_text=summary, refresh=refresh_own(IncidentVerb.LIST))


def build_reminder_card(incident: Incident, *, now: datetime, tz: ZoneInfo) -> Card:
    deadline = incident.assessment.ico_deadline
    assert deadline is not None
    if now >= deadline:
        head = f"ICO deadline passed: {incident.reference}"
        line = (
            f"The 72 hours ran out at {deadline_text(deadline, tz)}. Record the decision now, with the "
            "reasons for the delay if it is reported late."
        )
    else:
        head = f"ICO deadline in {span(deadline - now)}: {incident.reference}"
        line = (
            f"Decide by {deadline_text(deadline, tz)} whether to report this personal-data breach to the ICO."
        )
    body = [text(head, heading=True), text(line)]
    actions = [
        execute("Open incident", IncidentVerb.VIEW, {REFERENCE: incident.reference}),
        execute("All open incidents", IncidentVerb.LIST),
    ]
    return card(body, fallback_text=head, actions=actions)
