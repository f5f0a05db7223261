"""Role holders named by sign-in name (UPN) only are reached like everyone else, in every role."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.app import CONTEXT, Overrides, create_app
from bot.clock import ManualClock
from bot.config import Settings
from bot.context import AppContext
from bot.org import Role
from bot.recipients import recipients
from tests.approvals.flow import approver_cards, request
from tests.builders import ADELE, ALEX, MEGAN, NESTOR, TeamsClient, User, settle
from tests.fakes.connector import FakeConnector
from tests.nudges.steps import cards_to, run_until
from tests.orgs import write_org

# Everyone who holds a role is named by sign-in name only.
HOLDERS: dict[Role, User] = {
    Role.CEO: ALEX,
    Role.BOARD: MEGAN,
    Role.MANAGER: ADELE,
    Role.SAFEGUARDING_LEAD: ADELE,
}


@pytest.fixture
async def client(
    settings: Settings, clock: ManualClock, tmp_path: Path
) -> AsyncIterator[TestClient[Any, Any]]:
    org = write_org(
        tmp_path,
        [
            (ALEX, ["ceo", "admin", "staff"], True),
            (MEGAN, ["board", "trustee"], True),
            (ADELE, ["manager", "safeguarding_lead", "staff"], True),
            (NESTOR, ["staff"], False),
        ],
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


@pytest.mark.parametrize("role", list(HOLDERS))
async def test_a_upn_only_holder_is_resolved_once_they_have_used_the_bot(
    teams: TeamsClient, ctx: AppContext, role: Role
) -> None:
    user = HOLDERS[role]
    [before] = await recipients(ctx, role)
    assert (before.member.name, before.aad_object_id) == (user.name, "")
    await teams.say("help", user=user)
    [after] = await recipients(ctx, role)
    assert after.aad_object_id == user.aad_object_id


async def test_a_upn_only_manager_gets_their_nudges(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext, clock: ManualClock
) -> None:
    await teams.say("help", user=ADELE)
    await run_until(ctx, clock, clock.now() + timedelta(days=1, hours=2))
    assert [t for t in cards_to(connector, ADELE) if "Content review and moderation" in t]


async def test_a_upn_only_safeguarding_lead_is_told_of_a_concern(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext
) -> None:
    from tests.incidents.support import report

    await teams.say("help", user=ADELE)
    await report(teams, "safeguarding", user=NESTOR)
    await settle(ctx)
    assert any("Safeguarding" in t for t in cards_to(connector, ADELE))


async def test_upn_only_ceo_and_board_are_asked_to_approve(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext, clock: ManualClock
) -> None:
    await teams.say("help", user=ALEX)
    await teams.say("help", user=MEGAN)
    await request(teams, ctx, connector, kind="crisis")
    assert len(approver_cards(connector, ALEX.personal_chat)) == 1
    await clock.advance(timedelta(hours=4))  # the CEO did not decide: the Board is asked
    await settle(ctx)
    assert len(approver_cards(connector, MEGAN.personal_chat)) == 1
