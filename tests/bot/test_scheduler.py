"""The durable scheduler: restarts, clock changes, working hours, two instances, failures.

Each test drives ``run_due`` with a ManualClock against a real SQLite file, so "after a
restart" means a new connection and a new Scheduler on the same file.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, cast

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.app import CONTEXT, Overrides, create_app
from bot.clock import ManualClock
from bot.config import DEFAULT_ORG_FILE, Settings
from bot.messaging import TeamsUnavailable
from bot.org import OrgConfig
from bot.org_file import load_org_config
from bot.router import JobHandler
from bot.scheduler import BACKOFF, MAX_BACKOFF, Scheduler, backoff
from bot.working_time import local_day_at
from graph.records.jobs import Job
from graph.stores import open_local_stores

if TYPE_CHECKING:
    from bot.context import AppContext

NO_CONTEXT = cast("AppContext", SimpleNamespace())


@pytest.fixture(scope="module")
def org() -> OrgConfig:
    return load_org_config(DEFAULT_ORG_FILE)


def london(when: datetime, org: OrgConfig) -> datetime:
    return when.astimezone(org.timezone)


class Recorder:
    """A job handler that notes when each job ran, by key."""

    def __init__(self, clock: ManualClock) -> None:
        self.clock = clock
        self.runs: list[tuple[str, datetime]] = []

    async def __call__(self, job: Job, ctx: AppContext) -> None:
        self.runs.append((job.key, self.clock.now()))

    @property
    def keys(self) -> list[str]:
        return [key for key, _ in self.runs]


@asynccontextmanager
async def scheduler_on(
    path: Path, clock: ManualClock, org: OrgConfig, handlers: dict[str, JobHandler], owner: str = ""
) -> AsyncIterator[Scheduler]:
    async with open_local_stores(path) as stores:
        yield Scheduler(stores.jobs, clock, org, handlers, owner=owner or None)


async def test_after_a_restart_each_due_job_runs_once(tmp_path: Path, org: OrgConfig) -> None:
    clock = ManualClock(datetime(2026, 12, 1, 10, 0, tzinfo=UTC))
    record = Recorder(clock)
    db = tmp_path / "jobs.sqlite3"
    async with scheduler_on(db, clock, org, {"note": record}) as first:
        for n in range(3):
            await first.schedule(f"note:{n}", "note", clock.now() + timedelta(hours=n + 1))
        await clock.advance(timedelta(hours=1))
        assert await first.run_due(NO_CONTEXT) == 1
    # The bot was down while the other two came due.
    await clock.advance(timedelta(hours=5))
    async with scheduler_on(db, clock, org, {"note": record}) as second:
        assert await second.run_due(NO_CONTEXT) == 2
        assert await second.run_due(NO_CONTEXT) == 0
        # Scheduling an occurrence that already ran does not run it again.
        await second.schedule("note:0", "note", clock.now())
        assert await second.run_due(NO_CONTEXT) == 0
    async with scheduler_on(db, clock, org, {"note": record}) as third:
        assert await third.run_due(NO_CONTEXT) == 0
    assert sorted(record.keys) == ["note:0", "note:1", "note:2"]


async def test_restart_rebuilding_the_whole_app(settings: Settings) -> None:
    clock = ManualClock(datetime(2026, 12, 1, 10, 0, tzinfo=UTC))
    ran: list[str] = []

    async def handler(job: Job, ctx: AppContext) -> None:
        ran.append(job.key)

    async def start() -> TestClient[Any, Any]:
        client = TestClient(TestServer(create_app(settings, Overrides(clock=clock, run_scheduler=False))))
        await client.start_server()
        ctx: AppContext = client.app[CONTEXT]
        ctx.scheduler._handlers["test.note"] = handler
        return client

    first = await start()
    await first.app[CONTEXT].scheduler.schedule("test.note:1", "test.note", clock.now() + timedelta(hours=2))
    await first.close()
    await clock.advance(timedelta(hours=3))
    second = await start()
    try:
        assert await second.app[CONTEXT].scheduler.run_due(second.app[CONTEXT]) == 1
        assert await second.app[CONTEXT].scheduler.run_due(second.app[CONTEXT]) == 0
    finally:
        await second.close()
    assert ran == ["test.note:1"]


def daily_nine(record: Recorder, org: OrgConfig, scheduler: Callable[[], Scheduler]) -> JobHandler:
    """A nudge that, each time it runs, books itself for 09:00 on the next working day."""

    async def handler(job: Job, ctx: AppContext) -> None:
        await record(job, ctx)
        today = date.fromisoformat(job.payload["day"])
        following = today + timedelta(days=1)
        when = local_day_at(following, org.working_hours, org.timezone)
        day = london(when, org).date()
        await scheduler().schedule(f"daily:{day}", "daily", when, {"day": day.isoformat()})

    return handler


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (datetime(2027, 3, 22, 12, 0, tzinfo=UTC), datetime(2027, 4, 3, 12, 0, tzinfo=UTC)),
        (datetime(2027, 10, 25, 12, 0, tzinfo=UTC), datetime(2027, 11, 6, 12, 0, tzinfo=UTC)),
    ],
)
async def test_clock_changes_neither_skip_nor_double_a_daily_nudge(
    tmp_path: Path, org: OrgConfig, start: datetime, end: datetime
) -> None:
    clock = ManualClock(start)
    record = Recorder(clock)
    box: list[Scheduler] = []
    handlers = {"daily": daily_nine(record, org, lambda: box[0])}
    async with scheduler_on(tmp_path / "jobs.sqlite3", clock, org, handlers) as scheduler:
        box.append(scheduler)
        tomorrow = start.date() + timedelta(days=1)
        first = local_day_at(tomorrow, org.working_hours, org.timezone)
        await scheduler.schedule(f"daily:{tomorrow}", "daily", first, {"day": tomorrow.isoformat()})
        while clock.now() < end:
            await clock.advance(timedelta(minutes=30))
            await scheduler.run_due(NO_CONTEXT)
    local_runs = [london(when, org) for _, when in record.runs]
    assert all(run.time() == time(9, 0) for run in local_runs)
    days = [run.date() for run in local_runs]
    assert len(days) == len(set(days))
    expected = [
        start.date() + timedelta(days=n)
        for n in range(1, (end.date() - start.date()).days + 1)
        if org.working_hours.is_working_day(start.date() + timedelta(days=n))  # Easter is skipped
    ]
    assert days == expected


async def test_a_job_due_at_night_runs_at_nine_next_working_day(tmp_path: Path, org: OrgConfig) -> None:
    clock = ManualClock(datetime(2026, 12, 4, 16, 0, tzinfo=UTC))  # Friday 16:00
    record = Recorder(clock)
    async with scheduler_on(tmp_path / "jobs.sqlite3", clock, org, {"note": record}) as scheduler:
        actual = await scheduler.schedule("note:night", "note", datetime(2026, 12, 4, 23, 0, tzinfo=UTC))
        assert actual == datetime(2026, 12, 7, 9, 0, tzinfo=UTC)  # Monday 09:00
        while clock.now() < datetime(2026, 12, 8, 0, 0, tzinfo=UTC):
            await clock.advance(timedelta(minutes=15))
            await scheduler.run_due(NO_CONTEXT)
    assert record.runs == [("note:night", datetime(2026, 12, 7, 9, 0, tzinfo=UTC))]


async def test_nothing_runs_outside_working_hours(tmp_path: Path, org: OrgConfig) -> None:
    """Even a job stored for a night-time slot (e.g. by an older version) waits for 09:00."""
    clock = ManualClock(datetime(2026, 12, 5, 22, 0, tzinfo=UTC))  # Saturday night
    record = Recorder(clock)
    async with open_local_stores(tmp_path / "jobs.sqlite3") as stores:
        scheduler = Scheduler(stores.jobs, clock, org, {"note": record})
        await stores.jobs.put(Job("note:raw", "note", clock.now(), {"_working_hours": True}))
        while clock.now() < datetime(2026, 12, 8, 0, 0, tzinfo=UTC):
            await clock.advance(timedelta(minutes=20))
            await scheduler.run_due(NO_CONTEXT)
    [(_, when)] = record.runs
    assert when == datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


async def test_a_job_outside_working_hours_can_opt_out(tmp_path: Path, org: OrgConfig) -> None:
    clock = ManualClock(datetime(2026, 12, 5, 22, 0, tzinfo=UTC))
    record = Recorder(clock)
    async with scheduler_on(tmp_path / "jobs.sqlite3", clock, org, {"sync": record}) as scheduler:
        await scheduler.schedule("sync:1", "sync", clock.now(), working_hours=False)
        assert await scheduler.run_due(NO_CONTEXT) == 1


async def test_two_instances_on_one_store_run_each_job_once(tmp_path: Path, org: OrgConfig) -> None:
    clock = ManualClock(datetime(2026, 12, 1, 10, 0, tzinfo=UTC))
    record = Recorder(clock)
    db = tmp_path / "jobs.sqlite3"
    async with (
        scheduler_on(db, clock, org, {"note": record}, owner="a") as a,
        scheduler_on(db, clock, org, {"note": record}, owner="b") as b,
    ):
        for n in range(20):
            await a.schedule(f"note:{n}", "note", clock.now() + timedelta(minutes=n))
        await clock.advance(timedelta(hours=1))
        counts = await asyncio.gather(a.run_due(NO_CONTEXT), b.run_due(NO_CONTEXT))
        assert sum(counts) == 20
        assert await a.run_due(NO_CONTEXT) + await b.run_due(NO_CONTEXT) == 0
    assert sorted(record.keys) == sorted(f"note:{n}" for n in range(20))


async def test_a_claim_held_by_another_instance_is_respected_until_it_expires(
    tmp_path: Path, org: OrgConfig
) -> None:
    clock = ManualClock(datetime(2026, 12, 1, 10, 0, tzinfo=UTC))
    record = Recorder(clock)
    async with open_local_stores(tmp_path / "jobs.sqlite3") as stores:
        scheduler = Scheduler(stores.jobs, clock, org, {"note": record})
        await scheduler.schedule("note:1", "note", clock.now())
        # Another instance claimed it and then crashed before finishing.
        assert await stores.jobs.claim("note:1", "crashed", clock.now(), clock.now() + timedelta(minutes=5))
        assert await scheduler.run_due(NO_CONTEXT) == 0
        await clock.advance(timedelta(minutes=6))
        assert await scheduler.run_due(NO_CONTEXT) == 1
    assert record.keys == ["note:1"]


async def test_a_failing_handler_is_retried_with_growing_backoff(tmp_path: Path, org: OrgConfig) -> None:
    clock = ManualClock(datetime(2026, 12, 1, 10, 0, tzinfo=UTC))
    attempts: list[datetime] = []

    async def flaky(job: Job, ctx: AppContext) -> None:
        attempts.append(clock.now())
        if len(attempts) < 4:
            raise RuntimeError("the Bot Connector is down")

    async with scheduler_on(tmp_path / "jobs.sqlite3", clock, org, {"flaky": flaky}) as scheduler:
        await scheduler.schedule("flaky:1", "flaky", clock.now())
        assert await scheduler.run_due(NO_CONTEXT) == 0
        assert await scheduler.run_due(NO_CONTEXT) == 0  # not again before the retry time
        for _ in range(3):
            [job] = await scheduler.pending()
            await clock.set(job.due_at)
            await scheduler.run_due(NO_CONTEXT)
        assert await scheduler.pending() == []
    gaps = [later - earlier for earlier, later in itertools.pairwise(attempts)]
    assert gaps == [BACKOFF, BACKOFF * 2, BACKOFF * 4]


def test_backoff_is_capped() -> None:
    assert backoff(1) == BACKOFF
    assert backoff(40) == MAX_BACKOFF


async def test_teams_retry_after_is_honoured(tmp_path: Path, org: OrgConfig) -> None:
    clock = ManualClock(datetime(2026, 12, 1, 10, 0, tzinfo=UTC))

    async def throttled(job: Job, ctx: AppContext) -> None:
        raise TeamsUnavailable("throttled", status=429, retry_after=timedelta(seconds=42))

    async with scheduler_on(tmp_path / "jobs.sqlite3", clock, org, {"t": throttled}) as scheduler:
        await scheduler.schedule("t:1", "t", clock.now())
        await scheduler.run_due(NO_CONTEXT)
        [job] = await scheduler.pending()
        assert job.due_at == clock.now() + timedelta(seconds=42)


async def test_jobs_scheduled_by_a_job_run_in_the_same_round(tmp_path: Path, org: OrgConfig) -> None:
    clock = ManualClock(datetime(2026, 12, 1, 10, 0, tzinfo=UTC))
    record = Recorder(clock)
    holder: dict[str, Scheduler] = {}

    async def parent(job: Job, ctx: AppContext) -> None:
        for n in range(2):
            await holder["s"].schedule(f"child:{n}", "child", clock.now())

    async with scheduler_on(tmp_path / "jobs.sqlite3", clock, org, {"parent": parent, "child": record}) as s:
        holder["s"] = s
        await s.schedule("parent:1", "parent", clock.now())
        assert await s.run_due(NO_CONTEXT) == 3
    assert record.keys == ["child:0", "child:1"]


async def test_a_cancelled_occurrence_can_be_scheduled_again(tmp_path: Path, org: OrgConfig) -> None:
    clock = ManualClock(datetime(2026, 12, 1, 10, 0, tzinfo=UTC))
    record = Recorder(clock)
    async with scheduler_on(tmp_path / "jobs.sqlite3", clock, org, {"note": record}) as scheduler:
        await scheduler.schedule("note:1", "note", clock.now() + timedelta(hours=1))
        assert await scheduler.cancel("note:1")
        await scheduler.schedule("note:1", "note", clock.now() + timedelta(hours=2))
        assert [job.key for job in await scheduler.pending("note")] == ["note:1"]
        await clock.advance(timedelta(hours=2))
        assert await scheduler.run_due(NO_CONTEXT) == 1
    assert record.keys == ["note:1"]


async def test_moving_a_pending_job(tmp_path: Path, org: OrgConfig) -> None:
    clock = ManualClock(datetime(2026, 12, 1, 10, 0, tzinfo=UTC))
    record = Recorder(clock)
    async with scheduler_on(tmp_path / "jobs.sqlite3", clock, org, {"note": record}) as scheduler:
        await scheduler.schedule("note:1", "note", clock.now() + timedelta(hours=1))
        await scheduler.schedule("note:1", "note", clock.now() + timedelta(hours=3))
        await clock.advance(timedelta(hours=2))
        assert await scheduler.run_due(NO_CONTEXT) == 0
        await clock.advance(timedelta(hours=1))
        assert await scheduler.run_due(NO_CONTEXT) == 1


async def test_nothing_runs_on_a_bank_holiday(tmp_path: Path, org: OrgConfig) -> None:
    clock = ManualClock(datetime(2026, 12, 24, 18, 0, tzinfo=UTC))
    record = Recorder(clock)
    async with scheduler_on(tmp_path / "jobs.sqlite3", clock, org, {"note": record}) as scheduler:
        when = await scheduler.schedule("note:1", "note", datetime(2026, 12, 25, 10, 0, tzinfo=UTC))
        assert when == datetime(2026, 12, 29, 9, 0, tzinfo=UTC)  # after Christmas and Boxing Day
