"""Adapts botbuilder's TurnContext to our small :class:`bot.turn.Turn` interface."""

from __future__ import annotations

import html
from typing import Any

from botbuilder.core import CardFactory, MessageFactory, TurnContext
from botbuilder.schema import Activity, ConversationReference

from bot.teams.botbuilder_fixes import ReadyJson
from bot.turn import ChatKind
from cards.common import Card, clean
from cards.sanitise import display_name
from graph.records.people import ChatAddress, Person


def person_of(activity: Activity) -> Person:
    sender: Any = activity.from_property
    return Person(
        aad_object_id=(sender.aad_object_id or sender.id or "").strip(),
        name=display_name(sender.name or "", fallback=""),  # one line, no direction overrides
        teams_id=(sender.id or "").strip(),
        tenant_id=tenant_of(activity),
    )


def tenant_of(activity: Activity) -> str:
    channel_data = activity.channel_data if isinstance(activity.channel_data, dict) else {}
    tenant = channel_data.get("tenant") or {}
    tenant_id = tenant.get("id") if isinstance(tenant, dict) else None
    return str(tenant_id or getattr(activity.conversation, "tenant_id", None) or "")


def chat_kind_of(activity: Activity) -> ChatKind:
    kind = getattr(activity.conversation, "conversation_type", None) or "personal"
    try:
        return ChatKind(kind)
    except ValueError:
        return ChatKind.GROUP


def address_of(activity: Activity) -> ChatAddress:
    reference: ConversationReference = TurnContext.get_conversation_reference(activity)
    return ChatAddress(
        conversation_id=reference.conversation.id,
        service_url=reference.service_url,
        tenant_id=tenant_of(activity),
        bot_id=reference.bot.id if reference.bot else "",
        bot_name=(reference.bot.name or "") if reference.bot else "",
        user_teams_id=reference.user.id if reference.user else "",
        channel_id=reference.channel_id or "msteams",
    )


def bot_mentions(activity: Activity) -> list[str]:
    """The ``<at>…</at>`` text of each mention of this bot ("" when a mention has none).

    Written here rather than using ``TurnContext.remove_recipient_mention``, which fails on a
    mention without text or id and uses the mentioned name as a regular expression.
    """
    found = []
    for entity in activity.entities or []:
        properties = getattr(entity, "additional_properties", None) or {}
        mentioned = properties.get("mentioned")
        if (
            getattr(entity, "type", None) == "mention"
            and isinstance(mentioned, dict)
            and mentioned.get("id") == activity.recipient.id
        ):
            tag = properties.get("text")
            found.append(tag if isinstance(tag, str) else "")  # "": mentioned, nothing to remove
    return found


def card_activity(card: Card) -> Activity:
    activity = MessageFactory.attachment(CardFactory.adaptive_card(ReadyJson(card)))
    summary = card.get("fallbackText")
    if isinstance(summary, str):
        activity.summary = summary  # what notifications and the chat list show
    return activity


class TeamsTurn:
    def __init__(self, context: TurnContext) -> None:
        self._context = context
        activity = context.activity
        self._person = person_of(activity)
        mentions = bot_mentions(activity)
        self._mentions_bot = bool(mentions)
        raw = activity.text if isinstance(activity.text, str) else ""
        for tag in filter(None, mentions):
            raw = raw.replace(tag, "")
        self._text = html.unescape(raw).replace("\xa0", " ").strip()

    @property
    def person(self) -> Person:
        return self._person

    @property
    def chat_kind(self) -> ChatKind:
        return chat_kind_of(self._context.activity)

    @property
    def conversation_id(self) -> str:
        return str(self._context.activity.conversation.id)

    @property
    def text(self) -> str:
        return self._text

    @property
    def mentions_bot(self) -> bool:
        return self._mentions_bot

    async def send_text(self, text: str) -> str | None:
        response = await self._context.send_activity(MessageFactory.text(clean(text)))
        return response.id if response else None

    async def send_card(self, card: Card) -> str | None:
        response = await self._context.send_activity(card_activity(card))
        return response.id if response else None

    async def update_card(self, activity_id: str, card: Card) -> None:
        activity = card_activity(card)
        activity.id = activity_id
        await self._context.update_activity(activity)
