"""Fault drills: the outbox worker against the real SDK and the loopback Graph."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from graph.msgraph.client import StaticTokenCredential, close_graph_client, make_graph_client
from graph.msgraph.transport import GraphTransport
from graph.sharepoint.lists import ListItem, SharePointLists
from graph.sync.outbox import Outbox
from graph.sync.worker import SyncWorker
from tests.fakes.graph import FakeGraph
from tests.graph.support import SITE_URL, TEST_LIST, FakeClock

NAME = TEST_LIST.name
SECRET = "the child's name is Private Person"


@pytest.fixture
async def outbox(tmp_path: Path, clock: FakeClock) -> AsyncIterator[Outbox]:
    box = await Outbox.open(str(tmp_path / "outbox.db"), now=clock.now)
    yield box
    await box.close()


@pytest.fixture
async def worker(outbox: Outbox, lists: SharePointLists, clock: FakeClock) -> AsyncIterator[SyncWorker]:
    await lists.ensure_list(TEST_LIST)
    sync = SyncWorker(outbox, lists, now=clock.now, sleep=clock.sleep, rng=lambda: 0.5)
    yield sync
    await sync.stop()


async def enqueue_creates(outbox: Outbox, n: int) -> None:
    for i in range(n):
        await outbox.enqueue(NAME, f"key-{i}", "create", {"Status": "Open", "Note": f"{SECRET} {i}"})


def assert_each_key_once(fake: FakeGraph, n: int) -> None:
    keys = sorted(item["IdempotencyKey"] for item in fake.items(NAME))
    assert keys == sorted(f"key-{i}" for i in range(n))


async def test_graph_down_for_a_while_then_all_synced_once(
    fake: FakeGraph, outbox: Outbox, worker: SyncWorker, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="graph")
    fake.down()
    await enqueue_creates(outbox, 5)
    worker.start()
    await fake.wait_for(10, match="/items")  # several failed rounds
    fake.up()
    await outbox.wait_drained()
    assert_each_key_once(fake, 5)
    assert len(await outbox.entries("done")) == 5
    assert SECRET not in caplog.text
    assert "Private" not in caplog.text


async def test_connection_dropped_after_commit_makes_no_duplicate(
    fake: FakeGraph, outbox: Outbox, worker: SyncWorker
) -> None:
    fake.drop_after_commit(count=3)
    await enqueue_creates(outbox, 4)
    worker.start()
    await outbox.wait_drained()
    assert_each_key_once(fake, 4)
    assert fake.count("POST", "/items", outcome="dropped") == 3


async def test_restart_mid_sync_resumes_without_duplicates(
    fake: FakeGraph, tmp_path: Path, clock: FakeClock
) -> None:
    path = str(tmp_path / "restart.db")
    fake.hang(match="/items", method="POST")  # the first create lands, then the process dies
    first_box = await Outbox.open(path, now=clock.now)
    first_client = make_graph_client(StaticTokenCredential(), base_url=fake.base_url, max_retries=0)
    first_lists = SharePointLists(GraphTransport.of(first_client), SITE_URL, sleep=clock.sleep)
    await first_lists.ensure_list(TEST_LIST)
    await enqueue_creates(first_box, 3)
    crashed = SyncWorker(first_box, first_lists, now=clock.now, sleep=clock.sleep, parallel=1)
    crashed.start()
    await fake.wait_for(1, "POST", "/items")
    await crashed.stop()
    await close_graph_client(first_client)
    await first_box.close()
    fake.release()

    box = await Outbox.open(path, now=clock.now)
    client = make_graph_client(StaticTokenCredential(), base_url=fake.base_url, max_retries=0)
    try:
        lists = SharePointLists(GraphTransport.of(client), SITE_URL, sleep=clock.sleep)
        assert await box.pending_count() == 3
        resumed = SyncWorker(box, lists, now=clock.now, sleep=clock.sleep)
        resumed.start()
        await box.wait_drained()
        await resumed.stop()
        assert_each_key_once(fake, 3)
        assert [e.attempts for e in await box.entries("done")] == [2, 1, 1]
    finally:
        await close_graph_client(client)
        await box.close()


async def test_429_storm_all_synced_honouring_retry_after(
    fake: FakeGraph, outbox: Outbox, worker: SyncWorker, clock: FakeClock
) -> None:
    fake.inject(429, retry_after=2, count=12, match="/items", method="POST")
    await enqueue_creates(outbox, 5)
    worker.start()
    await outbox.wait_drained()
    assert_each_key_once(fake, 5)
    assert fake.count("POST", "/items", outcome="fault") == 12
    assert set(clock.sleeps) <= {2.0}


async def test_concurrent_update_is_merged_not_lost(
    fake: FakeGraph, outbox: Outbox, worker: SyncWorker
) -> None:
    await outbox.enqueue(NAME, "k", "create", {"Status": "Open", "Note": "first"})
    worker.start()
    await outbox.wait_drained()
    fake.on_next(
        lambda g: g.edit_item(NAME, "1", Note="edited in SharePoint"), match="/fields", method="PATCH"
    )
    await outbox.enqueue(NAME, "k", "update", {"Status": "Closed"}, base={"Status": "Open"})
    await outbox.wait_drained()
    (item,) = fake.items(NAME)
    assert (item["Status"], item["Note"]) == ("Closed", "edited in SharePoint")
    assert [r.status for r in fake.requests if r.method == "PATCH"] == [412, 200]


async def test_a_field_changed_on_both_sides_is_settled_field_by_field_and_noticed(
    fake: FakeGraph, outbox: Outbox, lists: SharePointLists, clock: FakeClock
) -> None:
    await lists.ensure_list(TEST_LIST)
    worker = SyncWorker(outbox, lists, now=clock.now, sleep=clock.sleep, editable={NAME: {"Note"}})
    await outbox.enqueue(NAME, "k", "create", {"Status": "Open", "Note": "first"})
    worker.start()
    await outbox.wait_drained()
    fake.on_next(
        lambda g: g.edit_item(NAME, "1", Status="Escalated", Note="theirs"), match="/fields", method="PATCH"
    )
    await outbox.enqueue(
        NAME, "k", "update", {"Status": "Closed", "Note": "ours"}, base={"Status": "Open", "Note": "first"}
    )
    await outbox.wait_drained()
    await worker.stop()
    (item,) = fake.items(NAME)
    assert (item["Status"], item["Note"]) == ("Closed", "theirs")  # the bot's field, the people's field
    assert not await outbox.entries("conflict")
    notices = [(n.fields, n.kept) for n in await outbox.untold()]
    assert notices == [(("Note",), "sharepoint"), (("Status",), "bot")]


async def test_an_item_that_keeps_changing_is_retried_later_not_dropped(
    fake: FakeGraph, outbox: Outbox, worker: SyncWorker
) -> None:
    await outbox.enqueue(NAME, "k", "create", {"Status": "Open", "Note": "first"})
    worker.start()
    await outbox.wait_drained()
    fake.inject(412, count=3, match="/fields", method="PATCH")  # three editors in a row
    await outbox.enqueue(NAME, "k", "update", {"Status": "Closed"}, base={"Status": "Open"})
    await outbox.wait_drained()
    (item,) = fake.items(NAME)
    assert item["Status"] == "Closed"
    assert [r.status for r in fake.requests if r.method == "PATCH"] == [412, 412, 412, 200]
    assert not await outbox.entries("conflict")


async def test_rejected_write_is_parked_not_retried(
    fake: FakeGraph, outbox: Outbox, worker: SyncWorker
) -> None:
    await outbox.enqueue(NAME, "bad", "create", {"NoSuchColumn": 1})
    await outbox.enqueue(NAME, "good", "create", {"Status": "Open"})
    worker.start()
    await outbox.wait_drained()
    assert [e.key for e in await outbox.entries("failed")] == ["bad"]
    assert [i["IdempotencyKey"] for i in fake.items(NAME)] == ["good"]
    assert fake.count("POST", "/items") == 2


class BuggyOnce(SharePointLists):
    """A list store whose first create hits a bug in our own code."""

    failed = False

    async def create_item(self, *args: Any, **kwargs: Any) -> ListItem:
        if not self.failed:
            self.failed = True
            raise RuntimeError("a bug, not a Graph failure")
        return await super().create_item(*args, **kwargs)


async def test_an_unexpected_error_keeps_the_entry_and_the_worker(
    outbox: Outbox, transport: GraphTransport, clock: FakeClock, fake: FakeGraph
) -> None:
    lists = BuggyOnce(transport, SITE_URL, sleep=clock.sleep)
    await lists.ensure_list(TEST_LIST)
    await outbox.enqueue(NAME, "k", "create", {"Status": "Open"})
    worker = SyncWorker(outbox, lists, now=clock.now, sleep=clock.sleep)
    assert await worker.run_once() == 1
    (entry,) = await outbox.entries("pending")
    assert entry.last_error == "RuntimeError"
    worker.start()
    await outbox.wait_drained()
    await worker.stop()
    assert len(fake.items(NAME)) == 1


async def test_after_a_minute_long_outage_the_backlog_drains_within_seconds(
    fake: FakeGraph, outbox: Outbox, transport: GraphTransport, clock: FakeClock
) -> None:
    back_at = clock.t + 60.0  # Graph comes back after a minute of (simulated) outage

    async def sleep(delay: float) -> None:
        await clock.sleep(delay)
        if clock.t >= back_at:
            fake.up()

    lists = SharePointLists(transport, SITE_URL, sleep=sleep, rng=lambda: 1.0)
    await lists.ensure_list(TEST_LIST)

    worker = SyncWorker(outbox, lists, now=clock.now, sleep=sleep, rng=lambda: 1.0, max_delay=300.0)
    fake.down()
    await enqueue_creates(outbox, 30)
    worker.start()
    await outbox.wait_drained()
    await worker.stop()
    assert_each_key_once(fake, 30)
    assert clock.t - back_at <= 10.0  # noticed by a probe, not after a backoff grown to minutes
