"""The SharePoint stores under Graph faults: a dropped connection or a 503 never doubles a write."""

from __future__ import annotations

from datetime import UTC, date, datetime

from graph.records.leavers import NewLeaver, Task
from graph.records.reviews import Cadence, ReviewAction, ReviewCycle, ReviewEntry, ReviewKind
from graph.sharepoint.leavers import CHECKLIST_LIST, LEAVERS_LIST, MARKERS_LIST, SharePointLeaverStore
from graph.sharepoint.lists import SharePointLists
from graph.sharepoint.reviews import RECORDS_LIST, SharePointReviewStore
from tests.fakes.graph import FakeGraph

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)


async def test_a_create_dropped_after_commit_is_not_doubled(lists: SharePointLists, fake: FakeGraph) -> None:
    reviews, leavers = SharePointReviewStore(lists), SharePointLeaverStore(lists)
    await reviews.create_schema()
    await leavers.create_schema()
    fake.drop_after_commit()
    leaver = await leavers.add(NewLeaver("jo@example.org", "Jo"), [], "Alex", NOW)
    fake.drop_after_commit()
    await reviews.record(ReviewEntry("policy", ReviewAction.DONE, date(2027, 4, 1), "Alex", "aad", NOW))
    assert len(fake.items(LEAVERS_LIST.name)) == 1
    assert len(fake.items(RECORDS_LIST.name)) == 1
    assert await leavers.get(leaver.id) is not None
    assert fake.count(outcome="dropped") == 2


async def test_a_marker_dropped_after_commit_is_kept_once(lists: SharePointLists, fake: FakeGraph) -> None:
    leavers = SharePointLeaverStore(lists)
    await leavers.create_schema()
    fake.drop_after_commit()
    await leavers.set_marker("users-delta", "link-1")
    await leavers.set_marker("users-delta", "link-2")
    assert await leavers.get_marker("users-delta") == "link-2"
    assert len(fake.items(MARKERS_LIST.name)) == 1


async def test_a_tick_that_landed_before_the_connection_dropped_is_ours(
    lists: SharePointLists, fake: FakeGraph
) -> None:
    leavers = SharePointLeaverStore(lists)
    await leavers.create_schema()
    leaver = await leavers.add(
        NewLeaver("jo@example.org", "Jo"), [("facebook", Task.REMOVE_ROLE)], "Alex", NOW
    )
    fake.drop_after_commit(match="/fields", method="PATCH")
    assert await leavers.tick(leaver.id, "facebook", Task.REMOVE_ROLE, "Alex", NOW)
    assert not await leavers.tick(leaver.id, "facebook", Task.REMOVE_ROLE, "Megan", NOW)
    [item] = fake.items(CHECKLIST_LIST.name)
    assert item["DoneBy"] == "Alex"


async def test_a_busy_graph_is_waited_out(lists: SharePointLists, fake: FakeGraph) -> None:
    reviews = SharePointReviewStore(lists)
    await reviews.create_schema()
    cycle = ReviewCycle("policy", ReviewKind.POLICY, "Annual policy review", Cadence.YEARLY, date(2027, 4, 1))
    await reviews.ensure(cycle)
    fake.inject(429, retry_after=2, count=2, method="PATCH")
    assert await reviews.update(cycle.moved(next_due=date(2028, 4, 1)), expected_due=date(2027, 4, 1))
    stored = await reviews.get("policy")
    assert stored is not None
    assert stored.next_due == date(2028, 4, 1)
