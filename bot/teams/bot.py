"""The botbuilder ActivityHandler: turns Teams activities into calls on our router.

This class only translates. What to answer lives in the feature modules; who someone is lives in
the people store; how to send later lives in the messenger.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import Any, ClassVar, Literal

from botbuilder.core import TurnContext
from botbuilder.core.teams import TeamsActivityHandler, TeamsInfo
from botbuilder.schema import AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, ChannelAccount

from bot.context import AppContext
from bot.dispatch import UNKNOWN_BUTTON, handle_action, handle_message, handle_welcome
from bot.log import bound
from bot.teams.botbuilder_fixes import SerialiseInvokeResponseOnce
from bot.teams.turn import TeamsTurn, address_of, person_of
from bot.turn import CardAction, CardReply
from graph.people import Person

log = logging.getLogger(__name__)

CARD_TYPE = "application/vnd.microsoft.card.adaptive"
MESSAGE_TYPE = "application/vnd.microsoft.activity.message"


class PolicyStewardBot(SerialiseInvokeResponseOnce, TeamsActivityHandler):  # type: ignore[misc]
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self._ctx = ctx

    async def on_turn(self, turn_context: TurnContext) -> None:
        activity = turn_context.activity
        person = person_of(activity)
        with bound(
            activity_id=activity.id, conversation_id=activity.conversation.id, aad_id=person.aad_object_id
        ):
            await self._remember(turn_context, person)
            await super().on_turn(turn_context)

    async def _remember(self, turn_context: TurnContext, person: Person) -> None:
        """Record the sender, and their 1:1 chat, so later features can reach them proactively."""
        if not person.aad_object_id:
            return
        people = self._ctx.stores.people
        known = await people.get(person.aad_object_id)
        # Ask Teams for the sign-in name on first contact only (one connector call per person).
        upn = known.upn if known else await _lookup_upn(turn_context, person.teams_id)
        current = dataclasses.replace(person, upn=upn)
        if current != known:  # writes (and their fsync) only when something changed
            await people.remember(current)
        if turn_context.activity.conversation.conversation_type in (None, "personal"):
            address = address_of(turn_context.activity)
            if address != await people.personal_chat(person.aad_object_id):
                await people.save_personal_chat(person.aad_object_id, address)

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        turn = TeamsTurn(turn_context)
        value = turn_context.activity.value
        if isinstance(value, dict) and isinstance(value.get("verb"), str):
            await self._on_submit(turn, turn_context, value)
        else:
            await handle_message(turn, self._ctx)

    async def _on_submit(self, turn: TeamsTurn, turn_context: TurnContext, value: dict[str, Any]) -> None:
        """``Action.Submit`` fallback: same verbs as ``Action.Execute``, answered with a message."""
        reply = await handle_action(turn, self._ctx, CardAction(verb=value["verb"], data=value))
        card_id = turn_context.activity.reply_to_id
        if reply.card is not None and card_id:
            await turn.update_card(card_id, reply.card)
        elif reply.card is not None:
            await turn.send_card(reply.card)
        if reply.message:
            await turn.send_text(reply.message)

    async def on_adaptive_card_invoke(
        self, turn_context: TurnContext, invoke_value: AdaptiveCardInvokeValue
    ) -> AdaptiveCardInvokeResponse:
        action = invoke_value.action
        raw = turn_context.activity.value if isinstance(turn_context.activity.value, dict) else {}
        automatic = raw.get("trigger") == "automatic"
        trigger: Literal["manual", "automatic"] = "automatic" if automatic else "manual"
        if not isinstance(action, dict) or not isinstance(action.get("verb"), str):
            return _as_invoke_response(CardReply.say(UNKNOWN_BUTTON))
        data = action.get("data")
        card_action = CardAction(
            verb=action["verb"], data=data if isinstance(data, dict) else {}, trigger=trigger
        )
        return _as_invoke_response(await handle_action(TeamsTurn(turn_context), self._ctx, card_action))

    async def on_installation_update_add(self, turn_context: TurnContext) -> None:
        await self._welcome(turn_context)

    async def on_members_added_activity(
        self, members_added: list[ChannelAccount], turn_context: TurnContext
    ) -> None:
        if any(member.id == turn_context.activity.recipient.id for member in members_added):
            await self._welcome(turn_context)

    async def _welcome(self, turn_context: TurnContext) -> None:
        # Teams sends both installationUpdate and conversationUpdate on install: welcome once.
        if not await self._ctx.stores.people.mark_welcomed(turn_context.activity.conversation.id):
            return
        await handle_welcome(TeamsTurn(turn_context), self._ctx)


class _InvokeReply(AdaptiveCardInvokeResponse):  # type: ignore[misc]
    """botbuilder types ``value`` as an object, but a message reply's value is a string."""

    _attribute_map: ClassVar[dict[str, dict[str, str]]] = {
        **AdaptiveCardInvokeResponse._attribute_map,
        "value": {"key": "value", "type": "object"},
    }


def _as_invoke_response(reply: CardReply) -> AdaptiveCardInvokeResponse:
    if reply.card is not None:
        return _InvokeReply(status_code=200, type=CARD_TYPE, value=reply.card)
    return _InvokeReply(status_code=200, type=MESSAGE_TYPE, value=reply.message or "")


async def _lookup_upn(turn_context: TurnContext, teams_id: str) -> str:
    """Ask Teams for the sign-in name once per person; roles may be configured by UPN only."""
    try:
        member = await TeamsInfo.get_member(turn_context, teams_id)
    except Exception:
        log.info("member lookup failed", extra={"event": "member_lookup_failed"})
        return ""
    return str(getattr(member, "user_principal_name", "") or "")
