"""What the nudge flows share: who may change things, who is told, and UK dates."""

from __future__ import annotations

import logging
from datetime import date, datetime

from bot.context import AppContext
from bot.messaging import Unreachable
from bot.org import Role
from cards.common import Card

log = logging.getLogger(__name__)

# The manager owns the register (§2.6, delegated by the CEO); admins run the bot.
STEWARDS = frozenset({Role.MANAGER, Role.CEO, Role.ADMIN})


def today(ctx: AppContext) -> date:
    return ctx.clock.now().astimezone(ctx.org.timezone).date()


def uk(ctx: AppContext, moment: datetime) -> datetime:
    return moment.astimezone(ctx.org.timezone)


async def tell(ctx: AppContext, role: Role, card: Card, *, event: str) -> int:
    """Send ``card`` to everyone holding ``role``; returns how many got it.

    Someone the bot cannot reach (app not installed, left the tenant) is logged and skipped,
    so one unreachable person does not hold the nudge back from the others. Anything else
    (the Bot Connector down) raises, and the scheduler retries the job.
    """
    sent = 0
    holders = ctx.org.holders(role)
    for member in holders:
        if not member.aad_object_id:
            continue
        try:
            await ctx.messenger.send_card(member.aad_object_id, card)
            sent += 1
        except Unreachable:
            log.warning("nudge not delivered", extra={"event": event, "reason": "unreachable"})
    if not holders:
        log.warning("nobody holds the role", extra={"event": event, "reason": role.value})
    return sent
