"""Following incidents to closure over HTTP: changes, refusals, closure rules, clocks, the list."""

from __future__ import annotations

import asyncio
import json
import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.clock import ManualClock
from bot.context import AppContext
from bot.incidents.service import ICO_REMINDER_KIND
from graph.records.incidents import Route, Severity, Status, Step
from tests.builders import ADELE, ALEX, LEE, MEGAN, NESTOR, STRANGER, TeamsClient, User, card_texts, settle
from tests.fakes.connector import FakeConnector
from tests.incidents.support import HIDDEN, NOT_FOUND, card_of, message_of, reference_in, report

REF = "INC-2026-0001"


async def press(teams: TeamsClient, verb: str, user: User = ALEX, **data: Any) -> dict[str, Any]:
    return await teams.click(f"incident.{verb}", {"reference": REF, **data}, user=user)


async def audit_actions(ctx: AppContext) -> list[str]:
    return [e.action for e in await ctx.stores.incident_audit.entries(REF)]


async def test_the_manager_takes_a_complaint_to_closure(teams: TeamsClient, ctx: AppContext) -> None:
    await report(teams, "complaint")
    assert "Acknowledged." in card_texts(card_of(await press(teams, "acknowledge")))
    card = card_of(await press(teams, "severity", severity="medium"))
    assert "Medium" in card_texts(card)
    card = card_of(await press(teams, "assign", owner=NESTOR.aad_object_id))
    assert "Nestor Wilke" in card_texts(card)
    card = card_of(await press(teams, "update", update_text="Replied under the post"))
    assert "Replied under the post" in card_texts(card)
    card = card_of(await press(teams, "close", outcome="Resolved with a public reply"))
    assert "Outcome: Resolved with a public reply" in card_texts(card)
    assert "incident.close" not in str(card)
    incident = await ctx.stores.incidents.get(REF)
    assert incident is not None
    assert incident.status is Status.CLOSED
    assert incident.severity is Severity.MEDIUM
    assert await audit_actions(ctx) == [
        "reported",
        "acknowledged",
        "severity",
        "assigned",
        "update added",
        "closed",
    ]
    await settle(ctx)


@pytest.mark.parametrize("user", [NESTOR, LEE, MEGAN, ADELE, STRANGER])
@pytest.mark.parametrize(
    ("verb", "data"),
    [
        ("acknowledge", {}),
        ("severity", {"severity": "high"}),
        ("update", {"update_text": "x"}),
        ("close", {"outcome": "done"}),
        ("tick", {"step": "pause_posts"}),
    ],
)
async def test_anyone_else_is_refused_and_nothing_changes(
    user: User, verb: str, data: dict[str, str], teams: TeamsClient, ctx: AppContext
) -> None:
    await report(teams, "hacked_account")
    await settle(ctx)
    assert message_of(await press(teams, verb, user=user, **data)) == HIDDEN
    assert await audit_actions(ctx) == ["reported"]


async def test_others_cannot_open_an_incident_either(teams: TeamsClient, ctx: AppContext) -> None:
    await report(teams, "complaint")
    assert message_of(await press(teams, "view", user=LEE)) == HIDDEN
    assert "What happened" in card_texts(card_of(await press(teams, "view", user=ALEX)))
    await settle(ctx)


async def test_an_owner_without_a_managers_role_sees_the_incident_and_is_told_who_may_change_it(
    teams: TeamsClient, ctx: AppContext
) -> None:
    """The owner knows the incident exists: the refusal may name who can change it."""
    await report(teams, "complaint", user=LEE)
    await press(teams, "assign", owner=NESTOR.aad_object_id)
    await settle(ctx)
    assert "What happened" in card_texts(card_of(await press(teams, "view", user=NESTOR)))
    answer = message_of(await press(teams, "update", user=NESTOR, update_text="Replied"))
    assert answer.startswith("Only the CEO or the Fundraising & Partnerships Manager can do that; ")
    assert await audit_actions(ctx) == ["reported", "assigned"]


