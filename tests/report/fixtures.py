"""Hand-made records for the Board report tests, with every expected figure worked out by hand.

Every free-text field a person could type holds a unique ``MARKER-…`` string: none may reach
the document. Dates straddle the clocks going forward (29 March 2026) and the Easter bank
holidays (Good Friday 3 April, Easter Monday 6 April 2026).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.report.records import ApprovalRecord, LeaverRecord, Period, Records
from graph.records.approvals import Actor, ApprovalRequest, ApprovalState, AuditAction, Draft
from graph.records.approvals import AuditEntry as ApprovalEntry
from graph.records.incidents import (
    SAFEGUARDING_OUTCOME,
    Affected,
    Assessment,
    Category,
    Decision,
    Incident,
    Note,
    Report,
    Route,
    Status,
)
from graph.records.leavers import ChecklistItem, Leaver, LeaverSource, Task
from graph.records.questions import QuestionRecord
from graph.records.register import Grant
from graph.records.reviews import Cadence, ReviewAction, ReviewCycle, ReviewKind, ReviewRecord

LONDON = ZoneInfo("Europe/London")
PERIOD = Period(date(2026, 1, 1), date(2026, 6, 30), "First half of 2026")
AS_OF = datetime(2026, 7, 1, 10, 0, tzinfo=UTC)
BANK_HOLIDAYS = frozenset({date(2026, 4, 3), date(2026, 4, 6), date(2026, 5, 4), date(2026, 5, 25)})
MARKERS = (
    "MARKER-SUMMARY",
    "MARKER-ACTIONS",
    "MARKER-NOTE",
    "MARKER-OUTCOME",
    "MARKER-LINK",
    "MARKER-REPORTER",
    "MARKER-PLATFORM",
    "MARKER-OWNER",
    "MARKER-SG-REPORTER",
    "MARKER-DRAFT-TITLE",
    "MARKER-DRAFT-TEXT",
    "MARKER-REQUESTER",
    "MARKER-COMMENT",
    "MARKER-REVIEW-NOTE",
    "MARKER-GRANT-NAME",
    "MARKER-LEAVER",
    "MARKER-Q1",
    "MARKER-Q2",
    "MARKER-Q3",
    "MARKER-Q4",
    "MARKER-Q5",
)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in BANK_HOLIDAYS


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def _incident(number: int, category: Category, at: datetime, *, year: int = 2026, **changes: Any) -> Incident:
    details: dict[str, object] = {}
    if category is not Category.SAFEGUARDING:
        details = {
            "platform": "MARKER-PLATFORM",
            "aware_at": at,
            "summary": f"MARKER-SUMMARY {number}: a family's child was named",
            "link": "https://example.org/MARKER-LINK",
            "affected": (Affected.FAMILIES,),
            "actions_taken": "MARKER-ACTIONS taken",
        }
    reporter = "MARKER-SG-REPORTER" if category is Category.SAFEGUARDING else "MARKER-REPORTER"
    report = Report(category, f"aad-{number}", reporter, at, **details)  # type: ignore[arg-type]
    assessment = (
        Assessment(routes=(Route.ICO,), ico_deadline=at + timedelta(hours=72))
        if category is Category.DATA_BREACH
        else Assessment()
    )
    return Incident(f"INC-{year}-{number:04d}", report, assessment, **changes)


def _note(at: datetime) -> tuple[Note, ...]:
    return (Note("update", "MARKER-NOTE about the family", "MARKER-OWNER", at),)


def incidents() -> tuple[Incident, ...]:
    met = _incident(
        1,
        Category.DATA_BREACH,
        utc(2026, 1, 10, 10),
        status=Status.CLOSED,
        acknowledged_at=utc(2026, 1, 10, 12),  # 2 h
        closed_at=utc(2026, 1, 20, 10),  # 240 h
        owner_name="MARKER-OWNER",
        notes=_note(utc(2026, 1, 11)),
        outcome="MARKER-OUTCOME closed",
        decisions=(
            Decision(
                Route.ICO, True, "aad-m", utc(2026, 1, 14), reported_on=utc(2026, 1, 12, 9), reported_by="x"
            ),
        ),
    )
    missed = _incident(
        2,
        Category.DATA_BREACH,
        utc(2026, 2, 2, 9),
        acknowledged_at=utc(2026, 2, 2, 13),  # 4 h
        decisions=(
            Decision(Route.ICO, False, "aad-m", utc(2026, 2, 6), reason="No risk to anyone's rights"),
        ),
    )
    running = _incident(3, Category.DATA_BREACH, utc(2026, 6, 29, 9))
    safeguarding = _incident(
        4,
        Category.SAFEGUARDING,
        utc(2026, 3, 15, 9),
        status=Status.CLOSED,
        acknowledged_at=utc(2026, 3, 15, 15),  # 6 h
        closed_at=utc(2026, 3, 17, 9),  # 48 h
        outcome=SAFEGUARDING_OUTCOME,
    )
    abuse = _incident(
        5,
        Category.ONLINE_ABUSE,
        utc(2026, 3, 20, 10),
        status=Status.CLOSED,
        acknowledged_at=utc(2026, 3, 21, 10),  # 24 h
        closed_at=utc(2026, 3, 25, 10),  # 120 h
        notes=_note(utc(2026, 3, 22)),
        decisions=(Decision(Route.POLICE, False, "aad-m", utc(2026, 3, 22), reason="Not a crime"),),
    )
    return (met, missed, running, safeguarding, abuse)


def open_incidents(reported: tuple[Incident, ...]) -> tuple[Incident, ...]:
    old_complaint = _incident(9, Category.COMPLAINT, utc(2025, 12, 1, 10), year=2025)  # 212 days on 1 July
    old_safeguarding = _incident(10, Category.SAFEGUARDING, utc(2025, 11, 1, 10), year=2025)
    return (old_complaint, old_safeguarding, *(i for i in reported if i.is_open))


REQUESTER = Actor("aad-req", "MARKER-REQUESTER")
CEO = Actor("aad-ceo", "Chief Executive")


def _draft(kind: str, non_digital: str = "yes") -> Draft:
    return Draft(
        kind, "MARKER-DRAFT-TITLE", ("facebook",), "MARKER-DRAFT-TEXT", "", None, "normal", non_digital
    )


def _request(
    number: int,
    kind: str,
    at: datetime,
    state: ApprovalState,
    *entries: tuple[timedelta, AuditAction],
    **kw: Any,
) -> ApprovalRecord:
    request = ApprovalRequest(
        str(number),
        f"form-{number}",
        REQUESTER,
        state,
        kw.pop("draft", _draft(kind)),
        1,
        at,
        at,
        **kw,
    )
    history = [ApprovalEntry(str(number), at, REQUESTER, AuditAction.SUBMITTED)]
    history += [ApprovalEntry(str(number), at + d, CEO, a, "MARKER-COMMENT") for d, a in entries]
    return ApprovalRecord(request, tuple(history))


def approvals() -> tuple[ApprovalRecord, ...]:
    h = timedelta(hours=1)
    return (
        _request(
            1, "announcement", utc(2026, 1, 5, 10), ApprovalState.APPROVED, (4 * h, AuditAction.APPROVED)
        ),
        _request(
            2,
            "crisis",
            utc(2026, 2, 1, 10),
            ApprovalState.APPROVED,
            (2 * h, AuditAction.REMINDED),
            (4 * h, AuditAction.OFFERED_TO_BOARD),
            (6 * h, AuditAction.APPROVED),
            draft=_draft("crisis", "not_yet"),
            ceo_unavailable=True,
        ),
        _request(
            3,
            "announcement",
            utc(2026, 3, 1, 9),
            ApprovalState.REJECTED,
            (24 * h, AuditAction.CHANGES_REQUESTED),
            (30 * h, AuditAction.RESUBMITTED),
            (48 * h, AuditAction.REJECTED),
        ),
        _request(4, "other", utc(2026, 4, 1, 9), ApprovalState.PENDING, (26 * h, AuditAction.REMINDED)),
    )


def cycles() -> tuple[ReviewCycle, ...]:
    return (
        ReviewCycle("policy", ReviewKind.POLICY, "Annual policy review", Cadence.YEARLY, date(2027, 3, 1)),
        ReviewCycle("moderation", ReviewKind.MODERATION, "Moderation", Cadence.MONTHLY, date(2026, 6, 15)),
        ReviewCycle(
            "risk:facebook",
            ReviewKind.PLATFORM_RISK,
            "Facebook risk",
            Cadence.YEARLY,
            date(2026, 6, 20),
            snoozed_until=date(2026, 7, 10),
        ),
    )


def review_records() -> tuple[ReviewRecord, ...]:
    def done(
        n: int, key: str, due: date, at: datetime, action: ReviewAction = ReviewAction.DONE
    ) -> ReviewRecord:
        return ReviewRecord(key, action, due, "Manager", "aad-m", at, note="MARKER-REVIEW-NOTE", id=n)

    return (
        done(1, "moderation", date(2025, 12, 31), utc(2025, 12, 30, 10)),  # before the period
        done(2, "moderation", date(2026, 1, 31), utc(2026, 1, 30, 10)),  # on time
        done(3, "moderation", date(2026, 2, 28), utc(2026, 3, 3, 10)),  # late
        done(4, "moderation", date(2026, 3, 31), utc(2026, 3, 31, 23, 30)),  # 00:30 BST on 1 April: late
        done(5, "moderation", date(2026, 4, 30), utc(2026, 4, 29, 9), ReviewAction.SNOOZED),  # not a "done"
        done(6, "risk:facebook", date(2026, 5, 1), utc(2026, 4, 28, 9)),  # on time
    )


def _grant(n: int, resource: str, granted: datetime, **kw: Any) -> Grant:
    base: dict[str, Any] = {"trained_on": date(2025, 6, 1), "holds_recovery": True}
    return Grant(
        n,
        resource,
        f"p{n}@example.org",
        "MARKER-GRANT-NAME",
        f"aad-p{n}",
        "editor",
        "Manager",
        granted,
        **{**base, **kw},
    )


def grants() -> tuple[Grant, ...]:
    return (
        _grant(1, "facebook", utc(2025, 1, 1), last_reviewed=utc(2026, 3, 1)),
        _grant(2, "facebook", utc(2025, 1, 1), trained_on=None),  # untrained, not reviewed for a year
        _grant(
            3, "facebook", utc(2025, 1, 1), revoked_at=utc(2026, 2, 1), revoke_reason="MARKER-LEAVER left"
        ),
        _grant(4, "instagram", utc(2026, 2, 1), holds_recovery=False),
    )


def _leaver(n: int, at: datetime, items: list[tuple[str, Task, datetime | None]], **kw: Any) -> LeaverRecord:
    leaver = Leaver(
        n,
        f"leaver{n}@example.org",
        f"MARKER-LEAVER {n}",
        "",
        LeaverSource.MANAGER,
        "MARKER-LEAVER reason",
        "Manager",
        at,
        **kw,
    )
    return LeaverRecord(
        leaver, tuple(ChecklistItem(n, r, t, "Manager" if done else "", done) for r, t, done in items)
    )


def leavers() -> tuple[LeaverRecord, ...]:
    return (
        # Friday 27 March; Instagram removed at 00:30 BST on Tuesday 7 April (23:30 UTC on the
        # Easter Monday bank holiday): 30, 31 March, 1, 2 and 7 April = 5 working days.
        _leaver(
            1,
            utc(2026, 3, 27, 16),
            [
                ("facebook", Task.REMOVE_ROLE, utc(2026, 3, 30, 8)),
                ("instagram", Task.REMOVE_ROLE, utc(2026, 4, 6, 23, 30)),
                ("instagram", Task.ROTATE_PASSWORD, utc(2026, 4, 7, 9)),
            ],
        ),
        # Removed on the leaving day itself: 0 working days.
        _leaver(
            2,
            utc(2026, 5, 1, 9),
            [("facebook", Task.REMOVE_ROLE, utc(2026, 5, 1, 15))],
            leave_date=date(2026, 5, 1),
        ),
        # Still outstanding.
        _leaver(3, utc(2026, 6, 26, 9), [("facebook", Task.REMOVE_ROLE, None)]),
        # No access to remove.
        _leaver(4, utc(2026, 6, 1, 9), [], closed_at=utc(2026, 6, 1, 9)),
    )


def questions() -> tuple[QuestionRecord, ...]:
    at = utc(2026, 2, 1, 12)
    return (
        QuestionRecord("q1", "can I friend MARKER-Q1 on facebook", True, ("§2.7",), at, helpful=True),
        QuestionRecord(
            "q2", "MARKER-Q2 wants a photo of her family", True, ("§2.7", "§2.3"), at, helpful=False
        ),
        QuestionRecord("q3", "where is parking for MARKER-Q3", False, (), at),
        QuestionRecord("q4", "how often should MARKER-Q4 post", False, (), at),
        QuestionRecord("q5", "what about MARKER-Q5 zzz", False, (), at),
    )


def records() -> Records:
    reported = incidents()
    return Records(
        period=PERIOD,
        as_of=AS_OF,
        timezone=LONDON,
        is_working_day=is_working_day,
        incidents=reported,
        open_incidents=open_incidents(reported),
        approvals=approvals(),
        cycles=cycles(),
        review_records=review_records(),
        grants=grants(),
        resources=(("facebook", "Facebook"), ("instagram", "Instagram")),
        leavers=leavers(),
        questions=questions(),
    )
