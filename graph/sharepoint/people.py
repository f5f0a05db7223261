"""People, their 1:1 chats and welcomed conversations in SharePoint lists.

A person's and a chat's item is keyed by the Entra object id; a welcomed conversation by a
hash of its id (Teams conversation ids can be long and full of punctuation, a key column
holds 255 characters). Saving is an upsert: look the key up, create it once, else an
eTag-conditional update that is skipped when nothing changed, since the bot remembers the
sender of every message. ``mark_welcomed`` is :func:`graph.sharepoint.values.create_once`,
so two instances receiving the same install welcome the conversation once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from graph.records.people import ChatAddress, Person, RecencyStamps
from graph.sharepoint.lists import ListItem, SharePointLists
from graph.sharepoint.schema import Column, ListSchema, fields_eq
from graph.sharepoint.values import create_once, number, text, update_if, with_key

PEOPLE_LIST = ListSchema(
    "Policy Steward people",
    (
        Column("PersonName", "text"),
        Column("TeamsId", "text", multiline=True),
        Column("TenantId", "text"),
        Column("Upn", "text"),
        Column("UpnKey", "text", indexed=True),  # the UPN in lower case, for lookups
    ),
    description="Everyone who has talked to the bot (keyed by Entra object id).",
)

CHATS_LIST = ListSchema(
    "Policy Steward chats",
    (
        Column("ConversationId", "text", multiline=True),
        Column("ServiceUrl", "text", multiline=True),
        Column("TenantId", "text"),
        Column("BotId", "text"),
        Column("BotName", "text"),
        Column("UserTeamsId", "text", multiline=True),
        Column("ChannelId", "text"),
        Column("UpdatedAt", "text"),  # fixed-width UTC to the microsecond: "most recent" sorts as text
    ),
    description="Where to reach each person in a 1:1 chat with the bot.",
)

WELCOMED_LIST = ListSchema(
    "Policy Steward welcomed chats",
    description="Conversations that have had their welcome message (a hash of the conversation id).",
)

SCHEMAS = (PEOPLE_LIST, CHATS_LIST, WELCOMED_LIST)


def _person(item: ListItem) -> Person:
    f = item.fields
    return Person(
        aad_object_id=text(item.key),
        name=text(f.get("PersonName")),
        teams_id=text(f.get("TeamsId")),
        tenant_id=text(f.get("TenantId")),
        upn=text(f.get("Upn")),
    )


def _address(item: ListItem) -> ChatAddress:
    f = item.fields
    return ChatAddress(
        conversation_id=text(f.get("ConversationId")),
        service_url=text(f.get("ServiceUrl")),
        tenant_id=text(f.get("TenantId")),
        bot_id=text(f.get("BotId")),
        bot_name=text(f.get("BotName")),
        user_teams_id=text(f.get("UserTeamsId")),
        channel_id=text(f.get("ChannelId")),
    )


def _changes(item: ListItem, wanted: Mapping[str, Any]) -> dict[str, Any] | None:
    """The fields that differ; SharePoint may hand an empty text column back as missing."""
    changed = {k: v for k, v in wanted.items() if text(item.fields.get(k)) != text(v)}
    return changed or None


def welcome_key(conversation_id: str) -> str:
    return "welcomed:" + hashlib.sha256(conversation_id.encode()).hexdigest()


class SharePointPeopleStore:
    def __init__(self, lists: SharePointLists, *, stamps: RecencyStamps | None = None) -> None:
        self._lists = lists
        self._people = PEOPLE_LIST.name
        self._chats = CHATS_LIST.name
        self._welcomed = WELCOMED_LIST.name
        self._stamp = stamps or RecencyStamps()

    async def create_schema(self) -> None:
        for schema in SCHEMAS:
            await self._lists.ensure_list(schema)

    async def _upsert(self, list_name: str, key: str, fields: Mapping[str, Any], keep: str = "") -> None:
        """Create or update ``key``; a non-empty ``keep`` field is never overwritten with ''."""
        _, created = await create_once(self._lists, list_name, key, fields)
        if created:
            return

        def change(item: ListItem) -> dict[str, Any] | None:
            wanted = dict(fields)
            if keep and not wanted.get(keep) and item.fields.get(keep):
                wanted = {k: v for k, v in wanted.items() if k not in (keep, f"{keep}Key")}
            return _changes(item, wanted)

        await update_if(self._lists, list_name, lambda: with_key(self._lists, list_name, key), change)

    async def remember(self, person: Person) -> None:
        fields = {
            "PersonName": person.name,
            "TeamsId": person.teams_id,
            "TenantId": person.tenant_id,
            "Upn": person.upn,
            "UpnKey": person.upn.lower(),
        }
        await self._upsert(self._people, person.aad_object_id, fields, keep="Upn")

    async def get(self, aad_object_id: str) -> Person | None:
        found = await with_key(self._lists, self._people, aad_object_id)
        return _person(found) if found else None

    async def find_by_upn(self, upn: str) -> Person | None:
        if not upn:
            return None
        found = await self._lists.query(self._people, filter=fields_eq({"UpnKey": upn.lower()}))
        first = min(found, key=number, default=None)
        return _person(first) if first else None

    async def save_personal_chat(self, aad_object_id: str, address: ChatAddress) -> None:
        fields = {
            "ConversationId": address.conversation_id,
            "ServiceUrl": address.service_url,
            "TenantId": address.tenant_id,
            "BotId": address.bot_id,
            "BotName": address.bot_name,
            "UserTeamsId": address.user_teams_id,
            "ChannelId": address.channel_id,
            "UpdatedAt": self._stamp(),
        }
        await self._upsert(self._chats, aad_object_id, fields)

    async def personal_chat(self, aad_object_id: str) -> ChatAddress | None:
        found = await with_key(self._lists, self._chats, aad_object_id)
        return _address(found) if found else None

    async def latest_chat(self) -> ChatAddress | None:
        chats = await self._lists.query(self._chats)
        latest = max(chats, key=lambda i: (text(i.fields.get("UpdatedAt")), number(i)), default=None)
        return _address(latest) if latest else None

    async def mark_welcomed(self, conversation_id: str) -> bool:
        _, won = await create_once(self._lists, self._welcomed, welcome_key(conversation_id), {})
        return won
