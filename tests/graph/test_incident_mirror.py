"""The SharePoint mirror of the incident log: what reaches the outbox, and recovery after a crash."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from graph.database import open_database
from graph.incident_mirror import IncidentMirror
from graph.incidents import Assessment, AuditEntry, Category, Report, Severity
from graph.outbox import Outbox
from graph.sqlite_incidents import SqliteIncidentStore

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
REPORT = Report(Category.COMPLAINT, "aad-nestor", "Nestor Wilke", NOW, summary="A rude comment")


@pytest.fixture
async def parts(tmp_path: Path) -> AsyncIterator[tuple[SqliteIncidentStore, Outbox]]:
    db = await open_database(tmp_path / "db.sqlite3")
    local = SqliteIncidentStore(db)
    await local.create_schema()
    outbox = await Outbox.open(str(tmp_path / "outbox.sqlite3"))
    yield local, outbox
    await outbox.close()
    await db.close()


def audit(version: int, action: str) -> AuditEntry:
    return AuditEntry("INC-2026-0001", version, NOW, "aad-alex", "Alex Wilber", action)


async def test_a_report_and_its_changes_reach_the_outbox_in_order(
    parts: tuple[SqliteIncidentStore, Outbox],
) -> None:
    local, outbox = parts
    mirror = IncidentMirror(local, outbox, grace=0.01)
    created = (await mirror.create(REPORT, Assessment(), key="k")).incident
    await mirror.update(replace(created, severity=Severity.HIGH), audit(2, "severity"))
    entries = [(e.list_name, e.op, e.key.split(":")[0]) for e in await outbox.entries()]
    assert entries == [
        ("Policy Steward incidents", "create", "INC-2026-0001"),
        ("Policy Steward incident audit", "create", "INC-2026-0001"),
        ("Policy Steward incidents", "update", "INC-2026-0001"),
        ("Policy Steward incident audit", "create", "INC-2026-0001"),
    ]
    update = (await outbox.entries())[2]
    assert update.fields["Severity"] == "high"
    assert update.fields["Version"] == 2
    assert "Reference" not in update.fields


async def test_a_crash_before_the_hand_over_is_recovered_at_start_up(
    parts: tuple[SqliteIncidentStore, Outbox],
) -> None:
    local, outbox = parts
    created = (await local.create(REPORT, Assessment(), key="k")).incident  # committed, never handed over
    await local.update(replace(created, severity=Severity.LOW), audit(2, "severity"))
    mirror = IncidentMirror(local, outbox, grace=0.01)
    assert await mirror.reconcile() == 1
    ops = [(e.list_name, e.op) for e in await outbox.entries()]
    assert ops == [
        ("Policy Steward incidents", "create"),
        ("Policy Steward incidents", "update"),
        ("Policy Steward incident audit", "create"),
        ("Policy Steward incident audit", "create"),
    ]
    assert await mirror.reconcile() == 0  # nothing twice
    await mirror.push("INC-2026-0001")
    assert len(await outbox.entries()) == 4


async def test_behind_is_true_until_the_outbox_drains(parts: tuple[SqliteIncidentStore, Outbox]) -> None:
    local, outbox = parts
    mirror = IncidentMirror(local, outbox, grace=0.01)
    await mirror.create(REPORT, Assessment(), key="k")
    assert await mirror.behind()  # nothing is syncing here
    for entry in await outbox.entries("pending"):
        await outbox.finish(entry.seq, "done", remote_id="1")
    assert not await mirror.behind()
