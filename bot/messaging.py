"""Sending to people outside the current turn (approvers, the manager, the safeguarding lead)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from cards.common import Card


@dataclass(frozen=True)
class Delivered:
    """Where a proactive card landed, so every copy can be updated when its state changes."""

    aad_object_id: str
    conversation_id: str
    activity_id: str


class Unreachable(Exception):
    """The bot could not message someone; ``reason`` is written for the person who asked."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Messenger(Protocol):
    async def send_card(self, aad_object_id: str, card: Card) -> Delivered:
        """Post a card in the person's 1:1 chat with the bot, creating the chat if needed."""
        ...

    async def send_text(self, aad_object_id: str, text: str) -> Delivered: ...

    async def update_card(self, delivered: Delivered, card: Card) -> None: ...
