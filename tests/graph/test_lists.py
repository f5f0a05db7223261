from __future__ import annotations

from typing import Any

import pytest

from graph.msgraph.client import StaticTokenCredential, close_graph_client, make_graph_client
from graph.msgraph.errors import (
    BadRequest,
    Conflict,
    GraphConfigError,
    NotFound,
    PermissionDenied,
    Unavailable,
)
from graph.msgraph.transport import GraphTransport
from graph.sharepoint.lists import PREFER_NON_INDEXED, SharePointLists, site_path
from graph.sharepoint.schema import Column, ListSchema, fields_eq
from tests.fakes.graph import FakeGraph
from tests.graph.support import GENEROUS, SITE_URL, TEST_LIST, FakeClock, give_up_once_hung

NAME = TEST_LIST.name


@pytest.fixture
async def ready(lists: SharePointLists) -> SharePointLists:
    await lists.ensure_list(TEST_LIST)
    return lists


def test_site_path_uses_get_by_path() -> None:
    assert (
        site_path("https://contoso.sharepoint.com/sites/a b") == "/sites/contoso.sharepoint.com:/sites/a%20b:"
    )
    assert site_path("https://contoso.sharepoint.com/") == "/sites/contoso.sharepoint.com"
    with pytest.raises(GraphConfigError):
        site_path("http://contoso.sharepoint.com/sites/x")


async def test_ensure_list_creates_then_is_idempotent(lists: SharePointLists, fake: FakeGraph) -> None:
    first = await lists.ensure_list(TEST_LIST)
    again = await lists.ensure_list(TEST_LIST)
    assert first.created
    assert "IdempotencyKey" in first.added_columns
    assert not again.created
    assert not again.added_columns
    assert fake.count("POST", "/lists") == 1


async def test_ensure_list_adds_missing_columns_and_indexes(lists: SharePointLists, fake: FakeGraph) -> None:
    await lists.ensure_list(ListSchema(NAME, (Column("Note", "number"), Column("Status", "text"))))
    grown = ListSchema(
        NAME, (Column("Note", "text"), Column("Status", "text", indexed=True), Column("X", "boolean"))
    )
    result = await lists.ensure_list(grown)
    assert result.added_columns == ("X",)
    assert result.indexed_columns == ("Status",)
    assert result.mismatched == ("Note",)


async def test_missing_site_is_a_config_error(transport: GraphTransport) -> None:
    lists = SharePointLists(transport, "https://contoso.sharepoint.com/sites/nowhere")
    with pytest.raises(GraphConfigError, match="site not found"):
        await lists.ensure_list(TEST_LIST)


async def test_site_without_grant_says_sites_selected(transport: GraphTransport, fake: FakeGraph) -> None:
    fake.add_site("https://contoso.sharepoint.com/sites/private", role=None)
    lists = SharePointLists(transport, "https://contoso.sharepoint.com/sites/private")
    with pytest.raises(PermissionDenied, match=r"Sites\.Selected"):
        await lists.site_id()


async def test_write_role_cannot_create_lists(transport: GraphTransport, fake: FakeGraph) -> None:
    fake.add_site("https://contoso.sharepoint.com/sites/writeonly", role="write")
    lists = SharePointLists(transport, "https://contoso.sharepoint.com/sites/writeonly")
    with pytest.raises(PermissionDenied, match="fullcontrol"):
        await lists.ensure_list(TEST_LIST)


async def test_missing_list_is_not_found(lists: SharePointLists) -> None:
    with pytest.raises(NotFound, match="provisioning"):
        await lists.create_item("Nope", {}, "k")


async def test_create_get_update_and_stale_etag(ready: SharePointLists) -> None:
    item = await ready.create_item(NAME, {"Status": "Open", "Note": "n", "Score": 3, "Urgent": True}, "k1")
    assert item.key == "k1"
    assert item.fields["Score"] == 3
    updated = await ready.update_fields(NAME, item.id, {"Status": "Closed"}, item.etag)
    assert updated.etag != item.etag
    assert (await ready.get_item(NAME, item.id)).fields["Status"] == "Closed"
    with pytest.raises(Conflict):
        await ready.update_fields(NAME, item.id, {"Status": "Open"}, item.etag)
    assert (await ready.get_item(NAME, item.id)).fields["Status"] == "Closed"


async def test_bad_field_is_bad_request(ready: SharePointLists) -> None:
    with pytest.raises(BadRequest, match="not recognized"):
        await ready.create_item(NAME, {"Nonsense": 1}, "k")


async def test_query_filters_and_follows_pages(ready: SharePointLists, fake: FakeGraph) -> None:
    for i in range(5):
        await ready.create_item(NAME, {"Status": "Open" if i % 2 else "Closed", "Note": f"n{i}"}, f"k{i}")
    items = await ready.query(NAME, top=2)
    assert [i.key for i in items] == [f"k{i}" for i in range(5)]
    assert fake.count("GET", "/items") == 3
    open_ = await ready.query(NAME, filter=fields_eq({"Status": "Open"}), select=["Note"])
    assert [i.fields["Note"] for i in open_] == ["n1", "n3"]
    assert "Status" not in open_[0].fields
    assert len(await ready.query(NAME, top=2, limit=3)) == 3


