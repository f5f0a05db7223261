"""The register of official accounts in the local SQLite store."""

from __future__ import annotations

from datetime import date, datetime

from graph.records.register import GRANT_ROWS, GROUP_ROWS, Grant, NewGrant, PrivateGroup
from graph.records.times import sortable_time
from graph.sqlite.database import Database
from graph.sqlite.migrations import migrate
from graph.sqlite.values import insert


class SqliteRegisterStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def create_schema(self) -> None:
        """The tables come with the database (:mod:`graph.sqlite.migrations`); this checks it is current."""
        await migrate(self._db)

    async def _grants(self, where: str, params: tuple[object, ...]) -> list[Grant]:
        async with self._db.execute(
            f"SELECT * FROM register_grants WHERE {where} ORDER BY id", params
        ) as cur:
            return [GRANT_ROWS.record(row) for row in await cur.fetchall()]

    async def grant(self, new: NewGrant, by: str, at: datetime) -> Grant:
        grant = new.granted(by, at)
        email = grant.person_email
        row = GRANT_ROWS.row(grant)
        del row["id"]  # numbered by the table
        new_id = await insert(self._db, "register_grants", row)
        # Inserted first, so a crash in between leaves two entries rather than none.
        await self._db.execute(
            """UPDATE register_grants SET revoked_at = ?, revoked_by = ?, revoke_reason = 'replaced'
               WHERE resource = ? AND person_email = ? AND revoked_at IS NULL AND id != ?""",
            (sortable_time(at), by, new.resource, email, new_id),
        )
        found = await self.get(new_id)
        assert found is not None
        return found

    async def revoke(self, grant_id: int, by: str, at: datetime, reason: str) -> Grant | None:
        cursor = await self._db.execute(
            """UPDATE register_grants SET revoked_at = ?, revoked_by = ?, revoke_reason = ?
               WHERE id = ? AND revoked_at IS NULL""",
            (sortable_time(at), by, reason, grant_id),
        )
        return await self.get(grant_id) if cursor.rowcount == 1 else None

    async def get(self, grant_id: int) -> Grant | None:
        found = await self._grants("id = ?", (grant_id,))
        return found[0] if found else None

    async def active(self, resource: str | None = None) -> list[Grant]:
        if resource is None:
            return await self._grants("revoked_at IS NULL", ())
        return await self._grants("revoked_at IS NULL AND resource = ?", (resource,))

    async def history(self, resource: str | None = None) -> list[Grant]:
        if resource is None:
            return await self._grants("1 = 1", ())
        return await self._grants("resource = ?", (resource,))

    async def of_person(self, email: str = "", aad: str = "") -> list[Grant]:
        return await self._grants(
            "revoked_at IS NULL AND ((? != '' AND person_email = ?) OR (? != '' AND person_aad = ?))",
            (email.lower(), email.lower(), aad, aad),
        )

    async def mark_reviewed(self, grant_ids: list[int], by: str, at: datetime) -> int:
        total = 0
        for grant_id in grant_ids:
            cursor = await self._db.execute(
                """UPDATE register_grants SET last_reviewed = ?, reviewed_by = ?
                   WHERE id = ? AND revoked_at IS NULL""",
                (sortable_time(at), by, grant_id),
            )
            total += cursor.rowcount
        return total

    async def add_group(
        self, name: str, platform: str, moderator: str, risk_assessed_on: date | None, by: str, at: datetime
    ) -> PrivateGroup:
        row = GROUP_ROWS.row(PrivateGroup(0, name, platform, moderator, risk_assessed_on, by, at))
        del row["id"]  # numbered by the table
        found = await self.group(await insert(self._db, "register_groups", row))
        assert found is not None
        return found

    async def update_group(
        self, group_id: int, *, moderator: str | None = None, risk_assessed_on: date | None = None
    ) -> PrivateGroup | None:
        if moderator is not None:
            await self._db.execute(
                "UPDATE register_groups SET moderator = ? WHERE id = ?", (moderator, group_id)
            )
        if risk_assessed_on is not None:
            await self._db.execute(
                "UPDATE register_groups SET risk_assessed_on = ? WHERE id = ?",
                (risk_assessed_on.isoformat(), group_id),
            )
        return await self.group(group_id)

    async def group(self, group_id: int) -> PrivateGroup | None:
        async with self._db.execute("SELECT * FROM register_groups WHERE id = ?", (group_id,)) as cur:
            row = await cur.fetchone()
        return GROUP_ROWS.record(row) if row else None

    async def groups(self) -> list[PrivateGroup]:
        async with self._db.execute("SELECT * FROM register_groups ORDER BY id") as cur:
            return [GROUP_ROWS.record(row) for row in await cur.fetchall()]
