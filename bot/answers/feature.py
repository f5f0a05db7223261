"""Policy answers in Teams: "Did this help?", what was missing, and the manager's questions log.

Questions themselves arrive through ``bot.conversation`` (which decides whether a message is a
question at all). They are stored without the asker, and with personal data taken out, so the
manager can see what people need for the annual review (policy §2.6); questions older than
``BOT_QUESTIONS_KEEP_MONTHS`` are deleted by a nightly job.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.answers.privacy import Scrubber
from bot.context import AppContext
from bot.conversation.feature import person_for
from bot.org import Role
from bot.router import Router
from bot.turn import CardAction, CardReply, Turn
from cards.answer import (
    MISSING,
    MISSING_LIMIT,
    build_feedback_thanks_card,
    build_missing_form,
    build_questions_log_card,
)
from cards.verbs import AnswerVerb
from graph.records.jobs import Job

REVIEWERS = (Role.MANAGER, Role.CEO, Role.ADMIN)
YEAR = timedelta(days=365)
FORGET = "questions.forget"


def register(router: Router) -> None:
    router.action(AnswerVerb.HELPFUL, record_feedback)
    router.action(AnswerVerb.UNHELPFUL, record_feedback)
    router.action(AnswerVerb.MISSING, record_missing)
    router.action(AnswerVerb.SKIP, record_missing)
    router.job(FORGET, forget_old_questions)
    router.on_startup(book_forgetting)
    router.command(
        "policy questions",
        show_questions,
        description="What people asked about the policy, for the annual review",
        aliases=("questions log",),
        roles=REVIEWERS,
    )


def _ask_title(ctx: AppContext) -> str:
    return ctx.org.title(Role.MANAGER)


async def record_feedback(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    question_id = action.text("question_id", limit=64)
    record = await ctx.stores.questions.get(question_id) if question_id else None
    if record is None:
        return CardReply.say("Thanks! That answer is too old to rate now.")
    helpful = action.verb == AnswerVerb.HELPFUL
    await ctx.stores.questions.record_feedback(question_id, helpful, ctx.clock.now())
    passages = [match.passage for match in ctx.policy.answer(record.text).matches]
    if not helpful:
        return CardReply.show(
            build_missing_form(passages, question_id=question_id, ask_title=_ask_title(ctx))
        )
    return CardReply.show(build_feedback_thanks_card(passages, helpful=helpful, ask_title=_ask_title(ctx)))


async def record_missing(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    """What was missing from an unhelpful answer, without personal data, for the annual review."""
    question_id = action.text("question_id", limit=64)
    record = await ctx.stores.questions.get(question_id) if question_id else None
    if record is None:
        return CardReply.say("Thanks! That answer is too old to comment on now.")
    missing = action.text(MISSING, limit=MISSING_LIMIT).strip()
    if action.verb == AnswerVerb.MISSING and missing:
        scrubber = Scrubber(ctx.policy.known_words, (member.name for member in ctx.org.members))
        await ctx.stores.questions.record_missing(question_id, scrubber.scrub(missing), ctx.clock.now())
    passages = [match.passage for match in ctx.policy.answer(record.text).matches]
    ask = person_for(ctx.org, Role.MANAGER)
    return CardReply.show(
        build_feedback_thanks_card(passages, helpful=False, ask_title=_ask_title(ctx), ask=ask)
    )


def keep_from(now: datetime, months: int) -> datetime:
    """The same moment ``months`` calendar months earlier (the 31st becomes the month's last day)."""
    month_index = now.year * 12 + now.month - 1 - months
    year, month = divmod(month_index, 12)
    for day in range(now.day, 27, -1):
        try:
            return now.replace(year=year, month=month + 1, day=day)
        except ValueError:
            continue
    return now.replace(year=year, month=month + 1, day=min(now.day, 28))


def _next_night(now: datetime, ctx: AppContext) -> datetime:
    """02:00 local time after ``now``: outside anyone's working day."""
    local = now.astimezone(ctx.org.timezone)
    night = local.replace(hour=2, minute=0, second=0, microsecond=0)
    return night if night > local else night + timedelta(days=1)


async def book_forgetting(ctx: AppContext) -> None:
    """Forget old questions every night (booking again at start-up is harmless: one job per night)."""
    night = _next_night(ctx.clock.now(), ctx)
    await ctx.scheduler.schedule(f"{FORGET}:{night:%Y-%m-%d}", FORGET, night, working_hours=False)


async def forget_old_questions(job: Job, ctx: AppContext) -> None:
    now = ctx.clock.now()
    await ctx.stores.questions.forget_before(keep_from(now, ctx.settings.questions_keep_months))
    await book_forgetting(ctx)


async def show_questions(turn: Turn, ctx: AppContext) -> None:
    questions = ctx.stores.questions
    entries = await questions.recent(50)
    summary = await questions.summary(since=ctx.clock.now() - YEAR)
    card = build_questions_log_card(
        entries, summary, period="in the last year", kept_months=ctx.settings.questions_keep_months
    )
    await turn.send_card(card)
