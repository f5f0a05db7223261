"""Who has talked to the bot, and where to reach them again.

Approvals, incident triage and nudges all message people who are not in the current
conversation, so every inbound activity records the sender and, for 1:1 chats, the conversation
to use later. Kept free of botbuilder types: the Teams edge converts to and from them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from graph.records.times import sortable_time


@dataclass(frozen=True)
class Person:
    aad_object_id: str
    name: str
    teams_id: str  # the channel account id Teams uses ("29:…")
    tenant_id: str = ""
    upn: str = ""


@dataclass(frozen=True)
class ChatAddress:
    """Enough of a Bot Framework conversation reference to post into a chat later."""

    conversation_id: str
    service_url: str
    tenant_id: str
    bot_id: str
    bot_name: str
    user_teams_id: str
    channel_id: str = "msteams"


class PeopleStore(Protocol):
    async def remember(self, person: Person) -> None:
        """Insert or refresh a person; a known UPN is never replaced by an empty one."""
        ...

    async def get(self, aad_object_id: str) -> Person | None: ...

    async def find_by_upn(self, upn: str) -> Person | None: ...

    async def save_personal_chat(self, aad_object_id: str, address: ChatAddress) -> None: ...

    async def personal_chat(self, aad_object_id: str) -> ChatAddress | None: ...

    async def latest_chat(self) -> ChatAddress | None:
        """The 1:1 chat used most recently: where Teams is and who the bot is there, which is
        what opening a new 1:1 chat with someone else needs."""
        ...

    async def mark_welcomed(self, conversation_id: str) -> bool:
        """Record that a conversation got its welcome; False if it already had one."""
        ...


class RecencyStamps:
    """Fixed-width UTC text that only ever goes up within a process.

    "The chat used most recently" is the highest stamp; two saves in the same microsecond
    (or a clock stepping back) would otherwise tie, and a tie would pick either.
    """

    def __init__(self, now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._now = now
        self._last = datetime.min.replace(tzinfo=UTC)

    def __call__(self) -> str:
        self._last = max(self._now().astimezone(UTC), self._last + timedelta(microseconds=1))
        return sortable_time(self._last)
