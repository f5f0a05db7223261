"""The incident log with SharePoint as the system of record, against the loopback Graph.

Fault drills at the feature level: people report through Teams while Graph is down, drops
connections, throttles, is restarted mid-sync or sees a concurrent edit; every report still
lands exactly once, and nobody waits on Graph to be told their report is logged.
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.app import CONTEXT, STARTUP_RETRY, Overrides, create_app
from bot.clock import ManualClock
from bot.config import Settings
from bot.context import AppContext
from bot.incidents.reporting import SYNC_NOTE
from bot.provisioning import run_provision
from graph.sharepoint.schemas import all_schemas
from graph.stores import SyncTiming
from tests.builders import ALEX, LEE, TeamsClient, card_texts
from tests.builders import settle as settle_jobs
from tests.fakes.connector import FakeConnector
from tests.fakes.graph import FakeGraph
from tests.incidents.support import SUMMARY, card_of, reference_in, report

INCIDENTS, AUDIT = "Policy Steward incidents", "Policy Steward incident audit"
APPROVALS, APPROVAL_AUDIT = "Policy Steward approvals", "Policy Steward approval audit"
SITE_URL = "https://homestartsuffolk.sharepoint.com/sites/policy-steward"
FAST = SyncTiming(base_delay=0.01, max_delay=0.05, sdk_retry_delay=0, sdk_max_retries=0, grace=0.3)
# Graph is up: the card waits as long as the copy takes, so a busy machine can't add the note.
PATIENT = replace(FAST, grace=60.0)


@pytest.fixture
async def fake() -> AsyncIterator[FakeGraph]:
    async with FakeGraph() as graph:
        graph.add_site(SITE_URL)
        yield graph


@pytest.fixture
def sp_settings(tmp_path: Path, fake: FakeGraph) -> Settings:
    return Settings(
        _env_file=None,
        data_dir=tmp_path,
        storage="sharepoint",
        sharepoint_site_url=SITE_URL,
        graph_base_url=fake.base_url,
        graph_credential="static",
    )


@pytest.fixture
async def provisioned(sp_settings: Settings) -> Settings:
    out, err = io.StringIO(), io.StringIO()
    assert await run_provision(sp_settings, out=out, err=err, timing=FAST) == 0, err.getvalue()
    return sp_settings


@asynccontextmanager
async def running(
    settings: Settings,
    clock: ManualClock,
    connector: FakeConnector,
    *,
    timing: SyncTiming = FAST,
) -> AsyncIterator[TeamsClient]:
    # No scheduler loop: jobs run when the test settles them, never when a busy machine gets round to it.
    app = create_app(settings, Overrides(clock=clock, sync_timing=timing, run_scheduler=False))
    async with TestClient(TestServer(app, host="127.0.0.1", port=0)) as client:
        yield TeamsClient(client, connector)


@pytest.fixture
async def sp_teams(
    provisioned: Settings, clock: ManualClock, connector: FakeConnector
) -> AsyncIterator[TeamsClient]:
    async with running(provisioned, clock, connector) as teams:
        yield teams


def ctx_of(teams: TeamsClient) -> AppContext:
    context: AppContext = teams.http.app[CONTEXT]
    return context


async def settle(teams: TeamsClient) -> None:
    ctx = ctx_of(teams)
    await settle_jobs(ctx)
    assert ctx.stores.sync is not None
    await ctx.stores.sync.drained()


async def retry_start_up(clock: ManualClock) -> None:
    """Bring deferred start-up work's next attempt forward on the clock and wait for it to end."""
    retries = [task for task in asyncio.all_tasks() if task.get_name() == STARTUP_RETRY]
    assert retries, "some start-up work was deferred"
    await clock.advance(timedelta(seconds=1))
    await asyncio.wait_for(asyncio.gather(*retries), timeout=60)  # a guard: done on the first try


def references(fake: FakeGraph) -> list[str]:
    return sorted(item["Reference"] for item in fake.items(INCIDENTS))


def incident_item(fake: FakeGraph, reference: str) -> dict[str, Any]:
    [item] = [i for i in fake.items(INCIDENTS) if i["Reference"] == reference]
    return item


async def test_provisioning_creates_every_list_once(sp_settings: Settings, fake: FakeGraph) -> None:
    out = io.StringIO()
    assert await run_provision(sp_settings, out=out, err=io.StringIO(), timing=FAST) == 0
    assert f"{INCIDENTS}: created" in out.getvalue()
    assert f"{APPROVALS}: created" in out.getvalue()
    again = io.StringIO()
    assert await run_provision(sp_settings, out=again, err=io.StringIO(), timing=FAST) == 0
    assert f"{INCIDENTS}: up to date" in again.getvalue()
    assert fake.count("POST", "/lists") == len(all_schemas())


