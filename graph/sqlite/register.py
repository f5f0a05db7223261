"""The register of official accounts in the local SQLite store."""

from __future__ import annotations

from datetime import date, datetime

import aiosqlite

from graph.records.register import Grant, NewGrant, PrivateGroup
from graph.sqlite.database import Database
from graph.sqlite.migrations import migrate
from graph.sqlite.values import day_or_none, parse_day, parse_ts, ts


def _grant(row: aiosqlite.Row) -> Grant:
    return Grant(
        id=row["id"],
        resource=row["resource"],
        person_email=row["person_email"],
        person_name=row["person_name"],
        person_aad=row["person_aad"],
        level=row["level"],
        granted_by=row["granted_by"],
        granted_at=datetime.fromisoformat(row["granted_at"]),
        trained_on=parse_day(row["trained_on"]),
        holds_recovery=bool(row["holds_recovery"]),
        last_reviewed=parse_ts(row["last_reviewed"]),
        reviewed_by=row["reviewed_by"],
        revoked_at=parse_ts(row["revoked_at"]),
        revoked_by=row["revoked_by"],
        revoke_reason=row["revoke_reason"],
    )


def _group(row: aiosqlite.Row) -> PrivateGroup:
    return PrivateGroup(
        id=row["id"],
        name=row["name"],
        platform=row["platform"],
        moderator=row["moderator"],
        risk_assessed_on=parse_day(row["risk_assessed_on"]),
        created_by=row["created_by"],
        created_at=datetime.fromisoformat(row["created_at"]),
    )


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
            return [_grant(row) for row in await cur.fetchall()]

    async def grant(self, new: NewGrant, by: str, at: datetime) -> Grant:
        email = new.person_email.strip().lower()
        cursor = await self._db.execute(
            """INSERT INTO register_grants (resource, person_email, person_name, person_aad, level,
                 granted_by, granted_at, trained_on, holds_recovery) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                new.resource,
                email,
                new.person_name,
                new.person_aad,
                new.level,
                by,
                ts(at),
                day_or_none(new.trained_on),
                int(new.holds_recovery),
            ),
        )
        new_id = int(cursor.lastrowid or 0)
        # Inserted first, so a crash in between leaves two entries rather than none.
        await self._db.execute(
            """UPDATE register_grants SET revoked_at = ?, revoked_by = ?, revoke_reason = 'replaced'
               WHERE resource = ? AND person_email = ? AND revoked_at IS NULL AND id != ?""",
            (ts(at), by, new.resource, email, new_id),
        )
        found = await self.get(new_id)
        assert found is not None
        return found

    async def revoke(self, grant_id: int, by: str, at: datetime, reason: str) -> Grant | None:
        cursor = await self._db.execute(
            """UPDATE register_grants SET revoked_at = ?, revoked_by = ?, revoke_reason = ?
               WHERE id = ? AND revoked_at IS NULL""",
            (ts(at), by, reason, grant_id),
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
                (ts(at), by, grant_id),
            )
            total += cursor.rowcount
        return total

    async def add_group(
        self, name: str, platform: str, moderator: str, risk_assessed_on: date | None, by: str, at: datetime
    ) -> PrivateGroup:
        cursor = await self._db.execute(
            """INSERT INTO register_groups
                 (name, platform, moderator, risk_assessed_on, created_by, created_at)
               VALUES (?, ?, ?, ?, ?, ?)""",
            (name, platform, moderator, day_or_none(risk_assessed_on), by, ts(at)),
        )
        found = await self.group(int(cursor.lastrowid or 0))
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
        return _group(row) if row else None

    async def groups(self) -> list[PrivateGroup]:
        async with self._db.execute("SELECT * FROM register_groups ORDER BY id") as cur:
            return [_group(row) for row in await cur.fetchall()]
