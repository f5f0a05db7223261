"""The scheduler's own loop (``run_forever``), which production runs and the HTTP tests do not.

Each test waits on an event set by the job itself, never on time; the ``asyncio.timeout`` only
bounds how long a broken loop can hang the run.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, cast

import pytest

from bot.clock import ManualClock
from bot.config import DEFAULT_ORG_FILE
from bot.org import OrgConfig
from bot.org_file import load_org_config
from bot.scheduler import Scheduler
from graph.records.jobs import Job, JobStore
from graph.stores import open_local_stores

if TYPE_CHECKING:
    from bot.context import AppContext

NO_CONTEXT = cast("AppContext", SimpleNamespace())
BOUND = 10.0  # seconds a broken loop may hang the run before the test fails


@pytest.fixture(scope="module")
def org() -> OrgConfig:
    return load_org_config(DEFAULT_ORG_FILE)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 12, 1, 10, 0, tzinfo=UTC))  # a Tuesday, in working hours


class Ran:
    """A job handler that lets a test await a job by key."""

    def __init__(self) -> None:
        self.events: dict[str, asyncio.Event] = {}

    def event(self, key: str) -> asyncio.Event:
        return self.events.setdefault(key, asyncio.Event())

    async def __call__(self, job: Job, ctx: AppContext) -> None:
        self.event(job.key).set()

    async def wait(self, key: str) -> None:
        async with asyncio.timeout(BOUND):
            await self.event(key).wait()


class BookedJustAfterLooking:
    """The job store, with a job booked (as a request would) just after the loop looked for
    the next one due, and before it went to sleep."""

    def __init__(self, store: JobStore) -> None:
        self._store = store
        self.book: Callable[[], Awaitable[Any]] | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    async def next_due(self) -> datetime | None:
        found = await self._store.next_due()
        if self.book is not None:
            book, self.book = self.book, None
            await book()
        return found


@asynccontextmanager
async def looping(scheduler: Scheduler) -> AsyncIterator[None]:
    task = asyncio.create_task(scheduler.run_forever(NO_CONTEXT))
    try:
        yield
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


async def test_the_loop_runs_a_job_as_it_is_booked_and_later_ones_when_they_come_due(
    tmp_path: Path, org: OrgConfig, clock: ManualClock
) -> None:
    ran = Ran()
    async with open_local_stores(tmp_path / "jobs.sqlite3") as stores:
        scheduler = Scheduler(stores.jobs, clock, org, {"note": ran})
        async with looping(scheduler):
            await scheduler.schedule("now", "note", clock.now(), working_hours=False)
            await ran.wait("now")
            await scheduler.schedule("later", "note", clock.now() + timedelta(hours=1), working_hours=False)
            await clock.advance(timedelta(hours=1))
            await ran.wait("later")


async def test_a_job_booked_while_the_loop_decides_how_long_to_sleep_is_not_left_waiting(
    tmp_path: Path, org: OrgConfig, clock: ManualClock
) -> None:
    """A report made just as the loop finished a round is told at once, not at the next poll."""
    ran = Ran()
    async with open_local_stores(tmp_path / "jobs.sqlite3") as stores:
        store = BookedJustAfterLooking(stores.jobs)
        scheduler = Scheduler(cast("JobStore", store), clock, org, {"note": ran})
        store.book = lambda: scheduler.schedule("late", "note", clock.now(), working_hours=False)
        async with looping(scheduler):
            await ran.wait("late")  # the clock never moves: only the booking can wake the loop
