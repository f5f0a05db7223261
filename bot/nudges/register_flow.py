"""The register of official accounts in Teams: list, grant, revoke, private groups, and the
weekly check that nudges the manager about gaps (§2.1, §2.3, §2.4, §2.6).

Only the manager, the CEO and admins can see or change it: it names who holds which account.
"""

from __future__ import annotations

import re
from datetime import timedelta

from bot.context import AppContext
from bot.delivery import tell
from bot.nudges import jobs
from bot.nudges.common import today, uk
from bot.nudges.register_checks import check_register
from bot.nudges.review_flow import add_group_cycle
from bot.org import Role
from bot.turn import CardAction, CardReply, Turn
from bot.working_time import local_day_at
from cards.common import Card
from cards.nudges import data_date, day_text
from cards.nudges_register import (
    LEVELS,
    GrantRow,
    ResourceRows,
    grant_form_card,
    group_form_card,
    register_card,
    register_check_card,
    register_saved_card,
    revoke_form_card,
)
from graph.records.jobs import Job
from graph.records.register import Grant, NewGrant, group_resource
from graph.records.reviews import ReviewAction, ReviewEntry

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
LEVEL_NAMES = {value: title.split(" (")[0] for title, value in LEVELS}


async def resource_names(ctx: AppContext) -> dict[str, str]:
    names = {p.key: p.name for p in ctx.org.platforms}
    for group in await ctx.stores.register.groups():
        names[group_resource(group.id)] = f"{group.name} (private group)"
    return names


async def known_people(ctx: AppContext) -> list[tuple[str, str]]:
    """(name, email) of people in the organisation file and the register, for pickers."""
    people = {m.upn.lower(): m.name for m in ctx.org.members if m.upn}
    for grant in await ctx.stores.register.history():
        people.setdefault(grant.person_email, grant.person_name)
    return sorted(((name, email) for email, name in people.items()), key=lambda p: p[0].lower())


async def findings(ctx: AppContext) -> list[str]:
    register = ctx.stores.register
    found = check_register(ctx.org.platforms, await register.groups(), await register.active(), today(ctx))
    return [f.message for f in found]


async def register_view(ctx: AppContext) -> Card:
    names = await resource_names(ctx)
    active = await ctx.stores.register.active()
    groups = {group_resource(g.id): g for g in await ctx.stores.register.groups()}
    resources = []
    for key, name in names.items():
        note = ""
        if key in groups:
            group = groups[key]
            assessed = day_text(group.risk_assessed_on) if group.risk_assessed_on else "not yet"
            note = f"Moderator: {group.moderator or 'none named'} · risk assessed: {assessed}"
        rows = [_row(ctx, g) for g in active if g.resource == key]
        resources.append(ResourceRows(key, name, rows, note))
    return register_card(resources, await findings(ctx))


def _row(ctx: AppContext, grant: Grant) -> GrantRow:
    when = uk(ctx, grant.granted_at)
    return GrantRow(
        id=grant.id,
        person=f"{grant.person_name} ({grant.person_email})",
        level=LEVEL_NAMES.get(grant.level, grant.level),
        granted=f"by {grant.granted_by} on {day_text(when.date())}",
        trained_on=grant.trained_on,
        holds_recovery=grant.holds_recovery,
    )


async def show_register(turn: Turn, ctx: AppContext) -> None:
    await turn.send_card(await register_view(ctx))


