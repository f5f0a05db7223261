"""The register, review and leaver stores on SQLite: history kept, conditional writes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from graph.leavers import LeaverSource, NewLeaver, Task
from graph.register import NewGrant, group_resource
from graph.reviews import Cadence, ReviewAction, ReviewCycle, ReviewKind
from graph.stores import Stores, open_local_stores

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)


@pytest.fixture
async def stores(tmp_path: Path) -> AsyncIterator[Stores]:
    async with open_local_stores(tmp_path / "s.sqlite3") as opened:
        yield opened


async def test_regranting_keeps_the_old_grant_as_history(stores: Stores) -> None:
    register = stores.register
    first = await register.grant(NewGrant("facebook", "Jo@Example.org", "Jo"), "Alex", NOW)
    second = await register.grant(
        NewGrant("facebook", "jo@example.org", "Jo", level="admin", trained_on=date(2026, 11, 1)),
        "Alex",
        NOW + timedelta(days=1),
    )
    assert [g.id for g in await register.active("facebook")] == [second.id]
    history = await register.history("facebook")
    assert [(g.id, g.revoke_reason) for g in history] == [(first.id, "replaced"), (second.id, "")]
    assert second.person_email == "jo@example.org"
    assert second.trained_on == date(2026, 11, 1)


async def test_revoking_twice_changes_nothing_the_second_time(stores: Stores) -> None:
    grant = await stores.register.grant(NewGrant("linkedin", "jo@example.org", "Jo"), "Alex", NOW)
    revoked = await stores.register.revoke(grant.id, "Alex", NOW, "left")
    assert revoked is not None
    assert revoked.revoked_by == "Alex"
    assert not revoked.active
    assert await stores.register.revoke(grant.id, "Megan", NOW, "again") is None
    assert await stores.register.of_person(email="JO@example.org") == []


async def test_person_lookup_by_email_or_object_id(stores: Stores) -> None:
    await stores.register.grant(NewGrant("teams", "jo@example.org", "Jo", person_aad="aad-1"), "Alex", NOW)
    assert len(await stores.register.of_person(aad="aad-1")) == 1
    assert len(await stores.register.of_person(email="jo@example.org")) == 1
    assert await stores.register.of_person() == []


async def test_marking_reviewed_and_groups(stores: Stores) -> None:
    grant = await stores.register.grant(NewGrant("teams", "jo@example.org", "Jo"), "Alex", NOW)
    assert await stores.register.mark_reviewed([grant.id], "Alex", NOW) == 1
    reviewed = await stores.register.get(grant.id)
    assert reviewed is not None
    assert reviewed.last_reviewed == NOW
    assert reviewed.reviewed_by == "Alex"
    group = await stores.register.add_group("Parents' forum", "facebook", "", None, "Alex", NOW)
    assert group_resource(group.id) == f"group:{group.id}"
    updated = await stores.register.update_group(group.id, moderator="Jo", risk_assessed_on=date(2026, 12, 1))
    assert updated is not None
    assert updated.moderator == "Jo"
    assert updated.risk_assessed_on == date(2026, 12, 1)
    assert [g.name for g in await stores.register.groups()] == ["Parents' forum"]


async def test_review_cycles_are_seeded_once_and_advanced_once(stores: Stores) -> None:
    cycle = ReviewCycle("policy", ReviewKind.POLICY, "Annual policy review", Cadence.YEARLY, date(2027, 4, 1))
    await stores.reviews.ensure(cycle)
    again = await stores.reviews.ensure(cycle.moved(next_due=date(2030, 1, 1)))
    assert again.next_due == date(2027, 4, 1)
    moved = cycle.moved(next_due=date(2028, 4, 1))
    assert await stores.reviews.update(moved, expected_due=date(2027, 4, 1))
    assert not await stores.reviews.update(moved, expected_due=date(2027, 4, 1))
    await stores.reviews.record("policy", ReviewAction.DONE, date(2027, 4, 1), "Alex", "aad", NOW, note="ok")
    [record] = await stores.reviews.records("policy")
    assert (record.action, record.by_name, record.at, record.note) == (ReviewAction.DONE, "Alex", NOW, "ok")
    assert [c.key for c in await stores.reviews.cycles()] == ["policy"]


async def test_leaver_checklist_ticks_once(stores: Stores) -> None:
    leavers = stores.leavers
    leaver = await leavers.add(
        NewLeaver("Jo@example.org", "Jo"),
        [("facebook", Task.REMOVE_ROLE), ("facebook", Task.CHECK_RECOVERY)],
        "Alex",
        NOW,
    )
    assert leaver.open
    assert leaver.source is LeaverSource.MANAGER
    assert await leavers.tick(leaver.id, "facebook", Task.REMOVE_ROLE, "Alex", NOW)
    assert not await leavers.tick(leaver.id, "facebook", Task.REMOVE_ROLE, "Megan", NOW)
    items = await leavers.items(leaver.id)
    assert [(i.task, i.done_by) for i in items] == [(Task.REMOVE_ROLE, "Alex"), (Task.CHECK_RECOVERY, "")]
    assert await leavers.mark_ceo_told(leaver.id, NOW)
    assert not await leavers.mark_ceo_told(leaver.id, NOW)
    assert await leavers.close(leaver.id, NOW)
    found = await leavers.find(email="jo@example.org")
    assert found is not None
    assert not found.open


async def test_a_leaver_with_no_access_is_closed_at_once(stores: Stores) -> None:
    leaver = await stores.leavers.add(NewLeaver("x@example.org", "X", aad="aad-x"), [], "Alex", NOW)
    assert leaver.closed_at == NOW
    assert await stores.leavers.find(aad="aad-x") == leaver
    assert await stores.leavers.all(open_only=True) == []
    await stores.leavers.set_marker("delta", "link-1")
    await stores.leavers.set_marker("delta", "link-2")
    assert await stores.leavers.get_marker("delta") == "link-2"
