"""One contract suite per store Protocol, run against SQLite and against SharePoint.

Every test in this folder that asks for ``backend`` runs twice: ``[sqlite]`` on a fresh
database file, and ``[sharepoint]`` on the loopback Graph stand-in (``FakeGraph``) through
the real ``GraphServiceClient``, with the SDK's retries off and our own retry delays zero.
Both must pass the same assertions; where SharePoint behaves differently, the store is
fixed, not the test.

To add a contract suite for another store, write ``tests/graph/contract/test_<store>_contract.py``
with a fixture that opens the store on either backend, and write the tests against the Protocol
only::

    @pytest.fixture
    async def reviews(backend: Backend) -> ReviewStore:
        store: ReviewStore = await backend.open(SqliteReviewStore, SharePointReviewStore)
        return store

    async def test_something(reviews: ReviewStore) -> None: ...

A store kept only locally (people, questions) has its suite override ``backend`` with
:func:`local_backend`, so the same tests run on SQLite alone.

``backend.open`` builds the store from the SQLite connection or the ``SharePointLists``
and calls its ``create_schema()``. Call it again for a second store object on the same
storage: a second bot instance (for "first wins" and "exactly once" checks). For a test
that must look underneath the Protocol (e.g. which columns exist), ``backend.name`` says
which it is, and ``backend.db`` / ``backend.lists`` / ``backend.fake`` give the storage.
The SharePoint side costs a loopback server per test, so keep each test to a few calls.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeVar

import pytest

from graph.msgraph.client import StaticTokenCredential, close_graph_client, make_graph_client
from graph.msgraph.transport import GraphTransport
from graph.sharepoint.lists import SharePointLists
from graph.sqlite.database import Database, open_database
from tests.fakes.graph import FakeGraph
from tests.graph.support import SITE_URL

BACKENDS = ("sqlite", "sharepoint")


class _HasSchema(Protocol):
    def create_schema(self) -> Awaitable[None]: ...


A = TypeVar("A", bound=_HasSchema)
B = TypeVar("B", bound=_HasSchema)


@dataclass
class Backend:
    """Where a contract test's stores live; see the module docstring."""

    name: str
    db: Database | None = None
    lists: SharePointLists | None = None
    fake: FakeGraph | None = None

    async def open(
        self,
        sqlite: Callable[[Database], A],
        sharepoint: Callable[[SharePointLists], B] | None = None,
    ) -> A | B:
        """A store of the kind this backend runs, with its tables or lists in place.

        Annotating the result with the Protocol makes mypy check both classes against it.
        """
        store: A | B
        if self.db is not None:
            store = sqlite(self.db)
        else:
            assert self.lists is not None
            assert sharepoint is not None, "this store is kept only locally"
            store = sharepoint(self.lists)
        await store.create_schema()
        return store


@asynccontextmanager
async def local_backend(tmp_path: Path) -> AsyncIterator[Backend]:
    """The SQLite backend alone, for the stores that have no SharePoint implementation."""
    db = await open_database(tmp_path / "contract.sqlite3")
    try:
        yield Backend("sqlite", db=db)
    finally:
        await db.close()


@pytest.fixture(params=BACKENDS)
async def backend(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Backend]:
    if request.param == "sqlite":
        async with local_backend(tmp_path) as local:
            yield local
        return
    async with FakeGraph() as fake:
        fake.add_site(SITE_URL)
        client = make_graph_client(
            StaticTokenCredential(), base_url=fake.base_url, retry_delay=0, max_retries=0
        )
        try:
            lists = SharePointLists(GraphTransport.of(client), SITE_URL, base_delay=0, max_delay=0)
            yield Backend("sharepoint", lists=lists, fake=fake)
        finally:
            await close_graph_client(client)
