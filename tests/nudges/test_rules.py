"""The pure rules: nudge dates, next due dates, register checks, leaver checklists."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.nudges.leavers import ceo_escalation, checklist, next_reminder
from bot.nudges.register_checks import FindingKind, check_register
from bot.nudges.reviews import (
    first_overdue,
    next_due,
    next_overdue,
    reminder_slots,
    snooze_until,
    tell_ceo,
)
from bot.org import Platform, WorkingHours
from graph.records.leavers import Task
from graph.records.register import Grant, PrivateGroup
from graph.records.reviews import Cadence

LONDON = ZoneInfo("Europe/London")
HOURS = WorkingHours(start=time(9), end=time(17), weekdays=frozenset(range(5)))
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)


def local(when: datetime) -> tuple[date, time]:
    moment = when.astimezone(LONDON)
    return moment.date(), moment.time()


@pytest.mark.parametrize(
    ("done", "cadence", "expected"),
    [
        (date(2026, 12, 1), Cadence.WEEKLY, date(2026, 12, 8)),
        (date(2026, 12, 1), Cadence.FORTNIGHTLY, date(2026, 12, 15)),
        (date(2027, 1, 31), Cadence.MONTHLY, date(2027, 2, 28)),
        (date(2026, 11, 30), Cadence.QUARTERLY, date(2027, 2, 28)),
        (date(2028, 2, 29), Cadence.YEARLY, date(2029, 2, 28)),
        (date(2027, 4, 1), Cadence.YEARLY, date(2028, 4, 1)),
    ],
)
def test_next_due(done: date, cadence: Cadence, expected: date) -> None:
    assert next_due(done, cadence) == expected


def test_annual_review_nudges_30_14_7_1_days_before_and_on_the_day() -> None:
    slots = reminder_slots(date(2027, 4, 1), NOW, HOURS, LONDON)  # a Thursday
    assert [(s.days_before, local(s.when)) for s in slots] == [
        (30, (date(2027, 3, 2), time(9))),
        (14, (date(2027, 3, 18), time(9))),
        (7, (date(2027, 3, 25), time(9))),
        (1, (date(2027, 3, 31), time(9))),  # BST by now: still 09:00 in London
        (0, (date(2027, 4, 1), time(9))),
    ]


def test_weekend_nudges_before_the_due_date_go_out_the_friday_before() -> None:
    slots = reminder_slots(date(2027, 3, 1), NOW, HOURS, LONDON)  # Monday; 1 day before is a Sunday
    assert local(slots[-2].when)[0] == date(2027, 2, 26)
    assert slots[-2].days_before == 1


def test_past_slots_are_dropped_and_a_short_cycle_gets_only_what_fits() -> None:
    slots = reminder_slots(date(2026, 12, 8), NOW, HOURS, LONDON)  # weekly: due next Tuesday
    assert [(s.days_before, local(s.when)[0]) for s in slots] == [
        (1, date(2026, 12, 7)),
        (0, date(2026, 12, 8)),
    ]  # today's 09:00 slot has passed: no nudge straight after the review was set up
    early = reminder_slots(date(2026, 12, 8), NOW.replace(hour=8), HOURS, LONDON)
    assert early[0].days_before == 7


def test_a_due_date_on_a_weekend_never_doubles_up() -> None:
    slots = reminder_slots(date(2027, 3, 6), NOW, HOURS, LONDON)  # Saturday
    days = [local(s.when)[0] for s in slots]
    assert len(days) == len(set(days))
    assert local(first_overdue(date(2027, 3, 6), HOURS, LONDON)) == (date(2027, 3, 9), time(9))


def test_overdue_goes_daily_to_the_manager_and_weekly_to_the_ceo() -> None:
    first = first_overdue(date(2027, 4, 1), HOURS, LONDON)
    assert local(first) == (date(2027, 4, 2), time(9))
    assert local(next_overdue(first, HOURS, LONDON)) == (date(2027, 4, 5), time(9))  # Monday
    assert tell_ceo(date(2027, 4, 2), None)
    assert not tell_ceo(date(2027, 4, 8), date(2027, 4, 2))
    assert tell_ceo(date(2027, 4, 9), date(2027, 4, 2))


def test_a_snooze_ends_on_a_working_day() -> None:
    assert snooze_until(date(2026, 12, 1), 4, HOURS, LONDON) == date(2026, 12, 7)  # Sat → Mon
    assert snooze_until(date(2026, 12, 1), 1, HOURS, LONDON) == date(2026, 12, 2)


def grant(gid: int, resource: str, email: str, **kw: object) -> Grant:
    base: dict[str, object] = {
        "id": gid,
        "resource": resource,
        "person_email": email,
        "person_name": email.split("@")[0].title(),
        "person_aad": "",
        "level": "admin",
        "granted_by": "Alex",
        "granted_at": NOW,
        "trained_on": date(2026, 11, 1),
        "holds_recovery": True,
    }
    base.update(kw)
    return Grant(**base)  # type: ignore[arg-type]


PLATFORMS = (Platform("facebook", "Facebook"), Platform("linkedin", "LinkedIn"))


def test_register_checks() -> None:
    grants = [
        grant(1, "facebook", "jo@x.org"),
        grant(2, "facebook", "sam@x.org"),
        grant(3, "linkedin", "jo@x.org", trained_on=None),
        grant(4, "linkedin", "kim@x.org", holds_recovery=False, granted_at=NOW - timedelta(days=400)),
        grant(5, "linkedin", "old@x.org", revoked_at=NOW),
    ]
    groups = [PrivateGroup(7, "Parents' forum", "facebook", "", None, "Alex", NOW)]
    findings = check_register(PLATFORMS, groups, grants, NOW.date())
    kinds = [(f.kind, f.resource, f.grant_id) for f in findings]
    assert kinds == [
        (FindingKind.RECOVERY, "linkedin", None),
        (FindingKind.TRAINING, "linkedin", 3),
        (FindingKind.REVIEW, "linkedin", 4),
        (FindingKind.GROUP_RISK, "group:7", None),
        (FindingKind.GROUP_MODERATOR, "group:7", None),
    ]
    assert "Only one person can recover LinkedIn." in findings[0].message


def test_a_reviewed_grant_is_not_stale_and_a_clean_register_has_no_findings() -> None:
    grants = [
        grant(1, "facebook", "jo@x.org", granted_at=NOW - timedelta(days=800), last_reviewed=NOW),
        grant(2, "facebook", "sam@x.org"),
    ]
    assert check_register(PLATFORMS[:1], [], grants, NOW.date()) == []


def test_leaver_checklist_and_timing() -> None:
    items = checklist([grant(1, "facebook", "jo@x.org"), grant(2, "group:7", "jo@x.org")])
    assert items[:3] == [
        ("facebook", Task.REMOVE_ROLE),
        ("facebook", Task.ROTATE_PASSWORD),
        ("facebook", Task.CHECK_RECOVERY),
    ]
    assert len(items) == 6
    thursday = datetime(2026, 12, 3, 15, 0, tzinfo=UTC)
    assert local(next_reminder(thursday, HOURS, LONDON)) == (date(2026, 12, 4), time(9))
    assert local(ceo_escalation(thursday, HOURS, LONDON)) == (date(2026, 12, 7), time(15))
