"""Incidents and their audit trail in the local SQLite store.

The store owns its own connection, so a report's three writes (the next number for the year,
the incident, its first audit entry) commit together in one ``BEGIN IMMEDIATE`` transaction
without catching unrelated writes from other stores on the shared connection. A commit that
has returned is on disk (WAL, synchronous=FULL): only then is the reporter told it is logged.
The audit table refuses updates and deletes at the database level.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import datetime
from typing import Any

import aiosqlite

from graph.incident_codec import audit_from_row, audit_row, incident_from_row, incident_row, ts
from graph.incidents import (
    Assessment,
    AuditEntry,
    Incident,
    Recorded,
    Report,
    VersionConflict,
    format_reference,
)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS incidents (
    reference TEXT PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    year INTEGER NOT NULL,
    number INTEGER NOT NULL,
    version INTEGER NOT NULL,
    status TEXT NOT NULL,
    category TEXT NOT NULL,
    reporter_id TEXT NOT NULL,
    reporter_name TEXT NOT NULL,
    reported_at TEXT NOT NULL,
    platform TEXT NOT NULL DEFAULT '',
    happened_at TEXT,
    aware_at TEXT,
    summary TEXT NOT NULL DEFAULT '',
    link TEXT NOT NULL DEFAULT '',
    affected TEXT NOT NULL DEFAULT '',
    content_removed INTEGER,
    reported_to_platform INTEGER,
    actions_taken TEXT NOT NULL DEFAULT '',
    harms TEXT NOT NULL DEFAULT '',
    crime_suspected INTEGER NOT NULL DEFAULT 0,
    routes TEXT NOT NULL DEFAULT '',
    ico_deadline TEXT,
    runbook TEXT NOT NULL DEFAULT '',
    support_offered INTEGER NOT NULL DEFAULT 0,
    severity TEXT NOT NULL DEFAULT '',
    owner_id TEXT NOT NULL DEFAULT '',
    owner_name TEXT NOT NULL DEFAULT '',
    acknowledged_by TEXT NOT NULL DEFAULT '',
    acknowledged_at TEXT,
    decisions TEXT NOT NULL DEFAULT '[]',
    ticks TEXT NOT NULL DEFAULT '[]',
    notes TEXT NOT NULL DEFAULT '[]',
    support_requested INTEGER NOT NULL DEFAULT 0,
    outcome TEXT NOT NULL DEFAULT '',
    closed_by TEXT NOT NULL DEFAULT '',
    closed_at TEXT,
    UNIQUE (year, number)
);
CREATE INDEX IF NOT EXISTS incidents_open ON incidents (status, reported_at);
CREATE TABLE IF NOT EXISTS incident_audit (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL,
    version INTEGER NOT NULL,
    at TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    actor_name TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS incident_audit_reference ON incident_audit (reference, seq);
CREATE TABLE IF NOT EXISTS incident_sync (
    reference TEXT PRIMARY KEY,
    version INTEGER NOT NULL
);
CREATE TRIGGER IF NOT EXISTS incident_audit_no_update BEFORE UPDATE ON incident_audit
BEGIN SELECT RAISE(ABORT, 'the incident audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS incident_audit_no_delete BEFORE DELETE ON incident_audit
BEGIN SELECT RAISE(ABORT, 'the incident audit log is append-only'); END;
"""


def _insert(table: str, row: dict[str, Any]) -> tuple[str, tuple[Any, ...]]:
    names = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    return f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(row.values())


