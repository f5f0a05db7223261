"""The incident stores the contract tests run against, opened fresh for each test."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from graph.database import open_database
from graph.incidents import AuditLog, IncidentStore
from graph.sqlite_incidents import SqliteIncidentStore

KINDS = ("sqlite",)


@dataclass(frozen=True)
class StorePair:
    incidents: IncidentStore
    audit: AuditLog


@asynccontextmanager
async def open_stores(kind: str, tmp_path: Path) -> AsyncIterator[StorePair]:
    if kind == "sqlite":
        db = await open_database(tmp_path / "incidents.sqlite3")
        try:
            store = SqliteIncidentStore(db)
            await store.create_schema()
            yield StorePair(store, store.audit)
        finally:
            await db.close()
    else:
        raise ValueError(kind)
