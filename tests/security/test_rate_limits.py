"""Per-feature limits: what the README names is enforced, with a kind message, and a limit the
bot does not know stops start-up instead of being silently ignored."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer
from pydantic import ValidationError

from bot.app import CONTEXT, Overrides, create_app
from bot.clock import ManualClock
from bot.config import Settings
from bot.context import AppContext
from cards.incidents import CATEGORY, KEY
from cards.verbs import ApprovalVerb, IncidentVerb
from tests.approvals.flow import FORM, open_form
from tests.builders import NESTOR, TeamsClient
from tests.fakes.connector import FakeConnector
from tests.incidents.support import ANSWERS


@pytest.mark.parametrize("name", ["incident.reports", "approvals.request", "Turns", ""])
def test_an_unknown_limit_stops_start_up_naming_the_known_ones(name: str) -> None:
    with pytest.raises(ValidationError) as raised:
        Settings(_env_file=None, rate_limits={name: "5/hour"})
    problem = str(raised.value)
    assert "unknown rate limit" in problem
    assert "approval.request, incident.report, report.build, turns" in problem


@pytest.fixture
async def limited(
    settings: Settings, clock: ManualClock, connector: FakeConnector
) -> AsyncIterator[tuple[TeamsClient, AppContext]]:
    rates = {"incident.report": "2/hour", "approval.request": "1/hour", "turns": "off"}
    app = create_app(
        settings.model_copy(update={"rate_limits": rates}), Overrides(clock=clock, run_scheduler=False)
    )
    async with TestClient(TestServer(app, host="127.0.0.1", port=0)) as http:
        yield TeamsClient(http, connector), http.app[CONTEXT]


async def _report(teams: TeamsClient, key: str) -> dict[str, Any]:
    data = {KEY: key, CATEGORY: "complaint", **ANSWERS}
    return await teams.click(IncidentVerb.SUBMIT, data, user=NESTOR)


async def test_incident_reports_over_the_limit_are_refused_kindly_with_the_urgent_route(
    limited: tuple[TeamsClient, AppContext], clock: ManualClock
) -> None:
    teams, ctx = limited
    await teams.say("help", user=NESTOR)
    first = await _report(teams, "a" * 32)
    again = await _report(teams, "a" * 32)  # the same form twice: one report, counted once
    second = await _report(teams, "b" * 32)
    third = await _report(teams, "c" * 32)
    assert [first["type"], again["type"], second["type"]] == ["application/vnd.microsoft.card.adaptive"] * 3
    assert third["type"] == "application/vnd.microsoft.activity.message"
    told = third["value"]
    assert told.startswith("You've sent a lot of incident reports in a short time")
    assert "999" in told
    assert len(await ctx.stores.incidents.list_open()) == 2
    await clock.advance(timedelta(hours=1))
    assert (await _report(teams, "d" * 32))["type"] == "application/vnd.microsoft.card.adaptive"


async def test_approval_requests_over_the_limit_are_refused_kindly(
    limited: tuple[TeamsClient, AppContext], connector: FakeConnector
) -> None:
    teams, ctx = limited
    await teams.say("help", user=NESTOR)
    first = await teams.click(ApprovalVerb.SUBMIT, {**await open_form(teams, connector), **FORM}, user=NESTOR)
    token = {"form_token": uuid.uuid4().hex}
    second = await teams.click(ApprovalVerb.SUBMIT, {**token, **FORM}, user=NESTOR)
    assert first["type"] == "application/vnd.microsoft.card.adaptive"
    assert second["value"].startswith("You've sent a lot of approval requests in a short time")
    assert len(await ctx.stores.approvals.of_requester(NESTOR.aad_object_id)) == 1