async def test_the_open_list_is_for_managers_only(teams: TeamsClient, connector: FakeConnector) -> None:
    await teams.say("open incidents", user=LEE)
    # The CEO, the manager and the safeguarding lead may: two are named, so not "Only".
    told = connector.posted[-1].text
    assert told.startswith("The CEO or the Fundraising & Partnerships Manager can ")
    assert "Only" not in told


async def test_a_data_breach_cannot_close_without_the_ico_decision(
    teams: TeamsClient, ctx: AppContext
) -> None:
    await report(teams, "data_breach")
    await settle(ctx)
    assert await ctx.scheduler.pending(ICO_REMINDER_KIND) != []
    card = card_of(await press(teams, "close", outcome="Contained"))
    assert "Before closing, record whether it was reported to the ICO" in card_texts(card)
    assert (await ctx.stores.incidents.get(REF)).status is not Status.CLOSED  # type: ignore[union-attr]
    card = card_of(await press(teams, "decide", route="ico", reported="no"))
    assert "Please write why it was not reported to the ICO." in card_texts(card)
    card = card_of(await press(teams, "decide", route="ico", reported="yes"))
    assert "Please give the date it was reported to the ICO." in card_texts(card)
    card = card_of(await press(teams, "decide", route="ico", reported="no", reason="Unlikely to risk anyone"))
    assert "The ICO: not reported, because Unlikely to risk anyone" in card_texts(card)
    card = card_of(await press(teams, "close", outcome=""))
    assert "Please write the outcome." in card_texts(card)
    card = card_of(await press(teams, "close", outcome="Contained; email recalled"))
    assert "Outcome: Contained; email recalled" in card_texts(card)
    assert await ctx.scheduler.pending(ICO_REMINDER_KIND) == []
    await settle(ctx)
    assert await ctx.scheduler.pending("incident.") == []


async def test_a_serious_incident_needs_commission_and_hsuk_decisions(
    teams: TeamsClient, ctx: AppContext
) -> None:
    await report(teams, "crisis", harms="reputation", crime="unsure")
    await settle(ctx)
    card = card_of(await press(teams, "view"))
    assert "May need reporting to the Charity Commission and HSUK." in card_texts(card)
    assert "A crime may have been committed" in card_texts(card)
    for route in ("charity_commission", "hsuk"):
        await press(teams, "decide", route=route, reported="yes", reported_on="2026-12-01", reported_by="CEO")
    card = card_of(await press(teams, "close", outcome="Handled"))
    assert "record whether it was reported to the police" in card_texts(card)
    await press(teams, "decide", route="police", reported="no", reason="No crime after all")
    card = card_of(await press(teams, "close", outcome="Handled"))
    assert "Outcome: Handled" in card_texts(card)
    incident = await ctx.stores.incidents.get(REF)
    assert incident is not None
    decision = incident.decision(Route.HSUK)
    assert decision is not None
    assert decision.reported_by == "CEO"


async def test_the_ico_clock_runs_over_the_weekend_with_reminders(
    teams: TeamsClient, ctx: AppContext, clock: ManualClock, connector: FakeConnector
) -> None:
    await clock.set(datetime(2026, 12, 4, 16, 30, tzinfo=UTC))  # Friday 16:30
    card = card_of(await report(teams, "data_breach", aware_date="2026-12-04", aware_time="16:00"))
    assert "ICO deadline: Mon 7 Dec 2026, 16:00 (UK time)" in card_texts(card)
    await settle(ctx)
    manager = card_of(await press(teams, "view"))
    assert "ICO deadline: Mon 7 Dec 2026, 16:00 (71 h 30 min left)" in card_texts(manager)
    reminders = [j.key for j in await ctx.scheduler.pending("incident.")]
    assert reminders == [f"incident-ico:{REF}:{n}" for n in ("48h", "24h", "6h", "due")]
    before = len(connector.posted)
    await clock.set(datetime(2026, 12, 5, 16, 0, tzinfo=UTC))  # Saturday: weekends count
    await settle(ctx)
    assert len(connector.posted) == before + 1
    assert "ICO deadline in 48 h" in card_texts(connector.posted[-1].card)
    await clock.set(datetime(2026, 12, 7, 16, 5, tzinfo=UTC))  # Monday, just past
    await settle(ctx)
    assert len(connector.posted) >= before + 4
    assert any("ICO deadline passed" in card_texts(c.card) for c in connector.posted[before:] if c.card)
    manager = card_of(await press(teams, "view"))
    assert "(overdue by 5 min)" in card_texts(manager)


