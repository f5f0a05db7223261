"""The job store on a SharePoint list: an eTag-conditional claim, so a nudge goes out once."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import TYPE_CHECKING, cast

from bot.clock import ManualClock
from bot.config import DEFAULT_ORG_FILE
from bot.org_file import load_org_config
from bot.scheduler import Scheduler
from graph.records.jobs import Job
from graph.sharepoint.jobs import SharePointJobStore
from graph.sharepoint.lists import SharePointLists

if TYPE_CHECKING:
    from bot.context import AppContext

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)


async def store_on(lists: SharePointLists) -> SharePointJobStore:
    store = SharePointJobStore(lists)
    await store.create_schema()
    return store


async def test_put_due_claim_complete(lists: SharePointLists) -> None:
    store = await store_on(lists)
    await store.put(Job("a", "note", NOW, {"n": 1}))
    await store.put(Job("a", "note", NOW - timedelta(minutes=5), {"n": 2}))  # moved, not doubled
    [job] = await store.due(NOW)
    assert (job.key, job.payload, job.due_at) == ("a", {"n": 2}, NOW - timedelta(minutes=5))
    assert await store.claim("a", "one", NOW, NOW + timedelta(minutes=5))
    assert not await store.claim("a", "two", NOW, NOW + timedelta(minutes=5))
    assert await store.due(NOW) == []
    await store.complete("a", NOW)
    await store.put(Job("a", "note", NOW))  # an occurrence that ran is not run again
    assert await store.pending() == []
    assert await store.next_due() is None


async def test_cancel_then_schedule_again_and_retry(lists: SharePointLists) -> None:
    store = await store_on(lists)
    await store.put(Job("b", "note", NOW))
    assert await store.cancel("b")
    assert await store.get("b") is None
    await store.put(Job("b", "note", NOW + timedelta(hours=1)))
    assert [j.key for j in await store.pending("no")] == ["b"]
    assert await store.claim("b", "one", NOW + timedelta(hours=1), NOW + timedelta(hours=2))
    await store.retry("b", NOW + timedelta(hours=3))
    assert await store.next_due() == NOW + timedelta(hours=3)


async def test_concurrent_claims_let_exactly_one_instance_win(lists: SharePointLists) -> None:
    first, second = await store_on(lists), SharePointJobStore(lists)
    await first.put(Job("c", "note", NOW))
    until = NOW + timedelta(minutes=5)
    results = await asyncio.gather(
        *(s.claim("c", f"i{n}", NOW, until) for n, s in enumerate([first, second] * 3))
    )
    assert results.count(True) == 1


async def test_two_schedulers_on_one_list_run_each_job_once(lists: SharePointLists) -> None:
    org = load_org_config(DEFAULT_ORG_FILE)
    clock = ManualClock(NOW)
    ran: list[str] = []

    async def handler(job: Job, ctx: AppContext) -> None:
        ran.append(job.key)

    a = Scheduler(await store_on(lists), clock, org, {"note": handler}, owner="a")
    b = Scheduler(SharePointJobStore(lists), clock, org, {"note": handler}, owner="b")
    for n in range(5):
        await a.schedule(f"note:{n}", "note", NOW + timedelta(minutes=n))
    await clock.advance(timedelta(hours=1))
    ctx = cast("AppContext", SimpleNamespace())
    await asyncio.gather(a.run_due(ctx), b.run_due(ctx))
    assert sorted(ran) == [f"note:{n}" for n in range(5)]
