from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from graph.msgraph.client import StaticTokenCredential, close_graph_client, make_graph_client
from graph.msgraph.transport import GraphTransport
from graph.sharepoint.lists import SharePointLists
from tests.fakes.graph import FakeGraph
from tests.graph.support import SITE_URL, FakeClock


@pytest.fixture
async def fake() -> AsyncIterator[FakeGraph]:
    async with FakeGraph() as graph:
        graph.add_site(SITE_URL)
        yield graph


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def graph_client(fake: FakeGraph) -> AsyncIterator[Any]:
    """The real GraphServiceClient; SDK retries off so tests own time (one test turns them on)."""
    client = make_graph_client(StaticTokenCredential(), base_url=fake.base_url, retry_delay=0, max_retries=0)
    yield client
    await close_graph_client(client)


@pytest.fixture
def transport(graph_client: Any) -> GraphTransport:
    return GraphTransport.of(graph_client)


@pytest.fixture
def lists(transport: GraphTransport, clock: FakeClock) -> SharePointLists:
    return SharePointLists(transport, SITE_URL, sleep=clock.sleep, base_delay=0.5)
