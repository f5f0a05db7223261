"""Review cycles end to end: seeded at start-up, nudged on time, Done, Snooze and cadence."""

from __future__ import annotations

from datetime import date, timedelta

from bot.clock import ManualClock
from bot.context import AppContext
from cards.verbs import NudgeVerb
from graph.records.reviews import Cadence, ReviewAction
from tests.builders import ALEX, NESTOR, TeamsClient
from tests.fakes.connector import FakeConnector
from tests.nudges.steps import LONDON, at_london, cards_to, run_until, shown

ANNUAL = "Annual review of the Digital/Social Media policy and procedure"


async def test_recurring_reviews_are_seeded_once(ctx: AppContext) -> None:
    keys = [c.key for c in await ctx.stores.reviews.cycles()]
    assert {"policy", "moderation", "risk:facebook", "risk:intranet"} <= set(keys)
    policy = await ctx.stores.reviews.get("policy")
    assert policy is not None
    assert policy.next_due == date(2027, 4, 1)  # from the organisation file
    before = len(await ctx.scheduler.pending("nudge."))
    for hook in ctx.router.startup_hooks:  # as after a restart
        await hook(ctx)
    assert len(await ctx.scheduler.pending("nudge.")) == before


async def test_annual_review_nudges_then_escalates(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext, clock: ManualClock
) -> None:
    await teams.say("help")  # Alex (manager and CEO) has a chat with the bot
    await run_until(ctx, clock, at_london(date(2027, 3, 1), 12), step=timedelta(hours=6))
    assert not [t for t in cards_to(connector, ALEX) if ANNUAL in t]
    seen = len(connector.posted)
    await run_until(ctx, clock, at_london(date(2027, 4, 1), 12), step=timedelta(hours=3))
    annual = [t for t in cards_to(connector, ALEX, seen) if ANNUAL in t]
    assert [line for t in annual for line in t.splitlines() if line.startswith("Due")][::2] == [
        "Due in 30 days",
        "Due in 14 days",
        "Due in 7 days",
        "Due in 1 day",
        "Due today",
    ]
    seen = len(connector.posted)
    # Overdue: the manager every working day, the CEO on the first day and then weekly.
    await run_until(ctx, clock, at_london(date(2027, 4, 12), 12), step=timedelta(hours=3))
    overdue = [t for t in cards_to(connector, ALEX, seen) if ANNUAL in t]
    manager = [t for t in overdue if "Done" in t]
    ceo = [t for t in overdue if "is overdue" in t]
    assert len(manager) == 7  # 2, 5, 6, 7, 8, 9, 12 April (not the weekend)
    assert len(ceo) == 2  # 2 and 9 April
    assert "Overdue by 1 day" in manager[0]


async def test_done_records_who_and_when_and_moves_the_due_date(
    teams: TeamsClient, ctx: AppContext, clock: ManualClock
) -> None:
    body = await teams.click(
        NudgeVerb.REVIEW_DONE, {"cycle": "policy", "due": "2027-04-01", "note": "Checked 2.3"}
    )
    assert "done" in shown(body["value"])
    [record] = await ctx.stores.reviews.records("policy")
    assert (record.action, record.by_name, record.at, record.note) == (
        ReviewAction.DONE,
        ALEX.name,
        clock.now(),
        "Checked 2.3",
    )
    cycle = await ctx.stores.reviews.get("policy")
    assert cycle is not None
    assert cycle.next_due == date(2027, 12, 1)
    # Pressing Done again on the old card changes nothing.
    again = await teams.click(NudgeVerb.REVIEW_DONE, {"cycle": "policy", "due": "2027-04-01"})
    assert "already been dealt with" in shown(again["value"])
    assert len(await ctx.stores.reviews.records("policy")) == 1


async def test_old_nudges_stay_quiet_after_done(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext, clock: ManualClock
) -> None:
    await teams.say("help")
    await teams.click(NudgeVerb.REVIEW_DONE, {"cycle": "policy", "due": "2027-04-01"})
    seen = len(connector.posted)
    await run_until(ctx, clock, at_london(date(2027, 4, 20), 12), step=timedelta(hours=6))
    assert not [t for t in cards_to(connector, ALEX, seen) if ANNUAL in t]


async def test_snooze_needs_a_reason_and_reminds_when_it_ends(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext, clock: ManualClock
) -> None:
    await teams.say("help")
    data = {"cycle": "moderation", "due": "2027-01-01", "days": "3"}
    refused = await teams.click(NudgeVerb.REVIEW_SNOOZE, data)
    assert "Say why it is waiting" in shown(refused["value"])
    assert await ctx.stores.reviews.records("moderation") == []
    body = await teams.click(NudgeVerb.REVIEW_SNOOZE, {**data, "reason": "Waiting for the new volunteer"})
    assert "snoozed" in shown(body["value"])
    [record] = await ctx.stores.reviews.records("moderation")
    assert record.action is ReviewAction.SNOOZED
    assert record.until == date(2026, 12, 4)  # Tuesday + 3 days = Friday
    seen = len(connector.posted)
    await run_until(ctx, clock, at_london(date(2026, 12, 4), 10))
    [reminder] = [t for t in cards_to(connector, ALEX, seen) if "Content review" in t]
    assert "Due in 28 days" in reminder


