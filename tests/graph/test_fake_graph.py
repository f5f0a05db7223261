"""The stand-in itself: the Graph behaviours our code relies on, checked over bare HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from tests.fakes.graph import FakeGraph
from tests.graph.support import TEST_LIST

AUTH = {"Authorization": "Bearer x"}


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession(headers=AUTH) as session:
        yield session


async def call(http: aiohttp.ClientSession, method: str, url: str, **kw: Any) -> tuple[int, Any, Any]:
    async with http.request(method, url, **kw) as response:
        return response.status, await response.json(content_type=None), response.headers


@pytest.fixture
async def items_url(fake: FakeGraph, http: aiohttp.ClientSession) -> str:
    _, site, _ = await call(http, "GET", f"{fake.base_url}/sites/contoso.sharepoint.com:/sites/steward:")
    status, created, _ = await call(
        http, "POST", f"{fake.base_url}/sites/{site['id']}/lists", json=TEST_LIST.to_graph()
    )
    assert status == 201
    return f"{fake.base_url}/sites/{site['id']}/lists/{created['id']}/items"


async def test_items_page_with_opaque_skiptoken(items_url: str, http: aiohttp.ClientSession) -> None:
    for i in range(3):
        assert (await call(http, "POST", items_url, json={"fields": {"Note": f"n{i}"}}))[0] == 201
    _, page, _ = await call(http, "GET", f"{items_url}?$top=2")
    assert "fields" not in page["value"][0]
    assert "$skiptoken=" in page["@odata.nextLink"]
    assert "p_ID" not in page["@odata.nextLink"]
    _, last, _ = await call(http, "GET", page["@odata.nextLink"])
    assert [i["id"] for i in last["value"]] == ["3"]
    assert "@odata.nextLink" not in last


async def test_if_match_mismatch_writes_nothing(items_url: str, http: aiohttp.ClientSession) -> None:
    _, item, _ = await call(http, "POST", items_url, json={"fields": {"Status": "Open"}})
    fields_url = f"{items_url}/{item['id']}/fields"
    ok, _, _ = await call(
        http, "PATCH", fields_url, json={"Status": "Closed"}, headers={"If-Match": item["eTag"]}
    )
    stale, error, _ = await call(
        http, "PATCH", fields_url, json={"Status": "Open"}, headers={"If-Match": item["eTag"]}
    )
    _, now, _ = await call(http, "GET", f"{items_url}/{item['id']}?$expand=fields")
    assert (ok, stale, error["error"]["code"]) == (200, 412, "preconditionFailed")
    assert now["fields"]["Status"] == "Closed"


async def test_injected_throttling_carries_retry_after(
    fake: FakeGraph, items_url: str, http: aiohttp.ClientSession
) -> None:
    fake.inject(429, retry_after=3, match="/items", method="GET")
    status, body, headers = await call(http, "GET", items_url)
    assert (status, headers["Retry-After"], body["error"]["code"]) == (429, "3", "TooManyRequests")
    assert (await call(http, "GET", items_url))[0] == 200
    assert fake.count("GET", "/items", outcome="fault") == 1


async def test_invalid_choice_and_unknown_route_are_400(items_url: str, http: aiohttp.ClientSession) -> None:
    assert (await call(http, "POST", items_url, json={"fields": {"Status": "Maybe"}}))[0] == 400
    assert (await call(http, "GET", items_url + "?$filter=fields/Status eq 'Open' or fields/Status eq 'x'"))[
        0
    ] == 400
    assert (await call(http, "GET", items_url.replace("/items", "/nonsense")))[0] == 400
