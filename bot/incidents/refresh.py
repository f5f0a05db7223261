"""An automatic refresh of an incident card redraws it and never changes anything.

Teams sends a card's ``refresh`` as an ``adaptiveCard/action`` invoke with ``trigger:
"automatic"`` each time it shows the card again, without anyone pressing anything. Only the
view verbs belong there, but the invoke can name any verb (a card built with the wrong refresh,
or one crafted by hand), so each verb that changes or records something answers a refresh with
what the person would see now, as approvals do: the incident card for those who follow it up,
the reporter's own card, or the reporting form as it was sent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.router import ActionHandler
from bot.turn import CardAction, CardReply, Turn

if TYPE_CHECKING:
    from bot.context import AppContext


def view_only(handler: ActionHandler, view: ActionHandler) -> ActionHandler:
    """``handler`` for a press; ``view`` (which changes nothing) for an automatic refresh."""

    async def answer(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
        if action.trigger == "automatic":
            return await view(turn, ctx, action)
        return await handler(turn, ctx, action)

    return answer
