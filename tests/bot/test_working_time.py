"""UK working time: the clock changes, weekends, evenings and bank holidays."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.bank_holidays import bank_holidays
from bot.org import WorkingHours
from bot.working_time import add_working_days, is_working_time, local_day_at, next_working_time

LONDON = ZoneInfo("Europe/London")
HOURS = WorkingHours(start=time(9), end=time(17), weekdays=frozenset(range(5)))


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def london(when: datetime) -> tuple[date, time]:
    local = when.astimezone(LONDON)
    return local.date(), local.time()


@pytest.mark.parametrize(
    ("when", "working"),
    [
        (utc(2026, 12, 1, 9, 0), True),  # Tuesday 09:00 GMT
        (utc(2026, 12, 1, 8, 59), False),
        (utc(2026, 12, 1, 17, 0), False),  # the end is not included
        (utc(2026, 12, 5, 12, 0), False),  # Saturday
        (utc(2027, 6, 1, 8, 0), True),  # 09:00 BST
        (utc(2027, 6, 1, 16, 0), False),  # 17:00 BST
    ],
)
def test_is_working_time(when: datetime, working: bool) -> None:
    assert is_working_time(when, HOURS, LONDON) is working


def test_a_night_time_is_moved_to_nine_next_working_day() -> None:
    friday_night = utc(2026, 12, 4, 22, 30)
    assert next_working_time(friday_night, HOURS, LONDON) == utc(2026, 12, 7, 9, 0)
    early = utc(2026, 12, 1, 6, 0)
    assert next_working_time(early, HOURS, LONDON) == utc(2026, 12, 1, 9, 0)


def test_working_time_is_left_alone() -> None:
    assert next_working_time(utc(2026, 12, 1, 11, 15), HOURS, LONDON) == utc(2026, 12, 1, 11, 15)


@pytest.mark.parametrize(
    ("day", "expected_utc_hour"),
    [
        (date(2027, 3, 26), 9),  # Friday before the change: GMT
        (date(2027, 3, 29), 8),  # Monday after: BST, 09:00 local is 08:00 UTC
        (date(2027, 10, 29), 8),  # Friday before the change back: BST
        (date(2027, 11, 1), 9),  # Monday after: GMT
    ],
)
def test_nine_oclock_stays_nine_oclock_across_the_clock_changes(day: date, expected_utc_hour: int) -> None:
    when = local_day_at(day, HOURS, LONDON)
    assert when.hour == expected_utc_hour
    assert london(when) == (day, time(9))


def test_sunday_changeover_days_move_to_monday() -> None:
    for sunday in (date(2027, 3, 28), date(2027, 10, 31)):
        assert london(local_day_at(sunday, HOURS, LONDON)) == (sunday + timedelta(days=1), time(9))


def test_two_working_days_skip_the_weekend_and_keep_local_time() -> None:
    thursday_3pm = utc(2027, 3, 25, 15, 0)  # GMT
    later = add_working_days(thursday_3pm, 2, HOURS, LONDON)
    assert london(later) == (date(2027, 3, 29), time(15))  # Monday, now BST


def test_two_working_days_from_an_evening_land_in_working_hours() -> None:
    evening = utc(2026, 12, 1, 19, 0)
    assert add_working_days(evening, 2, HOURS, LONDON) == utc(2026, 12, 4, 9, 0)


def test_custom_hours_and_days() -> None:
    hours = WorkingHours(start=time(10), end=time(14), weekdays=frozenset({0, 2}))  # Mon, Wed
    tuesday = utc(2026, 12, 1, 11, 0)
    assert not is_working_time(tuesday, hours, LONDON)
    assert next_working_time(tuesday, hours, LONDON) == utc(2026, 12, 2, 10, 0)


# England and Wales bank holidays (the organisation file's default calendar, "GB-ENG").
ENGLAND = WorkingHours(
    start=time(9), end=time(17), weekdays=frozenset(range(5)), closed=bank_holidays("GB-ENG")
)


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2026, 12, 24), True),
        (date(2026, 12, 25), False),  # Christmas Day
        (date(2026, 12, 28), False),  # Boxing Day (substitute day)
        (date(2027, 3, 26), False),  # Good Friday
        (date(2027, 3, 29), False),  # Easter Monday
        (date(2027, 5, 3), False),  # Early May bank holiday
        (date(2027, 8, 30), False),  # Summer bank holiday
        (date(2027, 8, 31), True),
    ],
)
def test_bank_holidays_are_not_working_days(day: date, working: bool) -> None:
    assert ENGLAND.is_working_day(day) is working
    assert HOURS.is_working_day(day) is True  # without a calendar only weekends are off


def test_christmas_moves_work_to_the_next_working_day() -> None:
    # Thursday 24 December 2026 after hours: Friday is Christmas, Monday the Boxing Day substitute.
    assert london(next_working_time(utc(2026, 12, 24, 17, 30), ENGLAND, LONDON)) == (
        date(2026, 12, 29),
        time(9),
    )
    assert not is_working_time(utc(2026, 12, 25, 10), ENGLAND, LONDON)


def test_two_working_days_skip_easter() -> None:
    # Recorded Thursday 25 March 2027 10:00 GMT; Good Friday and Easter Monday are not counted.
    later = add_working_days(utc(2027, 3, 25, 10), 2, ENGLAND, LONDON)
    assert london(later) == (date(2027, 3, 31), time(10))  # the same local time


def test_a_review_nudge_due_on_good_friday_goes_out_the_day_before() -> None:
    from bot.nudges.reviews import reminder_slots

    slots = reminder_slots(date(2027, 4, 2), utc(2027, 3, 1), ENGLAND, LONDON)
    [seven_days_before] = [s for s in slots if s.days_before == 7]  # would be Friday 26 March
    assert london(seven_days_before.when) == (date(2027, 3, 25), time(9))


def test_the_board_fallback_waits_out_a_bank_holiday_weekend() -> None:
    from bot.approvals.rules import deadlines
    from bot.org import ApprovalTimings

    # A crisis sent at 16:30 on Thursday 24 December 2026.
    reminder, fallback = deadlines(utc(2026, 12, 24, 16, 30), "crisis", ApprovalTimings(), ENGLAND, LONDON)
    assert london(reminder) == (date(2026, 12, 29), time(9))
    assert london(fallback) == (date(2026, 12, 29), time(11))
