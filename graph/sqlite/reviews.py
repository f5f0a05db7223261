"""Review cycles and their records in the local SQLite store."""

from __future__ import annotations

from datetime import date, datetime

import aiosqlite

from graph.records.reviews import Cadence, ReviewAction, ReviewCycle, ReviewKind, ReviewRecord
from graph.sqlite.database import Database
from graph.sqlite.migrations import migrate
from graph.sqlite.values import day_or_none, parse_day, ts


def _cycle(row: aiosqlite.Row) -> ReviewCycle:
    return ReviewCycle(
        key=row["key"],
        kind=ReviewKind(row["kind"]),
        title=row["title"],
        cadence=Cadence(row["cadence"]),
        next_due=date.fromisoformat(row["next_due"]),
        snoozed_until=parse_day(row["snoozed_until"]),
        active=bool(row["active"]),
    )


def _record(row: aiosqlite.Row) -> ReviewRecord:
    return ReviewRecord(
        id=row["id"],
        cycle_key=row["cycle_key"],
        action=ReviewAction(row["action"]),
        due=date.fromisoformat(row["due"]),
        by_name=row["by_name"],
        by_aad=row["by_aad"],
        at=datetime.fromisoformat(row["at"]),
        note=row["note"],
        until=parse_day(row["until"]),
    )


class SqliteReviewStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def create_schema(self) -> None:
        """The tables come with the database (:mod:`graph.sqlite.migrations`); this checks it is current."""
        await migrate(self._db)

    async def ensure(self, cycle: ReviewCycle) -> ReviewCycle:
        await self._db.execute(
            """INSERT INTO review_cycles (key, kind, title, cadence, next_due, snoozed_until, active)
               VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING""",
            (
                cycle.key,
                cycle.kind.value,
                cycle.title,
                cycle.cadence.value,
                cycle.next_due.isoformat(),
                day_or_none(cycle.snoozed_until),
                int(cycle.active),
            ),
        )
        stored = await self.get(cycle.key)
        assert stored is not None
        return stored

    async def get(self, key: str) -> ReviewCycle | None:
        async with self._db.execute("SELECT * FROM review_cycles WHERE key = ?", (key,)) as cur:
            row = await cur.fetchone()
        return _cycle(row) if row else None

    async def cycles(self) -> list[ReviewCycle]:
        async with self._db.execute(
            "SELECT * FROM review_cycles WHERE active = 1 ORDER BY next_due, key"
        ) as cur:
            return [_cycle(row) for row in await cur.fetchall()]

    async def update(self, cycle: ReviewCycle, *, expected_due: date | None = None) -> bool:
        cursor = await self._db.execute(
            """UPDATE review_cycles SET title = ?, cadence = ?, next_due = ?, snoozed_until = ?, active = ?
               WHERE key = ? AND (? IS NULL OR next_due = ?)""",
            (
                cycle.title,
                cycle.cadence.value,
                cycle.next_due.isoformat(),
                day_or_none(cycle.snoozed_until),
                int(cycle.active),
                cycle.key,
                day_or_none(expected_due),
                day_or_none(expected_due),
            ),
        )
        return cursor.rowcount == 1

    async def record(
        self,
        cycle_key: str,
        action: ReviewAction,
        due: date,
        by_name: str,
        by_aad: str,
        at: datetime,
        *,
        note: str = "",
        until: date | None = None,
    ) -> ReviewRecord:
        cursor = await self._db.execute(
            """INSERT INTO review_records (cycle_key, action, due, by_name, by_aad, at, note, until)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            (cycle_key, action.value, due.isoformat(), by_name, by_aad, ts(at), note, day_or_none(until)),
        )
        async with self._db.execute("SELECT * FROM review_records WHERE id = ?", (cursor.lastrowid,)) as cur:
            row = await cur.fetchone()
        assert row is not None
        return _record(row)

    async def records(self, cycle_key: str | None = None) -> list[ReviewRecord]:
        query = "SELECT * FROM review_records WHERE (? IS NULL OR cycle_key = ?) ORDER BY id"
        async with self._db.execute(query, (cycle_key, cycle_key)) as cur:
            return [_record(row) for row in await cur.fetchall()]
