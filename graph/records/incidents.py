"""The incident log's records and the two stores behind it: incidents and their audit trail.

Records are frozen: a change is a new record with the same reference, written only if nobody
else wrote in between (the stored version must still be the one read), so two managers acting
at once never lose each other's work. Triage results are stored with the incident, so a later
change to the rules never rewrites what was asked of an incident already reported.

Safeguarding concerns follow the safeguarding procedure, outside this log: a record of one
holds only its category, time, reporter and reference. That is enforced here, when a record
is built, so no store and no handler can keep more by mistake.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Protocol


class Category(StrEnum):
    POLICY_BREACH = "policy_breach"
    ONLINE_ABUSE = "online_abuse"
    HACKED_ACCOUNT = "hacked_account"
    HARMFUL_CONTENT = "harmful_content"
    COMPLAINT = "complaint"
    DATA_BREACH = "data_breach"
    SAFEGUARDING = "safeguarding"
    CRISIS = "crisis"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _CATEGORY_LABELS[self]


_CATEGORY_LABELS = {
    Category.POLICY_BREACH: "Policy breach by someone representing the charity",
    Category.ONLINE_ABUSE: "Online abuse or an abusive message aimed at our people",
    Category.HACKED_ACCOUNT: "Hacked or compromised account",
    Category.HARMFUL_CONTENT: "Harmful or inappropriate third-party content",
    Category.COMPLAINT: "Complaint or public criticism",
    Category.DATA_BREACH: "Confidentiality or personal-data breach",
    Category.SAFEGUARDING: "Safeguarding concern about a child or adult at risk",
    Category.CRISIS: "Crisis or reputational threat",
    Category.OTHER: "Something else",
}


class Status(StrEnum):
    NEW = "new"
    ACKNOWLEDGED = "acknowledged"
    CLOSED = "closed"


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class Route(StrEnum):
    """Someone outside the charity an incident may have to be reported to."""

    ICO = "ico"
    CHARITY_COMMISSION = "charity_commission"
    HSUK = "hsuk"
    POLICE = "police"

    @property
    def label(self) -> str:
        return _ROUTE_LABELS[self]


_ROUTE_LABELS = {
    Route.ICO: "the ICO",
    Route.CHARITY_COMMISSION: "the Charity Commission",
    Route.HSUK: "Home-Start UK (HSUK)",
    Route.POLICE: "the police",
}


class Harm(StrEnum):
    """The Charity Commission's serious-incident questions (significant harm or loss)."""

    PEOPLE = "people"
    MONEY = "money"
    PROPERTY = "property"
    REPUTATION = "reputation"

    @property
    def label(self) -> str:
        return _HARM_LABELS[self]


_HARM_LABELS = {
    Harm.PEOPLE: "Harm to people",
    Harm.MONEY: "Loss of money or assets",
    Harm.PROPERTY: "Damage to property",
    Harm.REPUTATION: "Harm to the charity's work or reputation",
}


class Affected(StrEnum):
    """Who is affected, by role: the log never names people."""

    STAFF = "staff"
    VOLUNTEERS = "volunteers"
    TRUSTEES = "trustees"
    FAMILIES = "families"
    PUBLIC = "public"
    CHARITY = "charity"

    @property
    def label(self) -> str:
        return _AFFECTED_LABELS[self]


_AFFECTED_LABELS = {
    Affected.STAFF: "Staff",
    Affected.VOLUNTEERS: "Volunteers",
    Affected.TRUSTEES: "Trustees",
    Affected.FAMILIES: "Families we support",
    Affected.PUBLIC: "Members of the public",
    Affected.CHARITY: "The charity itself",
}


class Step(StrEnum):
    """Runbook steps for a hacked account or a crisis (business continuity plan, policy §2.5)."""

    RECOVER = "recover"
    COMMS_PLAN = "comms_plan"
    PAUSE_POSTS = "pause_posts"
    STOP_SHARING = "stop_sharing"
    PASSWORDS = "passwords"
    TELL_CEO = "tell_ceo"

    @property
    def label(self) -> str:
        return _STEP_LABELS[self]


_STEP_LABELS = {
    Step.RECOVER: "Recover the account following the business continuity plan",
    Step.COMMS_PLAN: "Open the communications plan in the business continuity plan",
    Step.PAUSE_POSTS: "Pause scheduled posts",
    Step.STOP_SHARING: "Stop sharing third-party content",
    Step.PASSWORDS: "Change the account's passwords and check its recovery email and phone",
    Step.TELL_CEO: "Tell the CEO",
}

SAFEGUARDING_OUTCOME = "Handled under the safeguarding procedure"
REFERENCE = re.compile(r"^INC-(\d{4})-(\d{4,})$")


def format_reference(year: int, number: int) -> str:
    return f"INC-{year}-{number:04d}"


class VersionConflict(Exception):
    """The incident changed since it was read; re-read it and apply the change again."""

    def __init__(self, reference: str) -> None:
        super().__init__(f"incident {reference} was changed by someone else")
        self.reference = reference


class SafeguardingDetails(ValueError):
    """Something tried to keep details of a safeguarding concern."""


