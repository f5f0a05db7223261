"""Reminders and the CEO → Board fallback, driven by a manual clock across restarts."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

from aiohttp.test_utils import TestClient, TestServer

from bot.app import CONTEXT, Overrides, create_app
from bot.clock import ManualClock
from bot.config import Settings
from bot.context import AppContext
from cards.verbs import ApprovalVerb
from graph.records.approvals import AuditAction
from tests.approvals.flow import approver_cards, data_of, request, verbs
from tests.builders import ALEX, MEGAN, NESTOR, TeamsClient, card_texts, settle
from tests.fakes.connector import FakeConnector


@asynccontextmanager
async def running(
    settings: Settings, clock: ManualClock, connector: FakeConnector
) -> AsyncIterator[tuple[TeamsClient, AppContext]]:
    """One run of the bot on the test's data directory; a second call is a restart."""
    app = create_app(settings, Overrides(clock=clock, run_scheduler=False))
    async with TestClient(TestServer(app, host="127.0.0.1", port=0)) as http:
        yield TeamsClient(http, connector), http.app[CONTEXT]


def reminders(connector: FakeConnector) -> list[str]:
    return [c.text for c in connector.posted if "Reminder" in c.text]


async def test_reminder_then_board_fallback_survive_restarts_and_run_once(
    settings: Settings, clock: ManualClock, connector: FakeConnector
) -> None:
    async with running(settings, clock, connector) as (teams, ctx):
        await teams.say("help", user=ALEX)
        await request(teams, ctx, connector, kind="crisis")
        due = {job.kind: job.due_at for job in await ctx.scheduler.pending("approval.")}
        assert due == {
            "approval.remind": clock.now() + timedelta(hours=2),
            "approval.fallback": clock.now() + timedelta(hours=4),
        }

    await clock.advance(timedelta(hours=2))
    async with running(settings, clock, connector) as (teams, ctx):  # restarted before it was due
        await settle(ctx)
        [reminder] = reminders(connector)
        assert "A-1 “New family group in Ipswich” from Nestor Wilke" in reminder
        assert connector.posted[-1].conversation_id == ALEX.personal_chat

    async with running(settings, clock, connector) as (teams, ctx):  # restarted after it ran
        await settle(ctx)
        assert len(reminders(connector)) == 1
        await clock.advance(timedelta(hours=2))
        await settle(ctx)
        board = [c for c in connector.posted if c.card and ApprovalVerb.APPROVE in verbs(c.card)]
        megan = board[-1]
        assert megan.conversation_id not in (ALEX.personal_chat, NESTOR.personal_chat)  # a new 1:1 chat
        assert "has not decided in time" in card_texts(megan.card)
        told = connector.posted_to(NESTOR.personal_chat)[-1].text
        assert "offered it to the Board approvers: Megan Bowen" in told
        [ceo_card] = approver_cards(connector, ALEX.personal_chat)
        latest = [c for c in connector.updates if c.conversation_id == ALEX.personal_chat][-1]
        assert "has not decided in time" in card_texts(latest.card)

        body = await teams.click(ApprovalVerb.APPROVE, data_of(megan.card, ApprovalVerb.APPROVE), user=MEGAN)
        assert "You approved" in card_texts(body["value"])
        [req] = await ctx.stores.approvals.of_requester(NESTOR.aad_object_id)
        actions = [e.action for e in await ctx.stores.approvals.history(req.id)]
        assert actions == [
            AuditAction.SUBMITTED,
            AuditAction.REMINDED,
            AuditAction.OFFERED_TO_BOARD,
            AuditAction.APPROVED,
        ]
        assert ceo_card.card is not None


async def test_no_reminder_after_a_decision(
    settings: Settings, clock: ManualClock, connector: FakeConnector
) -> None:
    async with running(settings, clock, connector) as (teams, ctx):
        await teams.say("help", user=ALEX)
        await request(teams, ctx, connector, kind="crisis")
        [asked] = approver_cards(connector, ALEX.personal_chat)
        await teams.click(ApprovalVerb.APPROVE, data_of(asked.card, ApprovalVerb.APPROVE), user=ALEX)
        await clock.advance(timedelta(days=3))
        await settle(ctx)
        assert reminders(connector) == []
        assert not any("offered it to the Board" in c.text for c in connector.posted)


async def test_reminders_wait_for_working_hours(
    settings: Settings, clock: ManualClock, connector: FakeConnector
) -> None:
    await clock.advance(timedelta(hours=6, minutes=30))  # Tuesday 16:30
    async with running(settings, clock, connector) as (teams, ctx):
        await teams.say("help", user=ALEX)
        await request(teams, ctx, connector, kind="crisis")
        await clock.advance(timedelta(hours=3))  # 19:30: the raw deadline has passed
        await settle(ctx)
        assert reminders(connector) == []
        await clock.advance(timedelta(hours=13, minutes=30))  # Wednesday 09:00
        await settle(ctx)
        assert len(reminders(connector)) == 1
