"""Leavers noticed in Entra ID: disabled or deleted accounts, and planned leave dates.

Off unless ``BOT_LEAVER_DETECTION`` is set. Each round reads ``/users/delta`` from the saved
delta link (accounts disabled or removed since the last round) and the users whose
``employeeLeaveDateTime`` has arrived. Only people the charity has reason to act on are
recorded: those in the register or named in the organisation file. Someone already recorded as
a leaver is not recorded again. A Graph failure is logged and the next round tries again.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Protocol

from bot.context import AppContext
from bot.nudges import jobs
from bot.nudges.common import uk
from bot.nudges.leaver_flow import record_leaver, tell_manager_of
from graph.msgraph.directory import DeltaResult, Directory, DirectoryUser
from graph.msgraph.errors import GraphConfigError, PermissionDenied, StoreError
from graph.records.jobs import Job
from graph.records.leavers import LeaverSource, NewLeaver

log = logging.getLogger(__name__)
DELTA_MARKER = "users_delta_link"
BY = "Entra ID"


class LeaverSignals(Protocol):
    async def users_delta(self, delta_link: str | None = None) -> DeltaResult: ...

    async def leaving_by(self, when: datetime) -> list[DirectoryUser]: ...


def directory_of(ctx: AppContext) -> Directory:
    """The directory, read through the bot's one Graph client (opened with the stores)."""
    if ctx.stores.graph is None:
        raise GraphConfigError("leaver detection needs Microsoft Graph, which was not opened")
    return Directory(ctx.stores.graph)


async def seed_detection(ctx: AppContext) -> None:
    if ctx.settings.leaver_detection:
        await _book_next(ctx, ctx.clock.now())


async def _book_next(ctx: AppContext, after: datetime) -> None:
    when = after + timedelta(minutes=ctx.settings.leaver_detection_minutes)
    key = f"leavers-detect:{uk(ctx, when):%Y-%m-%dT%H:%M}"
    await ctx.scheduler.schedule(key, jobs.LEAVERS_DETECT, when)


async def detect_job(job: Job, ctx: AppContext) -> None:
    try:
        await detect(ctx, directory_of(ctx))
    except StoreError as exc:
        log.warning(
            "leaver detection failed", extra={"event": "leaver_detection", "reason": type(exc).__name__}
        )
    finally:
        await _book_next(ctx, ctx.clock.now())


async def detect(ctx: AppContext, directory: LeaverSignals) -> int:
    """One round; returns how many leavers were recorded."""
    signals: list[tuple[str, str, str, datetime | None]] = []  # (aad, upn, reason, leave date)
    link = await ctx.stores.leavers.get_marker(DELTA_MARKER)
    delta = await directory.users_delta(link)
    for user in delta.changed:
        if user.account_enabled is False:
            signals.append((user.id, user.user_principal_name or "", "account disabled in Entra ID", None))
    for removed in delta.removed:
        signals.append((removed.id, "", "account deleted in Entra ID", None))
    try:
        for user in await directory.leaving_by(ctx.clock.now()):
            signals.append(
                (user.id, user.user_principal_name or "", "leave date in Entra ID", user.leave_date)
            )
    except PermissionDenied:
        log.info(
            "no leave dates", extra={"event": "leaver_detection", "reason": "User-LifeCycleInfo.Read.All"}
        )
    recorded = 0
    for aad, upn, reason, leave in signals:
        recorded += await _consider(ctx, aad, upn, reason, leave)
    if delta.delta_link:
        await ctx.stores.leavers.set_marker(DELTA_MARKER, delta.delta_link)
    return recorded


async def _consider(ctx: AppContext, aad: str, upn: str, reason: str, leave: datetime | None) -> int:
    person = await _known(ctx, aad, upn.lower())
    if person is None or await ctx.stores.leavers.find(email=person[1], aad=aad) is not None:
        return 0
    name, email = person
    leave_date = leave.astimezone(ctx.org.timezone).date() if leave else None
    new = NewLeaver(email, name, aad, LeaverSource.DIRECTORY, reason, leave_date)
    leaver, created = await record_leaver(ctx, new, BY)
    if created:
        await tell_manager_of(ctx, leaver)
    return int(created)


async def _known(ctx: AppContext, aad: str, upn: str) -> tuple[str, str] | None:
    """(name, email) of someone in the register or the organisation file, else None."""
    member = ctx.org.member(aad_object_id=aad, upn=upn or None)
    if member is not None:
        return member.name, (member.upn or upn).lower()
    for grant in await ctx.stores.register.active():
        if (aad and grant.person_aad == aad) or (upn and grant.person_email == upn):
            return grant.person_name, grant.person_email
    return None
