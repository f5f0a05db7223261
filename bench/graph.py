"""List-item create and 100-item read: typed msgraph models vs our adapter path vs bare aiohttp.

Run: ``.venv/bin/python -m bench.graph [--creates 200] [--reads 20]``. The loopback Graph
stand-in runs in a child process on 127.0.0.1, so the figures are the client's own cost
plus loopback HTTP. Goals: adapter create ≤ 3× bare aiohttp, adapter 100-item read ≤ 10 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import statistics
import time
from collections.abc import Awaitable, Callable
from multiprocessing.connection import Connection
from typing import Any

import aiohttp

from graph.msgraph.client import StaticTokenCredential, close_graph_client, make_graph_client
from graph.msgraph.transport import GraphTransport
from graph.sharepoint.lists import SharePointLists
from graph.sharepoint.schema import Column, ListSchema

SITE = "https://contoso.sharepoint.com/sites/bench"
SCHEMA = ListSchema(
    "Bench", (Column("Status", "choice", indexed=True, choices=("Open", "Closed")), Column("Note", "text"))
)
BARE, OURS, OURS_HTTPX, TYPED = (
    "bare aiohttp",
    "adapter JSON (aiohttp)",
    "adapter JSON (SDK httpx)",
    "typed SDK models",
)
FIELDS = {"Status": "Open", "Note": "A short note of about the length people type."}


def _serve(conn: Connection) -> None:
    from tests.fakes.graph import FakeGraph

    async def main() -> None:
        async with FakeGraph() as fake:
            fake.add_site(SITE)
            conn.send(fake.base_url)
            await asyncio.get_running_loop().run_in_executor(None, conn.recv)

    asyncio.run(main())


async def _time(n: int, call: Callable[[int], Awaitable[Any]]) -> tuple[float, float]:
    """Median wall ms per call and mean client CPU ms per call."""
    walls: list[float] = []
    cpu0 = time.process_time()
    for i in range(n):
        t0 = time.perf_counter()
        await call(i)
        walls.append((time.perf_counter() - t0) * 1000)
    return statistics.median(walls), (time.process_time() - cpu0) * 1000 / n


async def run(base_url: str, creates: int, reads: int) -> dict[str, dict[str, tuple[float, float]]]:
    client = make_graph_client(StaticTokenCredential(), base_url=base_url)
    lists = SharePointLists(GraphTransport.of(client), SITE)
    sdk_http = make_graph_client(StaticTokenCredential(), base_url=base_url, http="httpx")
    lists_httpx = SharePointLists(GraphTransport.of(sdk_http), SITE)
    await lists.ensure_list(SCHEMA)
    sid, lid = await lists.site_id(), await lists.list_id(SCHEMA.name)
    items = f"{base_url}/sites/{sid}/lists/{lid}/items"
    builder = client.sites.by_site_id(sid).lists.by_list_id(lid).items
    from kiota_abstractions.base_request_configuration import RequestConfiguration
    from msgraph.generated.models.field_value_set import FieldValueSet
    from msgraph.generated.models.list_item import ListItem
    from msgraph.generated.sites.item.lists.item.items.items_request_builder import ItemsRequestBuilder

    query = ItemsRequestBuilder.ItemsRequestBuilderGetQueryParameters(expand=["fields"], top=100)
    typed_read = RequestConfiguration(query_parameters=query)
    headers = {"Authorization": "Bearer loopback-token"}
    results: dict[str, dict[str, tuple[float, float]]] = {"create": {}, "read 100": {}}
    async with aiohttp.ClientSession(headers=headers) as http:

        async def bare_create(i: int) -> None:
            body = {"fields": {**FIELDS, "IdempotencyKey": f"bare-{i}"}}
            async with http.post(items, json=body) as response:
                await response.json()

        async def bare_read(_: int) -> None:
            async with http.get(items, params={"$expand": "fields", "$top": "100"}) as response:
                assert len((await response.json())["value"]) == 100

        async def typed_create(i: int) -> None:
            await builder.post(
                ListItem(fields=FieldValueSet(additional_data={**FIELDS, "IdempotencyKey": f"t-{i}"}))
            )

        async def adapter_create(i: int) -> None:
            await lists.create_item(SCHEMA.name, FIELDS, f"a-{i}")

        async def httpx_create(i: int) -> None:
            await lists_httpx.create_item(SCHEMA.name, FIELDS, f"h-{i}")

        async def typed_get(_: int) -> None:
            assert len((await builder.get(request_configuration=typed_read)).value) == 100

        async def adapter_read(_: int) -> None:
            assert len(await lists.query(SCHEMA.name, top=100, limit=100)) == 100

        async def httpx_read(_: int) -> None:
            assert len(await lists_httpx.query(SCHEMA.name, top=100, limit=100)) == 100

        creators = ((BARE, bare_create), (OURS, adapter_create), (OURS_HTTPX, httpx_create))
        for name, fn in creators:
            await fn(-1)  # warm up connections and code paths
            results["create"][name] = await _time(creates, fn)
        await typed_create(-1)
        results["create"][TYPED] = await _time(max(1, creates // 4), typed_create)
        for name, reader in ((BARE, bare_read), (OURS, adapter_read), (OURS_HTTPX, httpx_read)):
            await reader(0)
            results["read 100"][name] = await _time(reads, reader)
        await typed_get(0)
        results["read 100"][TYPED] = await _time(max(1, min(reads, 3)), typed_get)
    await close_graph_client(client)
    await close_graph_client(sdk_http)
    return results


def report(results: dict[str, dict[str, tuple[float, float]]]) -> list[str]:
    lines = [f"{'operation':<10} {'path':<26} {'median ms':>10} {'CPU ms':>8} {'× bare':>7}"]
    for op, rows in results.items():
        bare = rows[BARE][0]
        for path, (wall, cpu) in rows.items():
            lines.append(f"{op:<10} {path:<26} {wall:>10.2f} {cpu:>8.2f} {wall / bare:>7.1f}")
    create_ratio = results["create"][OURS][0] / results["create"][BARE][0]
    read_ms = results["read 100"][OURS][0]
    lines.append(
        f"goal: adapter create ≤ 3× bare → {create_ratio:.1f}× {'met' if create_ratio <= 3 else 'NOT met'}"
    )
    lines.append(
        f"goal: adapter 100-item read ≤ 10 ms → {read_ms:.1f} ms {'met' if read_ms <= 10 else 'NOT met'}"
    )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--creates", type=int, default=200)
    parser.add_argument("--reads", type=int, default=20)
    args = parser.parse_args()
    creates, reads = max(1, min(args.creates, 2000)), max(1, min(args.reads, 200))
    ctx = multiprocessing.get_context("spawn")
    ours, theirs = ctx.Pipe()
    server = ctx.Process(target=_serve, args=(theirs,), daemon=True)
    server.start()
    try:
        base_url = ours.recv()
        for line in report(asyncio.run(run(base_url, creates, reads))):
            print(line)
    finally:
        ours.send("stop")
        server.join(timeout=10)


if __name__ == "__main__":
    main()
