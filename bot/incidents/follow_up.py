"""Telling people about an incident, durably: every follow-up is a keyed scheduler job.

Once a report is committed, ``schedule_follow_up`` queues one job keyed by its reference, so a
resubmitted report, or the check at start-up for reports committed just before a crash, queues
nothing new once it has run. That job books the ICO reminders and queues one card per person
who must know, each its own job, retried with backoff while Teams is unavailable. Anyone Teams
says can't be reached, or who can't be messaged yet, is named to the reporter (also a job) so
they can phone instead.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from bot.context import AppContext
from bot.incidents.service import incident_card, schedule_ico_reminders, triage_of
from bot.messaging import Unreachable
from bot.org import Role
from bot.recipients import NOT_SEEN, aad_of, recipients, vacant
from bot.router import Router
from graph.records.incidents import Incident, Route
from graph.records.jobs import Job
from graph.records.people import Person

log = logging.getLogger(__name__)

FOLLOW_UP = "incident.follow_up"
TELL = "incident.tell"
TELL_REPORTER = "incident.tell_reporter"
CATCH_UP = timedelta(days=7)  # reports this recent are checked at start-up for a lost follow-up


def register(router: Router) -> None:
    router.job(FOLLOW_UP, follow_up)
    router.job(TELL, tell_one)
    router.job(TELL_REPORTER, tell_reporter)
    router.on_startup(catch_up)


@dataclass(frozen=True)
class Missed:
    title: str
    name: str
    reason: str

    def line(self) -> str:
        return f"{self.title}{f' ({self.name})' if self.name else ''}: {self.reason}"


async def schedule_follow_up(ctx: AppContext, incident: Incident) -> None:
    """Queue the report's follow-up (once per incident, however often this is called)."""
    await _now(ctx, f"{FOLLOW_UP}:{incident.reference}", FOLLOW_UP, {"reference": incident.reference})


async def catch_up(ctx: AppContext) -> None:
    """Start-up: a report committed just before a crash, whose follow-up was never queued."""
    since = ctx.clock.now() - CATCH_UP
    for incident in await ctx.stores.incidents.list_open():
        if incident.report.reported_at >= since:
            await schedule_follow_up(ctx, incident)


async def follow_up(job: Job, ctx: AppContext) -> None:
    incident = await _incident(ctx, job)
    if incident is None:
        return
    if incident.is_open and incident.decision(Route.ICO) is None:
        await schedule_ico_reminders(ctx, incident)
    await notify(ctx, incident, triage_of(ctx, incident.report).notify, occasion="report")


async def notify(
    ctx: AppContext,
    incident: Incident,
    roles: Iterable[Role],
    *,
    occasion: str,
    notice: str = "",
    report_missed: bool = True,
) -> None:
    """Queue each holder of ``roles`` their own 1:1 incident card (once per ``occasion``)."""
    roles = tuple(roles)
    missed = [
        Missed(ctx.org.title(role), "", "nobody holds this role in the organisation file")
        for role in vacant(ctx, roles)
    ]
    for holder in await recipients(ctx, *roles):
        title = ctx.org.title(holder.role)
        if not holder.aad_object_id:
            missed.append(Missed(title, holder.member.name, NOT_SEEN))
            continue
        body = {"title": title, "notice": notice, "occasion": occasion, "report_missed": report_missed}
        await _tell_later(ctx, incident, holder.aad_object_id, body)
    if missed:
        log.warning("incident notification missed", extra={"event": "notify_missed", "count": len(missed)})
        if report_missed:
            await _reporter_later(ctx, incident, missed, f"{occasion}:unknown")


async def notify_owner(ctx: AppContext, incident: Incident) -> None:
    """The new owner gets the incident card (they may hold no role that is told otherwise)."""
    member = ctx.org.member(aad_object_id=incident.owner_id, upn=incident.owner_id)
    aad = await aad_of(ctx, member) if member else incident.owner_id
    if not aad:
        log.warning(
            "owner unreachable", extra={"event": "owner_unreachable", "reference": incident.reference}
        )
        return
    notice = f"You are now the owner of {incident.reference}."
    body = {
        "title": "Owner",
        "notice": notice,
        "occasion": f"owner-{incident.version}",
        "report_missed": False,
    }
    await _tell_later(ctx, incident, aad, body)


async def tell_one(job: Job, ctx: AppContext) -> None:
    """Send one person their incident card; Teams being unavailable propagates (retried)."""
    incident = await _incident(ctx, job)
    aad = str(job.payload.get("aad", ""))
    if incident is None or not aad:
        return
    person = await ctx.stores.people.get(aad) or Person(aad, "", "")
    card = await incident_card(ctx, incident, person, notice=str(job.payload.get("notice", "")))
    try:
        await ctx.messenger.send_card(aad, card)
    except Unreachable as exc:
        log.warning(
            "incident card undelivered", extra={"event": "notify_missed", "reference": incident.reference}
        )
        if job.payload.get("report_missed", True):
            member = ctx.org.member(aad_object_id=aad)
            missed = Missed(str(job.payload.get("title", "")), member.name if member else "", exc.reason)
            await _reporter_later(ctx, incident, [missed], f"{job.payload.get('occasion', '')}:{aad}")


async def tell_reporter(job: Job, ctx: AppContext) -> None:
    incident = await _incident(ctx, job)
    if incident is None:
        return
    lines = [str(line) for line in job.payload.get("lines", [])]
    message = (
        f"About {incident.reference}: I couldn't reach everyone who must know. Please contact them "
        "directly (by phone if it is urgent):\n\n" + "\n".join(f"- {line}" for line in lines)
    )
    try:
        await ctx.messenger.send_text(incident.report.reporter_id, message)
    except Unreachable:
        log.warning(
            "reporter unreachable", extra={"event": "reporter_unreachable", "reference": incident.reference}
        )


async def _tell_later(ctx: AppContext, incident: Incident, aad: str, body: dict[str, Any]) -> None:
    key = f"{TELL}:{incident.reference}:{body['occasion']}:{aad}"
    await _now(ctx, key, TELL, {"reference": incident.reference, "aad": aad, **body})


async def _reporter_later(ctx: AppContext, incident: Incident, missed: list[Missed], what: str) -> None:
    lines = [m.line() for m in missed]
    await _now(
        ctx,
        f"{TELL_REPORTER}:{incident.reference}:{what}",
        TELL_REPORTER,
        {"reference": incident.reference, "lines": lines},
    )


async def _now(ctx: AppContext, key: str, kind: str, payload: dict[str, Any]) -> None:
    """Incident work never waits for working hours: a breach reported at night is told at once."""
    await ctx.scheduler.schedule(key, kind, ctx.clock.now(), payload, working_hours=False)


async def _incident(ctx: AppContext, job: Job) -> Incident | None:
    incident = await ctx.stores.incidents.get(str(job.payload.get("reference", "")))
    if incident is None:
        log.warning(
            "incident job for an unknown incident", extra={"event": "job_skipped", "reason": job.kind}
        )
    return incident
