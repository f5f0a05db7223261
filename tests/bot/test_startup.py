"""Start-up work never keeps the bot from starting: slow or failing hooks carry on in the background."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

from bot.app import run_startup_hooks
from bot.context import BackgroundTasks
from bot.router import Router


async def test_a_failing_or_slow_hook_is_deferred_and_retried() -> None:
    calls: list[str] = []
    done = asyncio.Event()
    never = asyncio.Event()

    async def flaky(ctx: Any) -> None:
        calls.append("flaky")
        if len(calls) == 1:
            raise ConnectionError("SharePoint is down")
        done.set()

    async def slow(ctx: Any) -> None:
        await never.wait()

    async def quick(ctx: Any) -> None:
        calls.append("quick")

    router = Router()
    for hook in (flaky, slow, quick):
        router.on_startup(hook)
    ctx: Any = SimpleNamespace(router=router, tasks=BackgroundTasks())
    await run_startup_hooks(ctx, patience=0.01)
    assert calls == ["flaky", "quick"]  # start-up went on past both
    await asyncio.wait_for(done.wait(), timeout=30)  # the failed hook ran again in the background
    await ctx.tasks.close(grace=0)