class SqliteIncidentStore:
    """Implements :class:`graph.incidents.IncidentStore`; ``audit`` is its :class:`AuditLog`."""

    def __init__(self, db: aiosqlite.Connection) -> None:
        self._db = db
        self._lock = asyncio.Lock()
        self.audit = SqliteAuditLog(self)

    async def create_schema(self) -> None:
        await self._db.executescript(_SCHEMA)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        async with self._lock:
            await self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                await self._db.execute("ROLLBACK")
                raise
            await self._db.execute("COMMIT")

    async def create(self, report: Report, assessment: Assessment, *, key: str) -> Recorded:
        year = report.reported_at.year
        async with self.transaction() as db:
            existing = await _one(db, "SELECT * FROM incidents WHERE idempotency_key = ?", (key,))
            if existing is not None:
                return Recorded(incident_from_row(dict(existing)), created=False)
            last = await _one(db, "SELECT coalesce(max(number), 0) FROM incidents WHERE year = ?", (year,))
            reference = format_reference(year, int(last[0]) + 1 if last else 1)
            incident = Incident(reference=reference, report=report, assessment=assessment)
            await db.execute(*_insert("incidents", {**incident_row(incident), "idempotency_key": key}))
            entry = AuditEntry(
                reference, 1, report.reported_at, report.reporter_id, report.reporter_name, "reported"
            )
            await db.execute(*_insert("incident_audit", audit_row(entry)))
        return Recorded(incident, created=True)

    @asynccontextmanager
    async def reading(self) -> AsyncIterator[aiosqlite.Connection]:
        """Reads wait for a write in progress on this connection, so they never see half of it."""
        async with self._lock:
            yield self._db

    async def get(self, reference: str) -> Incident | None:
        async with self.reading() as db:
            row = await _one(db, "SELECT * FROM incidents WHERE reference = ?", (reference,))
        return incident_from_row(dict(row)) if row else None

    async def update(self, incident: Incident, audit: AuditEntry) -> Incident:
        stored = replace(incident, version=incident.version + 1)
        row = incident_row(stored)
        for fixed in ("reference", "year", "number", "version"):
            row.pop(fixed)
        assignments = ", ".join(f"{name} = ?" for name in row)
        async with self.transaction() as db:
            cursor = await db.execute(
                f"UPDATE incidents SET {assignments}, version = ? WHERE reference = ? AND version = ?",
                (*row.values(), stored.version, incident.reference, incident.version),
            )
            if cursor.rowcount != 1:
                raise VersionConflict(incident.reference)
            entry = replace(audit, version=stored.version)
            await db.execute(*_insert("incident_audit", audit_row(entry)))
        return stored

    async def list_open(self) -> list[Incident]:
        async with (
            self.reading() as db,
            db.execute("SELECT * FROM incidents WHERE status != 'closed' ORDER BY reported_at") as cursor,
        ):
            return [incident_from_row(dict(row)) for row in await cursor.fetchall()]

    async def reported_between(self, start: datetime, end: datetime) -> list[Incident]:
        async with (
            self.reading() as db,
            db.execute(
                "SELECT * FROM incidents WHERE reported_at >= ? AND reported_at < ? ORDER BY reported_at",
                (ts(start), ts(end)),
            ) as cursor,
        ):
            return [incident_from_row(dict(row)) for row in await cursor.fetchall()]

    # -- SharePoint mirror bookkeeping: the version last handed to the outbox -------------

    async def synced_version(self, reference: str) -> int:
        async with self.reading() as db:
            row = await _one(db, "SELECT version FROM incident_sync WHERE reference = ?", (reference,))
        return int(row[0]) if row else 0

    async def mark_synced(self, reference: str, version: int) -> None:
        async with self.transaction() as db:
            await db.execute(
                """INSERT INTO incident_sync (reference, version) VALUES (?, ?)
                   ON CONFLICT (reference) DO UPDATE SET version = max(version, excluded.version)""",
                (reference, version),
            )

    async def unsynced(self) -> list[str]:
        """References whose latest version never reached the outbox (a crash in between)."""
        async with (
            self.reading() as db,
            db.execute(
                """SELECT i.reference FROM incidents AS i LEFT JOIN incident_sync AS s USING (reference)
               WHERE i.version > coalesce(s.version, 0) ORDER BY i.year, i.number"""
            ) as cursor,
        ):
            return [str(row[0]) for row in await cursor.fetchall()]


class SqliteAuditLog:
    def __init__(self, store: SqliteIncidentStore) -> None:
        self._store = store

    async def append(self, entry: AuditEntry) -> None:
        async with self._store.transaction() as db:
            await db.execute(*_insert("incident_audit", audit_row(entry)))

    async def entries(self, reference: str) -> list[AuditEntry]:
        async with (
            self._store.reading() as db,
            db.execute(
                "SELECT * FROM incident_audit WHERE reference = ? ORDER BY seq", (reference,)
            ) as cursor,
        ):
            return [audit_from_row(dict(row)) for row in await cursor.fetchall()]


async def _one(db: aiosqlite.Connection, sql: str, args: tuple[Any, ...]) -> aiosqlite.Row | None:
    async with db.execute(sql, args) as cursor:
        return await cursor.fetchone()
