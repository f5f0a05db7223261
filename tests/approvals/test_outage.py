"""A Bot Connector outage while approvers are asked and reminded: the work waits for Teams and is
retried; nobody is recorded as "not reached", the Board is not asked early, no reminder is lost."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.clock import ManualClock
from bot.context import AppContext
from graph.records.approvals import AuditAction
from tests.approvals.flow import approver_cards, request
from tests.approvals.test_reminders import reminders
from tests.builders import ALEX, MEGAN, NESTOR, TeamsClient, settle
from tests.fakes.connector import DROP, FakeConnector


async def actions_of(ctx: AppContext) -> list[AuditAction]:
    [req] = await ctx.stores.approvals.of_requester(NESTOR.aad_object_id)
    return [e.action for e in await ctx.stores.approvals.history(req.id)]


async def after_backoff(ctx: AppContext, clock: ManualClock, minutes: int = 70) -> None:
    for _ in range(minutes // 5):
        await clock.advance(timedelta(minutes=5))
        await settle(ctx)


@pytest.mark.parametrize("status", [503, 429, DROP])
async def test_approvers_are_asked_once_teams_is_back(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector, clock: ManualClock, status: int
) -> None:
    await teams.say("help", user=ALEX)
    connector.outage(status, lambda call: call.conversation_id != NESTOR.personal_chat)
    await request(teams, ctx, connector)
    assert connector.refused
    assert approver_cards(connector, ALEX.personal_chat) == []
    assert await actions_of(ctx) == [AuditAction.SUBMITTED]  # nobody recorded as "not reached"
    assert not [c for c in connector.posted if c.conversation_id == MEGAN.personal_chat]
    told = [c.text for c in connector.posted_to(NESTOR.personal_chat) if c.text]
    assert not any("couldn't send" in t or "Board" in t for t in told)
    connector.restore()
    await after_backoff(ctx, clock)
    assert len(approver_cards(connector, ALEX.personal_chat)) == 1
    assert await actions_of(ctx) == [AuditAction.SUBMITTED]
    assert len(connector.of_kind("create")) == 0  # the Board was never asked


async def test_a_reminder_waits_for_teams_and_is_recorded_only_when_sent(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector, clock: ManualClock
) -> None:
    await teams.say("help", user=ALEX)
    await request(teams, ctx, connector, kind="crisis")
    connector.outage(503)
    await clock.advance(timedelta(hours=2))  # the crisis reminder is due
    await settle(ctx)
    assert reminders(connector) == []
    assert AuditAction.REMINDED not in await actions_of(ctx)
    connector.restore()
    await after_backoff(ctx, clock, minutes=20)
    assert len(reminders(connector)) == 1
    assert (await actions_of(ctx)).count(AuditAction.REMINDED) == 1
    await after_backoff(ctx, clock, minutes=20)
    assert len(reminders(connector)) == 1
