"""Teams wiring for the Board report: the `board report` command, its card, and the annual pack.

The report is built in a worker thread (charts and the Word file are CPU work), after the card
has already answered, so the chat never waits; the finished card comes as a new message in
the person's 1:1 chat with the bot.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Iterable, Mapping
from contextlib import asynccontextmanager
from datetime import date, timedelta
from typing import Any

from bot.context import AppContext
from bot.delivery import tell
from bot.messaging import Unreachable
from bot.org import Role
from bot.report.build import BuiltReport, build
from bot.report.periods import PeriodError, choose, last_quarter, next_quarter_start, since_review
from bot.report.records import Period, platforms_of, read_records, working_day_rule
from bot.report.sharepoint import WHERE, DriveUploader, SharePointShelf
from bot.report.shelf import Kept, LocalShelf, ReportShelf
from bot.router import Router
from bot.turn import CardAction, CardReply, Turn
from bot.working_time import local_day_at
from cards.common import Card
from cards.report import building_card, period_card, report_card
from cards.verbs import ReportVerb
from graph.msgraph.errors import GraphConfigError, StoreError
from graph.records.jobs import Job
from graph.records.reviews import ReviewAction

log = logging.getLogger(__name__)

READERS = frozenset({Role.MANAGER, Role.CEO, Role.BOARD})
ANNUAL_PACK = "report.annual_pack"
ANNUAL_PACK_LEAD = timedelta(days=30)  # the pack arrives a month before the review is due
POLICY_CYCLE = "policy"
ANNUAL_CHECK = "report.annual_check"  # weekly: books the pack for a review date moved by "Done"
QUARTERLY = "report.quarterly"
PACK_ROLES = (Role.MANAGER, Role.CEO)
UPLOAD = "report.upload"
NOT_BUILT = (
    "I couldn't build the Board report just now: the records could not be read. Nothing was "
    "lost; please ask again in a few minutes."
)
NO_REVIEW_RECORD = "I couldn't read the policy review record just now; please try again in a few minutes."
BUILD_LIMIT = "report.build"  # per person (bot/limits.py): building a report costs seconds of CPU
UPLOAD_RETRY = timedelta(minutes=5)  # then every 15 minutes (the scheduler's retry) until it is there


def register(router: Router) -> None:
    router.command(
        "board report",
        show_period_card,
        roles=READERS,
        aliases=("board pack",),
        listed=False,  # Teams shows at most 12 commands per list; the help card's first sentence names it
        description="The Board report: incidents, approvals, oversight and questions for a period",
    )
    router.action(ReportVerb.BUILD, build_action, roles=READERS)
    router.job(ANNUAL_PACK, annual_pack)
    router.job(QUARTERLY, quarterly_report)
    router.job(UPLOAD, retry_upload)
    router.job(ANNUAL_CHECK, weekly_annual_check)
    router.on_startup(schedule_annual_pack)
    router.on_startup(book_annual_check)
    router.on_startup(schedule_quarterly)


def today(ctx: AppContext) -> date:
    return ctx.clock.now().astimezone(ctx.org.timezone).date()


def local_shelf(ctx: AppContext) -> LocalShelf:
    settings = ctx.settings
    base = None if settings.authenticated else f"http://{settings.host}:{settings.port}"
    return LocalShelf(settings.data_dir, base)


@asynccontextmanager
async def open_uploader(ctx: AppContext) -> AsyncIterator[DriveUploader]:
    """The site's document library, through the bot's one Graph client and the lists' site."""
    stores = ctx.stores
    if stores.graph is None or stores.lists is None:
        raise GraphConfigError("Board reports go to SharePoint only in SharePoint mode")
    yield DriveUploader(stores.graph, stores.lists.site_id)


@asynccontextmanager
async def open_shelf(ctx: AppContext) -> AsyncIterator[ReportShelf]:
    if ctx.settings.storage != "sharepoint":
        yield local_shelf(ctx)
        return
    async with open_uploader(ctx) as uploader:
        yield SharePointShelf(local_shelf(ctx), uploader)


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
        last_review = await last_policy_review(ctx) if choice == "since_review" else None
        period = choose(choice, today(ctx), last_review=last_review, start=start, end=end)
    except StoreError:
        return CardReply.show(period_card(error=NO_REVIEW_RECORD, choice=choice))
    except PeriodError as problem:
        return CardReply.show(
            period_card(error=str(problem), choice=choice or "last_quarter", start=start, end=end)
        )
    verdict = ctx.limits.hit(BUILD_LIMIT, turn.person.aad_object_id)
    if not verdict.allowed:
        log.info("rate limited", extra={"event": "rate_limited", "reason": BUILD_LIMIT})
        return CardReply.say(verdict.message)
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
    async with open_shelf(ctx) as shelf:
        kept = await shelf.keep(built.filename, built.docx)
    return built, kept


def card_parts(built: BuiltReport) -> dict[str, Any]:
    """What the finished card shows, as JSON (kept in the upload job to send the link later)."""
    return {
        "title": built.period.title,
        "headline": [list(pair) for pair in built.headline],
        "statuses": [[s.area, s.rag.value, s.because] for s in built.statuses],
    }


