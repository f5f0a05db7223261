"""Leavers in Teams: recorded by the manager or noticed in Entra ID, then a checklist per
account until their access is closed; reminders each working day, the CEO after two."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from bot.context import AppContext
from bot.delivery import tell
from bot.nudges import jobs
from bot.nudges.common import uk
from bot.nudges.leavers import TASK_LABELS, all_done, ceo_escalation, checklist, next_reminder
from bot.nudges.register_flow import EMAIL, known_people, resource_names
from bot.org import Role
from bot.turn import CardAction, CardReply, Turn
from cards.common import Card
from cards.nudges import time_text
from cards.nudges_leavers import (
    ItemRow,
    LeaverView,
    leaver_ceo_card,
    leaver_checklist_card,
    leaver_form_card,
    leaver_no_access_card,
)
from graph.records.jobs import Job
from graph.records.leavers import Leaver, NewLeaver, Task

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Found:
    person: NewLeaver | None = None
    message: str = ""  # why nobody was found, for the manager


async def find_person(ctx: AppContext, query: str) -> Found:
    """A leaver typed as an email or a name, looked up in the organisation file, the people
    the bot has met and the register. Any well-formed email is accepted (the person may never
    have used the bot); a name that matches no one, or several, gets a message, not a guess."""
    query = query.strip()
    if not query:
        return Found(
            message="Who is leaving? Type leaver followed by their email, e.g. leaver jo@example.org."
        )
    candidates = await _candidates(ctx)
    if EMAIL.match(query):
        email = query.lower()
        match = candidates.get(email)
        known = await ctx.stores.people.find_by_upn(email)
        # Someone who never opened the bot is still a leaver: their email is enough to record
        # them and to match their entries in the register.
        name, aad = match or (known.name if known else email, known.aad_object_id if known else "")
        return Found(NewLeaver(email=email, name=name, aad=aad))
    wanted = query.lower()
    hits = [(email, n, a) for email, (n, a) in candidates.items() if wanted in n.lower()]
    if len(hits) == 1:
        email, name, aad = hits[0]
        return Found(NewLeaver(email=email, name=name, aad=aad))
    if hits:
        names = ", ".join(f"{n} ({e})" for e, n, _ in hits[:5])
        return Found(
            message=f"More than one person matches {query}: {names}. "
            "Type the email of the one who is leaving."
        )
    return Found(
        message=f"I couldn't find anyone called {query}. Type their work email instead; nothing was recorded."
    )


async def _candidates(ctx: AppContext) -> dict[str, tuple[str, str]]:
    """email → (name, Entra object id) for everyone the bot knows of."""
    found = {m.upn.lower(): (m.name, m.aad_object_id) for m in ctx.org.members if m.upn}
    for grant in await ctx.stores.register.history():
        found.setdefault(grant.person_email, (grant.person_name, grant.person_aad))
    return found


async def record_leaver(ctx: AppContext, new: NewLeaver, by: str) -> tuple[Leaver, bool]:
    """Record ``new`` (once: an open record is reused) and book reminders; returns the leaver
    and whether this call created it."""
    existing = await ctx.stores.leavers.find(email=new.email, aad=new.aad)
    if existing is not None and existing.open:
        return existing, False
    grants = await ctx.stores.register.of_person(email=new.email, aad=new.aad)
    now = ctx.clock.now()
    leaver = await ctx.stores.leavers.add(new, checklist(grants), by, now)
    if leaver.open:
        hours, tz = ctx.org.working_hours, ctx.org.timezone
        first = next_reminder(now, hours, tz)
        payload = {"leaver": leaver.id}
        await ctx.scheduler.schedule(
            jobs.leaver_key(leaver.id, f"remind:{uk(ctx, first).date()}"), jobs.LEAVER_REMIND, first, payload
        )
        await ctx.scheduler.schedule(
            jobs.leaver_key(leaver.id, "ceo"), jobs.LEAVER_ESCALATE, ceo_escalation(now, hours, tz), payload
        )
    log.info("leaver recorded", extra={"event": "leaver_recorded", "reason": new.source.value})
    return leaver, True


def view_of(ctx: AppContext, leaver: Leaver) -> LeaverView:
    reason = leaver.reason or f"recorded by {leaver.recorded_by}"
    return LeaverView(
        leaver.id,
        leaver.name,
        leaver.email,
        reason,
        time_text(uk(ctx, leaver.recorded_at)),
        leaver.leave_date,
    )


async def leaver_card(ctx: AppContext, leaver: Leaver, *, reminder: bool = False) -> Card:
    items = await ctx.stores.leavers.items(leaver.id)
    if not items:
        return leaver_no_access_card(view_of(ctx, leaver))
    names = await resource_names(ctx)
    rows = [
        ItemRow(
            i.resource,
            names.get(i.resource, i.resource),
            i.task.value,
            TASK_LABELS[i.task],
            f"{i.done_by}, {time_text(uk(ctx, i.done_at))}" if i.done_at else "",
        )
        for i in items
    ]
    return leaver_checklist_card(view_of(ctx, leaver), rows, reminder=reminder)


async def leaver_command(turn: Turn, ctx: AppContext) -> None:
    words = turn.text.strip().split(maxsplit=1)
    query = words[1] if len(words) > 1 else ""
    if not query:
        await turn.send_card(leaver_form_card(await known_people(ctx)))
        return
    await _record_and_reply(turn, ctx, query, send=True)


async def record_action(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    reply = await _record_and_reply(
        turn, ctx, action.text("email", limit=200) or action.text("person", limit=200)
    )
    assert reply is not None
    return reply


async def _record_and_reply(
    turn: Turn, ctx: AppContext, query: str, *, send: bool = False
) -> CardReply | None:
    found = await find_person(ctx, query)
    if found.person is None:
        if send:
            await turn.send_text(found.message)
            return None
        return CardReply.say(found.message)
    leaver, _ = await record_leaver(ctx, found.person, turn.person.name)
    card = await leaver_card(ctx, leaver)
    if send:
        await turn.send_card(card)
        return None
    return CardReply.show(card)


async def tick(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    leaver_id, resource = action.data.get("leaver"), action.text("resource", limit=80)
    leaver = await ctx.stores.leavers.get(leaver_id) if isinstance(leaver_id, int) else None
    try:
        task = Task(action.text("task", limit=40))
    except ValueError:
        task = None
    if leaver is None or task is None:
        return CardReply.say("I can't find that leaver any more. Type leaver to record one.")
    now = ctx.clock.now()
    if (
        await ctx.stores.leavers.tick(leaver.id, resource, task, turn.person.name, now)
        and task is Task.REMOVE_ROLE
    ):
        for grant in await ctx.stores.register.of_person(email=leaver.email, aad=leaver.aad):
            if grant.resource == resource:
                await ctx.stores.register.revoke(grant.id, turn.person.name, now, "left the charity")
    if all_done(await ctx.stores.leavers.items(leaver.id)) and await ctx.stores.leavers.close(leaver.id, now):
        await ctx.scheduler.cancel(jobs.leaver_key(leaver.id, "ceo"))
    current = await ctx.stores.leavers.get(leaver.id)
    assert current is not None
    return CardReply.show(await leaver_card(ctx, current))


async def _open_leaver(ctx: AppContext, job: Job) -> Leaver | None:
    leaver_id = job.payload.get("leaver")
    leaver = await ctx.stores.leavers.get(leaver_id) if isinstance(leaver_id, int) else None
    return leaver if leaver is not None and leaver.open else None


async def remind(job: Job, ctx: AppContext) -> None:
    leaver = await _open_leaver(ctx, job)
    if leaver is None:
        return
    card = await leaver_card(ctx, leaver, reminder=True)
    await tell(ctx, Role.MANAGER, card, event="leaver_reminder", key=job.key)
    when = next_reminder(ctx.clock.now(), ctx.org.working_hours, ctx.org.timezone)
    await ctx.scheduler.schedule(
        jobs.leaver_key(leaver.id, f"remind:{uk(ctx, when).date()}"),
        jobs.LEAVER_REMIND,
        when,
        {"leaver": leaver.id},
    )


async def escalate(job: Job, ctx: AppContext) -> None:
    leaver = await _open_leaver(ctx, job)
    if leaver is None or not await ctx.stores.leavers.mark_ceo_told(leaver.id, ctx.clock.now()):
        return
    left = sum(1 for i in await ctx.stores.leavers.items(leaver.id) if not i.done)
    card = leaver_ceo_card(view_of(ctx, leaver), left, ctx.org.title(Role.MANAGER))
    await tell(ctx, Role.CEO, card, event="leaver_ceo", key=job.key)


async def tell_manager_of(ctx: AppContext, leaver: Leaver) -> None:
    """A leaver found in the directory: the manager hears about it proactively."""
    card = await leaver_card(ctx, leaver)
    await tell(ctx, Role.MANAGER, card, event="leaver_detected", key=jobs.leaver_key(leaver.id, "detected"))
