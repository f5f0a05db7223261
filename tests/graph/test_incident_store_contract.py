"""What the incident store must do (the local store: SharePoint gets copies through the outbox).

The ``incident_stores`` fixture yields (store, audit log) pairs; the same tests run on each.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from graph.records.incidents import (
    Affected,
    Assessment,
    AuditEntry,
    Category,
    Decision,
    Harm,
    Incident,
    Note,
    Report,
    Route,
    SafeguardingDetails,
    Severity,
    Status,
    Step,
    Tick,
    VersionConflict,
)
from tests.graph.incident_stores import StorePair, open_stores

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)


@pytest.fixture
async def stores(tmp_path: Path) -> AsyncIterator[StorePair]:
    async with open_stores(tmp_path) as pair:
        yield pair


def report(category: Category = Category.COMPLAINT, *, at: datetime = NOW, **details: object) -> Report:
    base: dict[str, object] = {"platform": "facebook", "summary": "A rude comment", "aware_at": at}
    if category is Category.SAFEGUARDING:
        base = {}
    return Report(category, "aad-nestor", "Nestor Wilke", at, **{**base, **details})  # type: ignore[arg-type]


def audit(incident: Incident, action: str = "acknowledged") -> AuditEntry:
    return AuditEntry(incident.reference, incident.version + 1, NOW, "aad-alex", "Alex Wilber", action)


async def test_references_count_up_per_year(stores: StorePair) -> None:
    first = await stores.incidents.create(report(), Assessment(), key="k1")
    second = await stores.incidents.create(report(), Assessment(), key="k2")
    next_year = await stores.incidents.create(
        report(at=datetime(2027, 1, 1, tzinfo=UTC)), Assessment(), key="k3"
    )
    assert [r.incident.reference for r in (first, second, next_year)] == [
        "INC-2026-0001",
        "INC-2026-0002",
        "INC-2027-0001",
    ]


async def test_the_same_key_records_once(stores: StorePair) -> None:
    first = await stores.incidents.create(report(), Assessment(), key="double-click")
    again = await stores.incidents.create(report(), Assessment(), key="double-click")
    assert first.created
    assert not again.created
    assert again.incident.reference == first.incident.reference
    assert len(await stores.incidents.list_open()) == 1


async def test_concurrent_reports_get_distinct_references(stores: StorePair) -> None:
    recorded = await asyncio.gather(
        *(stores.incidents.create(report(), Assessment(), key=f"k{i}") for i in range(12))
    )
    references = sorted(r.incident.reference for r in recorded)
    assert references == [f"INC-2026-{n:04d}" for n in range(1, 13)]


async def test_every_field_survives_a_round_trip(stores: StorePair) -> None:
    full = report(
        Category.DATA_BREACH,
        happened_at=NOW - timedelta(hours=3),
        link="https://facebook.com/post/1",
        affected=(Affected.FAMILIES, Affected.VOLUNTEERS),
        content_removed=True,
        reported_to_platform=False,
        actions_taken="Asked for it to be deleted",
        harms=frozenset({Harm.PEOPLE, Harm.REPUTATION}),
        crime_suspected=True,
    )
    plan = Assessment(
        routes=(Route.ICO, Route.POLICE),
        ico_deadline=NOW + timedelta(hours=72),
        runbook=(Step.PAUSE_POSTS,),
        support_offered=True,
    )
    created = (await stores.incidents.create(full, plan, key="full")).incident
    changed = replace(
        created,
        status=Status.ACKNOWLEDGED,
        severity=Severity.HIGH,
        owner_id="aad-alex",
        owner_name="Alex Wilber",
        acknowledged_by="Alex Wilber",
        acknowledged_at=NOW,
        decisions=(Decision(Route.ICO, True, "Alex Wilber", NOW, NOW, "Alex Wilber"),),
        ticks=(Tick(Step.PAUSE_POSTS, "Alex Wilber", NOW),),
        notes=(Note("update", "Called the family", "Alex Wilber", NOW),),
        support_requested=True,
    )
    stored = await stores.incidents.update(changed, audit(created))
    assert stored == replace(changed, version=2)
    assert await stores.incidents.get(created.reference) == stored


async def test_a_stale_update_is_refused_and_nothing_is_lost(stores: StorePair) -> None:
    created = (await stores.incidents.create(report(), Assessment(), key="k")).incident
    first = await stores.incidents.update(replace(created, severity=Severity.LOW), audit(created, "severity"))
    with pytest.raises(VersionConflict):
        await stores.incidents.update(replace(created, owner_name="Megan"), audit(created, "assigned"))
    current = await stores.incidents.get(created.reference)
    assert current == first
    assert current.version == 2


async def test_concurrent_updates_from_one_version_only_one_wins(stores: StorePair) -> None:
    created = (await stores.incidents.create(report(), Assessment(), key="k")).incident
    attempts = [replace(created, owner_name=f"Owner {i}") for i in range(5)]
    results = await asyncio.gather(
        *(stores.incidents.update(a, audit(created)) for a in attempts), return_exceptions=True
    )
    assert sum(isinstance(r, Incident) for r in results) == 1
    assert all(isinstance(r, Incident | VersionConflict) for r in results)


async def test_changes_are_audited_in_order(stores: StorePair) -> None:
    created = (await stores.incidents.create(report(), Assessment(), key="k")).incident
    acked = await stores.incidents.update(replace(created, status=Status.ACKNOWLEDGED), audit(created))
    await stores.incidents.update(
        replace(acked, status=Status.CLOSED, outcome="Replied"), audit(acked, "closed")
    )
    entries = await stores.audit.entries(created.reference)
    assert [(e.action, e.version) for e in entries] == [("reported", 1), ("acknowledged", 2), ("closed", 3)]
    assert entries[0].actor_name == "Nestor Wilke"
    await stores.audit.append(AuditEntry(created.reference, 3, NOW, "aad-alex", "Alex", "viewed"))
    assert len(await stores.audit.entries(created.reference)) == 4


async def test_open_list_leaves_closed_incidents_out(stores: StorePair) -> None:
    one = (await stores.incidents.create(report(), Assessment(), key="1")).incident
    await stores.incidents.create(report(), Assessment(), key="2")
    await stores.incidents.update(replace(one, status=Status.CLOSED, outcome="Done"), audit(one, "closed"))
    assert [i.reference for i in await stores.incidents.list_open()] == ["INC-2026-0002"]


async def test_safeguarding_keeps_only_the_minimum(stores: StorePair) -> None:
    with pytest.raises(SafeguardingDetails):
        report(Category.SAFEGUARDING, summary="A child said something")
    created = (await stores.incidents.create(report(Category.SAFEGUARDING), Assessment(), key="sg")).incident
    with pytest.raises(SafeguardingDetails):
        replace(created, notes=(Note("update", "Spoke to the family", "Alex", NOW),))
    stored = await stores.incidents.get(created.reference)
    assert stored is not None
    assert not stored.report.has_details


async def test_a_missing_incident_is_none(stores: StorePair) -> None:
    assert await stores.incidents.get("INC-2026-9999") is None


async def test_reported_between_reads_one_period_open_or_closed(stores: StorePair) -> None:
    for days in (0, 3, 7):
        recorded = await stores.incidents.create(
            report(at=NOW + timedelta(days=days)), Assessment(), key=f"k{days}"
        )
        if days == 3:
            closed = replace(recorded.incident, status=Status.CLOSED, closed_at=NOW + timedelta(days=4))
            await stores.incidents.update(closed, audit(recorded.incident, "closed"))
    found = await stores.incidents.reported_between(NOW + timedelta(days=1), NOW + timedelta(days=7))
    assert [i.reference for i in found] == ["INC-2026-0002"]
    assert found[0].status is Status.CLOSED
    assert len(await stores.incidents.reported_between(NOW, NOW + timedelta(days=8))) == 3
