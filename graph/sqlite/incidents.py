"""Incidents and their audit trail in the local SQLite store.

A report's writes (the next number for the year, the incident, its first audit entry) commit
together in one ``BEGIN IMMEDIATE`` transaction of the shared database; with SharePoint, the
copies for the outbox are queued inside that same transaction (``on_change``), so a crash can
never leave a record that will not reach SharePoint. A commit that has returned is on disk (WAL,
synchronous=FULL): only then is the reporter told it is logged. The audit table refuses updates
and deletes at the database level.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import datetime
from typing import Any

import aiosqlite

from graph.records.incident_codec import audit_from_row, audit_row, incident_from_row, incident_row
from graph.records.incidents import (
    Assessment,
    AuditEntry,
    Incident,
    Recorded,
    Report,
    VersionConflict,
    format_reference,
)
from graph.records.times import sortable_time
from graph.sqlite.database import Database
from graph.sqlite.migrations import migrate

OnChange = Callable[["SqliteIncidentStore", str], Awaitable[None]]


def _insert(table: str, row: dict[str, Any]) -> tuple[str, tuple[Any, ...]]:
    names = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    return f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(row.values())


class SqliteIncidentStore:
    """Implements :class:`graph.records.incidents.IncidentStore`; ``audit`` is its :class:`AuditLog`."""

    def __init__(self, db: Database, *, on_change: OnChange | None = None) -> None:
        self._db = db
        self._on_change = on_change
        self.audit = SqliteAuditLog(self)

    async def create_schema(self) -> None:
        """The tables come with the database (:mod:`graph.sqlite.migrations`); this checks it is current."""
        await migrate(self._db)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Database]:
        """One transaction; ``changed(reference)`` inside it hands the record to the mirror."""
        async with self._db.transaction() as db:
            yield db

    async def changed(self, reference: str) -> None:
        if self._on_change is not None:
            await self._on_change(self, reference)

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
            await self.changed(reference)
        return Recorded(incident, created=True)

    @asynccontextmanager
    async def reading(self) -> AsyncIterator[Database]:
        """Reads wait for a write in progress, so they never see half of it (see graph.sqlite.database)."""
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
            await self.changed(incident.reference)
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
                (sortable_time(start), sortable_time(end)),
            ) as cursor,
        ):
            return [incident_from_row(dict(row)) for row in await cursor.fetchall()]

    async def references(self) -> list[str]:
        """Every incident's reference, oldest first (the mirror checks each has been handed over)."""
        async with (
            self.reading() as db,
            db.execute("SELECT reference FROM incidents ORDER BY year, number") as cur,
        ):
            return [str(row[0]) for row in await cur.fetchall()]


class SqliteAuditLog:
    def __init__(self, store: SqliteIncidentStore) -> None:
        self._store = store

    async def append(self, entry: AuditEntry) -> None:
        async with self._store.transaction() as db:
            await db.execute(*_insert("incident_audit", audit_row(entry)))
            await self._store.changed(entry.reference)

    async def entries(self, reference: str) -> list[AuditEntry]:
        async with (
            self._store.reading() as db,
            db.execute(
                "SELECT * FROM incident_audit WHERE reference = ? ORDER BY seq", (reference,)
            ) as cursor,
        ):
            return [audit_from_row(dict(row)) for row in await cursor.fetchall()]


async def _one(db: Database, sql: str, args: tuple[Any, ...]) -> aiosqlite.Row | None:
    async with db.execute(sql, args) as cursor:
        return await cursor.fetchone()
