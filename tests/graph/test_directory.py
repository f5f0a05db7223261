from __future__ import annotations

from datetime import UTC, datetime

import pytest

from graph.msgraph.directory import Directory
from graph.msgraph.transport import GraphTransport
from tests.fakes.graph import FakeGraph


@pytest.fixture
def directory(transport: GraphTransport, fake: FakeGraph) -> Directory:
    fake.users.add("u1", "ann@contoso.org", "Ann")
    fake.users.add("u2", "bob@contoso.org", "Bob", accountEnabled=False)
    fake.users.add("u3", "cat@contoso.org", "Cat", employeeLeaveDateTime="2026-03-31T00:00:00Z")
    return Directory(transport)


async def test_disabled_users(directory: Directory) -> None:
    assert [u.user_principal_name for u in await directory.disabled_users()] == ["bob@contoso.org"]


async def test_deleted_users(directory: Directory, fake: FakeGraph) -> None:
    fake.users.delete("u1")
    (gone,) = await directory.deleted_users()
    assert gone.id == "u1"
    assert gone.deleted_at is not None


async def test_leaving_by_date_uses_advanced_query(directory: Directory, fake: FakeGraph) -> None:
    leaving = await directory.leaving_by(datetime(2026, 4, 1, tzinfo=UTC))
    assert [(u.id, u.leave_date) for u in leaving] == [("u3", datetime(2026, 3, 31, tzinfo=UTC))]
    assert fake.requests[-1].headers["ConsistencyLevel"] == "eventual"
    assert await directory.leaving_by(datetime(2026, 3, 1)) == []


async def test_delta_reports_changes_and_removals(directory: Directory, fake: FakeGraph) -> None:
    first = await directory.users_delta()
    assert {u.id for u in first.changed} == {"u1", "u2", "u3"}
    assert first.removed == ()
    fake.users.update("u1", accountEnabled=False)
    fake.users.delete("u2")
    fake.users.delete("u3", purge=True)
    second = await directory.users_delta(first.delta_link)
    assert [(u.id, u.account_enabled) for u in second.changed] == [("u1", False)]
    assert [(r.id, r.reason) for r in second.removed] == [("u2", "changed"), ("u3", "deleted")]
    third = await directory.users_delta(second.delta_link)
    assert third.changed == ()
    assert third.removed == ()