async def test_non_indexed_filter_needs_prefer(ready: SharePointLists, fake: FakeGraph) -> None:
    await ready.create_item(NAME, {"Note": "it's here"}, "k")
    with pytest.raises(BadRequest, match="not indexed"):
        await ready.query(NAME, filter=fields_eq({"Note": "it's here"}))
    found = await ready.query(NAME, filter=fields_eq({"Note": "it's here"}), allow_unindexed=True)
    assert [i.key for i in found] == ["k"]
    assert fake.requests[-1].headers["Prefer"] == PREFER_NON_INDEXED
    await ready.find_by_key(NAME, "k")
    assert "Prefer" not in fake.requests[-1].headers


async def test_dropped_create_is_looked_up_not_repeated(ready: SharePointLists, fake: FakeGraph) -> None:
    fake.drop_after_commit()
    item = await ready.create_item(NAME, {"Status": "Open"}, "k1")
    assert len(fake.items(NAME)) == 1
    assert item.key == "k1"
    assert fake.count("POST", "/items") == 1


async def test_gateway_errors_are_not_re_posted_blindly(
    ready: SharePointLists, fake: FakeGraph, clock: FakeClock
) -> None:
    fake.inject(504, count=2, match="/items", method="POST")
    await ready.create_item(NAME, {"Status": "Open"}, "k1")
    assert fake.count("POST", "/items") == 3  # no SDK re-POST: only our three attempts
    assert fake.count("GET", "/items") == 2  # looked up before each re-send
    assert len(clock.sleeps) == 2


async def test_throttled_create_honours_retry_after(
    ready: SharePointLists, fake: FakeGraph, clock: FakeClock
) -> None:
    fake.inject(429, retry_after=7, count=1, match="/items", method="POST")
    await ready.create_item(NAME, {"Status": "Open"}, "k1")
    assert clock.sleeps == [7.0]
    assert fake.count("GET", "/items") == 0  # a 429 was never applied: no lookup needed


async def test_create_gives_up_after_its_attempts(ready: SharePointLists, fake: FakeGraph) -> None:
    fake.down()
    with pytest.raises(Unavailable):
        await ready.create_item(NAME, {"Status": "Open"}, "k1")
    fake.up()
    assert fake.items(NAME) == []


async def test_update_dropped_after_commit_is_not_a_conflict(ready: SharePointLists, fake: FakeGraph) -> None:
    item = await ready.create_item(NAME, {"Status": "Open"}, "k1")
    fake.drop_after_commit(match="/fields", method="PATCH")
    updated = await ready.update_fields(NAME, item.id, {"Status": "Closed"}, item.etag)
    assert updated.fields["Status"] == "Closed"
    assert fake.count("PATCH") == 1


async def test_update_after_an_ambiguous_failure_and_someone_elses_edit_conflicts(
    ready: SharePointLists, fake: FakeGraph
) -> None:
    item = await ready.create_item(NAME, {"Status": "Open"}, "k1")
    fake.inject(503, match="/fields", method="PATCH")
    fake.on_next(lambda g: g.edit_item(NAME, item.id, Note="theirs"), match="/items/", method="GET")
    with pytest.raises(Conflict):
        await ready.update_fields(NAME, item.id, {"Status": "Closed"}, item.etag)
    assert fake.items(NAME)[0]["Status"] == "Open"


async def test_timed_out_create_does_not_duplicate(fake: FakeGraph, clock: FakeClock) -> None:
    client = make_graph_client(
        StaticTokenCredential(), base_url=fake.base_url, max_retries=0, timeout=GENEROUS
    )
    give_up_once_hung(client, fake)
    try:
        lists = SharePointLists(GraphTransport.of(client), SITE_URL, sleep=clock.sleep)
        await lists.ensure_list(TEST_LIST)
        fake.hang(match="/items", method="POST")
        item = await lists.create_item(NAME, {"Status": "Open"}, "k1")
        assert item.key == "k1"
        assert len(fake.items(NAME)) == 1
    finally:
        fake.release()
        await close_graph_client(client)


async def test_sdk_retry_still_serves_reads(fake: FakeGraph) -> None:
    client = make_graph_client(StaticTokenCredential(), base_url=fake.base_url, retry_delay=0, max_retries=1)
    try:
        lists = SharePointLists(GraphTransport.of(client), SITE_URL)
        fake.inject(429, retry_after=1, match="/sites/", method="GET")
        assert await lists.site_id()
        retried = [r for r in fake.requests if "Retry-Attempt" in r.headers]
        assert len(retried) == 1
    finally:
        await close_graph_client(client)


async def test_typed_sdk_calls_work_against_the_stand_in(graph_client: Any, ready: SharePointLists) -> None:
    site = await graph_client.sites.by_site_id(await ready.site_id()).get()
    assert site.id == await ready.site_id()


async def test_delete_item_twice_is_harmless(ready: SharePointLists, fake: FakeGraph) -> None:
    item = await ready.create_item(NAME, {"Status": "Open"}, "k-del")
    assert await ready.delete_item(NAME, item.id)
    assert not await ready.delete_item(NAME, item.id)
    assert await ready.find_by_key(NAME, "k-del") is None
    assert fake.items(NAME) == []


async def test_single_line_text_holds_255_characters(lists: SharePointLists) -> None:
    long_text = ListSchema("Long Text", (Column("Short", "text"), Column("Long", "text", multiline=True)))
    await lists.ensure_list(long_text)
    await lists.create_item(long_text.name, {"Short": "x" * 255, "Long": "y" * 5000}, "ok")
    with pytest.raises(BadRequest):
        await lists.create_item(long_text.name, {"Short": "x" * 256}, "too-long")