@dataclass(frozen=True)
class Report:
    """What the reporter told us. A safeguarding report keeps none of its details."""

    category: Category
    reporter_id: str
    reporter_name: str
    reported_at: datetime
    platform: str = ""
    happened_at: datetime | None = None
    aware_at: datetime | None = None
    summary: str = ""
    link: str = ""
    affected: tuple[Affected, ...] = ()
    content_removed: bool | None = None
    reported_to_platform: bool | None = None
    actions_taken: str = ""
    harms: frozenset[Harm] = frozenset()
    crime_suspected: bool = False

    def __post_init__(self) -> None:
        if self.category is Category.SAFEGUARDING and self.has_details:
            raise SafeguardingDetails("a safeguarding report keeps only category, time and reporter")

    @property
    def has_details(self) -> bool:
        return any(
            (
                self.platform,
                self.happened_at,
                self.aware_at,
                self.summary,
                self.link,
                self.affected,
                self.content_removed is not None,
                self.reported_to_platform is not None,
                self.actions_taken,
                self.harms,
                self.crime_suspected,
            )
        )


@dataclass(frozen=True)
class Assessment:
    """What triage asked of this incident, fixed when it was reported."""

    routes: tuple[Route, ...] = ()  # each needs a recorded reporting decision before closing
    ico_deadline: datetime | None = None
    runbook: tuple[Step, ...] = ()
    support_offered: bool = False


@dataclass(frozen=True)
class Decision:
    """Reported to ``route`` (when, by whom), or not reported and why."""

    route: Route
    reported: bool
    recorded_by: str
    recorded_at: datetime
    reported_on: datetime | None = None
    reported_by: str = ""
    reason: str = ""


@dataclass(frozen=True)
class Tick:
    step: Step
    by: str
    at: datetime


@dataclass(frozen=True)
class Note:
    """An update on progress (``kind="update"``) or support given to a person targeted."""

    kind: str
    text: str
    by: str
    at: datetime


@dataclass(frozen=True)
class Incident:
    reference: str
    report: Report
    assessment: Assessment = field(default_factory=Assessment)
    version: int = 1
    status: Status = Status.NEW
    severity: Severity | None = None
    owner_id: str = ""
    owner_name: str = ""
    acknowledged_by: str = ""
    acknowledged_at: datetime | None = None
    decisions: tuple[Decision, ...] = ()
    ticks: tuple[Tick, ...] = ()
    notes: tuple[Note, ...] = ()
    support_requested: bool = False
    outcome: str = ""
    closed_by: str = ""
    closed_at: datetime | None = None

    def __post_init__(self) -> None:
        if not REFERENCE.match(self.reference):
            raise ValueError("not an incident reference")
        if self.report.category is Category.SAFEGUARDING and (
            self.notes or self.outcome not in ("", SAFEGUARDING_OUTCOME)
        ):
            raise SafeguardingDetails("a safeguarding record keeps no notes or free-text outcome")

    @property
    def category(self) -> Category:
        return self.report.category

    @property
    def is_open(self) -> bool:
        return self.status is not Status.CLOSED

    def decision(self, route: Route) -> Decision | None:
        """The latest decision recorded for ``route``."""
        return next((d for d in reversed(self.decisions) if d.route is route), None)

    @property
    def undecided_routes(self) -> tuple[Route, ...]:
        return tuple(r for r in self.assessment.routes if self.decision(r) is None)

    def tick(self, step: Step) -> Tick | None:
        return next((t for t in self.ticks if t.step is step), None)

    def ico_overdue(self, now: datetime) -> bool:
        deadline = self.assessment.ico_deadline
        return bool(deadline and self.is_open and self.decision(Route.ICO) is None and now >= deadline)


@dataclass(frozen=True)
class AuditEntry:
    """One change to an incident: who, when, what. ``detail`` never holds typed text."""

    reference: str
    version: int  # the incident's version after the change
    at: datetime
    actor_id: str
    actor_name: str
    action: str
    detail: str = ""


@dataclass(frozen=True)
class Recorded:
    incident: Incident
    created: bool  # False: this idempotency key was recorded before (a double click, a retry)


class IncidentStore(Protocol):
    async def create(self, report: Report, assessment: Assessment, *, key: str) -> Recorded:
        """Record a report under the next reference for its year, with a "reported" audit entry.

        ``key`` makes it idempotent: the same key returns the incident recorded first.
        """
        ...

    async def get(self, reference: str) -> Incident | None: ...

    async def update(self, incident: Incident, audit: AuditEntry) -> Incident:
        """Store ``incident`` (and its audit entry) if the stored version is still
        ``incident.version``; returns it with the next version, else :class:`VersionConflict`."""
        ...

    async def list_open(self) -> list[Incident]: ...

    async def reported_between(self, start: datetime, end: datetime) -> list[Incident]:
        """Incidents reported at or after ``start`` and before ``end``, oldest first (the Board
        report reads a period's evidence through this)."""
        ...


class AuditLog(Protocol):
    """Append-only: entries are added, never changed or removed."""

    async def append(self, entry: AuditEntry) -> None: ...

    async def entries(self, reference: str) -> list[AuditEntry]: ...
