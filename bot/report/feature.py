"""Teams wiring for the Board report: the `board report` command, its card, and the annual pack.

The report is built in a worker thread (charts and the Word file are CPU work), after the card
has already answered, so the chat never waits; the finished card comes as a new message in
the person's 1:1 chat with the bot.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from datetime import date, timedelta

from bot.context import AppContext
from bot.delivery import tell
from bot.messaging import Unreachable
from bot.org import Role
from bot.report.build import BuiltReport, build
from bot.report.periods import PeriodError, choose, since_review
from bot.report.records import Period, platforms_of, read_records, working_day_rule
from bot.report.shelf import Kept, LocalShelf, ReportShelf
from bot.router import Router
from bot.turn import CardAction, CardReply, Turn
from bot.working_time import local_day_at
from cards.common import Card
from cards.report import building_card, period_card, report_card
from cards.verbs import ReportVerb
from graph.jobs import Job
from graph.reviews import ReviewAction

log = logging.getLogger(__name__)

READERS = frozenset({Role.MANAGER, Role.CEO, Role.BOARD})
ANNUAL_PACK = "report.annual_pack"
ANNUAL_PACK_LEAD = timedelta(days=30)  # the pack arrives a month before the review is due
POLICY_CYCLE = "policy"


def register(router: Router) -> None:
    router.command(
        "board report",
        show_period_card,
        roles=READERS,
        aliases=("board pack",),
        listed=False,  # Teams shows at most 12 commands per list; help and the docs name it
        description="The Board report: incidents, approvals, oversight and questions for a period",
    )
    router.action(ReportVerb.BUILD, build_action, roles=READERS)
    router.job(ANNUAL_PACK, annual_pack)
    router.on_startup(schedule_annual_pack)


def today(ctx: AppContext) -> date:
    return ctx.clock.now().astimezone(ctx.org.timezone).date()


def shelf(ctx: AppContext) -> ReportShelf:
    settings = ctx.settings
    base = None if settings.authenticated else f"http://{settings.host}:{settings.port}"
    return LocalShelf(settings.data_dir, base)


async def show_period_card(turn: Turn, ctx: AppContext) -> None:
    await turn.send_card(period_card())


async def last_policy_review(ctx: AppContext) -> date | None:
    done = [r for r in await ctx.stores.reviews.records(POLICY_CYCLE) if r.action is ReviewAction.DONE]
    return done[-1].at.astimezone(ctx.org.timezone).date() if done else None


async def build_action(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    choice, start, end = (
        action.text("period", limit=20),
        action.text("from", limit=10),
        action.text("to", limit=10),
    )
    try:
        period = choose(choice, today(ctx), last_review=await last_policy_review(ctx), start=start, end=end)
    except PeriodError as problem:
        return CardReply.show(
            period_card(error=str(problem), choice=choice or "last_quarter", start=start, end=end)
        )
    ctx.tasks.start(deliver(ctx, period, [turn.person.aad_object_id]), name="board-report")
    log.info("board report requested", extra={"event": "report_requested", "reason": choice})
    return CardReply.show(building_card(period.title))


async def produce(ctx: AppContext, period: Period) -> tuple[BuiltReport, Kept]:
    """Read the period's records, build the document off the event loop, and keep it."""
    org = ctx.org
    records = await read_records(
        ctx.stores,
        period,
        as_of=ctx.clock.now(),
        timezone=org.timezone,
        is_working_day=working_day_rule(org),
        platforms=platforms_of(org),
    )
    built = await asyncio.to_thread(build, records, org, built_at=ctx.clock.now())
    kept = await shelf(ctx).keep(built.filename, built.docx)
    return built, kept


def result_card(built: BuiltReport, kept: Kept) -> Card:
    return report_card(
        built.period.title,
        built.headline,
        [(s.area, s.rag.value, s.because) for s in built.statuses],
        link=kept.link,
        where=kept.where,
        ready=kept.ready,
    )


async def deliver(ctx: AppContext, period: Period, recipients: Iterable[str]) -> int:
    built, kept = await produce(ctx, period)
    card = result_card(built, kept)
    sent = 0
    for aad in recipients:
        try:
            await ctx.messenger.send_card(aad, card)
            sent += 1
        except Unreachable:
            log.warning("board report not delivered", extra={"event": "report_unreachable"})
    return sent


async def policy_review_due(ctx: AppContext) -> date | None:
    cycle = await ctx.stores.reviews.get(POLICY_CYCLE)
    return cycle.next_due if cycle and cycle.active else ctx.org.policy_review_due


async def schedule_annual_pack(ctx: AppContext) -> None:
    """Book the annual-review pack a month before the policy review is due, once per due date."""
    due = await policy_review_due(ctx)
    if due is None:
        return
    send_on = max(due - ANNUAL_PACK_LEAD, today(ctx))
    when = local_day_at(send_on, ctx.org.working_hours, ctx.org.timezone)
    await ctx.scheduler.schedule(
        f"report:annual:{due.isoformat()}", ANNUAL_PACK, when, {"due": due.isoformat()}
    )


async def annual_pack(job: Job, ctx: AppContext) -> None:
    """The report since the last review, to the manager and the CEO, for the annual review."""
    period = since_review(today(ctx), await last_policy_review(ctx))
    period = Period(period.start, period.end, "Annual policy review pack")
    built, kept = await produce(ctx, period)
    # One queued copy per person: a Teams outage delays a copy without repeating anyone else's.
    await tell(ctx, (Role.MANAGER, Role.CEO), result_card(built, kept), event="annual_pack", key=job.key)
