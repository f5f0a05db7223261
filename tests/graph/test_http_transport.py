"""Both ways of sending (aiohttp underneath, or the SDK's own httpx) fail the same way."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from graph.msgraph.client import StaticTokenCredential, close_graph_client, make_graph_client
from graph.msgraph.errors import NotFound, Unavailable
from graph.msgraph.transport import GraphTransport
from tests.fakes.graph import FakeGraph
from tests.graph.support import GENEROUS, time_out_hung_requests

SITE_PATH = "/sites/contoso.sharepoint.com:/sites/steward:"


@pytest.fixture(params=["aiohttp", "httpx"])
async def raw(request: pytest.FixtureRequest, fake: FakeGraph) -> AsyncIterator[GraphTransport]:
    client = make_graph_client(
        StaticTokenCredential(), base_url=fake.base_url, max_retries=0, timeout=GENEROUS, http=request.param
    )
    time_out_hung_requests(client, fake)
    yield GraphTransport.of(client)
    fake.release()
    await close_graph_client(client)


async def test_json_headers_and_status_pass_through(raw: GraphTransport, fake: FakeGraph) -> None:
    response = await raw.send("GET", raw.url(SITE_PATH), headers={"Prefer": "x"})
    assert response.status == 200
    assert response.body["id"].startswith("contoso.sharepoint.com,")
    assert fake.requests[-1].headers["Prefer"] == "x"
    with pytest.raises(NotFound):
        await raw.send("GET", raw.url("/sites/contoso.sharepoint.com:/sites/none:"))


@pytest.mark.parametrize(
    ("fault", "ambiguous"),
    [("drop", True), ("hang", True), ("reset_before", True), ("throttle", False)],
)
async def test_failures_become_unavailable(
    raw: GraphTransport, fake: FakeGraph, fault: str, ambiguous: bool
) -> None:
    faults: dict[str, Any] = {
        "drop": lambda: fake.drop_after_commit(match="/lists", method="POST"),
        "hang": lambda: fake.hang(match="/lists", method="POST"),
        "reset_before": lambda: fake.down(reset=True),
        "throttle": lambda: fake.inject(429, retry_after=4),
    }
    faults[fault]()
    with pytest.raises(Unavailable) as caught:
        await raw.send("POST", raw.url(SITE_PATH + "/lists"), body={"displayName": "L"}, sdk_retry=False)
    assert caught.value.ambiguous is ambiguous


async def test_refused_connection_was_never_sent(fake: FakeGraph) -> None:
    base = fake.base_url
    await fake.close()
    for http in ("aiohttp", "httpx"):  # no fixture: the server is gone
        client = make_graph_client(StaticTokenCredential(), base_url=base, max_retries=0, http=http)
        try:
            with pytest.raises(Unavailable) as caught:
                await GraphTransport.of(client).send("GET", base + SITE_PATH)
            assert caught.value.ambiguous is False
        finally:
            await close_graph_client(client)
