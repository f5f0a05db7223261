"""A request stored just before the process died still reaches its approvers.

The request is committed before the work that follows it (asking the approvers, the reminder and
the Board fallback) is queued; a crash in between must not leave a request nobody is asked about.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.context import AppContext
from cards.verbs import ApprovalVerb
from tests.approvals.flow import FORM, approver_cards, open_form
from tests.builders import ALEX, NESTOR, TeamsClient, card_texts, invoke, settle
from tests.fakes.connector import FakeConnector


class Crash(Exception):
    """The process dying after the commit."""


async def crash_after_commit(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector, monkeypatch: pytest.MonkeyPatch
) -> dict[str, Any]:
    """Send the form while queueing the follow-up work fails; returns the form's data."""
    await teams.say("help", user=ALEX)  # the CEO has used the bot, so can be messaged
    token = await open_form(teams, connector)

    async def crash(*args: object, **kwargs: object) -> None:
        raise Crash

    with monkeypatch.context() as patched:
        patched.setattr(ctx.scheduler, "schedule", crash)
        status, _ = await teams.post(
            invoke(ApprovalVerb.SUBMIT, {**token, **FORM}, user=NESTOR, service_url=connector.url)
        )
    assert status >= 500 or status == 200
    assert await ctx.stores.approvals.get("1") is not None  # committed before the crash
    assert not approver_cards(connector, ALEX.personal_chat)
    return {**token, **FORM}


async def test_sending_again_after_a_crash_asks_the_approvers(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = await crash_after_commit(teams, ctx, connector, monkeypatch)
    body = await teams.click(ApprovalVerb.SUBMIT, form, user=NESTOR)
    await settle(ctx)
    assert len(approver_cards(connector, ALEX.personal_chat)) == 1
    text = card_texts(body["value"])
    assert "nothing new was sent" not in text
    assert "Sent for approval to" in text
    again = await teams.click(ApprovalVerb.SUBMIT, form, user=NESTOR)  # a third press: really sent now
    await settle(ctx)
    assert "nothing new was sent" in card_texts(again["value"])
    assert len(approver_cards(connector, ALEX.personal_chat)) == 1


async def test_a_restart_after_a_crash_asks_the_approvers(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector, monkeypatch: pytest.MonkeyPatch
) -> None:
    await crash_after_commit(teams, ctx, connector, monkeypatch)
    from bot.app import run_startup_hooks

    await run_startup_hooks(ctx)  # what a restart runs before taking requests
    await settle(ctx)
    assert len(approver_cards(connector, ALEX.personal_chat)) == 1
    await run_startup_hooks(ctx)  # and a second restart asks nobody twice
    await settle(ctx)
    assert len(approver_cards(connector, ALEX.personal_chat)) == 1
