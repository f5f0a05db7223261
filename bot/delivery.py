"""Cards for everyone holding a role, sent as one scheduler job per copy.

Each copy is keyed by the occurrence that decided to send it (usually the job that ran), the
roles and the person, so a Teams outage delays one person's copy (the scheduler retries it
with backoff) without repeating anyone else's, and a restart neither drops nor doubles it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from bot.context import AppContext
from bot.messaging import Unreachable
from bot.org import Role
from bot.recipients import recipients
from bot.router import Router
from cards.common import Card
from graph.records.jobs import Job

log = logging.getLogger(__name__)

DELIVER = "deliver.card"


def register(router: Router) -> None:
    router.job(DELIVER, deliver)


async def tell(
    ctx: AppContext,
    roles: Role | Iterable[Role],
    card: Card,
    *,
    event: str,
    key: str,
    working_hours: bool = True,
) -> int:
    """Queue ``card`` for everyone holding ``roles`` (each person once); returns how many copies.

    ``working_hours``: a copy retried after an outage still waits for working hours (nudges);
    False for what must not wait (ICO reminders, where weekends count).
    """
    wanted = (roles,) if isinstance(roles, Role) else tuple(roles)
    holders = await recipients(ctx, *wanted)
    if not holders:
        log.warning("nobody holds the role", extra={"event": event, "reason": ",".join(wanted)})
    queued = 0
    for holder in holders:
        if not holder.aad_object_id:
            log.warning("card not delivered", extra={"event": event, "reason": "sign_in_name_not_seen"})
            continue
        payload = {"aad": holder.aad_object_id, "card": card, "event": event}
        copy_key = f"{key}:to:{'+'.join(wanted)}:{holder.aad_object_id}"
        await ctx.scheduler.schedule(copy_key, DELIVER, ctx.clock.now(), payload, working_hours=working_hours)
        queued += 1
    return queued


async def deliver(job: Job, ctx: AppContext) -> None:
    """Send one queued copy. Someone Teams says can't be reached is logged and skipped; any
    other failure (Teams down or throttling) propagates so the scheduler retries this copy."""
    event = str(job.payload.get("event", "card"))
    card = job.payload.get("card")
    if not isinstance(card, dict):
        log.error("queued copy without a card", extra={"event": event})
        return
    try:
        await ctx.messenger.send_card(str(job.payload.get("aad", "")), card)
    except Unreachable:
        log.warning("card not delivered", extra={"event": event, "reason": "unreachable"})
