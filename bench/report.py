"""Time and peak memory to build the Board report of the demo year.

`python -m bench.report`. The made-up year is written to a temporary SQLite store first (not
timed); then the report is built three times the way the bot builds it: read the records,
compute the figures, draw the charts, write the Word file. The first build pays for importing
matplotlib and python-docx, which the bot never loads before someone asks for a report.
"Extra" memory is the process's peak resident size after the builds minus before the first.
"""

from __future__ import annotations

import asyncio
import resource
import statistics
import tempfile
import time
from pathlib import Path

from bot.config import Settings
from bot.org_file import load_org_config
from bot.report.build import build
from bot.report.cli import DEMO_AS_OF
from bot.report.demo import DEMO_PERIOD, write_demo_year
from bot.report.records import platforms_of, read_records, working_day_rule
from graph.stores import open_local_stores

RUNS = 3


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def run() -> None:
    org = load_org_config(Settings(_env_file=None).org_file)
    with tempfile.TemporaryDirectory() as folder:
        async with open_local_stores(Path(folder) / "demo.sqlite3") as stores:
            await write_demo_year(stores, org)
            before = _peak_mb()
            times, size = [], 0
            for _ in range(RUNS):
                started = time.perf_counter()
                records = await read_records(
                    stores,
                    DEMO_PERIOD,
                    as_of=DEMO_AS_OF,
                    timezone=org.timezone,
                    is_working_day=working_day_rule(org),
                    platforms=platforms_of(org),
                )
                built = await asyncio.to_thread(build, records, org, built_at=DEMO_AS_OF)
                times.append(time.perf_counter() - started)
                size = len(built.docx)
            after = _peak_mb()
    print(
        f"bench.report: demo year ({len(records.incidents)} incidents, {len(records.approvals)} approvals, "
        f"{len(records.questions)} questions), {size / 1024:.0f} KB document"
    )
    print(f"  first build (imports matplotlib, python-docx): {times[0]:.2f} s")
    print(f"  later builds: median {statistics.median(times[1:]):.2f} s")
    print(f"  peak memory: {before:.0f} MB before, {after:.0f} MB after: {after - before:.0f} MB extra")
    print("  goal: under 5 s and under 150 MB extra")


if __name__ == "__main__":
    asyncio.run(run())
