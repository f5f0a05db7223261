"""Who may change an incident, and each change as a pure function: incident in, incident out.

A change returns the new record with the audit line that describes it. Audit details name
fields and fixed values only (severity, route, step), never text someone typed. Changes are
re-applied to a fresh copy when someone else wrote first, so each one checks its own
preconditions against the record it is given.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from bot.org import Role
from graph.records.incidents import (
    SAFEGUARDING_OUTCOME,
    AuditEntry,
    Category,
    Decision,
    Incident,
    Note,
    Route,
    Severity,
    Status,
    Step,
    Tick,
)

TEXT_LIMIT = 2000


class Refused(Exception):
    """A change that cannot be made; ``message`` is for the person and holds no typed text.

    ``field`` names the answer at fault ("reported_on", "reported_by", "reason", "outcome", the
    "text" of an update or of support given, "severity", "owner") so a form can show the message
    beside it; it is empty when the whole change is refused.
    """

    def __init__(self, message: str, *, field: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.field = field


UNKNOWN = "I can't find that incident."
BUSY = (
    "Someone else is changing this incident right now, so nothing was recorded. Please try again in a moment."
)


class Unknown(Refused):
    """No such incident, or one this person may not learn exists: both get the same reply."""

    def __init__(self) -> None:
        super().__init__(UNKNOWN)


class Busy(Refused):
    """The record kept changing under every attempt: nothing is wrong with the answers, so a form
    goes back as typed for the person to send again."""

    def __init__(self) -> None:
        super().__init__(BUSY)


@dataclass(frozen=True)
class Actor:
    id: str
    name: str


@dataclass(frozen=True)
class Change:
    incident: Incident
    action: str
    detail: str = ""

    def audit(self, actor: Actor, now: datetime) -> AuditEntry:
        inc = self.incident
        return AuditEntry(inc.reference, inc.version + 1, now, actor.id, actor.name, self.action, self.detail)


def editor_roles(category: Category, *, admins: bool) -> frozenset[Role]:
    roles = {Role.MANAGER, Role.CEO}
    if category is Category.SAFEGUARDING:
        roles.add(Role.SAFEGUARDING_LEAD)
    if admins:
        roles.add(Role.ADMIN)
    return frozenset(roles)


def may_change(roles: frozenset[Role], category: Category, *, admins: bool) -> bool:
    return bool(roles & editor_roles(category, admins=admins))


def still_open(inc: Incident) -> Incident:
    if not inc.is_open:
        raise Refused(f"{inc.reference} is already closed.")
    return inc


def _touched(inc: Incident, actor: Actor, now: datetime) -> Incident:
    """Any action by a manager on a new incident acknowledges it too."""
    if inc.status is Status.NEW:
        return replace(inc, status=Status.ACKNOWLEDGED, acknowledged_by=actor.name, acknowledged_at=now)
    return inc


def written(value: str, what: str, field: str = "") -> str:
    value = value.strip()
    if not value:
        raise Refused(f"Please write {what}.", field=field)
    if len(value) > TEXT_LIMIT:
        raise Refused(f"Please keep {what} under {TEXT_LIMIT} characters.", field=field)
    return value


def no_notes(inc: Incident) -> None:
    if inc.category is Category.SAFEGUARDING:
        raise Refused(
            "Safeguarding concerns keep no notes here: record them under the safeguarding procedure."
        )


def acknowledge(inc: Incident, actor: Actor, now: datetime) -> Change:
    if still_open(inc).status is not Status.NEW:
        raise Refused(f"{inc.reference} was already acknowledged by {inc.acknowledged_by}.")
    return Change(_touched(inc, actor, now), "acknowledged")


def set_severity(inc: Incident, severity: Severity, actor: Actor, now: datetime) -> Change:
    no_notes(still_open(inc))
    return Change(
        replace(_touched(inc, actor, now), severity=severity), "severity", f"severity={severity.value}"
    )


def assign(inc: Incident, owner: Actor, actor: Actor, now: datetime) -> Change:
    no_notes(still_open(inc))
    changed = replace(_touched(inc, actor, now), owner_id=owner.id, owner_name=owner.name)
    return Change(changed, "assigned", f"owner={owner.name}")


def add_update(inc: Incident, text: str, actor: Actor, now: datetime) -> Change:
    no_notes(still_open(inc))
    note = Note("update", written(text, "the update", "text"), actor.name, now)
    return Change(replace(_touched(inc, actor, now), notes=(*inc.notes, note)), "update added")


def record_support(inc: Incident, text: str, actor: Actor, now: datetime) -> Change:
    no_notes(still_open(inc))
    note = Note("support", written(text, "what support was given", "text"), actor.name, now)
    return Change(replace(_touched(inc, actor, now), notes=(*inc.notes, note)), "support recorded")


def request_support(inc: Incident, actor: Actor) -> Change:
    """The reporter (the person targeted, or on their behalf) asks for the support offered."""
    if actor.id != inc.report.reporter_id:
        raise Unknown()  # a guessed or copied reference must not confirm that it exists
    if not inc.assessment.support_offered:
        raise Refused("Support requests are for online abuse reports.")
    if inc.support_requested:
        raise Refused("You've already asked for support: someone will be in touch.")
    return Change(replace(inc, support_requested=True), "support requested")


def tick(inc: Incident, step: Step, actor: Actor, now: datetime) -> Change:
    if step not in still_open(inc).assessment.runbook:
        raise Refused("That step is not part of this incident's runbook.")
    if (done := inc.tick(step)) is not None:
        raise Refused(f"Already done by {done.by}.")
    changed = replace(_touched(inc, actor, now), ticks=(*inc.ticks, Tick(step, actor.name, now)))
    return Change(changed, "runbook step", f"step={step.value}")


def record_decision(
    inc: Incident,
    route: Route,
    *,
    reported: bool,
    reported_on: datetime | None,
    reported_by: str,
    reason: str,
    actor: Actor,
    now: datetime,
) -> Change:
    no_notes(still_open(inc))
    if reported:
        if reported_on is None:
            raise Refused(f"Please give the date it was reported to {route.label}.", field="reported_on")
        if reported_on > now + timedelta(minutes=5):
            raise Refused("The date it was reported can't be in the future.", field="reported_on")
        by = written(reported_by or actor.name, "who reported it", "reported_by")
        decision = Decision(route, True, actor.name, now, reported_on, by)
    else:
        why = written(reason, f"why it was not reported to {route.label}", "reason")
        decision = Decision(route, False, actor.name, now, reason=why)
    changed = replace(_touched(inc, actor, now), decisions=(*inc.decisions, decision))
    return Change(
        changed, "reporting decision", f"route={route.value} reported={'yes' if reported else 'no'}"
    )


def close(inc: Incident, outcome: str, actor: Actor, now: datetime) -> Change:
    still_open(inc)
    if inc.category is Category.SAFEGUARDING:
        outcome = SAFEGUARDING_OUTCOME
    if missing := inc.undecided_routes:
        names = " and ".join(r.label for r in missing)
        raise Refused(f"Before closing, record whether it was reported to {names}, and if not, why.")
    changed = replace(
        _touched(inc, actor, now),
        status=Status.CLOSED,
        outcome=written(outcome, "the outcome", "outcome"),
        closed_by=actor.name,
        closed_at=now,
    )
    return Change(changed, "closed")
