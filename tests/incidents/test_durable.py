"""Telling people about an incident survives Teams outages, crashes and resubmitted reports.

The follow-up of a report (the manager's, CEO's or safeguarding lead's card, the ICO reminders,
the note to the reporter about anyone unreachable) is scheduler work keyed by the incident, so
it happens once whatever fails in between. Each test drives the scheduler by hand.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.app import CONTEXT, Overrides, create_app
from bot.clock import ManualClock
from bot.config import Settings
from bot.context import AppContext
from bot.incidents.triage import triage
from graph.records.incidents import Category, Report
from tests.builders import ALEX, NESTOR, TeamsClient, User, settle
from tests.fakes.connector import DROP, FakeConnector
from tests.incidents.support import ANSWERS, action_data, card_of, reference_in, report, start_report

INCIDENT = "Incident INC-"  # the heading of the people-who-must-know card


@asynccontextmanager
async def running(
    settings: Settings, clock: ManualClock, connector: FakeConnector
) -> AsyncIterator[tuple[TeamsClient, AppContext]]:
    """One run of the bot on the test's data directory; a second call is a restart."""
    app = create_app(settings, Overrides(clock=clock, run_scheduler=False))
    async with TestClient(TestServer(app, host="127.0.0.1", port=0)) as http:
        yield TeamsClient(http, connector), http.app[CONTEXT]


async def later(ctx: AppContext, clock: ManualClock, minutes: int = 70) -> None:
    for _ in range(minutes // 5):
        await clock.advance(timedelta(minutes=5))
        await settle(ctx)


def cards_about(connector: FakeConnector, user: User, reference: str) -> list[dict[str, Any]]:
    return [
        c.card
        for c in connector.posted_to(user.personal_chat)
        if c.card and reference in str(c.card) and "Acknowledge" in str(c.card)
    ]


def texts_to(connector: FakeConnector, user: User) -> list[str]:
    return [c.text for c in connector.posted_to(user.personal_chat) if c.text]


@pytest.mark.parametrize("status", [503, 429, DROP])
async def test_an_outage_delays_the_managers_card_but_never_loses_it(
    settings: Settings, clock: ManualClock, connector: FakeConnector, status: int
) -> None:
    async with running(settings, clock, connector) as (teams, ctx):
        await teams.say("help", user=ALEX)
        connector.outage(status, lambda call: call.conversation_id == ALEX.personal_chat)
        reference = reference_in(card_of(await report(teams, "data_breach", user=NESTOR)))
        await settle(ctx)
        assert cards_about(connector, ALEX, reference) == []
        assert not any("couldn't reach" in t for t in texts_to(connector, NESTOR))  # not "unreachable"
        connector.restore()
        await later(ctx, clock)
        assert len(cards_about(connector, ALEX, reference)) == 1


async def test_after_a_crash_every_managers_card_is_still_sent(
    settings: Settings, clock: ManualClock, connector: FakeConnector
) -> None:
    """Twelve reports acknowledged while Teams was unreachable, then the process died."""
    async with running(settings, clock, connector) as (teams, ctx):
        await teams.say("help", user=ALEX)
        connector.outage(DROP, lambda call: call.conversation_id != NESTOR.personal_chat)
        references = [reference_in(card_of(await report(teams, "complaint", user=NESTOR))) for _ in range(12)]
        await settle(ctx)
    connector.restore()
    await clock.advance(timedelta(minutes=2))
    async with running(settings, clock, connector) as (teams, ctx):
        await later(ctx, clock)
        for reference in references:
            assert len(cards_about(connector, ALEX, reference)) == 1, reference


async def test_a_report_committed_just_before_a_crash_is_followed_up_at_start_up(
    settings: Settings, clock: ManualClock, connector: FakeConnector
) -> None:
    async with running(settings, clock, connector) as (teams, ctx):
        await teams.say("help", user=ALEX)
        report_ = Report(Category.SAFEGUARDING, NESTOR.aad_object_id, NESTOR.name, clock.now())
        result = triage(report_, contact="", procedure="")
        recorded = await ctx.stores.incidents.create(report_, result.assessment, key="crashed")  # no more
    async with running(settings, clock, connector) as (teams, ctx):
        await settle(ctx)
        assert len(cards_about(connector, ALEX, recorded.incident.reference)) == 1


async def test_resubmitting_a_report_whose_turn_failed_tells_the_manager_once(
    settings: Settings, clock: ManualClock, connector: FakeConnector, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running(settings, clock, connector) as (teams, ctx):
        await teams.say("help", user=ALEX)
        form = card_of(await start_report(teams, "complaint", user=NESTOR))
        filled = {**action_data(form, "incident.submit"), **ANSWERS}
        schedule = ctx.scheduler.schedule

        async def crash(*args: Any, **kwargs: Any) -> Any:
            raise OSError("disk I/O error")  # the process fails right after the record is committed

        monkeypatch.setattr(ctx.scheduler, "schedule", crash)
        failed = await teams.click("incident.submit", filled, user=NESTOR)
        assert "went wrong" in str(failed)
        monkeypatch.setattr(ctx.scheduler, "schedule", schedule)
        [incident] = await ctx.stores.incidents.list_open()
        await settle(ctx)
        assert cards_about(connector, ALEX, incident.reference) == []
        again = await teams.click("incident.submit", filled, user=NESTOR)  # Teams still shows the form
        assert reference_in(card_of(again)) == incident.reference
        await settle(ctx)
        assert len(cards_about(connector, ALEX, incident.reference)) == 1
        await teams.click("incident.submit", filled, user=NESTOR)
        await settle(ctx)
        assert len(cards_about(connector, ALEX, incident.reference)) == 1
