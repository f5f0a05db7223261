"""`board report` in Teams: the period card, the build off the event loop, the card and the link."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from aiohttp.test_utils import TestClient
from docx import Document

from bot.app import CONTEXT
from bot.clock import ManualClock
from bot.config import Settings
from bot.context import AppContext
from cards.verbs import ReportVerb
from graph.records.incidents import Assessment, Category, Report
from tests.builders import ALEX, MEGAN, NESTOR, TeamsClient, User, card_texts
from tests.fakes.connector import FakeConnector
from tests.nudges.steps import at_london, cards_to, run_until, texts_to
from tests.orgs import client_with_org, write_org

LINK = re.compile(r"\((http://[^)]+/reports/[^)]+\.docx)\)")


async def _incident(ctx: AppContext, at: datetime, category: Category = Category.COMPLAINT) -> None:
    details: dict[str, Any] = {} if category is Category.SAFEGUARDING else {"summary": "MARKER-FLOW text"}
    report = Report(category, NESTOR.aad_object_id, "MARKER-FLOW reporter", at, **details)
    await ctx.stores.incidents.create(report, Assessment(), key=f"k-{at.isoformat()}")


async def test_a_manager_gets_the_last_quarter_as_a_card_and_a_document(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext, client: TestClient[Any, Any]
) -> None:
    await _incident(ctx, datetime(2026, 8, 10, 9, tzinfo=UTC))
    await _incident(ctx, datetime(2026, 9, 2, 9, tzinfo=UTC), Category.SAFEGUARDING)
    await _incident(ctx, datetime(2026, 10, 2, 9, tzinfo=UTC))  # after the quarter
    await teams.say("board report")
    assert "Which period?" in cards_to(connector, ALEX)[-1]
    body = await teams.click(ReportVerb.BUILD, {"period": "last_quarter"})
    assert "Building the report for Q3 2026" in card_texts(body["value"])
    await ctx.tasks.drain()
    finished = cards_to(connector, ALEX)[-1]
    assert "Q3 2026 (1 July 2026 to 30 September 2026)" in finished
    assert "2 (of which safeguarding concerns: 1)" in finished
    assert "Red:" in finished or "Amber:" in finished or "Green:" in finished
    link = LINK.search(finished)
    assert link is not None
    response = await client.get(link.group(1).split(":3978", 1)[-1])
    assert response.status == 200
    assert response.headers["Content-Disposition"].startswith("attachment;")
    content = await response.read()
    doc = Document(io.BytesIO(content))
    assert doc.paragraphs[0].text.endswith("Board report")
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        assert not any(b"MARKER-FLOW" in archive.read(n) for n in archive.namelist())


async def test_a_board_approver_may_ask_and_staff_are_refused_in_one_sentence(
    teams: TeamsClient, connector: FakeConnector
) -> None:
    await teams.say("board report", user=MEGAN)
    assert "Which period?" in cards_to(connector, MEGAN)[-1]
    await teams.say("board report", user=NESTOR)
    refusal = texts_to(connector, NESTOR)[-1]
    # The CEO, Board approvers and the manager may: two are named, so it does not say "Only".
    assert refusal.startswith("The CEO or a Board approver can ")
    assert refusal.count(".") == 1
    assert not cards_to(connector, NESTOR)


async def test_custom_dates_are_checked_on_the_card(teams: TeamsClient, ctx: AppContext) -> None:
    body = await teams.click(ReportVerb.BUILD, {"period": "custom", "from": "2026-09-01", "to": "2026-08-01"})
    assert "The end date is before the start date." in card_texts(body["value"])
    body = await teams.click(ReportVerb.BUILD, {"period": "custom", "from": "not a date", "to": ""})
    assert "Choose both dates for a custom period." in card_texts(body["value"])
    await ctx.tasks.drain()


async def test_report_links_cannot_reach_other_files(client: TestClient[Any, Any]) -> None:
    for path in (
        "/reports/..%2F..%2Fpolicy-steward.sqlite3/board-report-2026-07-01-to-2026-09-30.docx",
        "/reports/abcdefghijklmnopqrstuvwx/policy-steward.sqlite3",
        "/reports/abcdefghijklmnopqrstuvwx/board-report-2026-07-01-to-2026-09-30.docx",
    ):
        response = await client.get(path)
        assert response.status == 404, path


async def test_the_annual_review_pack_goes_to_the_manager_and_ceo_a_month_before(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext, clock: ManualClock
) -> None:
    pending = [j for j in await ctx.scheduler.pending("report.") if j.key == "report:annual:2027-04-01"]
    assert [j.due_at for j in pending] == [at_london(date(2027, 3, 2), 9)]  # Tuesday 2 March 2027
    for hook in ctx.router.startup_hooks:  # a restart books nothing twice
        await hook(ctx)
    assert len(await ctx.scheduler.pending("report.annual")) == 2  # the pack and the weekly check
    await teams.say("help")
    await clock.set(at_london(date(2027, 3, 1), 12))
    await run_until(ctx, clock, at_london(date(2027, 3, 2), 10), step=timedelta(hours=1))
    await ctx.tasks.drain()
    packs = [t for t in cards_to(connector, ALEX) if "Annual policy review pack" in t]
    assert len(packs) == 1


async def test_the_annual_pack_waits_out_a_teams_outage_and_is_sent_once(
    settings: Settings, connector: FakeConnector, clock: ManualClock, tmp_path: Path
) -> None:
    """Separate CEO and manager (the manager by sign-in name only); the manager's chat is down."""
    org = write_org(tmp_path, [(ALEX, ["ceo", "admin"], False), (MEGAN, ["manager"], True)])
    async with client_with_org(settings, clock, org) as http:
        teams, ctx = TeamsClient(http, connector), http.app[CONTEXT]
        await teams.say("help", user=ALEX)
        await teams.say("help", user=MEGAN)
        await clock.set(at_london(date(2027, 3, 1), 12))
        connector.outage(503, lambda call: call.conversation_id == MEGAN.personal_chat)
        await run_until(ctx, clock, at_london(date(2027, 3, 2), 10), step=timedelta(hours=1))
        assert len(packs_to(connector, ALEX)) == 1
        assert packs_to(connector, MEGAN) == []
        connector.restore()
        await run_until(ctx, clock, at_london(date(2027, 3, 2), 12), step=timedelta(minutes=10))
        assert len(packs_to(connector, ALEX)) == 1
        assert len(packs_to(connector, MEGAN)) == 1


