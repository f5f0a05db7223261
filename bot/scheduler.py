"""The durable scheduler behind reminders, nudges and escalations.

Jobs live in the store, not in memory: after a restart every job that came due is run once.
Each job is claimed with a conditional write before its handler runs, so two instances never
both run it, and a claim that was never completed (a crash mid-send) expires and is retried.
Jobs marked ``working_hours`` are moved to the next working time before they run, so nobody
is nudged at night or at the weekend. A job whose handler raises is retried with growing
backoff (1, 2, 4 … minutes, at most an hour), or after the Retry-After Teams asked for, so an
outage delays work but never drops it. Tests drive it with a ManualClock and ``run_due``.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from bot.clock import Clock
from bot.org import OrgConfig
from bot.router import JobHandler
from bot.working_time import is_working_time, next_working_time
from graph.records.jobs import Job, JobStore

if TYPE_CHECKING:
    from bot.context import AppContext

log = logging.getLogger(__name__)

CLAIM_LEASE = timedelta(minutes=5)
BACKOFF = timedelta(minutes=1)  # after the first failure; doubled each time
MAX_BACKOFF = timedelta(hours=1)
MAX_ROUNDS = 20  # jobs that schedule jobs due at once (a nudge fanned out to each recipient)
IDLE_POLL = timedelta(minutes=5)  # also picks up jobs written by another instance
WORKING_HOURS_KEY = "_working_hours"


def backoff(attempts: int) -> timedelta:
    """How long to wait after the ``attempts``-th failed run."""
    doubled: timedelta = BACKOFF * 2 ** min(max(attempts - 1, 0), 20)
    return min(doubled, MAX_BACKOFF)


def retry_delay(error: BaseException, attempts: int) -> timedelta:
    """Teams' Retry-After when it sent one (429), otherwise exponential backoff."""
    asked = getattr(error, "retry_after", None)
    if isinstance(asked, timedelta):
        return max(asked, timedelta(seconds=1))
    return backoff(attempts)


class Scheduler:
    def __init__(
        self,
        store: JobStore,
        clock: Clock,
        org: OrgConfig,
        handlers: Mapping[str, JobHandler],
        *,
        owner: str | None = None,
        paused: Callable[[], bool] = lambda: False,
    ) -> None:
        self._store = store
        self._paused = paused  # True while another process holds the SharePoint site
        self._clock = clock
        self._org = org
        self._handlers = dict(handlers)
        self._owner = owner or uuid.uuid4().hex
        self._wake = asyncio.Event()
        self._running = asyncio.Lock()  # one round at a time, so ``run_due`` returns when work is done

    async def schedule(
        self,
        key: str,
        kind: str,
        due: datetime,
        payload: Mapping[str, Any] | None = None,
        *,
        working_hours: bool = True,
    ) -> datetime:
        """Schedule (or move) one occurrence; returns when it will actually run."""
        when = self._in_hours(due) if working_hours else due
        body = {**(payload or {}), WORKING_HOURS_KEY: working_hours}
        await self._store.put(Job(key=key, kind=kind, due_at=when, payload=body))
        self._wake.set()
        return when

    async def cancel(self, key: str) -> bool:
        return await self._store.cancel(key)

    async def pending(self, kind_prefix: str = "") -> list[Job]:
        return await self._store.pending(kind_prefix)

    def _in_hours(self, when: datetime) -> datetime:
        return next_working_time(when, self._org.working_hours, self._org.timezone)

    async def run_due(self, ctx: AppContext) -> int:
        """Run every job due now, including jobs those jobs schedule for now; returns how many ran."""
        ran = 0
        if self._paused():  # its jobs wait (nothing is lost) until this process holds the site again
            return ran
        async with self._running:
            for _ in range(MAX_ROUNDS):
                succeeded, tried = await self._round(ctx)
                ran += succeeded
                if not tried:
                    break
        return ran

    async def _round(self, ctx: AppContext) -> tuple[int, int]:
        ran = tried = 0
        now = self._clock.now()
        for job in await self._store.due(now):
            if job.payload.get(WORKING_HOURS_KEY) and not is_working_time(
                now, self._org.working_hours, self._org.timezone
            ):
                await self._store.retry(job.key, self._in_hours(now))
                continue
            if not await self._store.claim(job.key, self._owner, now, now + CLAIM_LEASE):
                continue  # another instance has it
            tried += 1
            if await self._run(job, ctx):
                ran += 1
        return ran, tried

    async def _run(self, job: Job, ctx: AppContext) -> bool:
        handler = self._handlers.get(job.kind)
        if handler is None:
            log.error("no handler for job kind", extra={"event": "job_unknown", "reason": job.kind})
            await self._store.complete(job.key, self._clock.now())
            return False
        try:
            await handler(job, ctx)
        except Exception as error:
            delay = retry_delay(error, job.attempts + 1)  # ``attempts`` was read before this claim
            log.warning(
                "job failed; will retry",
                exc_info=not hasattr(error, "retry_after"),
                extra={"event": "job_failed", "reason": job.kind, "count": job.attempts + 1},
            )
            await self._store.retry(job.key, self._clock.now() + delay)
            return False
        await self._store.complete(job.key, self._clock.now())
        log.info("job done", extra={"event": "job_done", "reason": job.kind})
        return True

    async def run_forever(self, ctx: AppContext) -> None:
        while True:
            # Cleared before looking, so a job booked while this round runs or while the next
            # due time is read still wakes the loop at once instead of at the next poll.
            self._wake.clear()
            await self.run_due(ctx)
            now = self._clock.now()
            next_due = await self._store.next_due()
            wake_at = min(next_due, now + IDLE_POLL) if next_due else now + IDLE_POLL
            sleeper = asyncio.ensure_future(self._clock.sleep_until(max(wake_at, now)))
            waker = asyncio.ensure_future(self._wake.wait())
            try:
                await asyncio.wait({sleeper, waker}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for task in (sleeper, waker):
                    task.cancel()
