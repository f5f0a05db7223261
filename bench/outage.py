"""How long SharePoint takes to catch up once Graph returns from an outage.

`python -m bench.outage [--outage 60] [--reports 200]`. Reports are recorded while the loopback
Graph answers every request with 503; when it comes back, the figure is the time until the last
copy has reached its list. The sync worker runs with the production settings (backoff from 1 s,
at most 30 s while Graph is down, a probe every 5 s, four writes at a time once it works).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from graph.msgraph.client import StaticTokenCredential, close_graph_client, make_graph_client
from graph.msgraph.transport import GraphTransport
from graph.records.incidents import Assessment, Category, Report
from graph.sharepoint.lists import SharePointLists
from graph.sharepoint.schemas import all_schemas
from graph.stores import open_mirrored_stores
from graph.sync.worker import SyncWorker
from tests.fakes.graph import FakeGraph

SITE = "https://homestartsuffolk.sharepoint.com/sites/policy-steward"


async def main(outage: float, reports: int) -> None:
    logging.disable(logging.WARNING)
    async with FakeGraph() as fake:
        fake.add_site(SITE)
        client = make_graph_client(
            StaticTokenCredential(), base_url=fake.base_url, retry_delay=3, max_retries=3
        )
        try:
            lists = SharePointLists(GraphTransport.of(client), SITE, base_delay=1.0, max_delay=300.0)
            for schema in all_schemas():
                await lists.ensure_list(schema)
            with tempfile.TemporaryDirectory() as folder:
                async with open_mirrored_stores(Path(folder) / "bench.sqlite3") as stores:
                    assert stores.outbox is not None
                    worker = SyncWorker(stores.outbox, lists)
                    fake.down()
                    worker.start()
                    at = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
                    for n in range(reports):
                        report = Report(Category.COMPLAINT, "aad", "Reporter", at, summary="A rude comment")
                        await stores.incidents.create(report, Assessment(), key=f"k{n}")
                    await asyncio.sleep(outage)
                    fake.up()
                    back = time.perf_counter()
                    await stores.outbox.wait_drained()
                    drained = time.perf_counter() - back
                    await worker.stop()
                    items = len(await stores.outbox.entries("done"))
        finally:
            await close_graph_client(client)
    print(
        f"{reports} reports recorded during a {outage:.0f} s Graph outage: all {items} list items written"
        f" {drained:.1f} s after Graph came back"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--outage", type=float, default=60.0)
    parser.add_argument("--reports", type=int, default=200)
    arguments = parser.parse_args()
    asyncio.run(main(arguments.outage, arguments.reports))
