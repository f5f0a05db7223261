"""Reporting decisions and closing, from one form: every answer checked first, then each recorded.

The manager may answer any number of bodies (the ICO, the Charity Commission, HSUK, the police)
and the outcome in one press. Nothing is written until every answer passes, so a slip never
leaves half a submission behind; when one fails, the form comes back as typed with the problem
under its field. Once all pass, each decision is its own change and audit entry, exactly as when
they were recorded one at a time, and the close comes last, so the same records reach
SharePoint and the same follow-ups run (the ICO reminders stop once its decision is in).

The checks are the changes' own (:mod:`bot.incidents.changes`), run on a copy of the record:
the form and the store can never disagree about what is acceptable.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from bot.context import AppContext
from bot.incidents import changes, follow, service
from bot.incidents.changes import Actor, Busy, Refused
from bot.incidents.scope import stamped
from bot.turn import CardAction, CardReply, Turn
from cards.incident_decide import (
    OTHER,
    OUTCOME,
    ROUTE,
    TEXT_LIMIT,
    DecisionForm,
    DecisionIds,
    build_decisions_card,
    cap,
)
from graph.records.incidents import Category, Incident, Route

NOTHING_CHOSEN = "Choose a decision for at least one body, or press the close button to close."


@dataclass(frozen=True)
class Answer:
    route: Route
    ids: DecisionIds
    reported: bool
    reported_on: datetime | None
    reported_by: str
    reason: str


@dataclass
class Reading:
    """What the form sent (known inputs only), the decisions in it, and each problem by input id."""

    values: dict[str, str]
    answers: list[Answer] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)


def _known_ids() -> list[str]:
    every = [OTHER, *(DecisionIds.of(r) for r in Route)]
    return [ROUTE, OUTCOME, *(i for ids in every for i in (ids.reported, ids.on, ids.by, ids.why))]


def read(action: CardAction, tz: ZoneInfo) -> Reading:
    sent = {i: action.text(i, limit=2 * TEXT_LIMIT) for i in _known_ids()}
    reading = Reading({i: typed for i, typed in sent.items() if typed})
    for route in Route:
        _answer(reading, route, DecisionIds.of(route), tz)
    v = reading.values
    if v.get(ROUTE) or any(v.get(i) for i in (OTHER.reported, OTHER.on, OTHER.by, OTHER.why)):
        try:
            route = Route(v.get(ROUTE, ""))
        except ValueError:
            reading.errors[ROUTE] = "Choose who it was reported to."
            return reading
        if any(a.route is route for a in reading.answers) or DecisionIds.of(route).reported in reading.errors:
            reading.errors[ROUTE] = f"{cap(route.label)} is answered above already."
            return reading
        _answer(reading, route, OTHER, tz)
    return reading


def _answer(reading: Reading, route: Route, ids: DecisionIds, tz: ZoneInfo) -> None:
    v = reading.values
    choice = v.get(ids.reported, "")
    if not choice and not any(v.get(i) for i in (ids.on, ids.by, ids.why)):
        return  # left blank: decided later
    if choice not in ("yes", "no"):
        reading.errors[ids.reported] = f"Choose whether it was reported to {route.label}."
        return
    typed_day = v.get(ids.on, "") if choice == "yes" else ""
    day = _day(typed_day, tz)
    if typed_day and day is None:
        reading.errors[ids.on] = "Give the date it was reported as a date (day, month, year)."
        return
    reported_by, reason = v.get(ids.by, ""), v.get(ids.why, "")
    reading.answers.append(Answer(route, ids, choice == "yes", day, reported_by, reason))


def _day(value: str, tz: ZoneInfo) -> datetime | None:
    """A date typed without a time is UK midnight of that day (shown as the date it is)."""
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return None
    return datetime.combine(day, time(0, 0), tzinfo=tz).astimezone(UTC)


def check(incident: Incident, reading: Reading, actor: Actor, now: datetime, *, closing: bool) -> None:
    """Put every problem in ``reading.errors``; raise ``Refused`` when the whole form is moot."""
    current = changes.still_open(incident)
    changes.no_notes(current)
    for a in reading.answers:
        try:
            current = _decide(current, a, actor, now).incident
        except Refused as refused:
            if not refused.field:
                raise
            reading.errors[_field_id(a.ids, refused.field)] = refused.message
    if not closing:
        if not reading.answers and not reading.errors:
            reading.errors[""] = NOTHING_CHOSEN
        return
    answered = {a.route for a in reading.answers}
    for route in current.undecided_routes:
        ids = DecisionIds.of(route)
        if route not in answered and ids.reported not in reading.errors:
            reading.errors[ids.reported] = (
                f"Before closing, record whether it was reported to {route.label}, and if not, why."
            )
    try:
        changes.written(reading.values.get(OUTCOME, ""), "the outcome", OUTCOME)
    except Refused as refused:
        reading.errors[OUTCOME] = refused.message


def _field_id(ids: DecisionIds, name: str) -> str:
    return {"reported_on": ids.on, "reported_by": ids.by, "reason": ids.why}.get(name, ids.reported)


def _decide(incident: Incident, a: Answer, actor: Actor, now: datetime) -> changes.Change:
    return changes.record_decision(
        incident,
        a.route,
        reported=a.reported,
        reported_on=a.reported_on,
        reported_by=a.reported_by,
        reason=a.reason,
        actor=actor,
        now=now,
    )


async def decide(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    return await _submit(turn, ctx, action, closing=False)


async def close(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    return await _submit(turn, ctx, action, closing=True)


async def _submit(turn: Turn, ctx: AppContext, action: CardAction, *, closing: bool) -> CardReply:
    incident = await follow.permitted(turn, ctx, action)
    if isinstance(incident, CardReply):
        return incident
    if closing and incident.category is Category.SAFEGUARDING:  # closes without any details
        return await follow.make_change(
            turn, ctx, action, lambda inc, actor, now: changes.close(inc, "", actor, now), done="Closed."
        )
    actor, now = service.actor_of(turn.person), ctx.clock.now()
    reading = read(action, ctx.org.timezone)
    try:
        check(incident, reading, actor, now, closing=closing)
    except Refused as refused:
        return CardReply.show(await service.incident_card(ctx, incident, turn.person, error=refused.message))
    if reading.errors:
        return CardReply.show(
            stamped(build_decisions_card(_form(incident, reading, now, ctx.org.timezone)), ctx)
        )
    return await _record(turn, ctx, incident, reading, closing=closing)


def _form(incident: Incident, reading: Reading, now: datetime, tz: ZoneInfo) -> DecisionForm:
    needed = incident.undecided_routes
    chosen = reading.values.get(ROUTE, "")
    return DecisionForm(
        reference=incident.reference,
        needed=needed,
        others=[r for r in Route if r not in needed or r.value == chosen],
        today=now.astimezone(tz).date(),
        values=reading.values,
        errors=reading.errors,
    )


async def _record(
    turn: Turn, ctx: AppContext, incident: Incident, reading: Reading, *, closing: bool
) -> CardReply:
    actor, ref, now = service.actor_of(turn.person), incident.reference, ctx.clock.now()
    latest, done = incident, 0
    try:
        for answer in reading.answers:
            latest, change = await service.apply_change(ctx, ref, actor, _decision_of(answer, actor, ctx))
            await follow.after(ctx, latest, change)
            done += 1
        if closing:
            outcome = reading.values.get(OUTCOME, "")
            latest, change = await service.apply_change(
                ctx, ref, actor, lambda inc: changes.close(inc, outcome, actor, ctx.clock.now())
            )
            await follow.after(ctx, latest, change)
    except Busy as busy:  # still changing under every attempt: the rest goes back as typed
        latest = await ctx.stores.incidents.get(ref) or latest
        left = _unrecorded(reading, reading.answers[:done])
        left.errors[""] = _busy(done, busy)
        return CardReply.show(stamped(build_decisions_card(_form(latest, left, now, ctx.org.timezone)), ctx))
    except Refused as refused:  # someone else changed it meanwhile (closed it, say)
        latest = await ctx.stores.incidents.get(ref) or latest
        return CardReply.show(await service.incident_card(ctx, latest, turn.person, error=refused.message))
    notice = _done(done, closing=closing)
    return CardReply.show(await service.incident_card(ctx, latest, turn.person, notice=notice))


def _unrecorded(reading: Reading, recorded: list[Answer]) -> Reading:
    """What was typed, less the answers already recorded: sending it again records each once."""
    dropped = {i for a in recorded for i in (a.ids.reported, a.ids.on, a.ids.by, a.ids.why)}
    if any(a.ids == OTHER for a in recorded):
        dropped.add(ROUTE)
    return Reading({i: v for i, v in reading.values.items() if i not in dropped})


def _busy(done: int, busy: Busy) -> str:
    """The line heading a form turned away part-way: "nothing was recorded" would be untrue once
    some decisions went in, and the person must not think them lost and enter them again."""
    if not done:
        return busy.message
    return (
        f"{_recorded(done)}, but someone else is changing this incident right now, so the rest was not. "
        "Please try again in a moment."
    )


def _decision_of(answer: Answer, actor: Actor, ctx: AppContext) -> Callable[[Incident], changes.Change]:
    return lambda inc: _decide(inc, answer, actor, ctx.clock.now())


def _recorded(decisions: int) -> str:
    return "Decision recorded" if decisions == 1 else f"{decisions} decisions recorded"


def _done(decisions: int, *, closing: bool) -> str:
    recorded = _recorded(decisions)
    if not closing:
        return f"{recorded}."
    return f"{recorded} and closed." if decisions else "Closed."
