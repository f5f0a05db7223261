"""The incident stores the contract tests run against, opened fresh for each test."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from graph.msgraph.client import StaticTokenCredential, close_graph_client, make_graph_client
from graph.msgraph.transport import GraphTransport
from graph.records.incidents import AuditLog, IncidentStore
from graph.sharepoint.incidents import INCIDENT_LISTS, SharePointIncidentStore
from graph.sharepoint.lists import SharePointLists
from graph.sqlite.database import open_database
from graph.sqlite.incidents import SqliteIncidentStore
from tests.fakes.graph import FakeGraph
from tests.graph.support import SITE_URL

KINDS = ("sqlite", "sharepoint")


@dataclass(frozen=True)
class StorePair:
    incidents: IncidentStore
    audit: AuditLog


async def _no_wait(delay: float) -> None:
    await asyncio.sleep(0)


@asynccontextmanager
async def open_stores(kind: str, tmp_path: Path, fake: FakeGraph) -> AsyncIterator[StorePair]:
    if kind == "sharepoint":
        client = make_graph_client(
            StaticTokenCredential(), base_url=fake.base_url, retry_delay=0, max_retries=0
        )
        try:
            lists = SharePointLists(GraphTransport.of(client), SITE_URL, sleep=_no_wait)
            for schema in INCIDENT_LISTS:
                await lists.ensure_list(schema)
            store = SharePointIncidentStore(lists)
            yield StorePair(store, store.audit)
        finally:
            await close_graph_client(client)
        return
    db = await open_database(tmp_path / "incidents.sqlite3")
    try:
        local = SqliteIncidentStore(db)
        await local.create_schema()
        yield StorePair(local, local.audit)
    finally:
        await db.close()
