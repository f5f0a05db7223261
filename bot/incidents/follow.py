"""Following an incident to closure: the open list, the incident card's buttons, ICO reminders.

Every button checks, on the server, that the person pressing it may change this incident;
anyone else gets a clear refusal and nothing is written. Each accepted change is one audit
entry, and the answer is the refreshed card, with any problem shown at the top.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from bot.context import AppContext
from bot.delivery import tell
from bot.dispatch import only_for, roles_of
from bot.incidents import changes, service
from bot.incidents.changes import Actor, Busy, Change, Refused, editor_roles, may_change
from bot.incidents.follow_up import notify_owner
from bot.incidents.scope import stamped
from bot.messaging import NotDelivered
from bot.org import Role
from bot.turn import CardAction, CardReply, ChatKind, Turn
from cards import incident_sections as m
from cards.common import Card
from cards.incident_list import ListRow, build_open_list_card, build_reminder_card
from cards.incident_manage import STEP, clock_text, deadline_text
from cards.incident_sections import TEXT_LIMIT, Section, SectionForm, build_section_card
from graph.records.incident_codec import year_and_number
from graph.records.incidents import REFERENCE, Incident, Route, Severity, Step
from graph.records.jobs import Job
from graph.records.people import Person

log = logging.getLogger(__name__)

LIST_ROLES = frozenset({Role.MANAGER, Role.CEO, Role.SAFEGUARDING_LEAD})
Apply = Callable[[Incident, Actor, datetime], Change]
# The answer a refusal names (its ``field``) -> the input of the section it goes under.
INPUTS: dict[Section, dict[str, str]] = {
    Section.SEVERITY_OWNER: {"severity": m.SEVERITY, "owner": m.OWNER},
    Section.UPDATE: {"text": m.UPDATE_TEXT},
    Section.SUPPORT: {"text": m.SUPPORT_TEXT},
}


def _rows(incidents: list[Incident], now: datetime, tz: ZoneInfo) -> list[ListRow]:
    def row(inc: Incident) -> ListRow:
        deadline = inc.assessment.ico_deadline
        waiting = deadline is not None and inc.decision(Route.ICO) is None
        clock = (
            f"ICO deadline: {deadline_text(deadline, tz)} ({clock_text(deadline, now)})"
            if deadline and waiting
            else ""
        )
        return ListRow(inc, clock, inc.ico_overdue(now))

    def order(r: ListRow) -> tuple[int, datetime, float, int]:
        deadline = r.incident.assessment.ico_deadline
        clocked = bool(r.clock) and deadline is not None
        rank = 0 if r.overdue else 1 if clocked else 2
        return (
            rank,
            deadline if clocked and deadline else datetime.max.replace(tzinfo=UTC),
            -r.incident.report.reported_at.timestamp(),
            -year_and_number(r.incident.reference)[1],
        )

    return sorted((row(i) for i in incidents), key=order)


async def open_list(ctx: AppContext, person: Person) -> Card:
    roles = roles_of(ctx, person)
    admins = service.admins(ctx)
    visible = [
        i for i in await ctx.stores.incidents.list_open() if may_change(roles, i.category, admins=admins)
    ]
    return stamped(
        build_open_list_card(_rows(visible, ctx.clock.now(), ctx.org.timezone), tz=ctx.org.timezone), ctx
    )


async def open_command(turn: Turn, ctx: AppContext) -> None:
    card = await open_list(ctx, turn.person)
    if turn.chat_kind is ChatKind.PERSONAL:
        await turn.send_card(card)
        return
    try:
        await ctx.messenger.send_card(turn.person.aad_object_id, card)
    except NotDelivered as exc:
        await turn.send_text(f"I couldn't message you privately ({exc.reason}). Ask me in a 1:1 chat.")
        return
    await turn.send_text(
        "I've sent you the list of open incidents in a private chat: it stays out of group chats."
    )


async def list_action(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    """The "All open incidents" button on incident cards and reminders (roles checked centrally)."""
    return CardReply.show(await open_list(ctx, turn.person))


def _reference(action: CardAction) -> str:
    value = action.text(m.REFERENCE, limit=32)
    return value if REFERENCE.match(value) else ""


async def view(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    """One incident's card (also its refresh), for those who may see it; anyone else learns nothing."""
    incident = await ctx.stores.incidents.get(_reference(action))
    if incident is not None and service.may_view(ctx, turn.person, incident):
        return CardReply.show(await service.incident_card(ctx, incident, turn.person))
    if incident is not None:
        log.info("incident view refused", extra={"event": "refused", "reference": incident.reference})
    return CardReply.say(service.not_found(ctx, turn.person))


async def permitted(turn: Turn, ctx: AppContext, action: CardAction) -> Incident | CardReply:
    """The incident a button changes, or the refusal: only in a 1:1 chat, only by its editors.

    Someone who may not see the incident gets the same answer as for an unknown reference. Its
    owner, who sees the card but may not change it, is told who can.
    """
    if turn.chat_kind is not ChatKind.PERSONAL:
        return CardReply.say("Incidents are only changed in a 1:1 chat with me.")
    incident = await ctx.stores.incidents.get(_reference(action))
    if incident is None:
        return CardReply.say(service.not_found(ctx, turn.person))
    allowed = editor_roles(incident.category, admins=service.admins(ctx))
    if not may_change(roles_of(ctx, turn.person), incident.category, admins=service.admins(ctx)):
        log.info("incident change refused", extra={"event": "refused", "reference": incident.reference})
        if service.may_view(ctx, turn.person, incident):
            return CardReply.say(only_for(ctx, allowed, turn.person))
        return CardReply.say(service.not_found(ctx, turn.person))
    return incident


