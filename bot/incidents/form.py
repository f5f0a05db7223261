"""Server-side checks on the report form: never trust what a card sends.

Teams checks required fields in the client, but an older client, the Submit fallback or a
crafted request can send anything, so every answer is checked here and each problem is
reported against its field. Times are entered in UK time and stored in UTC; a missing time
counts as the start of that day, which errs towards an earlier ICO deadline, never a later one.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TypeVar
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from bot.incidents.triage import asks_questions
from cards import incidents as f
from graph.records.incidents import Affected, Category, Harm, Report
from graph.records.people import Person

SKEW = timedelta(minutes=5)
E = TypeVar("E", Affected, Harm)


@dataclass(frozen=True)
class Parsed:
    report: Report | None
    errors: dict[str, str] = field(default_factory=dict)
    values: dict[str, str] = field(default_factory=dict)  # what was typed, to show the form again


def form_values(data: Mapping[str, Any]) -> dict[str, str]:
    names = (
        f.PLATFORM, f.HAPPENED_DATE, f.HAPPENED_TIME, f.AWARE_DATE, f.AWARE_TIME, f.SUMMARY, f.LINK,
        f.AFFECTED, f.REMOVED, f.PLATFORM_REPORTED, f.ACTIONS, f.HARMS, f.CRIME,
    )  # fmt: skip
    return {n: data[n].strip() for n in names if isinstance(data.get(n), str)}


def parse_category(value: Any) -> Category | None:
    try:
        return Category(value) if isinstance(value, str) else None
    except ValueError:
        return None


def parse_report(
    data: Mapping[str, Any],
    *,
    category: Category,
    person: Person,
    now: datetime,
    tz: ZoneInfo,
    platforms: Collection[str],
) -> Parsed:
    values = form_values(data)
    if category is Category.SAFEGUARDING:  # whatever was sent, keep none of it
        return Parsed(Report(category, person.aad_object_id, person.name, now))
    errors: dict[str, str] = {}
    platform = values.get(f.PLATFORM, "")
    if platform not in (*platforms, f.ELSEWHERE):
        errors[f.PLATFORM] = "Choose where it happened."
    happened = _moment(values, f.HAPPENED_DATE, f.HAPPENED_TIME, tz, errors, now)
    aware = _moment(values, f.AWARE_DATE, f.AWARE_TIME, tz, errors, now)
    if happened and aware and aware < happened:
        errors[f.AWARE_DATE] = "We can't have become aware before it happened."
    summary = values.get(f.SUMMARY, "")
    if not summary:
        errors[f.SUMMARY] = "Say briefly what happened (roles, not names)."
    elif len(summary) > f.SUMMARY_LIMIT:
        errors[f.SUMMARY] = f"Please keep it under {f.SUMMARY_LIMIT} characters."
    actions = values.get(f.ACTIONS, "")
    if len(actions) > f.ACTIONS_LIMIT:  # sent back, never cut silently: they choose what to keep
        errors[f.ACTIONS] = f"Please keep it under {f.ACTIONS_LIMIT:,} characters (it is {len(actions):,})."
    link = values.get(f.LINK, "")
    if link and not _is_web_link(link):
        errors[f.LINK] = "A link must start with https:// or http://."
    affected = _choices(values.get(f.AFFECTED, ""), Affected, errors, f.AFFECTED)
    harms = _choices(values.get(f.HARMS, ""), Harm, errors, f.HARMS) if asks_questions(category) else ()
    if errors:
        return Parsed(None, errors, values)
    report = Report(
        category=category,
        reporter_id=person.aad_object_id,
        reporter_name=person.name,
        reported_at=now,
        platform=platform,
        happened_at=happened,
        aware_at=aware,
        summary=summary,
        link=link,
        affected=tuple(affected),
        content_removed=_yes_no(values.get(f.REMOVED)),
        reported_to_platform=_yes_no(values.get(f.PLATFORM_REPORTED)),
        actions_taken=actions,
        harms=frozenset(harms),
        crime_suspected=asks_questions(category) and values.get(f.CRIME) in ("yes", "unsure"),
    )
    return Parsed(report, {}, values)


def _moment(
    values: Mapping[str, str],
    day_key: str,
    time_key: str,
    tz: ZoneInfo,
    errors: dict[str, str],
    now: datetime,
) -> datetime | None:
    try:
        day = date.fromisoformat(values.get(day_key, ""))
    except ValueError:
        errors[day_key] = "Give a date."
        return None
    raw_time = values.get(time_key, "")
    try:
        at = time.fromisoformat(raw_time) if raw_time else time(0, 0)
    except ValueError:
        errors[day_key] = "Give a time like 14:30, or leave the time empty."
        return None
    moment = datetime.combine(day, at, tzinfo=tz).astimezone(UTC)
    if moment > now + SKEW:
        today = now.astimezone(tz)
        errors[day_key] = (
            f"That's in the future: give a date and time up to now ({today.day} {today:%b}, {today:%H:%M})."
        )
        return None
    return moment


def _choices(raw: str, kind: type[E], errors: dict[str, str], key: str) -> list[E]:
    picked: list[E] = []
    for value in (v.strip() for v in raw.split(",") if v.strip()):
        try:
            picked.append(kind(value))
        except ValueError:
            errors[key] = "Choose from the list."
    return list(dict.fromkeys(picked))


def _yes_no(value: str | None) -> bool | None:
    return {"yes": True, "no": False}.get(value or "")


def _is_web_link(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.hostname) and " " not in value