async def test_no_reminder_once_the_decision_is_recorded(
    teams: TeamsClient, ctx: AppContext, clock: ManualClock, connector: FakeConnector
) -> None:
    await report(teams, "data_breach")
    await settle(ctx)
    await press(teams, "decide", route="ico", reported="yes", reported_on="2026-12-01", reported_by="Alex")
    before = len(connector.posted)
    assert await ctx.scheduler.pending(ICO_REMINDER_KIND) == []
    await clock.advance(timedelta(hours=80))
    await ctx.scheduler.run_due(ctx)  # other work may come due meanwhile (the nightly questions clean-up)
    assert len(connector.posted) == before


async def test_runbook_steps_are_ticked_with_who_and_when(teams: TeamsClient, ctx: AppContext) -> None:
    await report(teams, "hacked_account")
    card = card_of(await press(teams, "tick", step="pause_posts"))
    assert "✅ Pause scheduled posts: Alex Wilber, Tue 1 Dec 2026, 10:00" in card_texts(card)
    assert "⬜ Stop sharing third-party content" in card_texts(card)
    card = card_of(await press(teams, "tick", step="pause_posts"))
    assert "Already done by Alex Wilber." in card_texts(card)
    card = card_of(await press(teams, "tick", step="comms_plan"))
    assert "not part of this incident's runbook" in card_texts(card)
    incident = await ctx.stores.incidents.get(REF)
    assert incident is not None
    assert incident.tick(Step.PAUSE_POSTS) is not None
    await settle(ctx)


