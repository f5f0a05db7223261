"""A Bot Connector outage while nudges go out: they wait and are retried, never dropped or doubled."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.app import CONTEXT, Overrides, create_app
from bot.clock import ManualClock
from bot.config import Settings
from bot.context import AppContext
from tests.builders import ALEX, MEGAN, NESTOR, TeamsClient
from tests.fakes.connector import DROP, FakeConnector
from tests.nudges.steps import at_london, cards_to, run_until
from tests.orgs import write_org

MODERATION = "Content review and moderation"


@pytest.fixture
async def client(
    settings: Settings, clock: ManualClock, tmp_path: Path
) -> AsyncIterator[TestClient[Any, Any]]:
    """Two managers, so one can be reached while the other's copy waits."""
    org = write_org(
        tmp_path,
        [(ALEX, ["ceo", "manager", "admin"], False), (MEGAN, ["manager"], False), (NESTOR, ["staff"], False)],
    )
    app = create_app(
        settings.model_copy(update={"org_file": org}), Overrides(clock=clock, run_scheduler=False)
    )
    async with TestClient(TestServer(app, host="127.0.0.1", port=0)) as test_client:
        yield test_client


@pytest.fixture
def ctx(client: TestClient[Any, Any]) -> AppContext:
    context: AppContext = client.app[CONTEXT]
    return context


def moderation_nudges(connector: FakeConnector, user: Any) -> list[str]:
    return [t for t in cards_to(connector, user) if MODERATION in t and "Due in 30 days" in t]


@pytest.mark.parametrize("status", [503, DROP])
async def test_an_outage_delays_the_nudge_until_teams_is_back(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext, clock: ManualClock, status: int
) -> None:
    await teams.say("help", user=ALEX)
    await teams.say("help", user=MEGAN)
    connector.outage(status)
    await run_until(ctx, clock, clock.now() + timedelta(days=1, hours=2))  # the 09:00 nudge came due
    assert connector.refused
    assert moderation_nudges(connector, ALEX) == moderation_nudges(connector, MEGAN) == []
    assert await ctx.scheduler.pending("deliver.")  # kept, to be retried
    connector.restore()
    await run_until(ctx, clock, clock.now() + timedelta(hours=2), step=timedelta(minutes=10))
    assert len(moderation_nudges(connector, ALEX)) == 1
    assert len(moderation_nudges(connector, MEGAN)) == 1


async def test_one_managers_chat_failing_does_not_repeat_the_others_nudge(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext, clock: ManualClock
) -> None:
    await teams.say("help", user=ALEX)
    await teams.say("help", user=MEGAN)
    connector.outage(502, lambda call: call.conversation_id == MEGAN.personal_chat)
    await run_until(ctx, clock, clock.now() + timedelta(days=1, hours=2))
    assert len(moderation_nudges(connector, ALEX)) == 1
    assert moderation_nudges(connector, MEGAN) == []
    connector.restore()
    await run_until(ctx, clock, clock.now() + timedelta(hours=2), step=timedelta(minutes=10))
    assert len(moderation_nudges(connector, ALEX)) == 1
    assert len(moderation_nudges(connector, MEGAN)) == 1


async def test_throttling_is_retried_after_the_time_teams_asks_for(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext, clock: ManualClock
) -> None:
    await teams.say("help", user=ALEX)
    await teams.say("help", user=MEGAN)
    connector.fail_next(
        429, lambda call: call.conversation_id == ALEX.personal_chat, code="Throttled", retry_after=90
    )
    nine = at_london(date(2026, 12, 2))
    await run_until(ctx, clock, nine)
    assert moderation_nudges(connector, ALEX) == []
    [waiting] = await ctx.scheduler.pending("deliver.")
    assert waiting.due_at == nine + timedelta(seconds=90)
    await clock.set(waiting.due_at)
    await ctx.scheduler.run_due(ctx)
    assert len(moderation_nudges(connector, ALEX)) == 1


async def test_someone_who_blocked_the_bot_is_skipped_not_retried(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext, clock: ManualClock
) -> None:
    await teams.say("help", user=ALEX)
    await teams.say("help", user=MEGAN)
    connector.outage(
        403, lambda call: call.conversation_id == MEGAN.personal_chat, code="ConversationBlockedByUser"
    )
    await run_until(ctx, clock, clock.now() + timedelta(days=1, hours=2))
    assert len(moderation_nudges(connector, ALEX)) == 1
    assert await ctx.scheduler.pending("deliver.") == []
