"""Provisioning creates every list the SharePoint stores use, and the running bot needs only 'write'."""

from __future__ import annotations

from datetime import UTC, datetime

from graph.records.register import NewGrant
from graph.sharepoint.lists import SharePointLists
from graph.sharepoint.provision import provision
from graph.sharepoint.register import SharePointRegisterStore
from graph.sharepoint.reviews import SharePointReviewStore
from graph.sharepoint.schemas import all_schemas
from tests.fakes.graph import FakeGraph

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)


def test_every_list_is_declared_once_with_plain_names() -> None:
    schemas = all_schemas()
    names = [s.name for s in schemas]
    assert len(names) == len(set(names))
    assert all(name.startswith("Policy Steward ") for name in names)
    assert {"Policy Steward incidents", "Policy Steward approvals", "Policy Steward leavers"} <= set(names)


def test_only_the_lists_the_running_bot_uses_are_provisioned() -> None:
    """People, jobs and questions stay local, and references are numbered locally."""
    names = {s.name for s in all_schemas()}
    local = {"people", "chats", "welcomed chats", "jobs", "questions", "incident counters"}
    assert not names & {f"Policy Steward {name}" for name in local}


async def test_provision_then_run_with_the_write_role(lists: SharePointLists, fake: FakeGraph) -> None:
    first = await provision(lists, all_schemas())
    assert all(r.created for r in first.results)
    again = await provision(lists, all_schemas())
    assert not again.changed
    for site in fake.sites.sites.values():
        site.role = "write"  # Sites.Selected 'write': items yes, lists and columns no
    reviews, register = SharePointReviewStore(lists), SharePointRegisterStore(lists)
    for store in (reviews, register):
        await store.create_schema()  # checking up-to-date lists needs no more than 'write'
    grant = await register.grant(NewGrant("facebook", "jo@example.org", "Jo"), "Alex", NOW)
    assert await register.get(grant.id) == grant
    assert await reviews.records() == []
