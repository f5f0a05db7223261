"""Every figure in the Board report, computed from :class:`Records` alone.

Pure functions: no clock, no stores, no I/O. "Now" is ``records.as_of``, so the same records
always give the same report, and the tests check each figure against one worked out by hand.
Safeguarding concerns are counted here and nowhere described; no free text an incident's
reporter or handler typed is copied into a figure, except the recorded reason for a reporting
decision, which the policy asks the Board to see.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bot.report.records import ApprovalRecord, LeaverRecord, Records
from bot.report.topics import topic_of
from graph.records.approvals import AuditAction
from graph.records.incidents import Category, Incident, Route
from graph.records.leavers import Task
from graph.records.reviews import ReviewAction, ReviewKind

ICO_MET, ICO_MISSED, ICO_RUNNING = "met", "missed", "running"
A_YEAR = timedelta(days=365)


@dataclass(frozen=True)
class IcoClock:
    reference: str
    deadline: datetime
    decided_at: datetime | None  # when reported to the ICO, or when "not reported" was recorded
    outcome: str  # ICO_MET, ICO_MISSED or ICO_RUNNING


@dataclass(frozen=True)
class ReportingDecision:
    reference: str
    route: str
    reported: bool
    reason: str
    recorded_on: date


@dataclass(frozen=True)
class OpenIncident:
    reference: str
    category: str
    age_days: int


@dataclass(frozen=True)
class IncidentFigures:
    total: int
    safeguarding: int
    by_category: tuple[tuple[str, int], ...]
    by_month: tuple[tuple[str, int], ...]
    median_hours_to_acknowledge: float | None
    median_hours_to_close: float | None
    ico: tuple[IcoClock, ...]
    decisions: tuple[ReportingDecision, ...]
    still_open: tuple[OpenIncident, ...]  # safeguarding concerns are only counted, below
    open_safeguarding: int

    def ico_count(self, outcome: str) -> int:
        return sum(1 for c in self.ico if c.outcome == outcome)


@dataclass(frozen=True)
class ApprovalFigures:
    total: int
    by_kind: tuple[tuple[str, int], ...]
    outcomes: tuple[tuple[str, int], ...]
    median_hours_to_decision: float | None
    reminded: int
    to_board: int
    without_non_digital: int


@dataclass(frozen=True)
class ReviewRow:
    kind: str
    on_time: int
    late: int
    overdue: int


@dataclass(frozen=True)
class RegisterRow:
    resource: str
    holders: int
    recovery_holders: int
    untrained: int
    not_reviewed_for_a_year: int


@dataclass(frozen=True)
class LeaverRow:
    number: int  # leavers appear by number: the Board needs the timing, not the name
    recorded_on: date
    platforms: int
    working_days: int | None  # until access was removed everywhere; None while outstanding
    outstanding: int  # checklist items not yet ticked


@dataclass(frozen=True)
class OversightFigures:
    reviews: tuple[ReviewRow, ...]
    register: tuple[RegisterRow, ...]
    leavers: tuple[LeaverRow, ...]

    @property
    def overdue_reviews(self) -> int:
        return sum(r.overdue for r in self.reviews)

    @property
    def late_reviews(self) -> int:
        return sum(r.late for r in self.reviews)

    @property
    def short_of_recovery(self) -> int:
        return sum(1 for r in self.register if r.recovery_holders < 2)

    @property
    def leavers_outstanding(self) -> int:
        return sum(1 for le in self.leavers if le.outstanding)

    @property
    def median_leaver_working_days(self) -> float | None:
        return _median(le.working_days for le in self.leavers if le.working_days is not None)


@dataclass(frozen=True)
class QuestionFigures:
    asked: int
    answered: int
    not_covered: int
    unhelpful: int
    topics: tuple[tuple[str, int], ...]  # of questions not covered or answered unhelpfully
    sections: tuple[tuple[str, int, int], ...]  # (section, answers from it, of which unhelpful)


@dataclass(frozen=True)
class Figures:
    incidents: IncidentFigures
    approvals: ApprovalFigures
    oversight: OversightFigures
    questions: QuestionFigures


def compute(records: Records) -> Figures:
    return Figures(
        incidents=incident_figures(records),
        approvals=approval_figures(records.approvals),
        oversight=oversight_figures(records),
        questions=question_figures(records),
    )


def _median(values: Iterable[float]) -> float | None:
    found = list(values)
    return statistics.median(found) if found else None


def _hours(start: datetime, end: datetime) -> float:
    return (end - start).total_seconds() / 3600


def months(records: Records) -> list[tuple[int, int]]:
    year, month = records.period.start.year, records.period.start.month
    found = []
    while (year, month) <= (records.period.end.year, records.period.end.month):
        found.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def incident_figures(records: Records) -> IncidentFigures:
    incidents = records.incidents
    tz = records.timezone
    per_month = Counter(
        (i.report.reported_at.astimezone(tz).year, i.report.reported_at.astimezone(tz).month)
        for i in incidents
    )
    by_category = Counter(i.category.label for i in incidents)
    described = [i for i in incidents if i.category is not Category.SAFEGUARDING]
    still_open = [i for i in records.open_incidents if i.category is not Category.SAFEGUARDING]
    return IncidentFigures(
        total=len(incidents),
        safeguarding=sum(1 for i in incidents if i.category is Category.SAFEGUARDING),
        by_category=tuple(sorted(by_category.items(), key=lambda kv: (-kv[1], kv[0]))),
        by_month=tuple((f"{date(y, m, 1):%b %Y}", per_month.get((y, m), 0)) for y, m in months(records)),
        median_hours_to_acknowledge=_median(
            _hours(i.report.reported_at, i.acknowledged_at) for i in incidents if i.acknowledged_at
        ),
        median_hours_to_close=_median(
            _hours(i.report.reported_at, i.closed_at) for i in incidents if i.closed_at
        ),
        ico=tuple(c for i in described if (c := ico_clock(i, records.as_of)) is not None),
        decisions=tuple(_decisions(described, records)),
        still_open=tuple(
            OpenIncident(i.reference, i.category.label, (records.as_of - i.report.reported_at).days)
            for i in still_open
        ),
        open_safeguarding=len(records.open_incidents) - len(still_open),
    )


def ico_clock(incident: Incident, as_of: datetime) -> IcoClock | None:
    """Met when the ICO was told, or "not reported" was decided, by the 72-hour deadline."""
    deadline = incident.assessment.ico_deadline
    if deadline is None:
        return None
    decision = incident.decision(Route.ICO)
    if decision is None:
        return IcoClock(incident.reference, deadline, None, ICO_MISSED if as_of >= deadline else ICO_RUNNING)
    at = decision.reported_on if decision.reported and decision.reported_on else decision.recorded_at
    return IcoClock(incident.reference, deadline, at, ICO_MET if at <= deadline else ICO_MISSED)


def _decisions(incidents: list[Incident], records: Records) -> Iterable[ReportingDecision]:
    for incident in incidents:
        for route in Route:
            if (d := incident.decision(route)) is not None:
                yield ReportingDecision(
                    incident.reference,
                    route.label,
                    d.reported,
                    d.reason,
                    d.recorded_at.astimezone(records.timezone).date(),
                )


_KIND_LABELS = {"announcement": "High-profile announcements", "crisis": "Crisis responses", "other": "Other"}
_DECIDING = (AuditAction.APPROVED, AuditAction.REJECTED, AuditAction.CHANGES_REQUESTED)


def approval_figures(approvals: tuple[ApprovalRecord, ...]) -> ApprovalFigures:
    kinds = Counter(a.request.draft.kind for a in approvals)
    outcomes = Counter(a.request.state.value.replace("_", " ").capitalize() for a in approvals)
    first_decisions = [
        _hours(a.request.created_at, first.at)
        for a in approvals
        if (first := next((e for e in a.history if e.action in _DECIDING), None)) is not None
    ]
    return ApprovalFigures(
        total=len(approvals),
        by_kind=tuple((label, kinds.get(kind, 0)) for kind, label in _KIND_LABELS.items()),
        outcomes=tuple(sorted(outcomes.items())),
        median_hours_to_decision=_median(first_decisions),
        reminded=sum(1 for a in approvals if any(e.action is AuditAction.REMINDED for e in a.history)),
        to_board=sum(
            1
            for a in approvals
            if a.request.ceo_unavailable or any(e.action is AuditAction.OFFERED_TO_BOARD for e in a.history)
        ),
        without_non_digital=sum(
            1
            for a in approvals
            if a.request.state.value == "approved" and a.request.draft.non_digital == "not_yet"
        ),
    )


_REVIEW_LABELS = {
    ReviewKind.POLICY: "Annual policy review",
    ReviewKind.MODERATION: "Content moderation reviews",
    ReviewKind.PLATFORM_RISK: "Platform risk assessments",
    ReviewKind.GROUP_RISK: "Private group risk assessments",
}


def oversight_figures(records: Records) -> OversightFigures:
    return OversightFigures(
        reviews=tuple(_reviews(records)), register=tuple(_register(records)), leavers=tuple(_leavers(records))
    )


def _reviews(records: Records) -> Iterable[ReviewRow]:
    tz = records.timezone
    today = records.as_of.astimezone(tz).date()
    kind_of = {c.key: c.kind for c in records.cycles}
    done = [
        r
        for r in records.review_records
        if r.action is ReviewAction.DONE and records.period.contains(r.at, tz) and r.cycle_key in kind_of
    ]
    for kind, label in _REVIEW_LABELS.items():
        mine = [r for r in done if kind_of[r.cycle_key] is kind]
        overdue = [
            c
            for c in records.cycles
            if c.kind is kind
            and c.active
            and c.next_due < today
            and not (c.snoozed_until and c.snoozed_until >= today)
        ]
        yield ReviewRow(
            label,
            on_time=sum(1 for r in mine if r.at.astimezone(tz).date() <= r.due),
            late=sum(1 for r in mine if r.at.astimezone(tz).date() > r.due),
            overdue=len(overdue),
        )


def _register(records: Records) -> Iterable[RegisterRow]:
    for key, name in records.resources:
        active = [g for g in records.grants if g.resource == key and g.active]
        yield RegisterRow(
            name,
            holders=len(active),
            recovery_holders=sum(1 for g in active if g.holds_recovery),
            untrained=sum(1 for g in active if g.trained_on is None),
            not_reviewed_for_a_year=sum(
                1 for g in active if records.as_of - (g.last_reviewed or g.granted_at) > A_YEAR
            ),
        )


def working_days_between(start: date, end: date, records: Records) -> int:
    """Working days after ``start`` up to and including ``end`` (0 when done the same day)."""
    count, day = 0, start
    while day < end:
        day += timedelta(days=1)
        count += records.is_working_day(day)
    return count


def _leavers(records: Records) -> Iterable[LeaverRow]:
    tz = records.timezone
    ordered = sorted(records.leavers, key=lambda r: r.leaver.recorded_at)
    for number, entry in enumerate(ordered, start=1):
        yield LeaverRow(
            number,
            entry.leaver.recorded_at.astimezone(tz).date(),
            platforms=len({i.resource for i in entry.items}),
            working_days=_days_to_remove(entry, records),
            outstanding=sum(1 for i in entry.items if not i.done),
        )


def _days_to_remove(entry: LeaverRecord, records: Records) -> int | None:
    removals = [i for i in entry.items if i.task is Task.REMOVE_ROLE]
    if not removals or any(i.done_at is None for i in removals):
        return None
    tz = records.timezone
    start = entry.leaver.leave_date or entry.leaver.recorded_at.astimezone(tz).date()
    last = max(i.done_at for i in removals if i.done_at is not None).astimezone(tz).date()
    return working_days_between(start, last, records) if last > start else 0


def question_figures(records: Records) -> QuestionFigures:
    questions = records.questions
    needing = [q for q in questions if not q.answered or q.helpful is False]
    sections: Counter[str] = Counter()
    unhelpful: Counter[str] = Counter()
    for q in questions:
        for section in q.sections if q.answered else ():
            sections[section] += 1
            unhelpful[section] += q.helpful is False
    topics = Counter(topic_of(q.text) for q in needing)
    return QuestionFigures(
        asked=len(questions),
        answered=sum(1 for q in questions if q.answered),
        not_covered=sum(1 for q in questions if not q.answered),
        unhelpful=sum(1 for q in questions if q.answered and q.helpful is False),
        topics=tuple(sorted(topics.items(), key=lambda kv: (-kv[1], kv[0]))),
        sections=tuple(
            (s, n, unhelpful[s]) for s, n in sorted(sections.items(), key=lambda kv: (-kv[1], kv[0]))
        ),
    )
