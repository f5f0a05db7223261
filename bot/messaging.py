"""Sending to people outside the current turn (approvers, the manager, the safeguarding lead).

A send that fails is one of two things, and the difference decides what happens next:
``Unreachable`` means Teams said this person cannot get the bot's messages (they blocked or
uninstalled it, an admin disabled it, the chat is gone), so the person who asked is told and
nobody retries; ``TeamsUnavailable`` means Teams did not take the message this time (throttled,
down, not answering), which says nothing about the person, so the work is retried later.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Protocol

from cards.common import Card


@dataclass(frozen=True)
class Delivered:
    """Where a proactive card landed, so every copy can be updated when its state changes."""

    aad_object_id: str
    conversation_id: str
    activity_id: str


class NotDelivered(Exception):
    """A proactive message did not arrive; ``reason`` is written for the person who asked."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Unreachable(NotDelivered):
    """Teams refused the message because of the recipient: retrying will not help."""


class TeamsUnavailable(NotDelivered):
    """Teams did not take the message this time; ``retry_after`` is its Retry-After, if it sent one.

    Scheduled work lets this propagate, so the scheduler retries the job with backoff.
    """

    def __init__(
        self, reason: str, *, status: int | None = None, retry_after: timedelta | None = None
    ) -> None:
        super().__init__(reason)
        self.status = status
        self.retry_after = retry_after


class Messenger(Protocol):
    async def send_card(self, aad_object_id: str, card: Card) -> Delivered:
        """Post a card in the person's 1:1 chat with the bot, creating the chat if needed."""
        ...

    async def send_text(self, aad_object_id: str, text: str) -> Delivered: ...

    async def update_card(self, delivered: Delivered, card: Card) -> None: ...
