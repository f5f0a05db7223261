"""Questions are kept for BOT_QUESTIONS_KEEP_MONTHS (13 by default) and deleted after, every night."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.answers.feature import FORGET, keep_from
from bot.app import CONTEXT, Overrides, create_app
from bot.clock import ManualClock
from bot.config import Settings
from bot.context import AppContext


@pytest.fixture
async def manual(settings: Settings, clock: ManualClock) -> AsyncIterator[AppContext]:
    app = create_app(settings, Overrides(clock=clock, run_scheduler=False))
    async with TestClient(TestServer(app, host="127.0.0.1", port=0)) as client:
        ctx: AppContext = client.app[CONTEXT]
        yield ctx


@pytest.mark.parametrize(
    ("now", "months", "kept_from"),
    [
        (datetime(2026, 12, 1, 10, tzinfo=UTC), 13, datetime(2025, 11, 1, 10, tzinfo=UTC)),
        (datetime(2026, 3, 31, 2, tzinfo=UTC), 1, datetime(2026, 2, 28, 2, tzinfo=UTC)),
        (datetime(2027, 1, 15, tzinfo=UTC), 12, datetime(2026, 1, 15, tzinfo=UTC)),
    ],
)
def test_the_retention_period_is_in_calendar_months(now: datetime, months: int, kept_from: datetime) -> None:
    assert keep_from(now, months) == kept_from


async def test_old_questions_are_deleted_every_night(manual: AppContext, clock: ManualClock) -> None:
    ctx = manual
    now = clock.now()  # Tuesday 1 December 2026, 10:00
    old = await ctx.stores.questions.record_question(
        "asked long ago", True, ["2.1"], now - timedelta(days=400)
    )
    recent = await ctx.stores.questions.record_question(
        "asked last year", True, ["2.1"], now - timedelta(days=365)
    )
    [tonight] = await ctx.scheduler.pending(FORGET)
    assert tonight.due_at == datetime(2026, 12, 2, 2, 0, tzinfo=UTC)  # 02:00 in London (GMT)
    await clock.set(tonight.due_at)
    assert await ctx.scheduler.run_due(ctx) == 1
    assert await ctx.stores.questions.get(old) is None
    assert await ctx.stores.questions.get(recent) is not None
    [tomorrow] = await ctx.scheduler.pending(FORGET)
    assert tomorrow.due_at == datetime(2026, 12, 3, 2, 0, tzinfo=UTC)
    await clock.set(datetime(2027, 2, 1, 2, 0, tzinfo=UTC))  # later, last year's question is past 13 months
    assert await ctx.scheduler.run_due(ctx) == 1
    assert await ctx.stores.questions.get(recent) is None


async def test_the_retention_period_is_a_setting(settings: Settings) -> None:
    assert settings.questions_keep_months == 13
    assert Settings(BOT_QUESTIONS_KEEP_MONTHS="25").questions_keep_months == 25
