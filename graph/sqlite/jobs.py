"""Scheduled jobs in the local SQLite store."""

from __future__ import annotations

import json
from datetime import datetime

import aiosqlite

from graph.records.jobs import Job
from graph.records.times import sortable_time
from graph.sqlite.database import Database
from graph.sqlite.migrations import migrate


def _job(row: aiosqlite.Row) -> Job:
    return Job(
        key=row["key"],
        kind=row["kind"],
        due_at=datetime.fromisoformat(row["due_at"]),
        payload=json.loads(row["payload"]),
        attempts=row["attempts"],
    )


class SqliteJobStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def create_schema(self) -> None:
        """The tables come with the database (:mod:`graph.sqlite.migrations`); this checks it is current."""
        await migrate(self._db)

    async def put(self, job: Job) -> None:
        await self._db.execute(
            """INSERT INTO jobs (key, kind, due_at, payload) VALUES (?, ?, ?, ?)
               ON CONFLICT (key) DO UPDATE SET due_at = excluded.due_at, payload = excluded.payload,
                 kind = excluded.kind,
                 claimed_until = CASE WHEN jobs.status = 'cancelled' THEN NULL ELSE jobs.claimed_until END,
                 status = 'pending'
               WHERE jobs.status IN ('pending', 'cancelled')""",
            (job.key, job.kind, sortable_time(job.due_at), json.dumps(dict(job.payload))),
        )

    async def cancel(self, key: str) -> bool:
        cursor = await self._db.execute(
            "UPDATE jobs SET status = 'cancelled' WHERE key = ? AND status = 'pending'", (key,)
        )
        return cursor.rowcount == 1

    async def get(self, key: str) -> Job | None:
        async with self._db.execute("SELECT * FROM jobs WHERE key = ? AND status = 'pending'", (key,)) as cur:
            row = await cur.fetchone()
        return _job(row) if row else None

    async def due(self, now: datetime, limit: int = 50) -> list[Job]:
        async with self._db.execute(
            """SELECT * FROM jobs WHERE status = 'pending' AND due_at <= ?
                 AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY due_at LIMIT ?""",
            (sortable_time(now), sortable_time(now), limit),
        ) as cur:
            return [_job(row) for row in await cur.fetchall()]

    async def claim(self, key: str, owner: str, now: datetime, until: datetime) -> bool:
        cursor = await self._db.execute(
            """UPDATE jobs SET claimed_by = ?, claimed_until = ?, attempts = attempts + 1
               WHERE key = ? AND status = 'pending' AND (claimed_until IS NULL OR claimed_until < ?)""",
            (owner, sortable_time(until), key, sortable_time(now)),
        )
        return cursor.rowcount == 1

    async def complete(self, key: str, now: datetime) -> None:
        await self._db.execute(
            "UPDATE jobs SET status = 'done', done_at = ?, claimed_until = NULL WHERE key = ?",
            (sortable_time(now), key),
        )

    async def retry(self, key: str, at: datetime) -> None:
        await self._db.execute(
            """UPDATE jobs SET due_at = ?, claimed_by = NULL, claimed_until = NULL
               WHERE key = ? AND status = 'pending'""",
            (sortable_time(at), key),
        )

    async def next_due(self) -> datetime | None:
        async with self._db.execute(
            "SELECT min(max(due_at, coalesce(claimed_until, due_at))) FROM jobs WHERE status = 'pending'"
        ) as cur:
            row = await cur.fetchone()
        return datetime.fromisoformat(row[0]) if row and row[0] else None

    async def pending(self, kind_prefix: str = "") -> list[Job]:
        async with self._db.execute(
            "SELECT * FROM jobs WHERE status = 'pending' AND kind LIKE ? ORDER BY due_at",
            (kind_prefix + "%",),
        ) as cur:
            return [_job(row) for row in await cur.fetchall()]