def result_card(parts: Mapping[str, Any], kept: Kept) -> Card:
    return report_card(
        str(parts["title"]),
        [(str(a), str(b)) for a, b in parts["headline"]],
        [(str(a), str(b), str(c)) for a, b, c in parts["statuses"]],
        link=kept.link,
        where=kept.where,
        ready=kept.ready,
    )


async def deliver(ctx: AppContext, period: Period, recipients: Iterable[str]) -> int:
    people = list(recipients)
    try:
        built, kept = await produce(ctx, period)
    except Exception as exc:  # the records could not be read (SharePoint down): say so, never hang
        log.warning("board report failed", extra={"event": "report_failed", "reason": type(exc).__name__})
        for aad in people:
            with contextlib.suppress(Unreachable):
                await ctx.messenger.send_text(aad, NOT_BUILT)
        return 0
    parts = card_parts(built)
    if not kept.ready:
        await _retry_later(ctx, kept, parts, {"recipients": people})
    return await _send(ctx, result_card(parts, kept), people)


async def _retry_later(ctx: AppContext, kept: Kept, parts: Mapping[str, Any], to: Mapping[str, Any]) -> None:
    """Book the upload's retry; ``to`` names who gets the card with the link once it is there."""
    payload = {"token": kept.token, "filename": kept.filename, "card": dict(parts), **to}
    when = ctx.clock.now() + UPLOAD_RETRY
    await ctx.scheduler.schedule(f"report:upload:{kept.token}", UPLOAD, when, payload, working_hours=False)
    log.warning("board report upload deferred", extra={"event": "report_upload_deferred"})


async def _send(ctx: AppContext, card: Card, recipients: Iterable[str]) -> int:
    sent = 0
    for aad in recipients:
        try:
            await ctx.messenger.send_card(aad, card)
            sent += 1
        except Unreachable:
            log.warning("board report not delivered", extra={"event": "report_unreachable"})
    return sent


async def retry_upload(job: Job, ctx: AppContext) -> None:
    """Upload a report kept locally; a failure raises, so the scheduler tries again later."""
    token, filename = str(job.payload.get("token", "")), str(job.payload.get("filename", ""))
    found = LocalShelf(ctx.settings.data_dir, None).find(token, filename)
    if found is None:
        log.error("board report to upload is gone", extra={"event": "report_upload_missing"})
        return
    content = await asyncio.to_thread(found.read_bytes)
    async with open_uploader(ctx) as uploader:
        link = await uploader.upload(filename, content)
    log.info("board report uploaded", extra={"event": "report_uploaded"})
    card = result_card(job.payload["card"], Kept(link, WHERE, True, token, filename))
    if roles := [Role(r) for r in job.payload.get("roles", [])]:
        await tell(ctx, roles, card, event="report_uploaded", key=job.key)
    else:
        await _send(ctx, card, [str(a) for a in job.payload.get("recipients", [])])


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


async def book_annual_check(ctx: AppContext) -> None:
    """Next Monday's check, keyed by its date: a restart books it once."""
    day = today(ctx)
    monday = day + timedelta(days=7 - day.weekday())
    when = local_day_at(monday, ctx.org.working_hours, ctx.org.timezone)
    await ctx.scheduler.schedule(f"report:annual-check:{monday.isoformat()}", ANNUAL_CHECK, when)


async def weekly_annual_check(job: Job, ctx: AppContext) -> None:
    """The policy review's due date moves when it is marked done: book next year's pack then,
    without waiting for a restart."""
    await schedule_annual_pack(ctx)
    await book_annual_check(ctx)


async def annual_pack(job: Job, ctx: AppContext) -> None:
    """The report since the last review, to the manager and the CEO, for the annual review."""
    period = since_review(today(ctx), await last_policy_review(ctx))
    await send_pack(ctx, job, Period(period.start, period.end, "Annual policy review pack"), "annual_pack")


async def schedule_quarterly(ctx: AppContext) -> None:
    """With ``[board_report] quarterly = true``: book the next quarter's report, once per quarter."""
    if not ctx.org.quarterly_report:
        return
    start = next_quarter_start(today(ctx))
    when = local_day_at(start, ctx.org.working_hours, ctx.org.timezone)
    await ctx.scheduler.schedule(f"report:quarterly:{start.isoformat()}", QUARTERLY, when)


async def quarterly_report(job: Job, ctx: AppContext) -> None:
    """The quarter just ended, to the manager and the CEO; then the next quarter is booked."""
    await send_pack(ctx, job, last_quarter(today(ctx)), "quarterly_report")
    await schedule_quarterly(ctx)


async def send_pack(ctx: AppContext, job: Job, period: Period, event: str) -> None:
    built, kept = await produce(ctx, period)
    parts = card_parts(built)
    if not kept.ready:
        await _retry_later(ctx, kept, parts, {"roles": [r.value for r in PACK_ROLES]})
    # One queued copy per person: a Teams outage delays a copy without repeating anyone else's.
    await tell(ctx, PACK_ROLES, result_card(parts, kept), event=event, key=job.key)
