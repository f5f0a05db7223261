"""Leavers and their checklists: each tick kept once, the CEO told once, on every backend."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta

import pytest

from graph.records.leavers import LeaverSource, LeaverStore, NewLeaver, Task
from graph.sharepoint.leavers import SharePointLeaverStore
from graph.sqlite.leavers import SqliteLeaverStore
from tests.graph.contract.conftest import Backend

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
LATER = NOW + timedelta(hours=2)
CHECKLIST = [
    ("facebook", Task.REMOVE_ROLE),
    ("facebook", Task.CHECK_RECOVERY),
    ("linkedin", Task.REMOVE_ROLE),
]


async def open_leavers(backend: Backend) -> LeaverStore:
    store: LeaverStore = await backend.open(SqliteLeaverStore, SharePointLeaverStore)
    return store


@pytest.fixture
async def leavers(backend: Backend) -> LeaverStore:
    return await open_leavers(backend)


async def test_a_leaver_is_recorded_with_a_checklist(leavers: LeaverStore) -> None:
    new = NewLeaver(
        "Jo@example.org",
        "Jo",
        aad="aad-jo",
        source=LeaverSource.DIRECTORY,
        reason="account disabled in Entra ID",
        leave_date=date(2026, 12, 18),
    )
    leaver = await leavers.add(new, CHECKLIST, "Policy Steward", NOW)
    assert leaver.open
    assert (leaver.email, leaver.name, leaver.aad, leaver.source) == (
        "jo@example.org",
        "Jo",
        "aad-jo",
        LeaverSource.DIRECTORY,
    )
    assert (leaver.reason, leaver.recorded_by, leaver.recorded_at, leaver.leave_date) == (
        "account disabled in Entra ID",
        "Policy Steward",
        NOW,
        date(2026, 12, 18),
    )
    assert leaver.ceo_told_at is None
    assert await leavers.get(leaver.id) == leaver
    items = await leavers.items(leaver.id)
    assert [(i.leaver_id, i.resource, i.task, i.done) for i in items] == [
        (leaver.id, r, t, False) for r, t in CHECKLIST
    ]
    assert await leavers.get(999) is None
    assert await leavers.items(999) == []


async def test_checklist_ticks_once(leavers: LeaverStore) -> None:
    leaver = await leavers.add(NewLeaver("jo@example.org", "Jo"), CHECKLIST, "Alex", NOW)
    assert leaver.source is LeaverSource.MANAGER
    assert await leavers.tick(leaver.id, "facebook", Task.REMOVE_ROLE, "Alex", LATER)
    assert not await leavers.tick(leaver.id, "facebook", Task.REMOVE_ROLE, "Megan", LATER)
    assert not await leavers.tick(leaver.id, "instagram", Task.REMOVE_ROLE, "Megan", LATER)
    items = await leavers.items(leaver.id)
    assert [(i.task, i.done_by, i.done_at) for i in items] == [
        (Task.REMOVE_ROLE, "Alex", LATER),
        (Task.CHECK_RECOVERY, "", None),
        (Task.REMOVE_ROLE, "", None),
    ]


async def test_concurrent_ticks_keep_the_first(leavers: LeaverStore, backend: Backend) -> None:
    other = await open_leavers(backend)
    leaver = await leavers.add(NewLeaver("jo@example.org", "Jo"), CHECKLIST, "Alex", NOW)
    results = await asyncio.gather(
        *(
            store.tick(leaver.id, "linkedin", Task.REMOVE_ROLE, f"by{n}", LATER)
            for n, store in enumerate([leavers, other] * 2)
        )
    )
    assert results.count(True) == 1
    done = [i for i in await leavers.items(leaver.id) if i.done]
    assert [i.done_by for i in done] == [f"by{results.index(True)}"]


async def test_the_ceo_is_told_once_and_a_leaver_closes_once(leavers: LeaverStore, backend: Backend) -> None:
    other = await open_leavers(backend)
    leaver = await leavers.add(NewLeaver("jo@example.org", "Jo"), CHECKLIST, "Alex", NOW)
    told = await asyncio.gather(
        leavers.mark_ceo_told(leaver.id, LATER), other.mark_ceo_told(leaver.id, LATER)
    )
    assert sorted(told) == [False, True]
    assert not await leavers.mark_ceo_told(leaver.id, LATER + timedelta(days=1))
    assert await leavers.close(leaver.id, LATER)
    assert not await leavers.close(leaver.id, LATER + timedelta(days=1))
    assert not await leavers.close(999, LATER)
    found = await leavers.find(email="JO@example.org")
    assert found is not None
    assert (found.open, found.closed_at, found.ceo_told_at) == (False, LATER, LATER)


async def test_a_leaver_with_no_access_is_closed_at_once(leavers: LeaverStore) -> None:
    leaver = await leavers.add(NewLeaver("x@example.org", "X", aad="aad-x"), [], "Alex", NOW)
    assert leaver.closed_at == NOW
    assert await leavers.find(aad="aad-x") == leaver
    assert await leavers.items(leaver.id) == []
    assert await leavers.all(open_only=True) == []
    assert await leavers.all() == [leaver]


async def test_find_returns_the_most_recent_record(leavers: LeaverStore) -> None:
    first = await leavers.add(NewLeaver("jo@example.org", "Jo", aad="aad-jo"), [], "Alex", NOW)
    second = await leavers.add(NewLeaver("jo@example.org", "Jo"), CHECKLIST, "Alex", LATER)
    assert await leavers.find(email="jo@example.org") == second
    assert await leavers.find(aad="aad-jo") == first
    assert await leavers.find(email="jo@example.org", aad="aad-jo") == second
    assert await leavers.find() is None
    assert await leavers.find(email="sam@example.org") is None
    assert await leavers.all(open_only=True) == [second]
    assert await leavers.all() == [first, second]


async def test_markers_keep_the_latest_value(leavers: LeaverStore) -> None:
    assert await leavers.get_marker("delta") is None
    await leavers.set_marker("delta", "link-1")
    long_link = "https://graph.microsoft.com/v1.0/users/delta?$deltatoken=" + "x" * 900
    await leavers.set_marker("delta", long_link)
    await leavers.set_marker("other", "o")
    assert await leavers.get_marker("delta") == long_link
    assert await leavers.get_marker("other") == "o"
