"""Every store the bot uses, opened together at start-up and closed together at shutdown."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import aiosqlite

from graph.database import open_database
from graph.incidents import AuditLog, IncidentStore
from graph.jobs import JobStore
from graph.people import PeopleStore
from graph.sqlite_incidents import SqliteIncidentStore
from graph.sqlite_jobs import SqliteJobStore
from graph.sqlite_people import SqlitePeopleStore


@dataclass(frozen=True)
class Stores:
    db: aiosqlite.Connection
    people: PeopleStore
    jobs: JobStore
    # Incident log: its own connection, so a report's writes commit as one transaction.
    incidents: IncidentStore
    incident_audit: AuditLog


@asynccontextmanager
async def open_local_stores(path: Path | str) -> AsyncIterator[Stores]:
    async with AsyncExitStack() as stack:
        db = await open_database(path)
        stack.push_async_callback(db.close)
        people, jobs = SqlitePeopleStore(db), SqliteJobStore(db)
        for store in (people, jobs):
            await store.create_schema()
        incidents = SqliteIncidentStore(await _own_connection(path, db, stack))
        await incidents.create_schema()
        yield Stores(db=db, people=people, jobs=jobs, incidents=incidents, incident_audit=incidents.audit)


async def _own_connection(
    path: Path | str, shared: aiosqlite.Connection, stack: AsyncExitStack
) -> aiosqlite.Connection:
    if str(path) == ":memory:":
        return shared  # a second connection would open a second, empty database
    db = await open_database(path)
    stack.push_async_callback(db.close)
    return db
