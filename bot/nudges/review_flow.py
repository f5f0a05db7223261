"""Review cycles in Teams: seeding, scheduling their nudges, Done, Snooze and the cadence.

Every job carries the due date it was made for; when the review has been done or moved since,
the job finds a different due date on the cycle and quietly does nothing. That keeps Done
simple (no hunting for jobs to cancel) and makes a double send impossible after a restart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bot.context import AppContext
from bot.delivery import tell
from bot.nudges import jobs
from bot.nudges.common import today, uk
from bot.nudges.reviews import (
    first_overdue,
    next_due,
    next_overdue,
    reminder_slots,
    snooze_until,
    tell_ceo,
)
from bot.org import Role
from bot.turn import CardAction, CardReply, Turn
from bot.working_time import local_day_at
from cards.nudges import (
    CADENCES,
    EvidenceRow,
    ReviewView,
    cadence_card,
    data_date,
    review_already_card,
    review_ceo_card,
    review_demo_card,
    review_done_card,
    review_nudge_card,
    review_snoozed_card,
    reviews_card,
)
from graph.records.jobs import Job
from graph.records.reviews import Cadence, ReviewAction, ReviewCycle, ReviewEntry, ReviewKind

MODERATION = "moderation"
POLICY = "policy"
WHY = {
    ReviewKind.POLICY: "§2.6: the policy is reviewed every year and updated as needed.",
    ReviewKind.MODERATION: "§2.3: the Fundraising & Partnerships Manager reviews and moderates "
    "content, at a frequency they set.",
    ReviewKind.PLATFORM_RISK: "§2.1: each platform we use is risk assessed (templates on @home).",
    ReviewKind.GROUP_RISK: "§2.1: private groups are risk assessed and moderated.",
}
CADENCE_LABELS = {Cadence(value): title for title, value in CADENCES}
SNOOZE_DAYS = {1, 3, 7, 14}


def view_of(cycle: ReviewCycle, on: date) -> ReviewView:
    return ReviewView(
        key=cycle.key,
        title=cycle.title,
        why=WHY[cycle.kind],
        cadence_label=CADENCE_LABELS[cycle.cadence],
        due=cycle.next_due,
        days_overdue=max(0, (on - cycle.next_due).days),
        days_left=max(0, (cycle.next_due - on).days),
        snoozed_until=cycle.snoozed_until if cycle.snoozed_until and cycle.snoozed_until > on else None,
    )


def default_cycles(ctx: AppContext) -> list[ReviewCycle]:
    now = today(ctx)
    annual = ctx.org.policy_review_due or next_due(now, Cadence.YEARLY)
    cycles = [
        ReviewCycle(
            POLICY, ReviewKind.POLICY, f"Annual review of the {ctx.org.policy_title}", Cadence.YEARLY, annual
        ),
        ReviewCycle(
            MODERATION,
            ReviewKind.MODERATION,
            "Content review and moderation",
            Cadence.MONTHLY,
            next_due(now, Cadence.MONTHLY),
        ),
    ]
    cycles += [
        ReviewCycle(
            f"risk:{p.key}", ReviewKind.PLATFORM_RISK, f"{p.name} risk assessment", Cadence.YEARLY, annual
        )
        for p in ctx.org.platforms
    ]
    return cycles


async def seed_reviews(ctx: AppContext) -> None:
    """Start-up: create the recurring reviews once, and (re)book their nudges idempotently."""
    for cycle in default_cycles(ctx):
        await ctx.stores.reviews.ensure(cycle)
    for cycle in await ctx.stores.reviews.cycles():
        await schedule_cycle(ctx, cycle)


async def schedule_cycle(ctx: AppContext, cycle: ReviewCycle) -> None:
    hours, tz, now = ctx.org.working_hours, ctx.org.timezone, ctx.clock.now()
    for slot in reminder_slots(cycle.next_due, now, hours, tz):
        payload = {"cycle": cycle.key, "due": cycle.next_due.isoformat(), "days_before": slot.days_before}
        key = jobs.review_key(cycle.key, cycle.next_due, f"before:{slot.days_before}")
        await ctx.scheduler.schedule(key, jobs.REVIEW_REMIND, slot.when, payload)
    first = first_overdue(cycle.next_due, hours, tz)
    key = jobs.review_key(cycle.key, cycle.next_due, f"overdue:{uk(ctx, first).date()}")
    await ctx.scheduler.schedule(
        key, jobs.REVIEW_OVERDUE, first, {"cycle": cycle.key, "due": cycle.next_due.isoformat()}
    )


async def _current(ctx: AppContext, job: Job) -> ReviewCycle | None:
    """The cycle the job is about, if the occurrence it was made for is still the open one."""
    cycle = await ctx.stores.reviews.get(str(job.payload.get("cycle", "")))
    due = data_date(job.payload.get("due"))
    return cycle if cycle and cycle.active and cycle.next_due == due else None


async def remind(job: Job, ctx: AppContext) -> None:
    cycle = await _current(ctx, job)
    if cycle is None:
        return
    on = today(ctx)
    snooze_end = job.payload.get("days_before") == jobs.SNOOZE_END
    if snooze_end and cycle.snoozed_until != data_date(job.payload.get("until")):
        return  # snoozed again since
    if not snooze_end and cycle.snoozed_until and on <= cycle.snoozed_until:
        return  # the snooze-end reminder covers it
    await tell(ctx, Role.MANAGER, review_nudge_card(view_of(cycle, on)), event="review_nudge", key=job.key)


async def overdue(job: Job, ctx: AppContext) -> None:
    cycle = await _current(ctx, job)
    if cycle is None:
        return
    on, hours, tz = today(ctx), ctx.org.working_hours, ctx.org.timezone
    ceo_last = data_date(job.payload.get("ceo_last"))
    if cycle.snoozed_until and on <= cycle.snoozed_until:
        resume = next_overdue(local_day_at(cycle.snoozed_until, hours, tz), hours, tz)
        await _book_overdue(ctx, cycle, resume, ceo_last)
        return
    view = view_of(cycle, on)
    await tell(ctx, Role.MANAGER, review_nudge_card(view), event="review_overdue", key=job.key)
    if tell_ceo(on, ceo_last):
        card = review_ceo_card(view, ctx.org.title(Role.MANAGER))
        await tell(ctx, Role.CEO, card, event="review_overdue_ceo", key=job.key)
        ceo_last = on
    await _book_overdue(ctx, cycle, next_overdue(ctx.clock.now(), hours, tz), ceo_last)


async def _book_overdue(ctx: AppContext, cycle: ReviewCycle, when: datetime, ceo_last: date | None) -> None:
    payload = {
        "cycle": cycle.key,
        "due": cycle.next_due.isoformat(),
        "ceo_last": ceo_last.isoformat() if ceo_last else None,
    }
    key = jobs.review_key(cycle.key, cycle.next_due, f"overdue:{uk(ctx, when).date()}")
    await ctx.scheduler.schedule(key, jobs.REVIEW_OVERDUE, when, payload)


async def _cycle_from(ctx: AppContext, action: CardAction) -> ReviewCycle | None:
    return await ctx.stores.reviews.get(action.text("cycle", limit=80))


async def mark_done(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    cycle = await _cycle_from(ctx, action)
    due = data_date(action.data.get("due"))
    if cycle is None or due is None:
        return CardReply.say("I can't find that review any more. Type reviews to see the current ones.")
    if action.data.get("demo") is True:
        return CardReply.show(
            review_demo_card(cycle.title, "Done records your note and sets the next due date")
        )
    if cycle.next_due != due:
        return CardReply.show(review_already_card(cycle.title, cycle.next_due))
    on, now = today(ctx), ctx.clock.now()
    moved = cycle.moved(next_due=next_due(on, cycle.cadence), snoozed_until=None)
    if not await ctx.stores.reviews.update(moved, expected_due=due):
        return CardReply.show(review_already_card(cycle.title, moved.next_due))
    note = action.text("note", limit=1000)
    person = turn.person
    await ctx.stores.reviews.record(
        ReviewEntry(
            cycle.key,
            ReviewAction.DONE,
            due,
            person.name,
            person.aad_object_id,
            now,
            note=note,
            until=moved.next_due,
        )
    )
    if cycle.kind is ReviewKind.GROUP_RISK:
        await ctx.stores.register.update_group(int(cycle.key.split(":")[1]), risk_assessed_on=on)
    await schedule_cycle(ctx, moved)
    return CardReply.show(review_done_card(cycle.title, person.name, uk(ctx, now), moved.next_due, note))


async def snooze(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    cycle = await _cycle_from(ctx, action)
    due = data_date(action.data.get("due"))
    if cycle is None or due is None:
        return CardReply.say("I can't find that review any more. Type reviews to see the current ones.")
    if action.data.get("demo") is True:
        return CardReply.show(
            review_demo_card(cycle.title, "Snooze records your reason and reminds you then")
        )
    if cycle.next_due != due:
        return CardReply.show(review_already_card(cycle.title, cycle.next_due))
    reason = action.text("reason", limit=300)
    days = int(action.text("days", limit=3)) if action.text("days", limit=3).isdigit() else 0
    if not reason or days not in SNOOZE_DAYS:
        error = "Say why it is waiting, so the record explains the delay." if not reason else ""
        return CardReply.show(
            review_nudge_card(view_of(cycle, today(ctx)), reason_error=error or "Pick when.")
        )
    hours, tz, now = ctx.org.working_hours, ctx.org.timezone, ctx.clock.now()
    until = snooze_until(today(ctx), days, hours, tz)
    if not await ctx.stores.reviews.update(cycle.moved(snoozed_until=until), expected_due=due):
        return CardReply.show(review_already_card(cycle.title, cycle.next_due))
    person = turn.person
    await ctx.stores.reviews.record(
        ReviewEntry(
            cycle.key,
            ReviewAction.SNOOZED,
            due,
            person.name,
            person.aad_object_id,
            now,
            note=reason,
            until=until,
        )
    )
    payload = {
        "cycle": cycle.key,
        "due": due.isoformat(),
        "days_before": jobs.SNOOZE_END,
        "until": until.isoformat(),
    }
    key = jobs.review_key(cycle.key, due, f"snooze:{until}")
    await ctx.scheduler.schedule(key, jobs.REVIEW_REMIND, local_day_at(until, hours, tz), payload)
    return CardReply.show(review_snoozed_card(cycle.title, person.name, until, reason))


async def open_review(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    cycle = await _cycle_from(ctx, action)
    if cycle is None:
        return CardReply.say("I can't find that review any more. Type reviews to see the current ones.")
    return CardReply.show(review_nudge_card(view_of(cycle, today(ctx))))


async def open_cadence(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    cycle = await ctx.stores.reviews.get(MODERATION)
    assert cycle is not None  # seeded at start-up
    return CardReply.show(cadence_card(cycle.title, cycle.cadence.value))


async def save_cadence(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    cycle = await ctx.stores.reviews.get(MODERATION)
    assert cycle is not None
    try:
        cadence = Cadence(action.text("cadence", limit=20))
    except ValueError:
        return CardReply.show(cadence_card(cycle.title, cycle.cadence.value))
    moved = cycle.moved(cadence=cadence, next_due=next_due(today(ctx), cadence), snoozed_until=None)
    await ctx.stores.reviews.update(moved)
    person = turn.person
    await ctx.stores.reviews.record(
        ReviewEntry(
            cycle.key,
            ReviewAction.CADENCE,
            cycle.next_due,
            person.name,
            person.aad_object_id,
            ctx.clock.now(),
            note=CADENCE_LABELS[cadence],
            until=moved.next_due,
        )
    )
    await schedule_cycle(ctx, moved)
    return CardReply.show(cadence_card(cycle.title, cadence.value, saved=True, next_due=moved.next_due))


@dataclass(frozen=True)
class ReviewsData:
    views: list[ReviewView]
    evidence: list[EvidenceRow]


async def reviews_overview(ctx: AppContext) -> ReviewsData:
    on = today(ctx)
    cycles = await ctx.stores.reviews.cycles()
    titles = {c.key: c.title for c in cycles} | {"register": "Access to official accounts"}
    records = (await ctx.stores.reviews.records())[-15:]
    evidence = [
        EvidenceRow(titles.get(r.cycle_key, r.cycle_key), r.action.value, r.by_name, uk(ctx, r.at), r.note)
        for r in reversed(records)
    ]
    return ReviewsData([view_of(c, on) for c in cycles], evidence)


async def show_reviews(turn: Turn, ctx: AppContext) -> None:
    data = await reviews_overview(ctx)
    await turn.send_card(reviews_card(data.views, data.evidence))


async def show_reviews_action(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    """The reviews list redrawn as it stands now (Teams refreshing the card)."""
    data = await reviews_overview(ctx)
    return CardReply.show(reviews_card(data.views, data.evidence))


async def add_group_cycle(ctx: AppContext, group_id: int, name: str, assessed: date | None) -> None:
    due = next_due(assessed, Cadence.YEARLY) if assessed else today(ctx) + timedelta(days=7)
    cycle = ReviewCycle(
        f"group:{group_id}", ReviewKind.GROUP_RISK, f"{name} risk assessment", Cadence.YEARLY, due
    )
    await schedule_cycle(ctx, await ctx.stores.reviews.ensure(cycle))
