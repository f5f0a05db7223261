"""What a feature handler sees of one Teams activity, without any botbuilder types.

Keeping botbuilder behind this small interface means features are written and read in terms of
people, chats and cards, and a later move to the Microsoft 365 Agents SDK touches only
`bot/teams/`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal, Protocol

from cards.common import Card
from graph.records.people import Person


class ChatKind(StrEnum):
    PERSONAL = "personal"
    GROUP = "groupChat"
    CHANNEL = "channel"


@dataclass(frozen=True)
class CardAction:
    """A button press on one of our cards: ``Action.Execute`` invoke or its Submit fallback."""

    verb: str
    data: Mapping[str, Any]
    trigger: Literal["manual", "automatic"] = "manual"

    def text(self, key: str, *, limit: int = 4000) -> str:
        """A text input from the card, stripped; non-text values count as empty."""
        value = self.data.get(key)
        return value.strip()[:limit] if isinstance(value, str) else ""


@dataclass(frozen=True)
class CardReply:
    """How a card action is answered: a card replacing the one clicked, or a short message."""

    card: Card | None = None
    message: str | None = None
    status: int = 200
    extra: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def show(cls, card: Card) -> CardReply:
        return cls(card=card)

    @classmethod
    def say(cls, message: str) -> CardReply:
        return cls(message=message)


class Turn(Protocol):
    @property
    def person(self) -> Person: ...

    @property
    def chat_kind(self) -> ChatKind: ...

    @property
    def conversation_id(self) -> str: ...

    @property
    def text(self) -> str:
        """The message text with any @mention of the bot removed."""
        ...

    @property
    def mentions_bot(self) -> bool: ...

    async def send_text(self, text: str) -> str | None: ...

    async def send_card(self, card: Card) -> str | None:
        """Post a card into this chat; returns its activity id so it can be updated later."""
        ...
