"""The approvals store: idempotent submission, first write wins, append-only history."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from graph.records.approvals import (
    Actor,
    ApprovalRequest,
    ApprovalState,
    AuditAction,
    AuditEntry,
    CardCopy,
    Decision,
    Draft,
    Outcome,
)
from graph.sqlite.approvals import SqliteApprovalStore
from graph.sqlite.database import Database, open_database

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
NESTOR = Actor("aad-nestor", "Nestor Wilke")
ALEX = Actor("aad-alex", "Alex Wilber")
DRAFT = Draft(
    kind="announcement",
    title="New family group in Ipswich",
    platforms=("facebook", "website"),
    text="We are opening a new group.",
    links="https://example.org/news",
    publish_at=NOW + timedelta(days=2),
    urgency="normal",
    non_digital="yes",
)


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    connection = await open_database(tmp_path / "store.sqlite3")
    yield connection
    await connection.close()


@pytest.fixture
async def store(db: Database) -> SqliteApprovalStore:
    approvals = SqliteApprovalStore(db)
    await approvals.create_schema()
    return approvals


def approve(request: ApprovalRequest, by: Actor, at: datetime) -> tuple[ApprovalRequest, AuditEntry]:
    decision = Decision(Outcome.APPROVED, by, at, "Fine", request.revision)
    new = replace(request, state=ApprovalState.APPROVED, decision=decision)
    return new, AuditEntry(request.id, at, by, AuditAction.APPROVED, "Fine", request.revision)


async def test_create_round_trips_and_is_idempotent_per_form(store: SqliteApprovalStore) -> None:
    first, created = await store.create("form-1", NESTOR, DRAFT, NOW)
    again, created_again = await store.create("form-1", NESTOR, DRAFT, NOW + timedelta(seconds=5))
    assert created
    assert not created_again
    assert again == first
    assert first.draft == DRAFT
    assert first.state is ApprovalState.PENDING
    assert first.revision == 1
    assert [e.action for e in await store.history(first.id)] == [AuditAction.SUBMITTED]
    assert [r.number for r in await store.revisions(first.id)] == [1]


async def test_only_the_first_of_concurrent_decisions_is_stored(store: SqliteApprovalStore) -> None:
    request, _ = await store.create("form-2", NESTOR, DRAFT, NOW)
    attempts = [approve(request, Actor(f"aad-{n}", f"Approver {n}"), NOW) for n in range(20)]
    results = await asyncio.gather(*(store.save(new, entry) for new, entry in attempts))
    winners = [r for r in results if r is not None]
    assert len(winners) == 1
    history = await store.history(request.id)
    assert [e.action for e in history] == [AuditAction.SUBMITTED, AuditAction.APPROVED]
    stored = await store.get(request.id)
    assert stored is not None
    assert stored.decision == winners[0].decision


async def test_a_stale_etag_writes_nothing(store: SqliteApprovalStore) -> None:
    request, _ = await store.create("form-3", NESTOR, DRAFT, NOW)
    assert await store.save(*approve(request, ALEX, NOW)) is not None
    assert await store.save(*approve(request, ALEX, NOW + timedelta(minutes=1))) is None
    assert len(await store.history(request.id)) == 2


async def test_resubmission_keeps_every_revision(store: SqliteApprovalStore) -> None:
    request, _ = await store.create("form-4", NESTOR, DRAFT, NOW)
    changes = Decision(Outcome.CHANGES_REQUESTED, ALEX, NOW, "Shorter please", 1)
    asked = await store.save(
        replace(request, state=ApprovalState.CHANGES_REQUESTED, decision=changes),
        AuditEntry(request.id, NOW, ALEX, AuditAction.CHANGES_REQUESTED, "Shorter please", 1),
    )
    assert asked is not None
    shorter = replace(DRAFT, text="New group.")
    later = NOW + timedelta(hours=1)
    resubmitted = await store.save(
        replace(asked, state=ApprovalState.PENDING, draft=shorter, revision=2),
        AuditEntry(request.id, later, NESTOR, AuditAction.RESUBMITTED, "", 2),
    )
    assert resubmitted is not None
    assert resubmitted.draft == shorter
    revisions = await store.revisions(request.id)
    assert [(r.number, r.draft.text) for r in revisions] == [(1, DRAFT.text), (2, "New group.")]
    assert [e.action for e in await store.history(request.id)] == [
        AuditAction.SUBMITTED,
        AuditAction.CHANGES_REQUESTED,
        AuditAction.RESUBMITTED,
    ]


async def test_the_audit_trail_cannot_be_edited(store: SqliteApprovalStore, db: Database) -> None:
    request, _ = await store.create("form-5", NESTOR, DRAFT, NOW)
    await store.record(AuditEntry(request.id, NOW, ALEX, AuditAction.REMINDED, "", 1))
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        await db.execute("UPDATE approval_audit SET comment = 'changed'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        await db.execute("DELETE FROM approval_audit")
    assert len(await store.history(request.id)) == 2


async def test_lists_copies_and_forms(store: SqliteApprovalStore) -> None:
    first, _ = await store.create("form-6", NESTOR, DRAFT, NOW)
    second, _ = await store.create("form-7", NESTOR, DRAFT, NOW)
    await store.save(*approve(first, ALEX, NOW))
    assert [r.id for r in await store.of_requester(NESTOR.aad_object_id)] == [second.id, first.id]
    assert [r.id for r in await store.pending()] == [second.id]
    copy = CardCopy("aad-alex", "a:chat", "activity-1", "approver")
    await store.add_copy(first.id, copy)
    await store.add_copy(first.id, copy)
    assert await store.copies(first.id) == [copy]
    await store.save_form("form-8", CardCopy("aad-nestor", "a:nestor", "activity-2", "requester"))
    assert await store.form("form-8") == CardCopy("aad-nestor", "a:nestor", "activity-2", "requester")
    assert await store.form("nope") is None


@pytest.mark.parametrize("request_id", ["", "abc", "-1", "1; DROP TABLE x", "9" * 40, "12345"])
async def test_unknown_or_malformed_ids_are_not_found(store: SqliteApprovalStore, request_id: str) -> None:
    assert await store.get(request_id) is None


async def test_created_between_reads_one_period_oldest_first(store: SqliteApprovalStore) -> None:
    for day in (0, 10, 20):
        await store.create(f"form-{day}", NESTOR, DRAFT, NOW + timedelta(days=day))
    found = await store.created_between(NOW + timedelta(days=5), NOW + timedelta(days=20))
    assert [r.form_token for r in found] == ["form-10"]
    everything = await store.created_between(NOW, NOW + timedelta(days=21))
    assert [r.form_token for r in everything] == ["form-0", "form-10", "form-20"]
