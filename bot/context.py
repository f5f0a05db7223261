"""The application context: everything a handler may use, built once at start-up."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import Any

from bot.answers.index import PolicyIndex
from bot.clock import Clock
from bot.config import Settings
from bot.limits import Limits
from bot.messaging import Messenger
from bot.org import OrgConfig
from bot.router import Router
from bot.scheduler import Scheduler
from graph.stores import Stores

log = logging.getLogger(__name__)


class BackgroundTasks:
    """Work that outlives a turn (sending cards to approvers, syncing), tracked so none is lost
    silently: failures are logged, and shutdown waits for what is still running."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()
        self._services: set[asyncio.Task[Any]] = set()

    def start(self, coro: Coroutine[Any, Any, Any], *, name: str) -> asyncio.Task[Any]:
        """Start finite work (e.g. sending cards to approvers); shutdown waits for it."""
        task = asyncio.get_running_loop().create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    def start_service(self, coro: Coroutine[Any, Any, Any], *, name: str) -> asyncio.Task[Any]:
        """Start a loop that runs until shutdown (the scheduler, the SharePoint sync)."""
        task = asyncio.get_running_loop().create_task(coro, name=name)
        self._services.add(task)
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        self._services.discard(task)
        if not task.cancelled() and (error := task.exception()) is not None:
            log.error("background task %s failed", task.get_name(), exc_info=error)

    async def drain(self) -> None:
        """Wait until no background work is left (tests use this instead of sleeping)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def close(self, grace: float = 5.0) -> None:
        pending = set(self._services)
        if self._tasks:
            _, unfinished = await asyncio.wait(list(self._tasks), timeout=grace)
            pending |= unfinished
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)


@dataclass
class AppContext:
    settings: Settings
    org: OrgConfig
    clock: Clock
    stores: Stores
    router: Router
    messenger: Messenger
    scheduler: Scheduler
    policy: PolicyIndex
    tasks: BackgroundTasks = field(default_factory=BackgroundTasks)
    limits: Limits = field(init=False)  # per-person rate limits, named by feature

    def __post_init__(self) -> None:
        self.limits = Limits(self.clock, self.settings.rate_limits)
