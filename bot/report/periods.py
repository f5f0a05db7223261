"""The periods people can pick on the card, worked out from "today" in UK time (pure)."""

from __future__ import annotations

from datetime import date, timedelta

from bot.report.records import Period

LONGEST = timedelta(days=3 * 366)


class PeriodError(ValueError):
    """A period the report cannot be built for; the message is shown on the card."""


def last_quarter(today: date) -> Period:
    first_this = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    end = first_this - timedelta(days=1)
    start = date(end.year, 3 * ((end.month - 1) // 3) + 1, 1)
    return Period(start, end, f"Q{(start.month - 1) // 3 + 1} {start.year}")


def next_quarter_start(today: date) -> date:
    """The first day of the quarter after the one ``today`` is in."""
    month = 3 * ((today.month - 1) // 3) + 4
    return date(today.year + (month > 12), (month - 1) % 12 + 1, 1)


def this_year(today: date) -> Period:
    return Period(date(today.year, 1, 1), today, f"{today.year} so far")


def since_review(today: date, last_review: date | None) -> Period:
    """From the day after the last policy review (or a year back if none is recorded)."""
    start = last_review + timedelta(days=1) if last_review else today - timedelta(days=365)
    return Period(min(start, today), today, "Since the last policy review")


def custom(start: str, end: str, today: date) -> Period:
    try:
        first, last = date.fromisoformat(start), date.fromisoformat(end)
    except ValueError:
        raise PeriodError("Choose both dates for a custom period.") from None
    if last < first:
        raise PeriodError("The end date is before the start date.")
    if first > today:
        raise PeriodError("The period starts in the future.")
    if last - first > LONGEST:
        raise PeriodError("Choose a period of three years or less.")
    return Period(first, min(last, today))


def choose(choice: str, today: date, *, last_review: date | None, start: str = "", end: str = "") -> Period:
    if choice == "last_quarter":
        return last_quarter(today)
    if choice == "this_year":
        return this_year(today)
    if choice == "since_review":
        return since_review(today, last_review)
    if choice == "custom":
        return custom(start, end, today)
    raise PeriodError("Choose a period.")