async def test_online_abuse_support_is_offered_asked_for_and_recorded(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    card = card_of(await report(teams, "online_abuse", user=LEE))
    assert "would you like someone to contact you for support?" in card_texts(card)
    await settle(ctx)
    before = len(connector.posted)
    card = card_of(await teams.click("incident.support_request", {"reference": REF}, user=LEE))
    assert "You asked for support" in card_texts(card)
    await settle(ctx)
    assert "asked for support" in card_texts(connector.posted[before].card)
    assert "can't find that incident" in message_of(
        await teams.click("incident.support_request", {"reference": REF}, user=NESTOR)
    )
    card = card_of(await press(teams, "support", support_text="Offered a call with the coordinator"))
    assert "Offered a call with the coordinator" in card_texts(card)


@pytest.mark.parametrize("user", [NESTOR, ALEX, STRANGER])
async def test_asking_for_support_on_someone_elses_incident_reveals_nothing(
    user: User, teams: TeamsClient, ctx: AppContext
) -> None:
    """The reply is the same whether the reference is someone else's, unknown or malformed."""
    await report(teams, "online_abuse", user=LEE)
    await settle(ctx)
    replies = {
        message_of(await teams.click("incident.support_request", {"reference": reference}, user=user))
        for reference in (REF, "INC-2026-0999", "nonsense")
    }
    assert replies == {NOT_FOUND if user is ALEX else HIDDEN}
    incident = await ctx.stores.incidents.get(REF)
    assert incident is not None
    assert not incident.support_requested


async def test_safeguarding_items_take_no_notes_and_close_without_details(
    teams: TeamsClient, ctx: AppContext
) -> None:
    await report(teams, "safeguarding", user=LEE)
    card = card_of(await press(teams, "update", update_text="Spoke to the family"))
    assert "keep no notes here" in card_texts(card)
    card = card_of(await press(teams, "close", outcome="The child is safe now"))
    assert "Handled under the safeguarding procedure" in card_texts(card)
    assert "The child is safe" not in str(await ctx.stores.incidents.get(REF))
    await settle(ctx)


async def test_two_managers_at_once_lose_nothing(teams: TeamsClient, ctx: AppContext) -> None:
    await report(teams, "complaint")
    await asyncio.gather(
        press(teams, "severity", severity="high"),
        press(teams, "assign", owner=ALEX.aad_object_id),
        press(teams, "update", update_text="one"),
        press(teams, "update", update_text="two"),
    )
    incident = await ctx.stores.incidents.get(REF)
    assert incident is not None
    assert incident.severity is Severity.HIGH
    assert incident.owner_name == "Alex Wilber"
    assert sorted(n.text for n in incident.notes) == ["one", "two"]
    assert incident.version == 5
    await settle(ctx)


async def test_the_open_list_puts_overdue_clocks_first(
    teams: TeamsClient, ctx: AppContext, clock: ManualClock, connector: FakeConnector
) -> None:
    await report(teams, "complaint")  # 0001
    await report(teams, "data_breach", happened_date="2026-11-28", aware_date="2026-11-28")  # overdue
    await report(teams, "data_breach")  # 0003: running
    await report(teams, "other")  # 0004
    await settle(ctx)
    await teams.say("open incidents", user=ALEX)
    texts = card_texts(connector.posted[-1].card)
    expected = ("INC-2026-0002", "INC-2026-0003", "INC-2026-0004", "INC-2026-0001")  # overdue, clock, newest
    positions = [texts.index(f"{ref}:") for ref in expected]
    assert positions == sorted(positions), texts
    assert "Open incidents (4)" in texts
    assert "overdue by" in texts


async def test_the_card_refreshes_for_those_told(teams: TeamsClient, ctx: AppContext) -> None:
    await teams.say("help", user=ALEX)  # known to the bot, so Teams can refresh Alex's copy
    card = card_of(await report(teams, "complaint"))
    assert reference_in(card) == REF
    await settle(ctx)
    manager = card_of(await press(teams, "view"))
    assert manager["refresh"]["userIds"] == [ALEX.teams_id]
    refreshed = await teams.click("incident.view", {"reference": REF}, user=ALEX, trigger="automatic")
    assert "What happened" in card_texts(card_of(refreshed))


async def test_dates_given_without_a_time_show_as_dates(teams: TeamsClient) -> None:
    await report(teams, "data_breach", answers={"happened_time": "", "aware_time": "09:15"})
    card = card_of(await press(teams, "decide", route="ico", reported="yes", reported_on="2026-12-01"))
    shown = card_texts(card)
    assert "Tue 1 Dec 2026" in shown
    assert "00:00" not in shown
    assert "09:15" in shown  # a time that was given is still shown


ICO_FORM = "https://ico.org.uk/for-organisations/report-a-breach/personal-data-breach/report-a-data-breach-online-form/"


def _urls(card: dict[str, Any]) -> list[str]:
    return re.findall(r'"url": "([^"]+)"', json.dumps(card))


async def test_the_ico_step_links_to_the_icos_form_until_it_is_decided(teams: TeamsClient) -> None:
    await report(teams, "data_breach")
    card = card_of(await press(teams, "view"))
    assert ICO_FORM in _urls(card)
    assert "ICO deadline" in card_texts(card)
    card = card_of(await press(teams, "decide", route="ico", reported="yes", reported_on="2026-12-01"))
    assert "ICO deadline" not in card_texts(card)
    assert ICO_FORM not in _urls(card)
    assert "The ICO: reported" in card_texts(card)


async def test_open_incidents_show_the_ico_clock(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    await report(teams, "data_breach")
    await settle(ctx)
    await teams.say("open incidents", user=ALEX)
    assert "ICO deadline: Fri 4 Dec 2026, 09:15 (71 h 15 min left)" in card_texts(connector.posted[-1].card)
