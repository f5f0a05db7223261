"""Proactive messages: cards to approvers, managers and leads outside the current turn.

Failures are sorted by what Teams says ("Status codes from bot conversational APIs"): only a
403 or 404 carrying a code that means the person blocked or uninstalled the bot, an admin
disabled it or the chat is gone makes someone ``Unreachable``. Everything else (429 with its
Retry-After, 412, 5xx, timeouts, refused or dropped connections, codes we don't know) is
``TeamsUnavailable``: the message is sent again later and nothing is concluded about the person.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from botbuilder.core import MessageFactory, TurnContext
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import (
    Activity,
    ChannelAccount,
    ConversationAccount,
    ConversationParameters,
    ConversationReference,
)

from bot.messaging import Delivered, NotDelivered, TeamsUnavailable, Unreachable
from bot.service_url import is_acceptable
from bot.teams.turn import card_activity
from cards.common import Card, clean
from graph.records.people import ChatAddress, PeopleStore

log = logging.getLogger(__name__)


class TeamsMessenger:
    def __init__(self, adapter: CloudAdapter, people: PeopleStore, *, app_id: str, tenant_id: str) -> None:
        self._adapter = adapter
        self._people = people
        self._app_id = app_id
        self._tenant_id = tenant_id

    async def send_card(self, aad_object_id: str, card: Card) -> Delivered:
        return await self._send(aad_object_id, card_activity(card))

    async def send_text(self, aad_object_id: str, text: str) -> Delivered:
        return await self._send(aad_object_id, MessageFactory.text(clean(text)))

    async def update_card(self, delivered: Delivered, card: Card) -> None:
        address = await self._people.personal_chat(delivered.aad_object_id)
        if address is None or address.conversation_id != delivered.conversation_id:
            raise Unreachable("the chat that card was sent to is no longer known")
        activity = card_activity(card)
        activity.id = delivered.activity_id

        async def update(turn_context: TurnContext) -> None:
            await turn_context.update_activity(activity)

        await self._continue(address, update)

    async def _send(self, aad_object_id: str, activity: Activity) -> Delivered:
        address = await self._people.personal_chat(aad_object_id) or await self._open_chat(aad_object_id)
        sent: dict[str, str] = {}

        async def send(turn_context: TurnContext) -> None:
            response = await turn_context.send_activity(activity)
            sent["id"] = response.id if response and response.id else ""

        await self._continue(address, send)
        return Delivered(aad_object_id, address.conversation_id, sent.get("id", ""))

    async def _continue(self, address: ChatAddress, callback: Any) -> None:
        self._check(address)
        reference = ConversationReference(
            channel_id=address.channel_id,
            service_url=address.service_url,
            conversation=ConversationAccount(id=address.conversation_id, tenant_id=address.tenant_id),
            bot=ChannelAccount(id=address.bot_id, name=address.bot_name),
            user=ChannelAccount(id=address.user_teams_id),
        )
        failed: list[Exception] = []

        async def guarded(turn_context: TurnContext) -> None:
            # Inside continue_conversation the adapter's on_turn_error would log a failed send
            # and swallow it, so the caller would believe the card was delivered.
            try:
                await callback(turn_context)
            except Exception as exc:
                failed.append(exc)

        try:
            await self._adapter.continue_conversation(reference, guarded, bot_app_id=self._app_id)
        except Exception as exc:
            raise not_delivered(exc) from exc
        if failed:
            raise not_delivered(failed[0]) from failed[0]

    async def _open_chat(self, aad_object_id: str) -> ChatAddress:
        """Create a 1:1 chat with someone who has not talked to the bot in this one yet."""
        template = await self._people.latest_chat()
        if template is None:
            raise Unreachable(
                "nobody has used Policy Steward in Teams yet, so I don't know where to reach them"
            )
        self._check(template)
        person = await self._people.get(aad_object_id)
        member_id = person.teams_id if person and person.teams_id else aad_object_id
        tenant_id = template.tenant_id or self._tenant_id
        parameters = ConversationParameters(
            is_group=False,
            bot=ChannelAccount(id=template.bot_id, name=template.bot_name),
            members=[ChannelAccount(id=member_id, aad_object_id=aad_object_id)],
            tenant_id=tenant_id,
            channel_data={"tenant": {"id": tenant_id}},
        )
        created: dict[str, str] = {}

        async def remember(turn_context: TurnContext) -> None:
            created["id"] = turn_context.activity.conversation.id

        try:
            await self._adapter.create_conversation(
                self._app_id, remember, parameters, template.channel_id, template.service_url
            )
        except Exception as exc:
            raise not_delivered(exc) from exc
        address = ChatAddress(
            conversation_id=created["id"],
            service_url=template.service_url,
            tenant_id=tenant_id,
            bot_id=template.bot_id,
            bot_name=template.bot_name,
            user_teams_id=member_id,
            channel_id=template.channel_id,
        )
        await self._people.save_personal_chat(aad_object_id, address)
        log.info("opened a 1:1 chat", extra={"event": "chat_created"})
        return address

    def _check(self, address: ChatAddress) -> None:
        """Post only where an inbound activity could have come from (see bot/service_url.py)."""
        if not is_acceptable(address.service_url, loopback_only=not self._app_id):
            log.warning("stored address refused", extra={"event": "send_refused", "reason": "service_url"})
            raise Unreachable("the Teams address I have for them is not one I will post to")


# 403/404 codes that say the person can't get the bot's messages; Teams marks them "don't retry".
GONE_CODES = frozenset(
    {
        "BotDisabledByAdmin",
        "BotNotInConversationRoster",
        "ConversationBlockedByUser",
        "ForbiddenOperationException",  # not installed in their personal scope
        "MessageWritesBlocked",  # the subCode Teams documents for blocked or uninstalled
        "ConversationNotFound",
    }
)
NOT_INSTALLED = "Policy Steward is not installed for them in Teams, or they blocked it (ask them to add it)"
NOT_NOW = "Teams is not taking messages just now; I'll keep trying"


def not_delivered(exc: BaseException) -> NotDelivered:
    """What a failed proactive send means: the person is unreachable, or Teams is unavailable."""
    if isinstance(exc, NotDelivered):
        return exc
    response = getattr(exc, "response", None)
    status = getattr(response, "status_code", None)
    error = getattr(getattr(exc, "error", None), "error", None)
    code = str(getattr(error, "code", "") or "")
    log.warning(
        "proactive message failed",
        extra={"event": "send_failed", "status": status, "reason": code or type(exc).__name__},
    )
    if status in (403, 404) and code in GONE_CODES:
        return Unreachable(NOT_INSTALLED)
    return TeamsUnavailable(NOT_NOW, status=status, retry_after=_retry_after(response))


def _retry_after(response: Any) -> timedelta | None:
    """Retry-After in seconds (Teams sends seconds on 429); anything else is left to backoff."""
    value = (getattr(response, "headers", None) or {}).get("Retry-After")
    try:
        seconds = float(str(value))
    except (TypeError, ValueError):
        return None
    return timedelta(seconds=seconds) if seconds >= 0 else None
