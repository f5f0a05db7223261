"""The register of official accounts: grant, revoke, groups, checks, and who may change it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.clock import ManualClock
from bot.context import AppContext
from cards.verbs import NudgeVerb
from tests.builders import ALEX, LEE, MEGAN, NESTOR, STRANGER, TeamsClient, User
from tests.fakes.connector import FakeConnector
from tests.nudges.steps import at_london, cards_to, run_until, shown

JO = {
    "resource": "facebook",
    "email": "jo.bloggs@homestartsuffolk.example",
    "name": "Jo Bloggs",
    "level": "admin",
}


async def grant(teams: TeamsClient, **data: str) -> str:
    body = await teams.click(NudgeVerb.REGISTER_GRANT_SAVE, {**JO, **data})
    return shown(body.get("value"))


async def test_grant_then_list(teams: TeamsClient, connector: FakeConnector, ctx: AppContext) -> None:
    text = await grant(teams, trained_on="2026-11-20", recovery="true")
    assert "Access granted" in text
    assert "Admin on Facebook" in text
    [entry] = await ctx.stores.register.active("facebook")
    assert (entry.granted_by, entry.trained_on, entry.holds_recovery) == (ALEX.name, date(2026, 11, 20), True)
    await teams.say("register")
    listing = shown(connector.posted[-1].card)
    assert "Jo Bloggs (jo.bloggs@homestartsuffolk.example): Admin, trained Fri 20 November 2026" in listing
    assert "Only one person can recover Facebook" in listing


async def test_picking_a_known_person_fills_in_their_name(teams: TeamsClient, ctx: AppContext) -> None:
    await teams.click(
        NudgeVerb.REGISTER_GRANT_SAVE, {"resource": "linkedin", "person": NESTOR.upn, "level": "editor"}
    )
    [entry] = await ctx.stores.register.active("linkedin")
    assert (entry.person_name, entry.person_aad) == (NESTOR.name, NESTOR.aad_object_id)


async def test_a_grant_without_a_person_is_sent_back(teams: TeamsClient, ctx: AppContext) -> None:
    text = await grant(teams, email="not an email")
    assert "Pick a person or type their email." in text
    assert await ctx.stores.register.active() == []


async def test_revoke_keeps_history(teams: TeamsClient, ctx: AppContext) -> None:
    await grant(teams)
    [entry] = await ctx.stores.register.active()
    missing_reason = await teams.click(NudgeVerb.REGISTER_REVOKE_SAVE, {"grant": str(entry.id)})
    assert "say why" in shown(missing_reason["value"])
    body = await teams.click(
        NudgeVerb.REGISTER_REVOKE_SAVE, {"grant": str(entry.id), "reason": "changed role"}
    )
    assert "Jo Bloggs no longer has access to Facebook." in shown(body["value"])
    assert await ctx.stores.register.active() == []
    [old] = await ctx.stores.register.history()
    assert (old.revoked_by, old.revoke_reason) == (ALEX.name, "changed role")


async def test_private_group_needs_risk_assessment_and_moderator(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext
) -> None:
    body = await teams.click(
        NudgeVerb.REGISTER_GROUP_SAVE, {"name": "Parents' forum", "platform": "facebook"}
    )
    assert "Private group added" in shown(body["value"])
    [group] = await ctx.stores.register.groups()
    cycle = await ctx.stores.reviews.get(f"group:{group.id}")
    assert cycle is not None
    assert cycle.next_due == date(2026, 12, 8)  # not yet assessed: due within a week
    await teams.say("register")
    listing = shown(connector.posted[-1].card)
    assert "Private group Parents' forum has no risk assessment." in listing
    assert "Private group Parents' forum has no named moderator." in listing
    await teams.click(NudgeVerb.REVIEW_DONE, {"cycle": f"group:{group.id}", "due": "2026-12-08"})
    assessed = await ctx.stores.register.group(group.id)
    assert assessed is not None
    assert assessed.risk_assessed_on == date(2026, 12, 1)


async def test_weekly_check_nudges_the_manager(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext, clock: ManualClock
) -> None:
    await teams.say("help")
    await grant(teams)  # no training date
    seen = len(connector.posted)
    await run_until(ctx, clock, at_london(date(2026, 12, 7), 10))  # Monday
    [check] = [t for t in cards_to(connector, ALEX, seen) if "The register needs a look" in t]
    assert "Jo Bloggs has admin access to Facebook but no training date." in check
    assert "Nobody can recover Facebook, LinkedIn" in check
    seen = len(connector.posted)
    await run_until(ctx, clock, at_london(date(2026, 12, 14), 10))
    assert len([t for t in cards_to(connector, ALEX, seen) if "The register needs a look" in t]) == 1


async def test_access_not_reviewed_for_a_year(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext, clock: ManualClock
) -> None:
    await grant(teams, trained_on="2026-11-20", recovery="true")
    await clock.advance(timedelta(days=366))
    await teams.say("register")
    assert "has not been reviewed since 1 December 2026" in shown(connector.posted[-1].card)
    body = await teams.click(NudgeVerb.REGISTER_REVIEWED)
    assert "1 entries marked as reviewed" in shown(body["value"])
    await teams.say("register")
    assert "has not been reviewed" not in shown(connector.posted[-1].card)
    [record] = await ctx.stores.reviews.records("register")
    assert record.by_name == ALEX.name


@pytest.mark.parametrize("user", [MEGAN, NESTOR, LEE, STRANGER])
async def test_only_the_manager_ceo_and_admins_can_change_the_register(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext, user: User
) -> None:
    for command in ("register", "grant access", "revoke access", "leaver jo@x.org", "reviews"):
        await teams.say(command, user=user)
        assert "Only the CEO or the Fundraising & Partnerships Manager can do that;" in (
            connector.posted[-1].text
        )
    body = await teams.click(NudgeVerb.REGISTER_GRANT_SAVE, JO, user=user)
    assert "Only the" in str(body)
    assert await ctx.stores.register.active() == []


async def test_demo_nudges_is_for_admins(teams: TeamsClient, connector: FakeConnector) -> None:
    await teams.say("demo nudges", user=NESTOR)
    assert "Only a Bot administrator (Alex Wilber) can" in connector.posted[-1].text
    seen = len(connector.posted)
    await teams.say("demo nudges")
    assert connector.posted[seen].text.startswith("Demo:")
    cards = [shown(c.card) for c in connector.posted[seen + 1 :]]
    assert "Content review and moderation" in cards[0]
    assert any("The register needs a look" in c for c in cards)


async def test_an_empty_register_says_each_thing_once(teams: TeamsClient, connector: FakeConnector) -> None:
    await teams.say("register")
    listing = shown(connector.posted[-1].card)
    assert listing.count("can recover") == 1
    assert "Nobody registered." not in listing
    assert "Nobody is registered yet for any account: Facebook, LinkedIn" in listing
    assert "Nobody can recover Facebook, LinkedIn, Instagram" in listing


async def test_the_grant_form_can_be_cancelled(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext
) -> None:
    await teams.say("grant access")
    form = connector.posted[-1].card
    [cancel] = [a for a in (form or {})["body"][-1]["actions"] if a["title"] == "Cancel"]
    assert cancel["verb"] == NudgeVerb.REGISTER_SHOW
    body = await teams.click(cancel["verb"], {})
    assert "Register of official accounts" in shown(body["value"])
    assert await ctx.stores.register.active() == []
