"""The register of official accounts: history kept, revocations once, on every backend."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta

import pytest

from graph.records.register import NewGrant, RegisterStore, group_resource
from graph.sharepoint.register import SharePointRegisterStore
from graph.sqlite.register import SqliteRegisterStore
from tests.graph.contract.conftest import Backend

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)


@pytest.fixture
async def register(backend: Backend) -> RegisterStore:
    store: RegisterStore = await backend.open(SqliteRegisterStore, SharePointRegisterStore)
    return store


async def test_regranting_keeps_the_old_grant_as_history(register: RegisterStore) -> None:
    first = await register.grant(NewGrant("facebook", "Jo@Example.org", "Jo"), "Alex", NOW)
    second = await register.grant(
        NewGrant("facebook", "jo@example.org", "Jo", level="admin", trained_on=date(2026, 11, 1)),
        "Alex",
        NOW + timedelta(days=1),
    )
    assert [g.id for g in await register.active("facebook")] == [second.id]
    history = await register.history("facebook")
    assert [(g.id, g.revoke_reason) for g in history] == [(first.id, "replaced"), (second.id, "")]
    assert history[0].revoked_at == NOW + timedelta(days=1)
    assert second.person_email == "jo@example.org"
    assert second.trained_on == date(2026, 11, 1)
    assert (second.level, second.granted_by, second.granted_at) == ("admin", "Alex", NOW + timedelta(days=1))
    assert await register.get(second.id) == second


async def test_grants_are_kept_per_resource(register: RegisterStore) -> None:
    fb = await register.grant(NewGrant("facebook", "jo@example.org", "Jo", holds_recovery=True), "Alex", NOW)
    li = await register.grant(NewGrant("linkedin", "jo@example.org", "Jo"), "Alex", NOW)
    assert [g.id for g in await register.active()] == [fb.id, li.id]
    assert [g.id for g in await register.history()] == [fb.id, li.id]
    assert [g.resource for g in await register.active("linkedin")] == ["linkedin"]
    assert fb.holds_recovery
    assert not li.holds_recovery
    assert fb.trained_on is None
    assert await register.active("instagram") == []


async def test_revoking_twice_changes_nothing_the_second_time(register: RegisterStore) -> None:
    grant = await register.grant(NewGrant("linkedin", "jo@example.org", "Jo"), "Alex", NOW)
    revoked = await register.revoke(grant.id, "Alex", NOW, "left")
    assert revoked is not None
    assert (revoked.revoked_by, revoked.revoke_reason, revoked.revoked_at) == ("Alex", "left", NOW)
    assert not revoked.active
    assert await register.revoke(grant.id, "Megan", NOW, "again") is None
    assert await register.of_person(email="JO@example.org") == []
    assert await register.revoke(999, "Alex", NOW, "no such grant") is None
    assert await register.get(999) is None


async def test_concurrent_revocations_record_one(register: RegisterStore, backend: Backend) -> None:
    other = await backend.open(SqliteRegisterStore, SharePointRegisterStore)
    grant = await register.grant(NewGrant("linkedin", "jo@example.org", "Jo"), "Alex", NOW)
    results = await asyncio.gather(
        *(store.revoke(grant.id, f"by{n}", NOW, "left") for n, store in enumerate([register, other] * 2))
    )
    assert sum(r is not None for r in results) == 1
    [kept] = await register.history()
    assert kept.revoked_by == next(r.revoked_by for r in results if r is not None)


async def test_person_lookup_by_email_or_object_id(register: RegisterStore) -> None:
    await register.grant(NewGrant("teams", "jo@example.org", "Jo", person_aad="aad-1"), "Alex", NOW)
    assert len(await register.of_person(aad="aad-1")) == 1
    assert len(await register.of_person(email="jo@example.org")) == 1
    assert len(await register.of_person(email="jo@example.org", aad="aad-1")) == 1
    assert await register.of_person() == []


async def test_marking_reviewed(register: RegisterStore) -> None:
    grant = await register.grant(NewGrant("teams", "jo@example.org", "Jo"), "Alex", NOW)
    gone = await register.grant(NewGrant("teams", "sam@example.org", "Sam"), "Alex", NOW)
    await register.revoke(gone.id, "Alex", NOW, "left")
    assert await register.mark_reviewed([grant.id, gone.id, 999], "Alex", NOW) == 1
    reviewed = await register.get(grant.id)
    assert reviewed is not None
    assert reviewed.last_reviewed == NOW
    assert reviewed.reviewed_by == "Alex"


async def test_private_groups(register: RegisterStore) -> None:
    group = await register.add_group("Parents' forum", "facebook", "", None, "Alex", NOW)
    assert group_resource(group.id) == f"group:{group.id}"
    assert (group.created_by, group.created_at, group.risk_assessed_on) == ("Alex", NOW, None)
    updated = await register.update_group(group.id, moderator="Jo", risk_assessed_on=date(2026, 12, 1))
    assert updated is not None
    assert updated.moderator == "Jo"
    assert updated.risk_assessed_on == date(2026, 12, 1)
    assert await register.group(group.id) == updated
    assert await register.update_group(999, moderator="Jo") is None
    await register.add_group("Volunteers", "linkedin", "Sam", date(2026, 1, 5), "Alex", NOW)
    assert [g.name for g in await register.groups()] == ["Parents' forum", "Volunteers"]
