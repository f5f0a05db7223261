"""Recording reports and applying changes: the steps between a button press and the store.

A report is committed, and its follow-up queued as a scheduler job (see
:mod:`bot.incidents.follow_up`), before the reporter is told it is logged. A change is re-read
and re-applied when someone else wrote first, so two managers acting at once never lose each
other's work.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta

from bot.context import AppContext
from bot.dispatch import roles_of
from bot.incidents.changes import UNKNOWN, Actor, Busy, Change, Unknown, editor_roles, may_change
from bot.incidents.scope import stamped
from bot.incidents.triage import ICO_FLAG, POLICE_FLAG, RULES, SERIOUS_FLAG, Triage, triage
from bot.org import OrgConfig, Role, role_titles
from bot.recipients import recipients
from bot.refusals import who_can
from cards.common import Card
from cards.incident_manage import IncidentView, build_incident_card, deadline_text
from cards.incidents import build_reporter_card
from graph.records.incidents import Category, Incident, Recorded, Report, Route, VersionConflict
from graph.records.people import Person

log = logging.getLogger(__name__)

ATTEMPTS = 5
ICO_REMINDERS = (("48h", timedelta(hours=48)), ("24h", timedelta(hours=24)), ("6h", timedelta(hours=6)))
ICO_REMINDER_KIND = "incident.ico_reminder"
FLAG_OF = {Route.ICO: ICO_FLAG, Route.CHARITY_COMMISSION: SERIOUS_FLAG, Route.POLICE: POLICE_FLAG}


def actor_of(person: Person) -> Actor:
    return Actor(person.aad_object_id, person.name)


def triage_of(ctx: AppContext, report: Report) -> Triage:
    return triage(report, contact=safeguarding_contact(ctx.org), procedure=ctx.org.safeguarding_procedure)


def safeguarding_contact(org: OrgConfig) -> str:
    """Who to contact about a safeguarding concern, by name and phone: a title alone gives no number."""
    lead = org.first_holder(Role.SAFEGUARDING_LEAD)
    phone = org.safeguarding_phone or (lead.phone if lead else "")
    who = [lead.name] if lead else []
    who += [f"phone {phone}"] if phone else []
    return f"{org.safeguarding_contact} ({', '.join(who)})" if who else org.safeguarding_contact


def if_unreachable(org: OrgConfig) -> list[str]:
    """What to do when the safeguarding lead can't be reached: the backup, and the office's number."""
    steps = [org.safeguarding_backup] if org.safeguarding_backup else []
    if org.office.phone:
        hours = f" ({org.office.hours})" if org.office.hours else ""
        steps.append(f"The office: phone {org.office.phone}{hours}.")
    return steps


def admins(ctx: AppContext) -> bool:
    return ctx.settings.incident_admins_may_change


async def record(ctx: AppContext, report: Report, key: str) -> Recorded:
    """Commit the report (idempotent per key); the caller then queues its follow-up."""
    result = triage_of(ctx, report)
    recorded = await ctx.stores.incidents.create(report, result.assessment, key=key)
    incident = recorded.incident
    if recorded.created:
        log.info(
            "incident reported",
            extra={
                "event": "incident_reported",
                "reference": incident.reference,
                "reason": incident.category.value,
            },
        )
    return recorded


async def schedule_ico_reminders(ctx: AppContext, incident: Incident) -> None:
    deadline = incident.assessment.ico_deadline
    if deadline is None:
        return
    now = ctx.clock.now()
    for label, before in (*ICO_REMINDERS, ("due", timedelta(0))):
        due = deadline - before
        if due > now or label == "due":
            key = f"incident-ico:{incident.reference}:{label}"
            payload = {"reference": incident.reference}
            await ctx.scheduler.schedule(key, ICO_REMINDER_KIND, due, payload, working_hours=False)


async def cancel_ico_reminders(ctx: AppContext, reference: str) -> None:
    for label, _ in (*ICO_REMINDERS, ("due", timedelta(0))):
        await ctx.scheduler.cancel(f"incident-ico:{reference}:{label}")


async def apply_change(
    ctx: AppContext, reference: str, actor: Actor, apply: Callable[[Incident], Change]
) -> tuple[Incident, Change]:
    """Apply ``apply`` to the latest record, re-reading when someone else wrote first."""
    store = ctx.stores.incidents
    for _ in range(ATTEMPTS):
        current = await store.get(reference)
        if current is None:
            raise Unknown()
        change = apply(current)
        try:
            stored = await store.update(change.incident, change.audit(actor, ctx.clock.now()))
        except VersionConflict:
            log.info(
                "incident changed meanwhile; retrying", extra={"event": "conflict", "reference": reference}
            )
            continue
        log.info(
            "incident changed",
            extra={"event": "incident_changed", "reference": reference, "reason": change.action},
        )
        return stored, change
    raise Busy()


def may_view(ctx: AppContext, person: Person, incident: Incident) -> bool:
    """Those who may change it, those who were told, and its owner."""
    roles = roles_of(ctx, person)
    if (
        may_change(roles, incident.category, admins=admins(ctx))
        or roles & triage_of(ctx, incident.report).notify
    ):
        return True
    return bool(incident.owner_id) and person.aad_object_id == incident.owner_id


def not_found(ctx: AppContext, person: Person) -> str:
    """The one answer to a reference that is unknown, malformed, or not this person's to see.

    References are sequential, so any other answer (who may follow it up, say) would let anyone
    probe which incidents exist and, from who is named, what kind they are. It depends on the
    person asking only, never on the incident; those who may change every incident are not sent
    to ask the manager.
    """
    roles = roles_of(ctx, person)
    if all(may_change(roles, category, admins=admins(ctx)) for category in Category):
        return f"{UNKNOWN} Type open incidents to see the ones still open."
    return (
        "I can't find that incident, or it isn't one you can follow up. "
        f"If you think you should, ask {who_can(ctx.org, {Role.MANAGER})}."
    )


def owners(ctx: AppContext) -> list[tuple[str, str]]:
    """Who may own an incident: (name, value) choices, everyone but volunteers."""
    return [(m.name, m.aad_object_id or m.upn) for m in ctx.org.members if m.roles - {Role.VOLUNTEER}]


async def incident_card(
    ctx: AppContext, incident: Incident, viewer: Person, *, notice: str = "", error: str = ""
) -> Card:
    roles = roles_of(ctx, viewer)
    told = triage_of(ctx, incident.report).notify | editor_roles(incident.category, admins=False)
    found = [r.aad_object_id for r in await recipients(ctx, *told) if r.aad_object_id]
    user_ids = [p.teams_id for aad in found if (p := await ctx.stores.people.get(aad)) and p.teams_id]
    view = IncidentView(
        incident=incident,
        now=ctx.clock.now(),
        tz=ctx.org.timezone,
        can_change=may_change(roles, incident.category, admins=admins(ctx)),
        flags=[FLAG_OF[r] for r in incident.undecided_routes if r in FLAG_OF],
        guidance=RULES[incident.category].manager_steps,
        owners=owners(ctx),
        refresh_user_ids=user_ids,
        platform_names={p.key: p.name for p in ctx.org.platforms},
        notice=notice,
        error=error,
        safeguarding_note=(
            f"Details are not recorded here. Contact {incident.report.reporter_name} directly and follow the "
            f"{ctx.org.safeguarding_procedure}."
            if incident.category is Category.SAFEGUARDING
            else ""
        ),
    )
    return stamped(build_incident_card(view), ctx)


def reporter_card(ctx: AppContext, incident: Incident, *, sync_note: str = "") -> Card:
    result = triage_of(ctx, incident.report)
    deadline = incident.assessment.ico_deadline
    steps = list(result.reporter_steps)
    if incident.category is Category.SAFEGUARDING:  # right after "Contact the lead (name, phone)"
        at = next((n + 1 for n, step in enumerate(steps) if step.startswith("Contact ")), len(steps))
        steps[at:at] = if_unreachable(ctx.org)
    card = build_reporter_card(
        reference=incident.reference,
        category=incident.category,
        steps=steps,
        told=role_titles(ctx.org, result.notify),
        deadline=f"{deadline_text(deadline, ctx.org.timezone)} (UK time)" if deadline else "",
        sync_note=sync_note,
        support_offered=incident.assessment.support_offered,
        support_requested=incident.support_requested,
    )
    return stamped(card, ctx)
