"""Leavers and their checklists in the local SQLite store."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from graph.records.leavers import ITEM_ROWS, LEAVER_ROWS, ChecklistItem, Leaver, NewLeaver, Task
from graph.records.times import sortable_time
from graph.sqlite.database import Database
from graph.sqlite.migrations import migrate
from graph.sqlite.values import insert


class SqliteLeaverStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def create_schema(self) -> None:
        """The tables come with the database (:mod:`graph.sqlite.migrations`); this checks it is current."""
        await migrate(self._db)

    async def add(self, new: NewLeaver, items: Sequence[tuple[str, Task]], by: str, at: datetime) -> Leaver:
        row = LEAVER_ROWS.row(new.recorded(by, at, closed=not items))
        del row["id"]  # numbered by the table
        leaver_id = await insert(self._db, "leavers", row)
        await self._db.executemany(
            "INSERT INTO leaver_items (leaver_id, resource, task) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            [(leaver_id, resource, task.value) for resource, task in items],
        )
        found = await self.get(leaver_id)
        assert found is not None
        return found

    async def find(self, email: str = "", aad: str = "") -> Leaver | None:
        async with self._db.execute(
            """SELECT * FROM leavers WHERE (? != '' AND email = ?) OR (? != '' AND aad = ?)
               ORDER BY id DESC LIMIT 1""",
            (email.lower(), email.lower(), aad, aad),
        ) as cur:
            row = await cur.fetchone()
        return LEAVER_ROWS.record(row) if row else None

    async def get(self, leaver_id: int) -> Leaver | None:
        async with self._db.execute("SELECT * FROM leavers WHERE id = ?", (leaver_id,)) as cur:
            row = await cur.fetchone()
        return LEAVER_ROWS.record(row) if row else None

    async def items(self, leaver_id: int) -> list[ChecklistItem]:
        async with self._db.execute(
            "SELECT * FROM leaver_items WHERE leaver_id = ? ORDER BY rowid", (leaver_id,)
        ) as cur:
            return [ITEM_ROWS.record(row) for row in await cur.fetchall()]

    async def tick(self, leaver_id: int, resource: str, task: Task, by: str, at: datetime) -> bool:
        cursor = await self._db.execute(
            """UPDATE leaver_items SET done_by = ?, done_at = ?
               WHERE leaver_id = ? AND resource = ? AND task = ? AND done_at IS NULL""",
            (by, sortable_time(at), leaver_id, resource, task.value),
        )
        return cursor.rowcount == 1

    async def close(self, leaver_id: int, at: datetime) -> bool:
        cursor = await self._db.execute(
            "UPDATE leavers SET closed_at = ? WHERE id = ? AND closed_at IS NULL",
            (sortable_time(at), leaver_id),
        )
        return cursor.rowcount == 1

    async def mark_ceo_told(self, leaver_id: int, at: datetime) -> bool:
        cursor = await self._db.execute(
            "UPDATE leavers SET ceo_told_at = ? WHERE id = ? AND ceo_told_at IS NULL",
            (sortable_time(at), leaver_id),
        )
        return cursor.rowcount == 1

    async def all(self, *, open_only: bool = False) -> list[Leaver]:
        where = "WHERE closed_at IS NULL" if open_only else ""
        async with self._db.execute(f"SELECT * FROM leavers {where} ORDER BY id") as cur:
            return [LEAVER_ROWS.record(row) for row in await cur.fetchall()]

    async def get_marker(self, name: str) -> str | None:
        async with self._db.execute("SELECT value FROM leaver_markers WHERE name = ?", (name,)) as cur:
            row = await cur.fetchone()
        return str(row[0]) if row else None

    async def set_marker(self, name: str, value: str) -> None:
        await self._db.execute(
            """INSERT INTO leaver_markers (name, value) VALUES (?, ?)
               ON CONFLICT (name) DO UPDATE SET value = excluded.value""",
            (name, value),
        )