async def make_change(
    turn: Turn, ctx: AppContext, action: CardAction, apply: Apply, *, done: str, form: Section | None = None
) -> CardReply:
    """Apply one change; a refusal naming an answer of ``form``, or the record changing under every
    attempt, sends that form back as typed."""
    incident = await permitted(turn, ctx, action)
    if isinstance(incident, CardReply):
        return incident
    actor, now = service.actor_of(turn.person), ctx.clock.now()
    try:
        updated, change = await service.apply_change(
            ctx, incident.reference, actor, lambda inc: apply(inc, actor, now)
        )
    except Refused as refused:
        if form is not None and (isinstance(refused, Busy) or refused.field in INPUTS[form]):
            return CardReply.show(_sent_back(ctx, incident.reference, form, action, refused))
        latest = await ctx.stores.incidents.get(incident.reference) or incident
        return CardReply.show(await service.incident_card(ctx, latest, turn.person, error=refused.message))
    await after(ctx, updated, change)
    return CardReply.show(await service.incident_card(ctx, updated, turn.person, notice=done))


def _sent_back(ctx: AppContext, reference: str, kind: Section, action: CardAction, refused: Refused) -> Card:
    """The section on a card of its own: every answer as sent, the problem under its field (or at
    the top, when it is about the whole form)."""
    inputs = INPUTS[kind]
    values = {i: typed for i in inputs.values() if (typed := action.text(i, limit=2 * TEXT_LIMIT))}
    errors = {inputs.get(refused.field, ""): refused.message}
    return stamped(
        build_section_card(kind, SectionForm(reference, values, errors, owners=service.owners(ctx))), ctx
    )


async def after(ctx: AppContext, incident: Incident, change: Change) -> None:
    if not incident.is_open or incident.decision(Route.ICO) is not None:
        await service.cancel_ico_reminders(ctx, incident.reference)
    if change.action == "assigned" and incident.owner_id:
        await notify_owner(ctx, incident)


async def acknowledge(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    return await make_change(turn, ctx, action, changes.acknowledge, done="Acknowledged.")


async def severity(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    def apply(inc: Incident, actor: Actor, now: datetime) -> Change:
        try:
            chosen = Severity(action.text(m.SEVERITY, limit=16))
        except ValueError:
            raise Refused("Choose a severity.", field="severity") from None
        return changes.set_severity(inc, chosen, actor, now)

    return await make_change(turn, ctx, action, apply, done="Severity set.", form=Section.SEVERITY_OWNER)


async def assign(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    def apply(inc: Incident, actor: Actor, now: datetime) -> Change:
        value = action.text(m.OWNER, limit=200)
        member = ctx.org.member(aad_object_id=value, upn=value) if value else None
        if member is None:
            raise Refused("Choose an owner from the list.", field="owner")
        owner = Actor(member.aad_object_id or member.upn, member.name)
        return changes.assign(inc, owner, actor, now)

    return await make_change(turn, ctx, action, apply, done="Owner assigned.", form=Section.SEVERITY_OWNER)


async def update(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    def apply(inc: Incident, actor: Actor, now: datetime) -> Change:
        return changes.add_update(inc, action.text(m.UPDATE_TEXT, limit=2 * TEXT_LIMIT), actor, now)

    return await make_change(turn, ctx, action, apply, done="Update added.", form=Section.UPDATE)


async def support(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    def apply(inc: Incident, actor: Actor, now: datetime) -> Change:
        return changes.record_support(inc, action.text(m.SUPPORT_TEXT, limit=2 * TEXT_LIMIT), actor, now)

    return await make_change(turn, ctx, action, apply, done="Support recorded.", form=Section.SUPPORT)


async def tick(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    def apply(inc: Incident, actor: Actor, now: datetime) -> Change:
        try:
            step = Step(action.text(STEP, limit=32))
        except ValueError:
            raise Refused("That step is not part of this incident's runbook.") from None
        return changes.tick(inc, step, actor, now)

    return await make_change(turn, ctx, action, apply, done="Step ticked.")


async def ico_reminder(job: Job, ctx: AppContext) -> None:
    """Remind the manager and the CEO while the ICO decision is still missing."""
    incident = await ctx.stores.incidents.get(str(job.payload.get("reference", "")))
    if incident is None or not incident.is_open or incident.decision(Route.ICO) is not None:
        return
    card = stamped(build_reminder_card(incident, now=ctx.clock.now(), tz=ctx.org.timezone), ctx)
    # Weekends count for the ICO clock, so a copy delayed by a Teams outage does not wait either.
    await tell(ctx, (Role.MANAGER, Role.CEO), card, event="ico_reminder", key=job.key, working_hours=False)
