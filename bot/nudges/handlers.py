"""Wiring for nudges: commands, card verbs, job kinds and start-up seeding."""

from __future__ import annotations

from bot.context import AppContext
from bot.nudges import detection, jobs, leaver_flow, register_flow, review_flow
from bot.nudges.common import STEWARDS
from bot.org import Role
from bot.router import Router
from bot.turn import Turn
from cards.nudges import review_nudge_card
from cards.nudges_register import register_check_card
from cards.verbs import NudgeVerb

DEMO_INTRO = (
    "Demo: here is every nudge the manager would get, sent to you now instead of on its date. "
    "The review cards are samples: their buttons record nothing. The register and leaver cards "
    "are the real ones, so what you do on them is recorded."
)


def register(router: Router) -> None:
    _commands(router)
    _actions(router)
    router.job(jobs.REVIEW_REMIND, review_flow.remind)
    router.job(jobs.REVIEW_OVERDUE, review_flow.overdue)
    router.job(jobs.REGISTER_CHECK, register_flow.weekly_check)
    router.job(jobs.LEAVER_REMIND, leaver_flow.remind)
    router.job(jobs.LEAVER_ESCALATE, leaver_flow.escalate)
    router.job(jobs.LEAVERS_DETECT, detection.detect_job)
    router.on_startup(seed)


def _commands(router: Router) -> None:
    router.command(
        "register",
        register_flow.show_register,
        roles=STEWARDS,
        button="Register",
        description="Who can get into each official account, and what needs attention",
        aliases=("access register", "official accounts"),
    )
    router.command(
        "grant access",
        register_flow.send_grant_form,
        roles=STEWARDS,
        description="Add someone to an official account in the register",
    )
    router.command(
        "revoke access",
        register_flow.send_revoke_form,
        roles=STEWARDS,
        description="Remove someone's access in the register",
        listed=False,  # Teams lists at most 12 commands; the register card has a Revoke access button
    )
    router.command(
        "leaver",
        leaver_flow.leaver_command,
        roles=STEWARDS,
        description="Record a leaver (name or email) and get their access checklist",
    )
    router.command(
        "reviews",
        review_flow.show_reviews,
        roles=STEWARDS,
        aliases=("review",),
        description="Policy, moderation and risk reviews: what is due, and the record",
    )
    router.command(
        "demo nudges",
        demo_nudges,
        roles=(Role.ADMIN,),
        listed=False,
        description="Local demo: send every nudge now",
    )


def _actions(router: Router) -> None:
    router.action(NudgeVerb.REVIEW_DONE, review_flow.mark_done, roles=STEWARDS)
    router.action(NudgeVerb.REVIEW_SNOOZE, review_flow.snooze, roles=STEWARDS)
    router.action(NudgeVerb.REVIEW_OPEN, review_flow.open_review, roles=STEWARDS)
    router.action(NudgeVerb.REVIEW_CADENCE, review_flow.open_cadence, roles=STEWARDS)
    router.action(NudgeVerb.REVIEW_CADENCE_SAVE, review_flow.save_cadence, roles=STEWARDS)
    router.action(NudgeVerb.REGISTER_SHOW, register_flow.show_register_action, roles=STEWARDS)
    router.action(NudgeVerb.REVIEWS_SHOW, review_flow.show_reviews_action, roles=STEWARDS)
    router.action(NudgeVerb.REGISTER_GRANT, register_flow.open_grant_form, roles=STEWARDS)
    router.action(NudgeVerb.REGISTER_GRANT_SAVE, register_flow.save_grant, roles=STEWARDS)
    router.action(NudgeVerb.REGISTER_REVOKE, register_flow.open_revoke_form, roles=STEWARDS)
    router.action(NudgeVerb.REGISTER_REVOKE_SAVE, register_flow.save_revoke, roles=STEWARDS)
    router.action(NudgeVerb.REGISTER_REVIEWED, register_flow.mark_reviewed, roles=STEWARDS)
    router.action(NudgeVerb.REGISTER_GROUP, register_flow.open_group_form, roles=STEWARDS)
    router.action(NudgeVerb.REGISTER_GROUP_SAVE, register_flow.save_group, roles=STEWARDS)
    router.action(NudgeVerb.LEAVER_RECORD, leaver_flow.record_action, roles=STEWARDS)
    router.action(NudgeVerb.LEAVER_TICK, leaver_flow.tick, roles=STEWARDS)


async def seed(ctx: AppContext) -> None:
    await review_flow.seed_reviews(ctx)
    await register_flow.seed_register_check(ctx)
    await detection.seed_detection(ctx)


async def demo_nudges(turn: Turn, ctx: AppContext) -> None:
    """For the Playground: show the manager's nudges without waiting weeks for them."""
    await turn.send_text(DEMO_INTRO)
    overview = await review_flow.reviews_overview(ctx)
    for view in overview.views[:3]:
        await turn.send_card(review_nudge_card(view, demo=True))
    if found := await register_flow.findings(ctx):
        await turn.send_card(register_check_card(found))
    for leaver in await ctx.stores.leavers.all(open_only=True):
        await turn.send_card(await leaver_flow.leaver_card(ctx, leaver, reminder=True))
