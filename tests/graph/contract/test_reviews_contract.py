"""Review cycles: seeded once, advanced once, every action recorded, on every backend."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta

import pytest

from graph.records.reviews import Cadence, ReviewAction, ReviewCycle, ReviewEntry, ReviewKind, ReviewStore
from graph.sharepoint.reviews import SharePointReviewStore
from graph.sqlite.reviews import SqliteReviewStore
from tests.graph.contract.conftest import Backend

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
POLICY = ReviewCycle("policy", ReviewKind.POLICY, "Annual policy review", Cadence.YEARLY, date(2027, 4, 1))
MODERATION = ReviewCycle(
    "moderation", ReviewKind.MODERATION, "Content moderation", Cadence.WEEKLY, date(2026, 12, 4)
)


async def open_reviews(backend: Backend) -> ReviewStore:
    store: ReviewStore = await backend.open(SqliteReviewStore, SharePointReviewStore)
    return store


@pytest.fixture
async def reviews(backend: Backend) -> ReviewStore:
    return await open_reviews(backend)


async def test_cycles_are_seeded_once(reviews: ReviewStore) -> None:
    assert await reviews.ensure(POLICY) == POLICY
    again = await reviews.ensure(POLICY.moved(next_due=date(2030, 1, 1), title="Other"))
    assert again == POLICY
    assert await reviews.get("policy") == POLICY
    assert await reviews.get("nope") is None


async def test_two_instances_seeding_together_keep_one_cycle(reviews: ReviewStore, backend: Backend) -> None:
    other = await open_reviews(backend)
    seeded = await asyncio.gather(
        reviews.ensure(POLICY),
        other.ensure(POLICY.moved(next_due=date(2030, 1, 1))),
        reviews.ensure(POLICY.moved(next_due=date(2031, 1, 1))),
    )
    assert len(set(seeded)) == 1
    assert await reviews.cycles() == [seeded[0]]
    assert await other.get("policy") == seeded[0]


async def test_active_cycles_soonest_first(reviews: ReviewStore) -> None:
    await reviews.ensure(POLICY)
    await reviews.ensure(MODERATION)
    await reviews.ensure(ReviewCycle("group:1", ReviewKind.GROUP_RISK, "Forum", Cadence.YEARLY, NOW.date()))
    assert [c.key for c in await reviews.cycles()] == ["group:1", "moderation", "policy"]
    assert await reviews.update(MODERATION.moved(active=False))
    assert [c.key for c in await reviews.cycles()] == ["group:1", "policy"]


async def test_an_update_with_the_expected_due_date_happens_once(reviews: ReviewStore) -> None:
    await reviews.ensure(POLICY)
    moved = POLICY.moved(next_due=date(2028, 4, 1), snoozed_until=date(2027, 4, 8), cadence=Cadence.QUARTERLY)
    assert await reviews.update(moved, expected_due=date(2027, 4, 1))
    assert not await reviews.update(moved, expected_due=date(2027, 4, 1))
    assert await reviews.get("policy") == moved
    assert await reviews.update(moved.moved(title="Renamed"))
    stored = await reviews.get("policy")
    assert stored is not None
    assert stored.title == "Renamed"
    assert not await reviews.update(MODERATION)  # never seeded


async def test_two_people_pressing_done_together_advance_it_once(
    reviews: ReviewStore, backend: Backend
) -> None:
    other = await open_reviews(backend)
    await reviews.ensure(MODERATION)
    results = await asyncio.gather(
        *(
            store.update(
                MODERATION.moved(next_due=date(2026, 12, 4) + timedelta(days=n)),
                expected_due=date(2026, 12, 4),
            )
            for n, store in enumerate([reviews, other, reviews, other], start=7)
        )
    )
    assert results.count(True) == 1
    stored = await reviews.get("moderation")
    assert stored is not None
    assert stored.next_due == date(2026, 12, 4) + timedelta(days=7 + results.index(True))


async def test_records_are_kept_oldest_first(reviews: ReviewStore) -> None:
    done = await reviews.record(
        ReviewEntry(
            "policy",
            ReviewAction.DONE,
            date(2027, 4, 1),
            "Alex",
            "aad",
            NOW,
            note="ok",
            until=date(2028, 4, 1),
        )
    )
    assert (done.action, done.by_name, done.by_aad, done.at, done.note) == (
        ReviewAction.DONE,
        "Alex",
        "aad",
        NOW,
        "ok",
    )
    assert (done.cycle_key, done.due, done.until) == ("policy", date(2027, 4, 1), date(2028, 4, 1))
    snoozed = await reviews.record(
        ReviewEntry(
            "moderation", ReviewAction.SNOOZED, date(2026, 12, 4), "Megan", "aad-m", NOW, note="away " * 80
        )
    )
    assert snoozed.until is None
    assert await reviews.records("policy") == [done]
    assert await reviews.records() == [done, snoozed]
    assert await reviews.records("nothing") == []