async def test_provisioning_with_write_only_says_what_to_grant(tmp_path: Path, fake: FakeGraph) -> None:
    fake.add_site("https://homestartsuffolk.sharepoint.com/sites/writer", role="write")
    settings = Settings(
        _env_file=None,
        data_dir=tmp_path,
        sharepoint_site_url="https://homestartsuffolk.sharepoint.com/sites/writer",
        graph_base_url=fake.base_url,
        graph_credential="static",
    )
    err = io.StringIO()
    assert await run_provision(settings, out=io.StringIO(), err=err, timing=FAST) == 3
    assert "fullcontrol" in err.getvalue()


async def test_a_missing_site_is_named(tmp_path: Path, fake: FakeGraph) -> None:
    settings = Settings(
        _env_file=None,
        data_dir=tmp_path,
        sharepoint_site_url="https://homestartsuffolk.sharepoint.com/sites/nowhere",
        graph_base_url=fake.base_url,
        graph_credential="static",
    )
    err = io.StringIO()
    assert await run_provision(settings, out=io.StringIO(), err=err, timing=FAST) == 2
    assert "site not found" in err.getvalue()


async def test_reports_and_changes_land_in_the_lists(
    provisioned: Settings, clock: ManualClock, connector: FakeConnector, fake: FakeGraph
) -> None:
    async with running(provisioned, clock, connector, timing=PATIENT) as teams:
        card = card_of(await report(teams, "complaint"))
        reference = reference_in(card)
        assert SYNC_NOTE not in card_texts(card)
        await teams.click("incident.severity", {"reference": reference, "severity": "high"}, user=ALEX)
        await settle(teams)
    item = incident_item(fake, reference)
    assert item["IdempotencyKey"].endswith(f":{reference}")  # scoped to this installation
    assert item["Status"] == "acknowledged"
    assert item["Severity"] == "high"
    assert item["Summary"] == SUMMARY
    assert item["Version"] == 2
    audit = sorted(i["Action"] for i in fake.items(AUDIT))
    assert audit == ["reported", "severity"]


async def test_decisions_and_the_close_from_one_form_land_as_separate_entries(
    sp_teams: TeamsClient, fake: FakeGraph
) -> None:
    reference = reference_in(card_of(await report(sp_teams, "data_breach", crime="unsure")))
    form = {"ico_reported": "no", "ico_why": "Unlikely to risk anyone", "police_reported": "no"}
    form |= {"police_why": "No crime after all", "outcome": "Contained"}
    await sp_teams.click("incident.close", {"reference": reference, **form}, user=ALEX)
    await settle(sp_teams)
    assert incident_item(fake, reference)["Status"] == "closed"
    audit = sorted(i["Action"] for i in fake.items(AUDIT))
    assert audit == ["closed", "reported", "reporting decision", "reporting decision"]


async def test_a_safeguarding_item_in_sharepoint_holds_only_the_minimum(
    sp_teams: TeamsClient, fake: FakeGraph
) -> None:
    await report(sp_teams, "safeguarding", user=LEE)
    await settle(sp_teams)
    item = incident_item(fake, "INC-2026-0001")
    assert item["Category"] == "safeguarding"
    assert item["ReporterName"] == "Lee Gu"
    for column in ("Summary", "Platform", "Link", "ActionsTaken", "Affected", "Harms", "Outcome"):
        assert not item.get(column), column
    for column in ("HappenedAt", "AwareAt", "ContentRemoved", "ReportedToPlatform"):
        assert item.get(column) is None, column


async def test_graph_down_reports_are_accepted_and_all_synced_exactly_once(
    sp_teams: TeamsClient, fake: FakeGraph, connector: FakeConnector
) -> None:
    fake.down()
    before = len(fake.requests)
    cards = [card_of(await report(sp_teams, kind)) for kind in ("complaint", "data_breach", "online_abuse")]
    assert [reference_in(c) for c in cards] == ["INC-2026-0001", "INC-2026-0002", "INC-2026-0003"]
    assert all(SYNC_NOTE in card_texts(c) for c in cards)
    await settle_jobs(ctx_of(sp_teams))
    told = {
        c.card and reference_in(c.card)
        for c in connector.posted
        if c.card and "What happened" in card_texts(c.card)
    }
    assert told == {"INC-2026-0001", "INC-2026-0002", "INC-2026-0003"}  # the manager is still told
    await fake.wait_for(before + 6)  # the worker keeps trying
    fake.up()
    await settle(sp_teams)
    assert references(fake) == ["INC-2026-0001", "INC-2026-0002", "INC-2026-0003"]
    assert len(fake.items(AUDIT)) == 3


async def test_a_connection_dropped_after_commit_makes_no_duplicate(
    sp_teams: TeamsClient, fake: FakeGraph
) -> None:
    fake.drop_after_commit(count=2, match="/items", method="POST")
    await report(sp_teams, "complaint")
    await report(sp_teams, "other")
    await settle(sp_teams)
    assert references(fake) == ["INC-2026-0001", "INC-2026-0002"]
    assert fake.count("POST", "/items", outcome="dropped") == 2


