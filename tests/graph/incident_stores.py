"""The incident stores the contract tests run against, opened fresh for each test."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from graph.records.incidents import AuditLog, IncidentStore
from graph.sqlite.database import open_database
from graph.sqlite.incidents import SqliteIncidentStore


@dataclass(frozen=True)
class StorePair:
    incidents: IncidentStore
    audit: AuditLog


@asynccontextmanager
async def open_stores(tmp_path: Path) -> AsyncIterator[StorePair]:
    """The local store: incidents are kept locally in every mode, and SharePoint gets copies."""
    db = await open_database(tmp_path / "incidents.sqlite3")
    try:
        local = SqliteIncidentStore(db)
        await local.create_schema()
        yield StorePair(local, local.audit)
    finally:
        await db.close()
