"""People and their 1:1 chats in the local SQLite store."""

from __future__ import annotations

from graph.records.people import ChatAddress, Person, RecencyStamps
from graph.sqlite.database import Database
from graph.sqlite.migrations import migrate


class SqlitePeopleStore:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._stamp = RecencyStamps()

    async def create_schema(self) -> None:
        """The tables come with the database (:mod:`graph.sqlite.migrations`); this checks it is current."""
        await migrate(self._db)

    async def remember(self, person: Person) -> None:
        await self._db.execute(
            """INSERT INTO people (aad_object_id, name, teams_id, tenant_id, upn) VALUES (?, ?, ?, ?, ?)
               ON CONFLICT (aad_object_id) DO UPDATE SET
                 name = excluded.name, teams_id = excluded.teams_id, tenant_id = excluded.tenant_id,
                 upn = CASE WHEN excluded.upn != '' THEN excluded.upn ELSE people.upn END,
                 updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')""",
            (person.aad_object_id, person.name, person.teams_id, person.tenant_id, person.upn),
        )

    async def get(self, aad_object_id: str) -> Person | None:
        async with self._db.execute(
            "SELECT aad_object_id, name, teams_id, tenant_id, upn FROM people WHERE aad_object_id = ?",
            (aad_object_id,),
        ) as cursor:
            row = await cursor.fetchone()
        return Person(*row) if row else None

    async def find_by_upn(self, upn: str) -> Person | None:
        if not upn:
            return None
        async with self._db.execute(
            "SELECT aad_object_id, name, teams_id, tenant_id, upn FROM people WHERE lower(upn) = lower(?)",
            (upn,),
        ) as cursor:
            row = await cursor.fetchone()
        return Person(*row) if row else None

    async def save_personal_chat(self, aad_object_id: str, address: ChatAddress) -> None:
        await self._db.execute(
            """INSERT INTO personal_chats (aad_object_id, conversation_id, service_url, tenant_id, bot_id,
                 bot_name, user_teams_id, channel_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (aad_object_id) DO UPDATE SET conversation_id = excluded.conversation_id,
                 service_url = excluded.service_url, tenant_id = excluded.tenant_id, bot_id = excluded.bot_id,
                 bot_name = excluded.bot_name, user_teams_id = excluded.user_teams_id,
                 channel_id = excluded.channel_id, updated_at = excluded.updated_at""",
            (
                aad_object_id,
                address.conversation_id,
                address.service_url,
                address.tenant_id,
                address.bot_id,
                address.bot_name,
                address.user_teams_id,
                address.channel_id,
                self._stamp(),
            ),
        )

    async def personal_chat(self, aad_object_id: str) -> ChatAddress | None:
        async with self._db.execute(
            """SELECT conversation_id, service_url, tenant_id, bot_id, bot_name, user_teams_id, channel_id
               FROM personal_chats WHERE aad_object_id = ?""",
            (aad_object_id,),
        ) as cursor:
            row = await cursor.fetchone()
        return ChatAddress(*row) if row else None

    async def latest_chat(self) -> ChatAddress | None:
        async with self._db.execute(
            """SELECT conversation_id, service_url, tenant_id, bot_id, bot_name, user_teams_id, channel_id
               FROM personal_chats ORDER BY updated_at DESC LIMIT 1"""
        ) as cursor:
            row = await cursor.fetchone()
        return ChatAddress(*row) if row else None

    async def mark_welcomed(self, conversation_id: str) -> bool:
        cursor = await self._db.execute(
            "INSERT INTO welcomed (conversation_id) VALUES (?) ON CONFLICT DO NOTHING", (conversation_id,)
        )
        return cursor.rowcount == 1