async def test_a_restart_mid_sync_resumes(
    provisioned: Settings, fake: FakeGraph, clock: ManualClock, connector: FakeConnector
) -> None:
    fake.hang(match="/items", method="POST")  # the first create lands, then the bot stops
    async with running(provisioned, clock, connector) as first:
        await report(first, "complaint")
        await report(first, "crisis")
        await settle_jobs(ctx_of(first))
        await fake.wait_for(1, "POST", "/items")
    fake.release()
    async with running(provisioned, clock, connector) as second:
        await settle(second)
        assert references(fake) == ["INC-2026-0001", "INC-2026-0002"]
        assert len(fake.items(AUDIT)) == 2


async def test_a_429_storm_is_ridden_out(sp_teams: TeamsClient, fake: FakeGraph) -> None:
    fake.inject(429, retry_after=1, count=8, match="/items", method="POST")
    for kind in ("complaint", "other", "policy_breach"):
        await report(sp_teams, kind)
    await settle(sp_teams)
    assert references(fake) == ["INC-2026-0001", "INC-2026-0002", "INC-2026-0003"]
    assert fake.count("POST", "/items", outcome="fault") == 8


async def test_a_412_on_a_concurrent_edit_loses_no_update(sp_teams: TeamsClient, fake: FakeGraph) -> None:
    await report(sp_teams, "complaint")
    await settle(sp_teams)
    fake.on_next(
        lambda g: g.edit_item(INCIDENTS, "1", Title="edited in SharePoint"), match="/fields", method="PATCH"
    )
    await sp_teams.click(
        "incident.assign", {"reference": "INC-2026-0001", "owner": ALEX.aad_object_id}, user=ALEX
    )
    await settle(sp_teams)
    item = incident_item(fake, "INC-2026-0001")
    assert item["OwnerName"] == "Alex Wilber"
    assert item["Version"] == 2
    assert [r.status for r in fake.requests if r.method == "PATCH"] == [412, 200]


async def test_approval_requests_and_decisions_land_in_their_lists(
    provisioned: Settings, fake: FakeGraph, clock: ManualClock, connector: FakeConnector
) -> None:
    async with running(provisioned, clock, connector) as teams:
        await _approve_one(teams, fake, connector)


async def _approve_one(sp_teams: TeamsClient, fake: FakeGraph, connector: FakeConnector) -> None:
    from tests.approvals.flow import data_of, request

    ctx = ctx_of(sp_teams)
    await request(sp_teams, ctx, connector)
    await settle(sp_teams)
    [item] = fake.items(APPROVALS)
    reference = item["Reference"]
    assert item["State"] == "pending"
    assert item["IdempotencyKey"].endswith(f":{reference}")  # scoped to this installation
    approve = [c.card for c in connector.posted if c.card and "approval.approve" in str(c.card)][-1]
    await sp_teams.click("approval.approve", data_of(approve, "approval.approve"), user=ALEX)
    await settle_jobs(ctx)
    await settle(sp_teams)
    [item] = fake.items(APPROVALS)
    assert item["State"] == "approved"
    actions = sorted(i["Action"] for i in fake.items(APPROVAL_AUDIT))
    assert "submitted" in actions
    assert "approved" in actions


async def test_the_managers_records_live_in_sharepoint(
    provisioned: Settings, clock: ManualClock, connector: FakeConnector, fake: FakeGraph
) -> None:
    async with running(provisioned, clock, connector) as teams:
        await teams.say("reviews", user=ALEX)
        ctx: AppContext = teams.http.app[CONTEXT]
        assert type(ctx.stores.register).__name__ == "SharePointRegisterStore"
        cycles = await ctx.stores.reviews.cycles()
    assert cycles, "the yearly reviews were seeded"
    assert fake.items("Policy Steward review cycles")


@pytest.mark.parametrize("reset", [False, True])
async def test_the_bot_starts_answers_and_takes_reports_while_graph_is_down(
    provisioned: Settings, fake: FakeGraph, clock: ManualClock, connector: FakeConnector, reset: bool
) -> None:
    fake.down(reset=reset)  # before start-up: the list check, the seeding, everything fails
    async with running(provisioned, clock, connector) as teams:
        await teams.say("help", user=ALEX)
        await teams.say("can I share a photo of a family we support?", user=LEE)
        answer = connector.posted_to(LEE.personal_chat)[-1]
        assert answer.card is not None
        assert "From our social media policy" in card_texts(answer.card)
        card = card_of(await report(teams, "complaint", user=LEE))
        assert SYNC_NOTE in card_texts(card)  # acknowledged, with the honest note
        await ctx_of(teams).scheduler.run_due(ctx_of(teams))  # (start-up work is still retrying)
        told = [c for c in connector.posted_to(ALEX.personal_chat) if c.card and "Acknowledge" in str(c.card)]
        assert len(told) == 1  # the manager is still told
        fake.up()
        await settle(teams)  # catches up once Graph is back
        assert references(fake) == [reference_in(card)]
        await retry_start_up(clock)
        assert await ctx_of(teams).stores.reviews.cycles()  # the reviews were seeded after all
