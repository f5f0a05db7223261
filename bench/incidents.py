"""What recording a report costs before the reporter is told, and what a change costs.

`python -m bench.incidents [--reports N]`. A temporary SQLite file with the production settings
(WAL, synchronous=FULL), so every figure includes the fsync of a committed write; the mirror
figures add the outbox hand-over used with ``BOT_STORAGE=sharepoint`` (no Graph involved: that is
the background worker's job, measured in bench/graph.py).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from graph.records.incidents import Assessment, AuditEntry, Category, IncidentStore, Report, Severity
from graph.sqlite.database import open_database
from graph.sqlite.incidents import SqliteIncidentStore
from graph.stores import open_mirrored_stores

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
REPORT = Report(Category.DATA_BREACH, "aad", "Reporter", NOW, platform="facebook", summary="Text " * 200)


def _ms(values: list[float]) -> str:
    ordered = sorted(values)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return f"p50 {statistics.median(ordered) * 1000:.2f} ms, p99 {p99 * 1000:.2f} ms"


async def _measure(store: IncidentStore, reports: int) -> tuple[list[float], list[float], float]:
    creates, updates = [], []
    for n in range(reports):
        started = time.perf_counter()
        incident = (await store.create(REPORT, Assessment(), key=f"k{n}")).incident
        creates.append(time.perf_counter() - started)
        started = time.perf_counter()
        entry = AuditEntry(incident.reference, 2, NOW, "aad", "Manager", "severity", "severity=high")
        await store.update(replace(incident, severity=Severity.HIGH), entry)
        updates.append(time.perf_counter() - started)
    started = time.perf_counter()
    await store.list_open()
    return creates, updates, time.perf_counter() - started


async def run(reports: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = await open_database(Path(folder) / "bench.sqlite3")
        local = SqliteIncidentStore(db)
        await local.create_schema()
        creates, updates, listed = await _measure(local, reports)
        print(f"incident store (SQLite), {reports} reports")
        print(f"  report (number + incident + audit, one transaction): {_ms(creates)}")
        print(f"  change (conditional write + audit): {_ms(updates)}")
        print(f"  open list of {reports}: {listed * 1000:.1f} ms")
        await db.close()
        async with open_mirrored_stores(Path(folder) / "mirror.sqlite3") as mirrored:
            creates, updates, _ = await _measure(mirrored.incidents, reports)
        print("with the copies for SharePoint queued in the same transaction")
        print(f"  report: {_ms(creates)}")
        print(f"  change: {_ms(updates)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reports", type=int, default=200)
    asyncio.run(run(parser.parse_args().reports))


if __name__ == "__main__":
    main()
