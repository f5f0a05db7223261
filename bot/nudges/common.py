"""What the nudge flows share: who may change things, who is told, and UK dates."""

from __future__ import annotations

import logging
from datetime import date, datetime

from bot.context import AppContext
from bot.messaging import Unreachable
from bot.org import Role
from bot.recipients import recipients
from cards.common import Card
from graph.jobs import Job

log = logging.getLogger(__name__)

# The manager owns the register (§2.6, delegated by the CEO); admins run the bot.
STEWARDS = frozenset({Role.MANAGER, Role.CEO, Role.ADMIN})
DELIVER = "nudge.deliver"


def today(ctx: AppContext) -> date:
    return ctx.clock.now().astimezone(ctx.org.timezone).date()


def uk(ctx: AppContext, moment: datetime) -> datetime:
    return moment.astimezone(ctx.org.timezone)


async def tell(ctx: AppContext, role: Role, card: Card, *, event: str, key: str) -> int:
    """Queue ``card`` for everyone holding ``role``; returns how many copies were queued.

    ``key`` names this occurrence (e.g. the job that decided to nudge). Each copy is its own
    scheduler job, keyed by occurrence, role and person, so a Teams outage delays one person's
    copy (retried with backoff, in working hours) without repeating anyone else's, and a
    restart neither drops nor doubles it.
    """
    holders = await recipients(ctx, role)
    if not holders:
        log.warning("nobody holds the role", extra={"event": event, "reason": role.value})
    queued = 0
    for holder in holders:
        if not holder.aad_object_id:
            log.warning("nudge not delivered", extra={"event": event, "reason": "sign_in_name_not_seen"})
            continue
        payload = {"aad": holder.aad_object_id, "card": card, "event": event}
        await ctx.scheduler.schedule(
            f"{key}:to:{role.value}:{holder.aad_object_id}", DELIVER, ctx.clock.now(), payload
        )
        queued += 1
    return queued


async def deliver(job: Job, ctx: AppContext) -> None:
    """Send one queued nudge. Someone Teams says can't be reached is logged and skipped; any
    other failure (Teams down or throttling) propagates so the scheduler retries this copy."""
    event = str(job.payload.get("event", "nudge"))
    card = job.payload.get("card")
    if not isinstance(card, dict):
        log.error("queued nudge without a card", extra={"event": event})
        return
    try:
        await ctx.messenger.send_card(str(job.payload.get("aad", "")), card)
    except Unreachable:
        log.warning("nudge not delivered", extra={"event": event, "reason": "unreachable"})