def packs_to(connector: FakeConnector, user: User) -> list[str]:
    return [t for t in cards_to(connector, user) if "Annual policy review pack" in t]


async def test_a_quarterly_report_when_the_organisation_file_asks_for_one(
    settings: Settings, connector: FakeConnector, clock: ManualClock, tmp_path: Path
) -> None:
    org = write_org(tmp_path, [(ALEX, ["ceo", "manager"], False)])
    org.write_text(org.read_text().replace("quarterly = false", "quarterly = true"))
    async with client_with_org(settings, clock, org) as http:
        teams, ctx = TeamsClient(http, connector), http.app[CONTEXT]
        await teams.say("help")
        assert [j.key for j in await ctx.scheduler.pending("report.quarterly")] == [
            "report:quarterly:2027-01-01"
        ]
        await clock.set(at_london(date(2026, 12, 31), 12))
        # New Year's Day is a bank holiday: the report comes on the next working day.
        await run_until(ctx, clock, at_london(date(2027, 1, 1), 10), step=timedelta(hours=1))
        assert not [t for t in cards_to(connector, ALEX) if "Q4 2026" in t]
        await run_until(ctx, clock, at_london(date(2027, 1, 4), 10), step=timedelta(hours=1))
        await ctx.tasks.drain()
        quarterly = [
            t for t in cards_to(connector, ALEX) if "Q4 2026 (1 October 2026 to 31 December 2026)" in t
        ]
        assert len(quarterly) == 1
        assert [j.key for j in await ctx.scheduler.pending("report.quarterly")] == [
            "report:quarterly:2027-04-01"
        ]


async def test_no_quarterly_report_by_default(ctx: AppContext) -> None:
    assert await ctx.scheduler.pending("report.quarterly") == []


async def test_help_tells_report_readers_how_to_ask(teams: TeamsClient, connector: FakeConnector) -> None:
    await teams.say("help", user=MEGAN)
    assert "build the Board report for the trustees (type board report)" in cards_to(connector, MEGAN)[-1]
    await teams.say("help", user=NESTOR)
    assert "Board report" not in cards_to(connector, NESTOR)[-1]


async def test_building_reports_is_rate_limited_per_person(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext
) -> None:
    for _ in range(6):
        body = await teams.click(ReportVerb.BUILD, {"period": "this_year"})
        assert "Building the report" in card_texts(body["value"])
    refused = await teams.click(ReportVerb.BUILD, {"period": "this_year"})
    assert "a lot of Board reports" in str(refused)
    await ctx.tasks.drain()
    assert len([t for t in cards_to(connector, ALEX) if "open the Board report" in t]) == 6
    body = await teams.click(ReportVerb.BUILD, {"period": "this_year"}, user=MEGAN)
    assert "Building the report" in card_texts(body["value"])
    await ctx.tasks.drain()


async def test_next_years_pack_is_booked_once_the_review_is_done_without_a_restart(
    ctx: AppContext, clock: ManualClock
) -> None:
    assert [j.key for j in await ctx.scheduler.pending("report.annual_pack")] == ["report:annual:2027-04-01"]
    cycle = await ctx.stores.reviews.get("policy")
    assert cycle is not None
    await ctx.stores.reviews.update(cycle.moved(next_due=date(2028, 4, 1)))  # the review marked done
    await run_until(ctx, clock, at_london(date(2026, 12, 7), 10), step=timedelta(hours=6))
    booked = sorted(j.key for j in await ctx.scheduler.pending("report.annual_pack"))
    assert booked == ["report:annual:2027-04-01", "report:annual:2028-04-01"]
    assert [j.key for j in await ctx.scheduler.pending("report.annual_check")] == [
        "report:annual-check:2026-12-14"
    ]
