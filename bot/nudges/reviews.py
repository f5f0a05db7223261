"""When review nudges go out: before the due date, on it, and while it is overdue.

Pure functions of dates and working hours, so every rule can be checked without a clock.
Nudges before the due date move back to the previous working day (a "1 day before" that falls
on a Sunday goes out on the Friday); the due-day and overdue ones move forward.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.org import WorkingHours
from bot.working_time import at_local, local_day_at
from graph.records.reviews import Cadence

DAYS_BEFORE = (30, 14, 7, 1)
CEO_EVERY = timedelta(days=7)
_MONTHS = {Cadence.MONTHLY: 1, Cadence.QUARTERLY: 3, Cadence.YEARLY: 12}
_DAYS = {Cadence.WEEKLY: 7, Cadence.FORTNIGHTLY: 14}


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day (31 Jan + 1 month = 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_due(done_on: date, cadence: Cadence) -> date:
    """The next due date once a review is done (or its cadence set) on ``done_on``."""
    if cadence in _DAYS:
        return done_on + timedelta(days=_DAYS[cadence])
    return add_months(done_on, _MONTHS[cadence])


@dataclass(frozen=True)
class Slot:
    """One nudge of a review occurrence: ``days_before`` 30/14/7/1, or 0 on the due day."""

    days_before: int
    when: datetime  # UTC


def _working_day_on_or_before(day: date, hours: WorkingHours) -> date:
    while not hours.is_working_day(day):
        day -= timedelta(days=1)
    return day


def reminder_slots(due: date, now: datetime, hours: WorkingHours, tz: ZoneInfo) -> list[Slot]:
    """The nudges still to come for an occurrence due on ``due``, each at the start of a
    working day, none in the past, no two on the same day.

    A slot whose time has passed is dropped rather than sent late: a review that was just
    set up or done should not be nudged at once (a stored job that was missed while the bot
    was down still runs, because the scheduler keeps it)."""
    slots: list[Slot] = []
    for days in DAYS_BEFORE:
        day = _working_day_on_or_before(due - timedelta(days=days), hours)
        when = at_local(day, hours, tz)
        if when >= now and day < due:
            slots.append(Slot(days, when))
    due_slot = local_day_at(due, hours, tz)
    if due_slot >= now:
        slots.append(Slot(0, due_slot))
    seen: set[date] = set()
    unique = []
    for slot in slots:
        day = slot.when.astimezone(tz).date()
        if day not in seen:
            seen.add(day)
            unique.append(slot)
    return unique


def first_overdue(due: date, hours: WorkingHours, tz: ZoneInfo) -> datetime:
    """The first overdue nudge: the working day after the due-day nudge."""
    due_day = local_day_at(due, hours, tz).astimezone(tz).date()
    return local_day_at(due_day + timedelta(days=1), hours, tz)


def next_overdue(after: datetime, hours: WorkingHours, tz: ZoneInfo) -> datetime:
    """Overdue nudges go to the manager every working day."""
    return local_day_at(after.astimezone(tz).date() + timedelta(days=1), hours, tz)


def tell_ceo(today: date, last_told: date | None) -> bool:
    """The CEO hears about an overdue review on its first overdue day and then weekly."""
    return last_told is None or today - last_told >= CEO_EVERY


def snooze_until(today: date, days: int, hours: WorkingHours, tz: ZoneInfo) -> date:
    """The working day a snooze ends on (a snooze to a Saturday ends on the Monday)."""
    return local_day_at(today + timedelta(days=days), hours, tz).astimezone(tz).date()


def days_overdue(due: date, today: date) -> int:
    return max(0, (today - due).days)
