"""Leavers recorded by the manager: checklist per account, reminders, the CEO after two days."""

from __future__ import annotations

from datetime import date

from bot.clock import ManualClock
from bot.context import AppContext
from cards.verbs import NudgeVerb
from tests.builders import ALEX, NESTOR, TeamsClient
from tests.fakes.connector import FakeConnector
from tests.nudges.steps import at_london, cards_to, run_until, shown

TASKS = ("remove_role", "rotate_password", "check_recovery")


async def give_nestor_access(teams: TeamsClient) -> None:
    for resource in ("facebook", "website"):
        await teams.click(
            NudgeVerb.REGISTER_GRANT_SAVE,
            {"resource": resource, "person": NESTOR.upn, "level": "editor", "recovery": "true"},
        )


async def record_nestor(teams: TeamsClient, connector: FakeConnector, text: str = "leaver Nestor") -> str:
    await teams.say(text)
    return shown(connector.posted[-1].card)


async def test_a_leaver_with_access_gets_a_checklist(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext
) -> None:
    await give_nestor_access(teams)
    card = await record_nestor(teams, connector)
    assert "Leaver: Nestor Wilke" in card
    assert "6 of 6 left" in card
    for label in ("Facebook", "WordPress website", "Remove their role", "Change any shared password"):
        assert label in card
    [leaver] = await ctx.stores.leavers.all()
    assert (leaver.email, leaver.aad, leaver.recorded_by) == (NESTOR.upn, NESTOR.aad_object_id, ALEX.name)


async def test_ticking_records_who_and_when_and_removes_access(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext, clock: ManualClock
) -> None:
    await give_nestor_access(teams)
    await record_nestor(teams, connector, f"leaver {NESTOR.upn}")
    [leaver] = await ctx.stores.leavers.all()
    body = await teams.click(
        NudgeVerb.LEAVER_TICK, {"leaver": leaver.id, "resource": "facebook", "task": "remove_role"}
    )
    assert "✓ Remove their role or page access (Alex Wilber, 1 Dec 2026, 10:00)" in shown(body["value"])
    assert [g.resource for g in await ctx.stores.register.of_person(email=NESTOR.upn)] == ["website"]
    [revoked] = [g for g in await ctx.stores.register.history("facebook") if not g.active]
    assert revoked.revoke_reason == "left the charity"
    for resource in ("facebook", "website"):
        for task in TASKS:
            body = await teams.click(
                NudgeVerb.LEAVER_TICK, {"leaver": leaver.id, "resource": resource, "task": task}
            )
    assert "All access closed" in shown(body["value"])
    closed = await ctx.stores.leavers.get(leaver.id)
    assert closed is not None
    assert closed.closed_at == clock.now()


async def test_reminders_until_done_and_the_ceo_after_two_working_days(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext, clock: ManualClock
) -> None:
    await teams.say("help")
    await give_nestor_access(teams)
    await clock.set(at_london(date(2026, 12, 3), 15))  # Thursday afternoon
    await record_nestor(teams, connector)
    seen = len(connector.posted)
    await run_until(ctx, clock, at_london(date(2026, 12, 7), 14))  # Monday, before 15:00
    cards = cards_to(connector, ALEX, seen)
    assert len([c for c in cards if "Still to do" in c]) == 2  # Friday and Monday at 09:00
    assert not [c for c in cards if "still open after two working days" in c]
    await run_until(ctx, clock, at_london(date(2026, 12, 7), 16))
    [ceo] = [c for c in cards_to(connector, ALEX, seen) if "still open after two working days" in c]
    assert "6 checklist items still open" in ceo
    # Once everything is ticked the reminders stop.
    [leaver] = await ctx.stores.leavers.all()
    for resource in ("facebook", "website"):
        for task in TASKS:
            await teams.click(
                NudgeVerb.LEAVER_TICK, {"leaver": leaver.id, "resource": resource, "task": task}
            )
    seen = len(connector.posted)
    await run_until(ctx, clock, at_london(date(2026, 12, 10), 12))
    assert [c for c in cards_to(connector, ALEX, seen) if "Nestor" in c] == []


async def test_finishing_within_two_days_means_the_ceo_is_not_told(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext, clock: ManualClock
) -> None:
    await teams.say("help")
    await give_nestor_access(teams)
    await record_nestor(teams, connector)
    [leaver] = await ctx.stores.leavers.all()
    for resource in ("facebook", "website"):
        for task in TASKS:
            await teams.click(
                NudgeVerb.LEAVER_TICK, {"leaver": leaver.id, "resource": resource, "task": task}
            )
    seen = len(connector.posted)
    await run_until(ctx, clock, at_london(date(2026, 12, 9), 12))
    assert [c for c in cards_to(connector, ALEX, seen) if "Nestor" in c] == []
    current = await ctx.stores.leavers.get(leaver.id)
    assert current is not None
    assert current.ceo_told_at is None


async def test_a_leaver_with_no_access_gets_a_short_confirmation(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext
) -> None:
    card = await record_nestor(teams, connector)
    assert "Leaver: Nestor Wilke" in card
    assert "nothing to close" in card
    [leaver] = await ctx.stores.leavers.all()
    assert not leaver.open
    assert await ctx.scheduler.pending("nudge.leaver") == []


async def test_recording_the_same_leaver_twice_shows_the_open_checklist(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext
) -> None:
    await give_nestor_access(teams)
    await record_nestor(teams, connector)
    again = await record_nestor(teams, connector, f"leaver {NESTOR.upn}")
    assert "6 of 6 left" in again
    assert len(await ctx.stores.leavers.all()) == 1


async def test_an_unknown_person_gets_a_clear_message(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext
) -> None:
    await teams.say("leaver Zebedee")
    assert "I couldn't find anyone called Zebedee" in connector.posted[-1].text
    await teams.say("leaver e")  # matches several people
    assert "More than one person matches e" in connector.posted[-1].text
    assert await ctx.stores.leavers.all() == []


async def test_the_leaver_form_records_a_picked_person(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext
) -> None:
    await teams.say("leaver")
    assert "Who is leaving" in shown(connector.posted[-1].card)
    body = await teams.click(NudgeVerb.LEAVER_RECORD, {"person": NESTOR.upn})
    assert "Leaver: Nestor Wilke" in shown(body["value"])


async def test_someone_the_bot_never_met_is_recorded_by_email(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext
) -> None:
    await teams.say("leaver Jo Bloggs")
    assert "Type their work email instead" in connector.posted[-1].text
    body = await teams.click(NudgeVerb.LEAVER_RECORD, {"email": "Jo.Bloggs@homestartsuffolk.example"})
    card = shown(body["value"])
    assert "Leaver: jo.bloggs@homestartsuffolk.example" in card
    assert card.count("recorded") == 1  # "recorded by Alex Wilber, <when>", said once
    [leaver] = await ctx.stores.leavers.all()
    assert leaver.email == "jo.bloggs@homestartsuffolk.example"


async def test_a_stale_tick_is_answered_politely(teams: TeamsClient) -> None:
    body = await teams.click(
        NudgeVerb.LEAVER_TICK, {"leaver": 999, "resource": "facebook", "task": "remove_role"}
    )
    assert "can't find that leaver" in str(body)
