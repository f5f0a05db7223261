"""``my incidents``: what someone reported, where it stands and what happens next.

Only the person's own reports, and only what they may see of them: the reference, the kind,
the state and the next step. Updates, owners and decisions stay on the people handling it.
The card refreshes whenever Teams shows it again, so the state is never the one it was sent with.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cards.common import Card, card, container, refresh_own, text
from cards.verbs import IncidentVerb


@dataclass(frozen=True)
class MineRow:
    reference: str
    kind: str  # "Online abuse"
    reported: str  # UK time text
    state: str  # "Being handled"
    next_step: str  # what happens next, in one sentence


def build_my_incidents_card(rows: Sequence[MineRow], *, limit: int = 20) -> Card:
    if not rows:
        body = [
            text("Your incident reports", heading=True),
            text("You haven't reported any incidents. Type report incident if something has happened."),
        ]
        return card(
            body, fallback_text="You haven't reported any incidents.", refresh=refresh_own(IncidentVerb.MINE)
        )
    body = [text(f"Your incident reports ({len(rows)})", heading=True)]
    for row in rows[:limit]:
        body.append(
            container(
                [
                    text(f"{row.reference}: {row.kind}", weight="Bolder"),
                    text(f"Reported {row.reported} · {row.state}", size="Small", spacing="None"),
                    text(row.next_step, size="Small", subtle=True, spacing="None"),
                ],
                spacing="Medium",
            )
        )
    if len(rows) > limit:
        body.append(text(f"…and {len(rows) - limit} earlier.", subtle=True))
    summary = f"Your incident reports: {len(rows)}."
    return card(body, fallback_text=summary, refresh=refresh_own(IncidentVerb.MINE))
