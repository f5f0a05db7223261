"""What the nudge flows share: who may change things, who is told, and UK dates."""

from __future__ import annotations

from datetime import date, datetime

from bot.context import AppContext
from bot.org import Role

# The manager owns the register (§2.6, delegated by the CEO); admins run the bot.
STEWARDS = frozenset({Role.MANAGER, Role.CEO, Role.ADMIN})


def today(ctx: AppContext) -> date:
    return ctx.clock.now().astimezone(ctx.org.timezone).date()


def uk(ctx: AppContext, moment: datetime) -> datetime:
    return moment.astimezone(ctx.org.timezone)