async def show_register_action(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    return CardReply.show(await register_view(ctx))


async def grant_form(
    ctx: AppContext, values: dict[str, str] | None = None, errors: dict[str, str] | None = None
) -> Card:
    resources = [(name, key) for key, name in (await resource_names(ctx)).items()]
    return grant_form_card(resources, await known_people(ctx), values=values, errors=errors)


async def send_grant_form(turn: Turn, ctx: AppContext) -> None:
    await turn.send_card(await grant_form(ctx))


async def open_grant_form(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    return CardReply.show(await grant_form(ctx))


async def save_grant(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    names = await resource_names(ctx)
    values = {k: action.text(k, limit=200) for k in ("resource", "person", "email", "name", "level")}
    email = (values["email"] or values["person"]).lower()
    if not EMAIL.match(email):
        return CardReply.show(
            await grant_form(ctx, values=values, errors={"email": "Pick a person or type their email."})
        )
    if values["resource"] not in names or values["level"] not in LEVEL_NAMES:
        return CardReply.show(await grant_form(ctx, values=values))
    member = ctx.org.member(upn=email)
    known = await ctx.stores.people.find_by_upn(email)
    name = (
        values["name"]
        or (member.name if member else "")
        or (known.name if known else "")
        or email.split("@")[0]
    )
    aad = (member.aad_object_id if member else "") or (known.aad_object_id if known else "")
    new = NewGrant(
        resource=values["resource"],
        person_email=email,
        person_name=name,
        person_aad=aad,
        level=values["level"],
        trained_on=data_date(action.data.get("trained_on")),
        holds_recovery=action.text("recovery", limit=8) == "true",
    )
    grant = await ctx.stores.register.grant(new, turn.person.name, ctx.clock.now())
    trained = day_text(grant.trained_on) if grant.trained_on else "no training date yet"
    lines = [
        f"{grant.person_name} ({grant.person_email}): {LEVEL_NAMES[grant.level]} on {names[grant.resource]}.",
        f"Trained: {trained}. Holds a recovery method: {'yes' if grant.holds_recovery else 'no'}.",
        f"Recorded by {turn.person.name}.",
    ]
    return CardReply.show(register_saved_card("Access granted", lines))


async def revoke_form(ctx: AppContext, error: str = "") -> Card:
    names = await resource_names(ctx)
    choices = [
        (
            f"{g.person_name} — {names.get(g.resource, g.resource)} ({LEVEL_NAMES.get(g.level, g.level)})",
            str(g.id),
        )
        for g in await ctx.stores.register.active()
    ]
    return revoke_form_card(choices, error=error)


async def send_revoke_form(turn: Turn, ctx: AppContext) -> None:
    await turn.send_card(await revoke_form(ctx))


async def open_revoke_form(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    return CardReply.show(await revoke_form(ctx))


async def save_revoke(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    grant_id, reason = action.text("grant", limit=12), action.text("reason", limit=300)
    if not grant_id.isdigit() or not reason:
        return CardReply.show(await revoke_form(ctx, "Pick whose access, and say why."))
    revoked = await ctx.stores.register.revoke(int(grant_id), turn.person.name, ctx.clock.now(), reason)
    if revoked is None:
        return CardReply.show(
            register_saved_card("Already revoked", ["That access had already been removed."])
        )
    names = await resource_names(ctx)
    line = f"{revoked.person_name} no longer has access to {names.get(revoked.resource, revoked.resource)}."
    return CardReply.show(
        register_saved_card("Access revoked", [line, f"Why: {reason}. By {turn.person.name}."])
    )


async def mark_reviewed(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    active = await ctx.stores.register.active()
    now, person = ctx.clock.now(), turn.person
    count = await ctx.stores.register.mark_reviewed([g.id for g in active], person.name, now)
    await ctx.stores.reviews.record(
        ReviewEntry(
            "register",
            ReviewAction.DONE,
            today(ctx),
            person.name,
            person.aad_object_id,
            now,
            note=f"{count} entries checked",
        )
    )
    line = f"{count} entries marked as reviewed by {person.name} on {day_text(today(ctx))}."
    return CardReply.show(register_saved_card("Access reviewed", [line]))


async def group_form(ctx: AppContext, error: str = "") -> Card:
    return group_form_card([(p.name, p.key) for p in ctx.org.platforms], error=error)


async def open_group_form(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    return CardReply.show(await group_form(ctx))


async def save_group(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    name, platform = action.text("name", limit=120), action.text("platform", limit=40)
    if not name or ctx.org.platform(platform) is None:
        return CardReply.show(await group_form(ctx, "Give the group a name and say where it is."))
    assessed = data_date(action.data.get("risk_assessed_on"))
    moderator = action.text("moderator", limit=120)
    group = await ctx.stores.register.add_group(
        name, platform, moderator, assessed, turn.person.name, ctx.clock.now()
    )
    await add_group_cycle(ctx, group.id, group.name, assessed)
    lines = [
        f"Moderator: {moderator or 'none named yet'}.",
        f"Risk assessed: {day_text(assessed) if assessed else 'not yet; I will remind you'}.",
    ]
    return CardReply.show(register_saved_card(f"Private group added: {name}", lines))


async def seed_register_check(ctx: AppContext) -> None:
    await _book_check(ctx)


async def _book_check(ctx: AppContext) -> None:
    on = today(ctx)
    monday = on + timedelta(days=7 - on.weekday())
    when = local_day_at(monday, ctx.org.working_hours, ctx.org.timezone)
    await ctx.scheduler.schedule(jobs.register_check_key(monday), jobs.REGISTER_CHECK, when)


async def weekly_check(job: Job, ctx: AppContext) -> None:
    """Every Monday: tell the manager what the register is missing (nothing if all is well)."""
    found = await findings(ctx)
    if found:
        await tell(ctx, Role.MANAGER, register_check_card(found), event="register_check", key=job.key)
    await _book_check(ctx)
