"""What a Board report is built from: one period's records, read through the stores' Protocols.

``Records`` is plain data, so the figures are a pure function of it and the tests can build
one by hand. ``read_records`` is the only part that touches the stores.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.org import OrgConfig
from graph.records.approvals import ApprovalRequest
from graph.records.approvals import AuditEntry as ApprovalEntry
from graph.records.incidents import Incident
from graph.records.leavers import ChecklistItem, Leaver
from graph.records.questions import QuestionRecord
from graph.records.register import Grant
from graph.records.reviews import ReviewCycle, ReviewRecord
from graph.stores import Stores

# The questions log is read newest first with a limit; a charity asks far fewer in a year.
QUESTIONS_READ_LIMIT = 20_000


@dataclass(frozen=True)
class Period:
    """UK calendar dates, both included."""

    start: date
    end: date
    label: str = ""

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("a period ends on or after the day it starts")

    def bounds(self, tz: ZoneInfo) -> tuple[datetime, datetime]:
        """The period as UTC instants: local midnight at the start to local midnight after the end."""
        first = datetime.combine(self.start, time(0), tzinfo=tz).astimezone(UTC)
        after = datetime.combine(self.end + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)
        return first, after

    def contains(self, moment: datetime, tz: ZoneInfo) -> bool:
        return self.start <= moment.astimezone(tz).date() <= self.end

    @property
    def title(self) -> str:
        dates = f"{self.start:%-d %B %Y} to {self.end:%-d %B %Y}"
        return f"{self.label} ({dates})" if self.label else dates


@dataclass(frozen=True)
class ApprovalRecord:
    request: ApprovalRequest
    history: tuple[ApprovalEntry, ...]


@dataclass(frozen=True)
class LeaverRecord:
    leaver: Leaver
    items: tuple[ChecklistItem, ...]


@dataclass(frozen=True)
class Records:
    period: Period
    as_of: datetime  # when the report was built: "open", "overdue" and "how old" are as of then
    timezone: ZoneInfo
    is_working_day: Callable[[date], bool]
    incidents: tuple[Incident, ...] = ()  # reported in the period
    open_incidents: tuple[Incident, ...] = ()  # open at ``as_of``, whenever reported
    approvals: tuple[ApprovalRecord, ...] = ()  # submitted in the period
    cycles: tuple[ReviewCycle, ...] = ()
    review_records: tuple[ReviewRecord, ...] = ()
    grants: tuple[Grant, ...] = ()  # every grant ever made, revoked ones included
    resources: tuple[tuple[str, str], ...] = ()  # (register key, name shown) of platforms and groups
    leavers: tuple[LeaverRecord, ...] = ()  # recorded in the period
    questions: tuple[QuestionRecord, ...] = ()  # asked in the period (stored text, never shown)


def working_day_rule(org: OrgConfig) -> Callable[[date], bool]:
    """Which days count as working days for leavers: working weekdays that are not bank holidays."""
    return org.working_hours.is_working_day


def platforms_of(org: OrgConfig) -> tuple[tuple[str, str], ...]:
    return tuple((p.key, p.name) for p in org.platforms)


async def read_records(
    stores: Stores,
    period: Period,
    *,
    as_of: datetime,
    timezone: ZoneInfo,
    is_working_day: Callable[[date], bool],
    platforms: tuple[tuple[str, str], ...],
) -> Records:
    start, end = period.bounds(timezone)
    approvals = await stores.approvals.created_between(start, end)
    leavers = [le for le in await stores.leavers.all() if start <= le.recorded_at < end]
    groups = await stores.register.groups()
    questions = await stores.questions.recent(QUESTIONS_READ_LIMIT)
    return Records(
        period=period,
        as_of=as_of,
        timezone=timezone,
        is_working_day=is_working_day,
        incidents=tuple(await stores.incidents.reported_between(start, end)),
        open_incidents=tuple(await stores.incidents.list_open()),
        approvals=tuple([ApprovalRecord(r, tuple(await stores.approvals.history(r.id))) for r in approvals]),
        cycles=tuple(await stores.reviews.cycles()),
        review_records=tuple(await stores.reviews.records()),
        grants=tuple(await stores.register.history()),
        resources=platforms + tuple((f"group:{g.id}", g.name) for g in groups),
        leavers=tuple([LeaverRecord(le, tuple(await stores.leavers.items(le.id))) for le in leavers]),
        questions=tuple(q for q in questions if start <= q.asked_at < end),
    )
