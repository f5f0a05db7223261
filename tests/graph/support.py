"""Shared pieces for the Graph tests: a controllable clock, a generic list, and timeouts that
fire for a hung request only, never for an ordinary one on a busy machine."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

from graph.sharepoint.schema import Column, ListSchema
from tests.fakes.graph import FakeGraph

SITE_URL = "https://contoso.sharepoint.com/sites/steward"
# A request that should succeed may take seconds on a busy machine: it gets this long.
GENEROUS = 60.0
# A request the stand-in hangs until released: its timeout is sure to fire, so it can be short.
HUNG = 0.2

TEST_LIST = ListSchema(
    "Test Records",
    (
        Column("Status", "choice", indexed=True, choices=("Open", "Closed", "Escalated")),
        Column("Note", "text"),
        Column("Score", "number"),
        Column("Urgent", "boolean"),
        Column("Due", "dateTime"),
    ),
)


class FakeClock:
    """Time that only moves when someone sleeps; every sleep is recorded."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.t = start
        self.sleeps: list[float] = []

    def now(self) -> float:
        return self.t

    async def sleep(self, delay: float) -> None:
        self.sleeps.append(delay)
        self.t += delay
        await asyncio.sleep(0)


def time_out_hung_requests(client: Any, fake: FakeGraph, seconds: float = HUNG) -> None:
    """Give the requests ``fake`` will hang a short timeout, and leave every other request the
    client's own (make the client with ``timeout=GENEROUS``).

    A short timeout for every request races the machine's load: an ordinary answer that takes
    longer fails the test. A hung request is never answered until ``fake.release()``, so its
    short timeout fires every time, however busy the machine is.
    """
    http: httpx.AsyncClient = client.request_adapter._http_client

    async def shorten(request: httpx.Request) -> None:
        if fake.will_hang(request.method, request.url.path):
            request.extensions["timeout"] = httpx.Timeout(seconds).as_dict()

    http.event_hooks["request"].append(shorten)


def give_up_once_hung(client: Any, fake: FakeGraph) -> None:
    """Make the client give up on a request, as its timeout would, once ``fake`` has hung it.

    For a request the stand-in applies and then hangs: a short real timeout could fire before a
    busy machine has applied it, and the test would see an outcome the scenario did not mean. Here
    the client gives up exactly when the request has landed and hangs; every other request keeps
    the client's own (generous) timeout.
    """
    http: httpx.AsyncClient = client.request_adapter._http_client
    http._transport = _GivesUpOnceHung(http._transport, fake)


class _GivesUpOnceHung(httpx.AsyncBaseTransport):
    def __init__(self, inner: Any, fake: FakeGraph) -> None:
        self._inner = inner
        self._fake = fake
        self.transport = inner.transport  # the connection pool, which close_graph_client closes

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not self._fake.will_hang(request.method, request.url.path):
            response: httpx.Response = await self._inner.handle_async_request(request)
            return response
        hung = self._fake.count(outcome="hung")
        sending = asyncio.ensure_future(self._inner.handle_async_request(request))
        landed = asyncio.ensure_future(self._fake.wait_for(hung + 1, outcome="hung"))
        await asyncio.wait({sending, landed}, return_when=asyncio.FIRST_COMPLETED)
        if sending.done():  # answered after all (the fault was not this request's)
            landed.cancel()
            answered: httpx.Response = sending.result()
            return answered
        sending.cancel()
        await asyncio.gather(sending, return_exceptions=True)
        raise httpx.ReadTimeout("gave up on the hung request", request=request)

    async def aclose(self) -> None:
        await self._inner.aclose()
