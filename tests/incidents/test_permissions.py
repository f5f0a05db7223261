"""The safeguarding lead acts on safeguarding concerns only; admins only when configured."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.app import CONTEXT, Overrides, create_app
from bot.clock import ManualClock
from bot.config import Settings
from bot.context import AppContext
from tests.builders import TeamsClient, settle
from tests.fakes.connector import FakeConnector
from tests.incidents.support import card_of, message_of, reference_in, report
from tests.security.roles_table import ADA, INCIDENT_HIDDEN, PERSONAS, SAL, write_matrix_org


async def _teams(
    settings: Settings, clock: ManualClock, connector: FakeConnector
) -> AsyncIterator[TeamsClient]:
    app = create_app(settings, Overrides(clock=clock, run_scheduler=False))
    async with TestClient(TestServer(app, host="127.0.0.1", port=0)) as http:
        teams = TeamsClient(http, connector)
        for user in PERSONAS.values():
            connector.members[user.aad_object_id] = user.as_member()
        yield teams
        ctx: AppContext = http.app[CONTEXT]
        await settle(ctx)


@pytest.fixture
async def org_teams(
    settings: Settings, clock: ManualClock, connector: FakeConnector, tmp_path: Path
) -> AsyncIterator[TeamsClient]:
    configured = settings.model_copy(update={"org_file": write_matrix_org(tmp_path)})
    async for teams in _teams(configured, clock, connector):
        yield teams


@pytest.fixture
async def admin_teams(
    settings: Settings, clock: ManualClock, connector: FakeConnector, tmp_path: Path
) -> AsyncIterator[TeamsClient]:
    configured = settings.model_copy(
        update={"org_file": write_matrix_org(tmp_path), "incident_admins_may_change": True}
    )
    async for teams in _teams(configured, clock, connector):
        yield teams


async def test_the_safeguarding_lead_closes_safeguarding_concerns_only(org_teams: TeamsClient) -> None:
    safeguarding = reference_in(card_of(await report(org_teams, "safeguarding")))
    complaint = reference_in(card_of(await report(org_teams, "complaint")))
    closed = card_of(await org_teams.click("incident.close", {"reference": safeguarding}, user=SAL))
    assert "Handled under the safeguarding procedure" in str(closed)
    refused = message_of(
        await org_teams.click("incident.close", {"reference": complaint, "outcome": "x"}, user=SAL)
    )
    assert refused == INCIDENT_HIDDEN


async def test_admins_change_incidents_only_when_configured(
    org_teams: TeamsClient, admin_teams: TeamsClient
) -> None:
    ref = reference_in(card_of(await report(org_teams, "complaint")))
    assert (
        message_of(await org_teams.click("incident.acknowledge", {"reference": ref}, user=ADA))
        == INCIDENT_HIDDEN
    )
    ref = reference_in(card_of(await report(admin_teams, "complaint")))
    assert "Acknowledged." in str(
        await admin_teams.click("incident.acknowledge", {"reference": ref}, user=ADA)
    )


async def test_the_safeguarding_lead_records_no_reporting_decisions(org_teams: TeamsClient) -> None:
    breach = reference_in(card_of(await report(org_teams, "data_breach")))
    decision = {"reference": breach, "ico_reported": "no", "ico_why": "x", "outcome": "x"}
    for verb in ("incident.decide", "incident.close"):
        refused = message_of(await org_teams.click(verb, decision, user=SAL))
        assert refused == INCIDENT_HIDDEN
    safeguarding = reference_in(card_of(await report(org_teams, "safeguarding")))
    answer = card_of(
        await org_teams.click("incident.decide", {**decision, "reference": safeguarding}, user=SAL)
    )
    assert "keep no notes here" in str(answer)
