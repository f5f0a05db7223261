"""The site lease on its own, against the loopback Graph and a clock that moves only when told.

Who may take the site from whom: a released or long-silent holder is taken at once; a holder
with another database only after five minutes of silence; a holder with this very database (a
copy of the data folder, or this install before a crash) only once it has stopped renewing,
which a live process never does. The holder renews every minute even when it has nothing to write.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from graph.sharepoint.lease import (
    INSTANCE,
    KEY,
    SILENT_AFTER,
    TTL,
    AnotherInstance,
    NoInstanceList,
    SiteLease,
)
from graph.sharepoint.lists import SharePointLists
from graph.sync.outbox import Outbox
from graph.sync.worker import SyncWorker
from tests.fakes.graph import FakeGraph
from tests.graph.support import FakeClock

DB = "0123456789abcdef0123456789abcdef"
OTHER_DB = "fedcba9876543210fedcba9876543210"


@pytest.fixture
async def site(lists: SharePointLists) -> SharePointLists:
    await lists.ensure_list(INSTANCE)
    return lists


async def holder_of(lists: SharePointLists) -> str:
    item = await lists.find_by_key(INSTANCE.name, KEY)
    assert item is not None
    return str(item.fields["Holder"])


@pytest.mark.parametrize(
    ("database", "silent", "taken"),
    [
        (DB, 30.0, False),  # a live copy of this data folder (or this install a moment ago)
        (DB, SILENT_AFTER + 1, True),  # this install before a crash: it stopped renewing
        (OTHER_DB, SILENT_AFTER + 1, False),  # another installation, not yet given up for stopped
        (OTHER_DB, TTL + 1, True),
    ],
)
async def test_who_may_take_the_site(
    site: SharePointLists, clock: FakeClock, database: str, silent: float, taken: bool
) -> None:
    first = SiteLease(site, database, now=clock.now, host="first")
    await first.claim()
    clock.t += silent
    second = SiteLease(site, DB, now=clock.now, host="second")
    if taken:
        await second.claim()
        assert await holder_of(site) == second.holder
        return
    with pytest.raises(AnotherInstance) as refused:
        await second.claim()
    assert refused.value.same_data is (database == DB)
    assert second.elsewhere is not None
    assert await holder_of(site) == first.holder


async def test_a_released_site_is_taken_at_once_and_the_loser_learns_it_lost(
    site: SharePointLists, clock: FakeClock
) -> None:
    seen: list[AnotherInstance | None] = []
    first = SiteLease(site, DB, now=clock.now, on_change=seen.append)
    await first.claim()
    await first.release()
    second = SiteLease(site, DB, now=clock.now)
    await second.claim()  # a clean restart: no wait
    with pytest.raises(AnotherInstance):
        await first.claim()
    assert first.renewed_at is None
    assert [e is not None for e in seen] == [True]
    await second.release()
    await first.claim()  # held again once the other let go
    assert [e is not None for e in seen] == [True, False]
    assert first.elsewhere is None


async def test_an_idle_holder_still_renews_every_minute(
    site: SharePointLists, fake: FakeGraph, clock: FakeClock, tmp_path: Path
) -> None:
    outbox = await Outbox.open(str(tmp_path / "outbox.db"), now=clock.now)
    lease = SiteLease(site, DB, now=clock.now)
    worker = SyncWorker(outbox, site, now=clock.now, sleep=clock.sleep, lease=lease)
    try:
        worker.start()
        async with asyncio.timeout(30):  # a bound, never a wait: only the renewals wake it
            await fake.wait_for(3, "PATCH", "/items")
        assert clock.t - 1_700_000_000.0 >= 2 * 60.0
    finally:
        await worker.stop()
        await outbox.close()


async def test_a_site_without_the_instance_list_gets_one_when_the_grant_allows(
    lists: SharePointLists, fake: FakeGraph, clock: FakeClock
) -> None:
    lease = SiteLease(lists, DB, now=clock.now)
    await lease.claim()  # provisioned by an older release: the list is created first
    assert await holder_of(lists) == lease.holder


async def test_with_a_write_grant_a_missing_instance_list_is_named_with_its_fix(
    lists: SharePointLists, fake: FakeGraph, clock: FakeClock
) -> None:
    for site in fake.sites.sites.values():
        site.role = "write"  # creates items, never lists
    with pytest.raises(NoInstanceList, match=r"python -m bot provision.*fullcontrol"):
        await SiteLease(lists, DB, now=clock.now).claim()
