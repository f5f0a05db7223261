"""Telling the manager when a record was changed both in Teams and in its SharePoint list.

The SharePoint sync settles such a clash field by field (see graph/sync/worker.py) and records a notice;
this service passes each notice to the Fundraising & Partnerships Manager in a 1:1 message, so no
edit is ever lost silently. The sync also records a notice when a new item shares its reference
with another (a database restored from an older copy, or started afresh, numbered a record
again). Only the reference, the column names and links to the items are said, never content.
A notice is marked told once someone has received it; if nobody could be reached it waits for
the next notice or the next start.
"""

from __future__ import annotations

import logging

from bot.context import AppContext
from bot.messaging import NotDelivered
from bot.org import Role
from bot.recipients import recipients
from graph.sync.outbox import SyncNotice

log = logging.getLogger(__name__)


def message(notice: SyncNotice) -> str:
    if notice.kept == "duplicate":
        new, *others = notice.fields
        return (
            f"{notice.reference} is now on more than one item of the SharePoint list "
            f"'{notice.list_name}': {new} (just added) and {', '.join(others)}. They are different "
            "records with the same reference, as happens when the bot's data is restored from an "
            "older copy or started afresh; all are kept and none was changed. Check which is which "
            "before acting on any of them."
        )
    fields = ", ".join(notice.fields)
    those = "that column" if len(notice.fields) == 1 else "those columns"
    if notice.kept == "sharepoint":
        return (
            f"{notice.reference}: {fields} was changed in SharePoint while it was also changed here. "
            f"The SharePoint value was kept, because people may edit {those} there. If the change "
            "made here should stand, make it again in SharePoint."
        )
    return (
        f"{notice.reference}: {fields} was changed in SharePoint, but Policy Steward keeps {those} "
        "itself, so the value from Teams was written back. Please make such changes in Teams."
    )


async def tell_manager(ctx: AppContext) -> int:
    """Send every notice not yet told; returns how many were."""
    outbox = ctx.stores.outbox
    if outbox is None:
        return 0
    told = 0
    managers = [r.aad_object_id for r in await recipients(ctx, Role.MANAGER) if r.aad_object_id]
    for notice in await outbox.untold():
        reached = False
        for aad in managers:
            try:
                await ctx.messenger.send_text(aad, message(notice))
                reached = True
            except NotDelivered as exc:
                log.warning(
                    "sync notice not sent", extra={"event": "send_failed", "reason": type(exc).__name__}
                )
        if reached:
            await outbox.told(notice.seq)
            told += 1
    return told


async def run(ctx: AppContext) -> None:
    """For as long as the bot runs: tell the manager about each notice as it is recorded."""
    outbox = ctx.stores.outbox
    if outbox is None:
        return
    while True:
        outbox.noticed.clear()
        await tell_manager(ctx)
        await outbox.noticed.wait()
