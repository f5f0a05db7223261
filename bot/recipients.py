"""Who holds a role, as people the bot can message: one lookup used by every feature.

The organisation file may name someone by Entra object id, by sign-in name (UPN) or both. A
proactive message needs the object id, so a UPN-only holder is looked up among the people who
have used the bot; until they have, they are returned without one (and the caller says so)
rather than silently skipped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bot.context import AppContext
from bot.org import Member, Role

NOT_SEEN = "only their sign-in name is configured and they haven't used Policy Steward yet"


@dataclass(frozen=True)
class Recipient:
    member: Member
    role: Role  # the first of the asked-for roles they hold, for "as the CEO" wording
    aad_object_id: str  # "" when they can't be messaged yet (see NOT_SEEN)


async def aad_of(ctx: AppContext, member: Member) -> str:
    """The member's Entra object id, from the organisation file or, for a UPN, from who the bot has met."""
    if member.aad_object_id:
        return member.aad_object_id
    if member.upn and (known := await ctx.stores.people.find_by_upn(member.upn)):
        return known.aad_object_id
    return ""


async def recipients(ctx: AppContext, *roles: Role) -> list[Recipient]:
    """Everyone holding any of ``roles``, once each, in the order roles are listed in ``Role``."""
    found: list[Recipient] = []
    seen: set[Member] = set()
    for role in _ordered(roles):
        for member in ctx.org.holders(role):
            if member not in seen:
                seen.add(member)
                found.append(Recipient(member, role, await aad_of(ctx, member)))
    return found


def vacant(ctx: AppContext, roles: Iterable[Role]) -> list[Role]:
    """The roles nobody holds in the organisation file."""
    return [role for role in _ordered(roles) if not ctx.org.holders(role)]


def _ordered(roles: Iterable[Role]) -> list[Role]:
    order = list(Role)
    return sorted(set(roles), key=order.index)
