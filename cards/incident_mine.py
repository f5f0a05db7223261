"""``my incidents``: what someone reported, where it stands and what happens next.

Only the person's own reports, and only what they may see of them: the reference, the kind,
the state and the next step. Updates, owners and decisions stay on the people handling it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cards.common import Card, card, container, text


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
        return card(body, fallback_text="You haven't reported any incidents.")
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
    return card(body, fallback_text=f"Your incident reports: {len(rows)}.")
