"""Review cycles and their records in the local SQLite store."""

from __future__ import annotations

from datetime import date

from graph.records.reviews import CYCLE_ROWS, RECORD_ROWS, ReviewCycle, ReviewEntry, ReviewRecord
from graph.sqlite.database import Database
from graph.sqlite.migrations import migrate
from graph.sqlite.values import day_or_none, insert, stored


class SqliteReviewStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def create_schema(self) -> None:
        """The tables come with the database (:mod:`graph.sqlite.migrations`); this checks it is current."""
        await migrate(self._db)

    async def ensure(self, cycle: ReviewCycle) -> ReviewCycle:
        await insert(
            self._db, "review_cycles", CYCLE_ROWS.row(cycle), conflict="ON CONFLICT (key) DO NOTHING"
        )
        stored = await self.get(cycle.key)
        assert stored is not None
        return stored

    async def get(self, key: str) -> ReviewCycle | None:
        async with self._db.execute("SELECT * FROM review_cycles WHERE key = ?", (key,)) as cur:
            row = await cur.fetchone()
        return CYCLE_ROWS.record(row) if row else None

    async def cycles(self) -> list[ReviewCycle]:
        async with self._db.execute(
            "SELECT * FROM review_cycles WHERE active = 1 ORDER BY next_due, key"
        ) as cur:
            return [CYCLE_ROWS.record(row) for row in await cur.fetchall()]

    async def update(self, cycle: ReviewCycle, *, expected_due: date | None = None) -> bool:
        row = stored(CYCLE_ROWS.row(cycle))
        cursor = await self._db.execute(
            """UPDATE review_cycles SET title = ?, cadence = ?, next_due = ?, snoozed_until = ?, active = ?
               WHERE key = ? AND (? IS NULL OR next_due = ?)""",
            (
                *(row[name] for name in ("title", "cadence", "next_due", "snoozed_until", "active")),
                cycle.key,
                day_or_none(expected_due),
                day_or_none(expected_due),
            ),
        )
        return cursor.rowcount == 1

    async def record(self, entry: ReviewEntry) -> ReviewRecord:
        row = RECORD_ROWS.row(entry.numbered(0))
        del row["id"]  # numbered by the table
        record_id = await insert(self._db, "review_records", row)
        async with self._db.execute("SELECT * FROM review_records WHERE id = ?", (record_id,)) as cur:
            found = await cur.fetchone()
        assert found is not None
        return RECORD_ROWS.record(found)

    async def records(self, cycle_key: str | None = None) -> list[ReviewRecord]:
        query = "SELECT * FROM review_records WHERE (? IS NULL OR cycle_key = ?) ORDER BY id"
        async with self._db.execute(query, (cycle_key, cycle_key)) as cur:
            return [RECORD_ROWS.record(row) for row in await cur.fetchall()]
