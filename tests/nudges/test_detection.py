"""Leavers noticed in Entra ID, read through the real Graph client from the loopback Graph."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.app import CONTEXT, Overrides, create_app
from bot.clock import ManualClock
from bot.config import Settings
from bot.context import AppContext
from bot.nudges.detection import DELTA_MARKER
from graph.msgraph.client import StaticTokenCredential
from graph.records.leavers import LeaverSource
from graph.records.register import NewGrant
from tests.builders import ALEX, LEE, NESTOR, TeamsClient
from tests.fakes.connector import FakeConnector
from tests.fakes.graph import FakeGraph
from tests.nudges.steps import cards_to, run_until

HOUR = timedelta(hours=1)


@pytest.fixture
async def fake() -> AsyncIterator[FakeGraph]:
    async with FakeGraph() as graph:
        graph.users.add(NESTOR.aad_object_id, NESTOR.upn, NESTOR.name)
        graph.users.add(LEE.aad_object_id, LEE.upn, LEE.name)
        graph.users.add("aad-jo", "jo@homestartsuffolk.example", "Jo Bloggs")
        graph.users.add("aad-pat", "pat@homestartsuffolk.example", "Pat Nobody")
        yield graph


@pytest.fixture
def settings(tmp_path: Path, fake: FakeGraph) -> Settings:
    return Settings(
        _env_file=None,
        data_dir=tmp_path,
        graph_base_url=fake.base_url,
        graph_credential="static",
        leaver_detection=True,
    )


async def next_round(ctx: AppContext, clock: ManualClock) -> None:
    await run_until(ctx, clock, clock.now() + HOUR, step=HOUR)


async def test_detection_is_off_by_default(tmp_path: Path) -> None:
    assert Settings(_env_file=None, data_dir=tmp_path).leaver_detection is False


async def test_a_disabled_account_with_access_becomes_a_leaver(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext, clock: ManualClock, fake: FakeGraph
) -> None:
    await teams.say("help")
    await ctx.stores.register.grant(
        NewGrant("facebook", NESTOR.upn, NESTOR.name, NESTOR.aad_object_id, holds_recovery=True),
        "Alex",
        clock.now(),
    )
    await next_round(ctx, clock)  # the first round only sets the baseline
    assert await ctx.stores.leavers.all() == []
    assert await ctx.stores.leavers.get_marker(DELTA_MARKER)
    fake.users.update(NESTOR.aad_object_id, accountEnabled=False)
    fake.users.update("aad-pat", accountEnabled=False)  # not in the register or the org file
    seen = len(connector.posted)
    await next_round(ctx, clock)
    [leaver] = await ctx.stores.leavers.all()
    assert (leaver.email, leaver.source, leaver.reason, leaver.recorded_by) == (
        NESTOR.upn,
        LeaverSource.DIRECTORY,
        "account disabled in Entra ID",
        "Entra ID",
    )
    [card] = cards_to(connector, ALEX, seen)
    assert "Leaver: Nestor Wilke" in card
    assert "account disabled in Entra ID" in card
    # The next rounds see no change and record nothing twice.
    await next_round(ctx, clock)
    await next_round(ctx, clock)
    assert len(await ctx.stores.leavers.all()) == 1
    assert fake.count("GET", "/users/delta") == 4


async def test_a_deleted_user_in_the_register_becomes_a_leaver(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext, clock: ManualClock, fake: FakeGraph
) -> None:
    await ctx.stores.register.grant(
        NewGrant("instagram", "jo@homestartsuffolk.example", "Jo Bloggs", "aad-jo"), "Alex", clock.now()
    )
    await next_round(ctx, clock)
    fake.users.delete("aad-jo")
    await next_round(ctx, clock)
    [leaver] = await ctx.stores.leavers.all()
    assert (leaver.name, leaver.reason) == ("Jo Bloggs", "account deleted in Entra ID")
    assert [i.resource for i in await ctx.stores.leavers.items(leaver.id)] == ["instagram"] * 3


async def test_a_planned_leave_date_is_recorded_when_it_arrives(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext, clock: ManualClock, fake: FakeGraph
) -> None:
    await teams.say("help")
    fake.users.update(LEE.aad_object_id, employeeLeaveDateTime="2026-12-03T00:00:00Z")
    await next_round(ctx, clock)
    assert await ctx.stores.leavers.all() == []
    seen = len(connector.posted)
    await run_until(ctx, clock, clock.now() + timedelta(days=2))
    [leaver] = await ctx.stores.leavers.all()
    assert (leaver.name, leaver.leave_date, leaver.open) == (LEE.name, date(2026, 12, 3), False)
    [card] = [c for c in cards_to(connector, ALEX, seen) if "Lee Gu" in c]
    assert "Leaver: Lee Gu" in card  # no access in the register: a short confirmation


async def test_graph_failures_are_logged_and_the_next_round_tries_again(
    teams: TeamsClient, ctx: AppContext, clock: ManualClock, fake: FakeGraph
) -> None:
    await ctx.stores.register.grant(
        NewGrant("facebook", NESTOR.upn, NESTOR.name, NESTOR.aad_object_id), "Alex", clock.now()
    )
    await next_round(ctx, clock)
    fake.users.update(NESTOR.aad_object_id, accountEnabled=False)
    fake.down(status=403)
    await next_round(ctx, clock)
    assert await ctx.stores.leavers.all() == []
    assert [j.kind for j in await ctx.scheduler.pending("nudge.leavers")] == ["nudge.leavers.detect"]
    fake.up()
    await next_round(ctx, clock)
    assert len(await ctx.stores.leavers.all()) == 1


async def test_every_round_reads_through_the_one_graph_client_closed_once(
    settings: Settings, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each round used to build a client and credential of its own, never closing the credential."""
    import graph.msgraph.client as client_module

    made: list[str] = []
    closed: list[str] = []

    class Counted(StaticTokenCredential):
        def __init__(self) -> None:
            super().__init__()
            made.append("credential")

        async def close(self) -> None:
            closed.append("credential")

    monkeypatch.setattr(client_module, "StaticTokenCredential", Counted)
    app = create_app(settings, Overrides(clock=clock, run_scheduler=False))
    async with TestClient(TestServer(app, host="127.0.0.1", port=0)):
        ctx = app[CONTEXT]
        for _ in range(3):
            await next_round(ctx, clock)
        assert made == ["credential"]
    assert closed == ["credential"]
