"""Shared pieces for the Graph tests: a controllable clock and a generic list."""

from __future__ import annotations

import asyncio

from graph.sharepoint.schema import Column, ListSchema

SITE_URL = "https://contoso.sharepoint.com/sites/steward"

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
