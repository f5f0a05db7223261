"""Start-up work never keeps the bot from starting: slow or failing hooks carry on in the background."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

from bot.app import run_startup_hooks
from bot.clock import ManualClock
from bot.context import BackgroundTasks
from bot.router import Router


async def test_a_failing_or_slow_hook_is_deferred_and_retried(clock: ManualClock) -> None:
    calls: list[str] = []
    never = asyncio.Event()

    async def flaky(ctx: Any) -> None:
        calls.append("flaky")
        if calls.count("flaky") < 3:
            raise ConnectionError("SharePoint is down")

    async def slow(ctx: Any) -> None:
        await never.wait()

    async def quick(ctx: Any) -> None:
        calls.append("quick")

    router = Router()
    for hook in (flaky, slow, quick):
        router.on_startup(hook)
    ctx: Any = SimpleNamespace(router=router, tasks=BackgroundTasks(), clock=clock)
    await run_startup_hooks(ctx, patience=0.01)
    assert calls == ["flaky", "quick"]  # start-up went on past both
    # The retries wait on the application's clock, backing off: after 1 s, then 2 s more.
    await clock.advance(timedelta(seconds=0.9))
    assert calls.count("flaky") == 1
    await clock.advance(timedelta(seconds=0.1))
    assert calls.count("flaky") == 2  # failed again
    await clock.advance(timedelta(seconds=1.9))
    assert calls.count("flaky") == 2
    await clock.advance(timedelta(seconds=0.1))
    assert calls.count("flaky") == 3  # and succeeded: no more retries
    await clock.advance(timedelta(hours=1))
    assert calls.count("flaky") == 3
    await ctx.tasks.close(grace=0)