async def test_the_manager_sets_the_moderation_cadence(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext, clock: ManualClock
) -> None:
    await teams.say("help")
    body = await teams.click(NudgeVerb.REVIEW_CADENCE_SAVE, {"cycle": "moderation", "cadence": "weekly"})
    assert "Next review due Tue 8 December 2026" in shown(body["value"])
    cycle = await ctx.stores.reviews.get("moderation")
    assert cycle is not None
    assert cycle.cadence is Cadence.WEEKLY
    seen = len(connector.posted)
    await run_until(ctx, clock, at_london(date(2026, 12, 8), 12))
    moderation = [t for t in cards_to(connector, ALEX, seen) if "Content review" in t]
    assert len(moderation) == 2  # 1 day before, and on the day
    # Done on the day: next due a week later.
    await teams.click(NudgeVerb.REVIEW_DONE, {"cycle": "moderation", "due": "2026-12-08"})
    cycle = await ctx.stores.reviews.get("moderation")
    assert cycle is not None
    assert cycle.next_due == date(2026, 12, 15)


async def test_reviews_list_shows_the_record(teams: TeamsClient, connector: FakeConnector) -> None:
    await teams.click(
        NudgeVerb.REVIEW_DONE, {"cycle": "risk:facebook", "due": "2027-04-01", "note": "New template"}
    )
    await teams.say("reviews")
    text = shown(connector.posted[-1].card)
    assert "Facebook risk assessment: done by Alex Wilber (New template)" in text
    assert ANNUAL in text


async def test_only_stewards_can_tick_reviews(teams: TeamsClient, ctx: AppContext) -> None:
    body = await teams.click(NudgeVerb.REVIEW_DONE, {"cycle": "policy", "due": "2027-04-01"}, user=NESTOR)
    assert "Only the" in str(body)
    assert await ctx.stores.reviews.records() == []


async def test_nudges_go_out_in_working_hours_only(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext, clock: ManualClock
) -> None:
    await teams.say("help")
    sent_at = []
    while clock.now() < at_london(date(2027, 1, 12)):
        before = len(connector.posted)
        await clock.advance(timedelta(hours=1))
        await ctx.scheduler.run_due(ctx)
        sent_at += [clock.now()] * (len(connector.posted) - before)
    assert len(sent_at) >= 8  # moderation: 7 and 1 days before, due day, then overdue daily
    hours = ctx.org.working_hours
    for moment in sent_at:
        local = moment.astimezone(LONDON)
        assert local.weekday() in hours.weekdays
        assert hours.start <= local.time() < hours.end


async def test_no_review_nudge_falls_on_a_bank_holiday(ctx: AppContext) -> None:
    due = {j.key: j.due_at.astimezone(LONDON).date() for j in await ctx.scheduler.pending("nudge.review")}
    assert due["review:moderation:2027-01-01:before:7"] == date(2026, 12, 24)  # not Christmas Day
    assert due["review:moderation:2027-01-01:before:0"] == date(2027, 1, 4)  # after New Year's Day


async def test_buttons_on_demo_nudges_record_nothing(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext
) -> None:
    await teams.say("demo nudges")
    before = await ctx.stores.reviews.get("policy")
    assert before is not None
    demo = {"cycle": "policy", "due": before.next_due.isoformat(), "demo": True}
    body = await teams.click(NudgeVerb.REVIEW_DONE, {**demo, "note": "Checked"})
    assert "nothing was recorded" in shown(body["value"])
    body = await teams.click(NudgeVerb.REVIEW_SNOOZE, {**demo, "days": "7", "reason": "Board"})
    assert "nothing was recorded" in shown(body["value"])
    assert await ctx.stores.reviews.get("policy") == before
    assert await ctx.stores.reviews.records("policy") == []
    sent = [shown(c.card) for c in connector.posted if c.card]
    assert any("§2.3: the Fundraising" in c for c in sent)  # sections cited as in the answers
    assert not any("Policy 2." in c for c in sent)


async def test_a_snoozed_review_lists_as_snoozed(teams: TeamsClient, connector: FakeConnector) -> None:
    data = {"cycle": "moderation", "due": "2027-01-01", "days": "3", "reason": "Waiting for the Board"}
    await teams.click(NudgeVerb.REVIEW_SNOOZE, data)
    await teams.say("reviews")
    listed = shown(connector.posted[-1].card)
    assert "Snoozed until Fri 4 December 2026" in listed
    assert "Due in 31 days" not in listed
