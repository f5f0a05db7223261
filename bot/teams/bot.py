"""The botbuilder ActivityHandler: turns Teams activities into calls on our router.

This class only translates. What to answer lives in the feature modules; who someone is lives in
the people store; how to send later lives in the messenger.
"""

from __future__ import annotations

import dataclasses
import logging
from collections import OrderedDict
from typing import Any, Literal

from botbuilder.core import BotAdapter, InvokeResponse, MessageFactory, TurnContext
from botbuilder.core.teams import TeamsActivityHandler, TeamsInfo
from botbuilder.schema import (
    Activity,
    ActivityTypes,
    AdaptiveCardInvokeResponse,
    AdaptiveCardInvokeValue,
    ChannelAccount,
)

from bot.context import AppContext
from bot.dedupe import RecentActivities
from bot.dispatch import APOLOGY, UNKNOWN_BUTTON, handle_action, handle_message, handle_welcome
from bot.limits import TURNS, Verdict
from bot.log import bound
from bot.teams.botbuilder_fixes import SerialiseInvokeResponseOnce
from bot.teams.turn import TeamsTurn, address_of, person_of
from bot.turn import CardAction, CardReply
from cards.common import clean
from graph.records.people import ChatAddress, Person

log = logging.getLogger(__name__)

RECORDED_PEOPLE = 5000
CARD_TYPE = "application/vnd.microsoft.card.adaptive"
MESSAGE_TYPE = "application/vnd.microsoft.activity.message"


class PolicyStewardBot(SerialiseInvokeResponseOnce, TeamsActivityHandler):  # type: ignore[misc]
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self._ctx = ctx
        self._recent = RecentActivities()
        # Who was last recorded, and from which chat: most turns change nothing, so they skip
        # the store entirely. Bounded, and only ever a shortcut (the store stays the truth).
        self._recorded: OrderedDict[str, tuple[Person, ChatAddress | None]] = OrderedDict()

    async def on_turn(self, turn_context: TurnContext) -> None:
        activity = turn_context.activity
        person = person_of(activity)
        with bound(
            activity_id=activity.id, conversation_id=activity.conversation.id, aad_id=person.aad_object_id
        ):
            arrival = self._recent.arrive(activity.conversation.id, activity.id)
            if not arrival.first:
                log.info("repeated activity ignored", extra={"event": "duplicate"})
                if activity.type == ActivityTypes.invoke:  # the card needs its answer again
                    await _answer_again(turn_context, await arrival.outcome)
                return
            try:
                await self._run(turn_context, person)
            except BaseException:
                self._recent.forget(arrival)
                raise
            self._recent.finish(arrival, turn_context.turn_state.get(BotAdapter._INVOKE_RESPONSE_KEY))

    async def _run(self, turn_context: TurnContext, person: Person) -> None:
        if turn_context.activity.type in (ActivityTypes.message, ActivityTypes.invoke):
            verdict = self._ctx.limits.hit("turns", person.aad_object_id or person.teams_id, TURNS)
            if not verdict.allowed:
                await _refuse(turn_context, verdict)
                return
        await self._remember(turn_context, person)
        await super().on_turn(turn_context)

    async def _remember(self, turn_context: TurnContext, person: Person) -> None:
        """Record the sender, and their 1:1 chat, so later features can reach them proactively."""
        if not person.aad_object_id:
            return
        personal = turn_context.activity.conversation.conversation_type in (None, "personal")
        address = address_of(turn_context.activity) if personal else None
        recorded = self._recorded.get(person.aad_object_id)
        unchanged = recorded and recorded[0] == dataclasses.replace(person, upn=recorded[0].upn)
        if unchanged and recorded and (address is None or address == recorded[1]):
            self._recorded.move_to_end(person.aad_object_id)
            return
        people = self._ctx.stores.people
        known = await people.get(person.aad_object_id)
        # Ask Teams for the sign-in name on first contact only (one connector call per person).
        upn = known.upn if known else await _lookup_upn(turn_context, person.teams_id)
        current = dataclasses.replace(person, upn=upn)
        if current != known:  # writes (and their fsync) only when something changed
            await people.remember(current)
        if address is not None and address != await people.personal_chat(person.aad_object_id):
            await people.save_personal_chat(person.aad_object_id, address)
        self._recorded[person.aad_object_id] = (current, address or (recorded[1] if recorded else None))
        if len(self._recorded) > RECORDED_PEOPLE:
            self._recorded.popitem(last=False)

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


async def _answer_again(turn_context: TurnContext, first: object) -> None:
    """A retried invoke gets the first answer again, without running the action again."""
    if isinstance(first, Activity) and isinstance(first.value, InvokeResponse):
        await turn_context.send_activity(first)
    else:  # the first attempt failed: nothing was changed
        await _send_invoke_response(turn_context, CardReply.say(APOLOGY))


async def _refuse(turn_context: TurnContext, verdict: Verdict) -> None:
    log.info("rate limited", extra={"event": "rate_limited", "reason": "turns"})
    if turn_context.activity.type == ActivityTypes.invoke:
        await _send_invoke_response(turn_context, CardReply.say(verdict.message))
    elif verdict.first_refusal:  # say it once; answering every message of a flood would amplify it
        await turn_context.send_activity(MessageFactory.text(verdict.message))


async def _send_invoke_response(turn_context: TurnContext, reply: CardReply) -> None:
    response = InvokeResponse(status=200, body=_as_invoke_response(reply))
    await turn_context.send_activity(Activity(type=ActivityTypes.invoke_response, value=response))


def _as_invoke_response(reply: CardReply) -> AdaptiveCardInvokeResponse:
    if reply.card is not None:
        return AdaptiveCardInvokeResponse(status_code=200, type=CARD_TYPE, value=reply.card)
    return AdaptiveCardInvokeResponse(status_code=200, type=MESSAGE_TYPE, value=clean(reply.message or ""))


async def _lookup_upn(turn_context: TurnContext, teams_id: str) -> str:
    """Ask Teams for the sign-in name once per person; roles may be configured by UPN only."""
    try:
        member = await TeamsInfo.get_member(turn_context, teams_id)
    except Exception:
        log.info("member lookup failed", extra={"event": "member_lookup_failed"})
        return ""
    return str(getattr(member, "user_principal_name", "") or "")
