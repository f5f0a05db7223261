"""The SharePoint stores under Graph faults: a dropped connection or a 503 never doubles a write."""

from __future__ import annotations

from datetime import UTC, date, datetime

from graph.records.leavers import NewLeaver, Task
from graph.records.reviews import Cadence, ReviewAction, ReviewCycle, ReviewEntry, ReviewKind
from graph.sharepoint.leavers import CHECKLIST_LIST, SharePointLeaverStore
from graph.sharepoint.lists import SharePointLists
from graph.sharepoint.people import WELCOMED_LIST, SharePointPeopleStore
from graph.sharepoint.questions import QUESTIONS_LIST, SharePointQuestionLog
from graph.sharepoint.reviews import RECORDS_LIST, SharePointReviewStore
from tests.fakes.graph import FakeGraph

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)


async def test_a_create_dropped_after_commit_is_not_doubled(lists: SharePointLists, fake: FakeGraph) -> None:
    questions, reviews = SharePointQuestionLog(lists), SharePointReviewStore(lists)
    await questions.create_schema()
    await reviews.create_schema()
    fake.drop_after_commit()
    question = await questions.record_question("can I add a mum on fb", True, ["2.7"], NOW)
    fake.drop_after_commit()
    await reviews.record(ReviewEntry("policy", ReviewAction.DONE, date(2027, 4, 1), "Alex", "aad", NOW))
    assert len(fake.items(QUESTIONS_LIST.name)) == 1
    assert len(fake.items(RECORDS_LIST.name)) == 1
    assert await questions.get(question) is not None
    assert fake.count(outcome="dropped") == 2


async def test_a_welcome_dropped_after_commit_still_counts_as_ours(
    lists: SharePointLists, fake: FakeGraph
) -> None:
    people = SharePointPeopleStore(lists)
    await people.create_schema()
    fake.drop_after_commit()
    assert await people.mark_welcomed("a:1chat")
    assert not await people.mark_welcomed("a:1chat")
    assert len(fake.items(WELCOMED_LIST.name)) == 1


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
