"""Policy answers in Teams: any 1:1 message that is no command is a question about the policy.

The answer is the policy's own words or an honest "not covered"; the question is stored without
the asker so the manager can see what people need for the annual review (policy §2.6).
"""

from __future__ import annotations

from datetime import timedelta

from bot.context import AppContext
from bot.org import Role
from bot.router import Router
from bot.turn import CardAction, CardReply, Turn
from cards.answer import (
    build_abstain_card,
    build_answer_card,
    build_feedback_thanks_card,
    build_questions_log_card,
)
from cards.verbs import AnswerVerb

REVIEWERS = (Role.MANAGER, Role.CEO, Role.ADMIN)
YEAR = timedelta(days=365)


def register(router: Router) -> None:
    router.fallback(answer_question)
    router.action(AnswerVerb.HELPFUL, record_feedback)
    router.action(AnswerVerb.UNHELPFUL, record_feedback)
    router.command(
        "policy questions",
        show_questions,
        description="What people asked about the policy, for the annual review",
        aliases=("questions log",),
        roles=REVIEWERS,
    )


def _ask_title(ctx: AppContext) -> str:
    return ctx.org.title(Role.MANAGER)


async def answer_question(turn: Turn, ctx: AppContext) -> None:
    answer = ctx.policy.answer(turn.text)
    question_id = await ctx.stores.questions.record_question(
        turn.text, not answer.abstained, answer.sections, ctx.clock.now()
    )
    if answer.abstained:
        await turn.send_card(build_abstain_card(ask_title=_ask_title(ctx)))
        return
    passages = [match.passage for match in answer.matches]
    await turn.send_card(build_answer_card(passages, question_id=question_id, ask_title=_ask_title(ctx)))


async def record_feedback(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    question_id = action.text("question_id", limit=64)
    record = await ctx.stores.questions.get(question_id) if question_id else None
    if record is None:
        return CardReply.say("Thanks! That answer is too old to rate now.")
    helpful = action.verb == AnswerVerb.HELPFUL
    await ctx.stores.questions.record_feedback(question_id, helpful, ctx.clock.now())
    passages = [match.passage for match in ctx.policy.answer(record.text).matches]
    return CardReply.show(build_feedback_thanks_card(passages, helpful=helpful, ask_title=_ask_title(ctx)))


async def show_questions(turn: Turn, ctx: AppContext) -> None:
    questions = ctx.stores.questions
    entries = await questions.recent(50)
    summary = await questions.summary(since=ctx.clock.now() - YEAR)
    await turn.send_card(build_questions_log_card(entries, summary, period="in the last year"))
