"""How fast the approvals store answers, and what a burst of simultaneous decisions costs.

`python -m bench.approvals [--requests N]`. Uses a temporary SQLite file with the production
settings (WAL, synchronous=FULL), so the figures include the fsync of every committed write.
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

from graph.records.approvals import Actor, ApprovalState, AuditAction, AuditEntry, Decision, Draft, Outcome
from graph.sqlite.approvals import SqliteApprovalStore
from graph.sqlite.database import open_database

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
DRAFT = Draft("announcement", "Title", ("facebook",), "Text " * 100, "", None, "normal", "yes")


def _ms(values: list[float]) -> str:
    ordered = sorted(values)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return f"p50 {statistics.median(ordered) * 1000:.2f} ms, p99 {p99 * 1000:.2f} ms"


async def run(requests: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = await open_database(Path(folder) / "bench.sqlite3")
        store = SqliteApprovalStore(db)
        await store.create_schema()
        creates, reads, bursts = [], [], []
        for n in range(requests):
            started = time.perf_counter()
            request, _ = await store.create(f"bench-token-{n:08d}", Actor("a", "A"), DRAFT, NOW)
            creates.append(time.perf_counter() - started)
            started = time.perf_counter()
            await store.get(request.id)
            reads.append(time.perf_counter() - started)
            started = time.perf_counter()
            attempts = []
            for k in range(20):
                by = Actor(f"approver-{k}", "Approver")
                decided = replace(
                    request, state=ApprovalState.APPROVED, decision=Decision(Outcome.APPROVED, by, NOW, "", 1)
                )
                attempts.append(store.save(decided, AuditEntry(request.id, NOW, by, AuditAction.APPROVED)))
            winners = [r for r in await asyncio.gather(*attempts) if r is not None]
            bursts.append(time.perf_counter() - started)
            assert len(winners) == 1
        await db.close()
    print(f"approvals store, {requests} requests")
    print(f"  create (request + revision + audit, one statement): {_ms(creates)}")
    print(f"  get: {_ms(reads)}")
    print(f"  20 simultaneous decisions on one request (exactly one stored): {_ms(bursts)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=200)
    asyncio.run(run(parser.parse_args().requests))


if __name__ == "__main__":
    main()
