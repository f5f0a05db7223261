"""UK working time: when a nudge may go out, and what "two working days later" means.

A working day is one of the organisation's working weekdays that is not a bank holiday (see
:mod:`bot.bank_holidays`).

All arithmetic is done on local wall-clock dates and then converted to UTC, so the clock
changes on the last Sundays of March and October neither skip nor repeat a reminder: "09:00
every day" stays 09:00 in London whether that is 09:00 or 08:00 UTC.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.org import WorkingHours


def at_local(day: date, hours: WorkingHours, tz: ZoneInfo) -> datetime:
    """The start of working hours on ``day``, in UTC."""
    return datetime.combine(day, hours.start, tzinfo=tz).astimezone(UTC)


def is_working_time(when: datetime, hours: WorkingHours, tz: ZoneInfo) -> bool:
    local = when.astimezone(tz)
    return hours.is_working_day(local.date()) and hours.start <= local.time() < hours.end


def next_working_time(when: datetime, hours: WorkingHours, tz: ZoneInfo) -> datetime:
    """``when`` itself if it is in working hours, otherwise the next start of working hours."""
    if is_working_time(when, hours, tz):
        return when
    local = when.astimezone(tz)
    day = local.date() if local.time() < hours.start else local.date() + timedelta(days=1)
    while not hours.is_working_day(day):
        day += timedelta(days=1)
    return at_local(day, hours, tz)


def add_working_days(when: datetime, days: int, hours: WorkingHours, tz: ZoneInfo) -> datetime:
    """The same local time ``days`` working days later (moved into working hours if needed)."""
    local = when.astimezone(tz)
    day, left = local.date(), days
    while left > 0:
        day += timedelta(days=1)
        if hours.is_working_day(day):
            left -= 1
    moved = datetime.combine(day, local.time(), tzinfo=tz).astimezone(UTC)
    return next_working_time(moved, hours, tz)


def local_day_at(day: date, hours: WorkingHours, tz: ZoneInfo) -> datetime:
    """Start of working hours on ``day`` or, if that is not a working day, the next one."""
    return next_working_time(at_local(day, hours, tz), hours, tz)
