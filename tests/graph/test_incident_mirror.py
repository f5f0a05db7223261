"""Copying incidents and approvals to SharePoint: queued in the same transaction as the record.

A crash can happen anywhere; what matters is that a record and its copy for SharePoint commit
together, for every mirrored store, and that an update carries only what changed.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from graph.records.approvals import Actor, Draft
from graph.records.incidents import Assessment, AuditEntry, Category, Report, Severity, Status
from graph.stores import Stores, open_local_stores, open_mirrored_stores
from graph.sync.mirror import SyncStatus
from graph.sync.outbox import Outbox

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
REPORT = Report(Category.COMPLAINT, "aad-nestor", "Nestor Wilke", NOW, summary="A rude comment")
DRAFT = Draft("announcement", "Summer fair", ("facebook",), "Join us", "", None, "normal", "yes")
NESTOR = Actor("aad-nestor", "Nestor Wilke")


class Crash(Exception):
    """The process dying between two statements."""


@pytest.fixture
async def stores(tmp_path: Path) -> AsyncIterator[Stores]:
    async with open_mirrored_stores(tmp_path / "db.sqlite3", grace=0.01) as opened:
        yield opened


def outbox_of(stores: Stores) -> Outbox:
    assert stores.outbox is not None
    return stores.outbox


def audit(version: int, action: str) -> AuditEntry:
    return AuditEntry("INC-2026-0001", version, NOW, "aad-alex", "Alex Wilber", action)


async def test_a_report_and_its_changes_reach_the_outbox_in_order(stores: Stores) -> None:
    created = (await stores.incidents.create(REPORT, Assessment(), key="k")).incident
    await stores.incidents.update(replace(created, severity=Severity.HIGH), audit(2, "severity"))
    entries = [(e.list_name, e.op, e.key.split(":")[2]) for e in await outbox_of(stores).entries()]
    assert entries == [
        ("Policy Steward incidents", "create", "INC-2026-0001"),
        ("Policy Steward incident audit", "create", "INC-2026-0001"),
        ("Policy Steward incidents", "update", "INC-2026-0001"),
        ("Policy Steward incident audit", "create", "INC-2026-0001"),
    ]
    update = (await outbox_of(stores).entries())[2]
    assert update.fields == {"Severity": "high", "Version": 2}  # only what changed, never the rest
    assert update.base == {"Severity": None, "Version": 1}


async def test_idempotency_keys_belong_to_this_database(tmp_path: Path) -> None:
    async with (
        open_mirrored_stores(tmp_path / "a.sqlite3") as a,
        open_mirrored_stores(tmp_path / "b.sqlite3") as b,
    ):
        await a.incidents.create(REPORT, Assessment(), key="k")
        await b.incidents.create(REPORT, Assessment(), key="k")
        [key_a] = [e.key for e in await outbox_of(a).entries() if e.list_name == "Policy Steward incidents"]
        [key_b] = [e.key for e in await outbox_of(b).entries() if e.list_name == "Policy Steward incidents"]
    assert key_a.endswith(":INC-2026-0001")
    assert key_b.endswith(":INC-2026-0001")
    assert key_a != key_b


async def test_a_crash_while_queueing_a_report_stores_nothing(
    stores: Stores, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def crash(*args: object, **kwargs: object) -> int:
        raise Crash

    monkeypatch.setattr(outbox_of(stores), "enqueue", crash)
    with pytest.raises(Crash):
        await stores.incidents.create(REPORT, Assessment(), key="k")
    assert await stores.incidents.get("INC-2026-0001") is None  # the reporter was never told "logged"


async def test_a_crash_while_queueing_an_approval_stores_nothing(
    stores: Stores, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def crash(*args: object, **kwargs: object) -> int:
        raise Crash

    monkeypatch.setattr(outbox_of(stores), "enqueue", crash)
    with pytest.raises(Crash):
        await stores.approvals.create("token", NESTOR, DRAFT, NOW)
    assert await stores.approvals.get("1") is None
    monkeypatch.undo()
    _, created = await stores.approvals.create("token", NESTOR, DRAFT, NOW)  # sent again: stored
    assert created
    lists = [e.list_name for e in await outbox_of(stores).entries()]
    assert lists == ["Policy Steward approvals", "Policy Steward approval audit"]


async def test_records_written_before_sharepoint_was_on_are_handed_over_once(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    async with open_local_stores(path) as local:
        created = (await local.incidents.create(REPORT, Assessment(), key="k")).incident
        await local.incidents.update(replace(created, status=Status.ACKNOWLEDGED), audit(2, "acknowledged"))
        await local.approvals.create("token", NESTOR, DRAFT, NOW)
    async with open_mirrored_stores(path) as stores:
        ops = [(e.list_name, e.op) for e in await outbox_of(stores).entries()]
    assert ops == [
        ("Policy Steward incidents", "create"),
        ("Policy Steward incident audit", "create"),
        ("Policy Steward incident audit", "create"),
        ("Policy Steward approvals", "create"),
        ("Policy Steward approval audit", "create"),
    ]
    async with open_mirrored_stores(path) as again:
        assert len(await outbox_of(again).entries()) == 5  # nothing twice


async def test_behind_is_true_until_the_outbox_drains(stores: Stores) -> None:
    await stores.incidents.create(REPORT, Assessment(), key="k")
    assert stores.sync is not None
    assert await stores.sync.behind()  # nothing is syncing here
    for entry in await outbox_of(stores).entries("pending"):
        await outbox_of(stores).finish(entry.seq, "done", remote_id="1")
    # Drained, the answer needs one query, however busy the machine: a patient status gives it
    # time (the fixture's 10 ms grace, there to keep the case above short, did not always).
    assert not await SyncStatus(outbox_of(stores), grace=60.0).behind()
