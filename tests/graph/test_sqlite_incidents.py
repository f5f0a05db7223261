"""SQLite specifics: what a safeguarding row holds on disk, and an audit log that can't be edited."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import aiosqlite
import pytest

from graph.records.incidents import Assessment, Category, Report
from graph.sqlite.database import open_database
from graph.sqlite.incidents import SqliteIncidentStore

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
DETAIL_COLUMNS = (
    "platform",
    "happened_at",
    "aware_at",
    "summary",
    "link",
    "affected",
    "content_removed",
    "reported_to_platform",
    "actions_taken",
    "harms",
    "notes",
    "outcome",
)


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqliteIncidentStore]:
    db = await open_database(tmp_path / "db.sqlite3")
    store = SqliteIncidentStore(db)
    await store.create_schema()
    yield store
    await db.close()


async def test_a_safeguarding_row_holds_category_time_reporter_and_reference_only(
    store: SqliteIncidentStore,
) -> None:
    report = Report(Category.SAFEGUARDING, "aad-lee", "Lee Gu", NOW)
    await store.create(report, Assessment(), key="sg")
    async with store.reading() as db, db.execute("SELECT * FROM incidents") as cursor:
        [row] = [dict(r) for r in await cursor.fetchall()]
    assert row["category"] == "safeguarding"
    assert row["reference"] == "INC-2026-0001"
    assert row["reporter_name"] == "Lee Gu"
    assert row["reported_at"] == "2026-12-01T10:00:00Z"
    assert {c: row[c] for c in DETAIL_COLUMNS} == {
        **dict.fromkeys(DETAIL_COLUMNS, ""),
        "happened_at": None,
        "aware_at": None,
        "content_removed": None,
        "reported_to_platform": None,
        "notes": "[]",
    }


async def test_the_audit_log_cannot_be_edited_or_deleted(store: SqliteIncidentStore) -> None:
    await store.create(Report(Category.OTHER, "aad-lee", "Lee Gu", NOW, summary="x"), Assessment(), key="k")
    async with store.reading() as db:
        with pytest.raises(aiosqlite.IntegrityError, match="append-only"):
            await db.execute("UPDATE incident_audit SET actor_name = 'someone else'")
        with pytest.raises(aiosqlite.IntegrityError, match="append-only"):
            await db.execute("DELETE FROM incident_audit")
    assert len(await store.audit.entries("INC-2026-0001")) == 1
