"""A busy morning: many people report incidents at once through the whole bot.

`python -m bench.reporters [--reporters 16] [--reports 200]`. The real app on loopback HTTP with the
loopback Bot Connector, each reporter typing "report incident", choosing "data breach" and
sending the form, as in Teams (three turns per report). Prints failed turns (the goal is none),
turn latency, throughput, and, with SharePoint (the loopback Graph), how long the copies take to
reach the lists after the last report.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import logging
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from aiohttp.test_utils import TestClient, TestServer

from bot.app import CONTEXT, Overrides, create_app
from bot.config import Settings
from bot.provisioning import run_provision
from graph.stores import SyncTiming
from tests.builders import TeamsClient, User, _user
from tests.drills.test_many_reporters import report_once
from tests.fakes.connector import FakeConnector
from tests.fakes.graph import FakeGraph

SITE = "https://homestartsuffolk.sharepoint.com/sites/policy-steward"


class TimedTeams(TeamsClient):
    """Records how long each turn took and which ones failed."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.times: list[float] = []
        self.failed = 0

    async def post(self, body: Any, *, headers: dict[str, str] | None = None) -> tuple[int, Any]:
        started = time.perf_counter()
        status, payload = await super().post(body, headers=headers)
        self.times.append(time.perf_counter() - started)
        self.failed += status >= 400
        return status, payload


async def run(settings: Settings, reporters: int, reports: int) -> tuple[TimedTeams, float, float]:
    connector = FakeConnector()
    await connector.start()
    fast = SyncTiming(base_delay=0.05, max_delay=1.0, sdk_retry_delay=0, sdk_max_retries=0, grace=0.05)
    app = create_app(settings, Overrides(sync_timing=fast))
    people = [_user(f"reporter.{n}", f"Reporter {n}", 200 + n) for n in range(reporters)]
    try:
        async with TestClient(TestServer(app, host="127.0.0.1", port=0)) as client:
            teams = TimedTeams(client, connector)
            for user in people:
                connector.members[user.aad_object_id] = user.as_member()
            left = list(range(reports))

            async def reporter(user: User) -> None:
                while left:
                    left.pop()
                    try:
                        await report_once(teams, user)
                    except AssertionError:
                        teams.failed += 1

            started = time.perf_counter()
            await asyncio.gather(*(reporter(user) for user in people))
            elapsed = time.perf_counter() - started
            ctx = client.app[CONTEXT]
            await ctx.tasks.drain()
            drained = 0.0
            if ctx.stores.sync is not None:
                await ctx.stores.sync.drained()
                drained = time.perf_counter() - started - elapsed
            return teams, elapsed, drained
    finally:
        await connector.close()


def show(label: str, teams: TimedTeams, elapsed: float, drained: float, reports: int) -> None:
    times = sorted(teams.times)
    p95 = times[int(len(times) * 0.95)]
    print(
        f"{label}: {len(times)} turns, {teams.failed} failed;"
        f" turn p50 {statistics.median(times) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms;"
        f" {reports / elapsed:.1f} reports/s"
        + (f"; SharePoint caught up {drained:.1f} s after the last report" if drained else "")
    )


async def main(reporters: int, reports: int) -> None:
    logging.disable(logging.WARNING)  # botbuilder's warnings about card fields, once per turn
    print(f"{reporters} people reporting {reports} incidents at once")
    with tempfile.TemporaryDirectory() as folder:
        local = Settings(_env_file=None, data_dir=Path(folder) / "local")
        show("local store", *await run(local, reporters, reports), reports)
        async with FakeGraph() as graph:
            graph.add_site(SITE)
            shared = Settings(
                _env_file=None,
                data_dir=Path(folder) / "sharepoint",
                storage="sharepoint",
                sharepoint_site_url=SITE,
                graph_base_url=graph.base_url,
                graph_credential="static",
            )
            await run_provision(shared, out=io.StringIO(), err=io.StringIO())
            show("SharePoint mode", *await run(shared, reporters, reports), reports)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reporters", type=int, default=16)
    parser.add_argument("--reports", type=int, default=200)
    arguments = parser.parse_args()
    asyncio.run(main(arguments.reporters, arguments.reports))
