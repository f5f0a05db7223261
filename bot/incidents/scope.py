"""Incident buttons carry the id of the database whose incident they name.

References are numbered by each database, so INC-2026-0001 on a card sent by one installation is
not the INC-2026-0001 of another (a second instance, a fresh database on the same site): pressed
where another installation answers, such a card must change nothing there. Every incident button
that names a reference also carries ``scope``, the first characters of the database id, as
approval cards do; a card without it (sent before buttons were scoped) is taken as this one's.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from bot.router import ActionHandler
from bot.turn import CardAction, CardReply, Turn
from cards.common import Card, objects_in
from cards.incident_sections import REFERENCE

if TYPE_CHECKING:
    from bot.context import AppContext

log = logging.getLogger(__name__)
SCOPE = "scope"
ELSEWHERE = (
    "This card was sent by another Policy Steward installation, so nothing was changed here. "
    "Type open incidents or my incidents to find the incident."
)


def stamped(card: Card, ctx: AppContext) -> Card:
    """``card`` with this database's scope in the data of every button that names an incident
    (an Action.Execute, its Action.Submit fallback, the card's refresh)."""
    scope = ctx.stores.card_scope
    for node in objects_in(card):
        if str(node.get("verb", "")).startswith("incident.") and REFERENCE in node:  # a button's data
            node[SCOPE] = scope
    return card


def scoped(handler: ActionHandler) -> ActionHandler:
    """``handler``, answering a press on another installation's card without running it."""

    async def guarded(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
        carried = action.data.get(SCOPE)
        if isinstance(carried, str) and carried != ctx.stores.card_scope:
            log.info(
                "incident card from elsewhere", extra={"event": "refused", "reason": "other_installation"}
            )
            return CardReply.say(ELSEWHERE)
        return await handler(turn, ctx, action)

    return guarded
