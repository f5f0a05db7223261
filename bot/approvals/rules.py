"""The approval rules as pure functions: what a valid request is, who may decide, when to chase.

Kept free of I/O so every rule can be tested with plain values, and so the card, the handlers
and the scheduled jobs all apply exactly the same rule.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from bot.org import APPROVER_ROLES, ApprovalTimings, Member, OrgConfig, Platform, Role, WorkingHours
from bot.working_time import next_working_time
from cards.sanitise import one_line
from graph.records.approvals import Draft

REQUESTER_ROLES = frozenset({Role.STAFF, Role.TRUSTEE, Role.CEO, Role.BOARD, Role.MANAGER, Role.ADMIN})
KINDS = (
    ("High-profile announcement", "announcement"),
    ("Response to a social media crisis", "crisis"),
    ("Other", "other"),
)
URGENCIES = (("Normal", "normal"), ("Urgent", "urgent"))
NON_DIGITAL = (
    ("Yes, arranged (print or phone)", "yes"),
    ("Not needed for this one", "not_needed"),
    ("Not yet", "not_yet"),
)
TITLE_MAX = 120
TEXT_MAX = 4000
LINKS_MAX = 1000
COMMENT_MAX = 1000
MAX_LINKS = 10
FORM_FIELDS = (
    "kind",
    "title",
    "platforms",
    "text",
    "links",
    "publish_date",
    "publish_time",
    "urgency",
    "non_digital",
)
_TOKEN = re.compile(r"^[A-Za-z0-9-]{8,64}$")


def may_request(roles: frozenset[Role]) -> bool:
    return bool(roles & REQUESTER_ROLES)


def may_decide(roles: frozenset[Role]) -> bool:
    return bool(roles & APPROVER_ROLES)


def may_see(requester_aad: str, viewer_aad: str, roles: frozenset[Role]) -> bool:
    """A request (its draft, requester, decision and comment) is for its requester and the
    approvers only; every card button checks this before answering with any of it."""
    return (bool(viewer_aad) and viewer_aad == requester_aad) or may_decide(roles)


def valid_token(value: Any) -> bool:
    return isinstance(value, str) and bool(_TOKEN.match(value))


def approvers(org: OrgConfig, *, include_board: bool) -> tuple[Member, ...]:
    """Who is asked, CEO first; the Board too when configured so or the CEO is unavailable."""
    asked = list(org.holders(Role.CEO))
    if include_board or org.approvals.board_at_once:
        asked += [m for m in org.holders(Role.BOARD) if m not in asked]
    return tuple(asked)


# --- the form -----------------------------------------------------------------------------


@dataclass(frozen=True)
class FormResult:
    values: Mapping[str, str]  # what was typed, to show the form again
    errors: Mapping[str, str] = field(default_factory=dict)  # field id -> message
    draft: Draft | None = None


def form_values(data: Mapping[str, Any]) -> dict[str, str]:
    """The form's inputs as text; anything that is not text (tampered data) counts as empty."""
    return {key: data[key].strip() if isinstance(data.get(key), str) else "" for key in FORM_FIELDS}


def validate_form(
    data: Mapping[str, Any], platforms: Sequence[Platform], tz: ZoneInfo, now: datetime
) -> FormResult:
    values = form_values(data)
    values["title"] = one_line(values["title"])  # shown in notifications and summaries
    errors: dict[str, str] = {}
    _check_choice(values, "kind", KINDS, "Choose what kind of post this is.", errors)
    _check_length(values, "title", "Give the post a short title.", TITLE_MAX, errors)
    chosen = _platforms(values["platforms"], platforms, errors)
    _check_length(values, "text", "Paste the draft text to be approved.", TEXT_MAX, errors)
    links = _links(values["links"], errors)
    publish_at = _publish_at(values, tz, now, errors)
    _check_choice(values, "urgency", URGENCIES, "Choose how urgent this is.", errors)
    _check_choice(
        values, "non_digital", NON_DIGITAL, "Say whether a non-digital version is arranged.", errors
    )
    if errors:
        return FormResult(values, errors)
    draft = Draft(
        kind=values["kind"],
        title=values["title"],
        platforms=chosen,
        text=values["text"],
        links=links,
        publish_at=publish_at,
        urgency=values["urgency"],
        non_digital=values["non_digital"],
    )
    return FormResult(values, draft=draft)


def draft_values(draft: Draft, tz: ZoneInfo) -> dict[str, str]:
    """A stored draft as form values, to edit and resubmit it."""
    local = draft.publish_at.astimezone(tz) if draft.publish_at else None
    return {
        "kind": draft.kind,
        "title": draft.title,
        "platforms": ",".join(draft.platforms),
        "text": draft.text,
        "links": draft.links,
        "publish_date": local.date().isoformat() if local else "",
        "publish_time": local.strftime("%H:%M") if local else "",
        "urgency": draft.urgency,
        "non_digital": draft.non_digital,
    }


def _check_choice(
    values: Mapping[str, str],
    key: str,
    choices: Sequence[tuple[str, str]],
    message: str,
    errors: dict[str, str],
) -> None:
    if values[key] not in {value for _, value in choices}:
        errors[key] = message


def _check_length(
    values: Mapping[str, str], key: str, missing: str, limit: int, errors: dict[str, str]
) -> None:
    if not values[key]:
        errors[key] = missing
    elif len(values[key]) > limit:
        errors[key] = f"Keep this under {limit} characters (it has {len(values[key])})."


def _platforms(raw: str, known: Sequence[Platform], errors: dict[str, str]) -> tuple[str, ...]:
    chosen = tuple(dict.fromkeys(p.strip() for p in raw.split(",") if p.strip()))
    keys = {p.key for p in known}
    if not chosen:
        errors["platforms"] = "Choose at least one platform."
    elif any(p not in keys for p in chosen):
        errors["platforms"] = "Choose platforms from the list."
    return chosen


def _links(raw: str, errors: dict[str, str]) -> str:
    if len(raw) > LINKS_MAX:
        errors["links"] = f"Keep links under {LINKS_MAX} characters."
        return ""
    links = [part for part in re.split(r"[\s,]+", raw) if part]
    if len(links) > MAX_LINKS:
        errors["links"] = f"Add at most {MAX_LINKS} links."
    elif any(not _is_web_link(link) for link in links):
        errors["links"] = "Links must start with https:// (one per line)."
    return "\n".join(links)


def _is_web_link(link: str) -> bool:
    parts = urlsplit(link)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _publish_at(
    values: Mapping[str, str], tz: ZoneInfo, now: datetime, errors: dict[str, str]
) -> datetime | None:
    try:
        when = parse_uk_time(values["publish_date"], values["publish_time"], tz)
    except ValueError as exc:
        errors["publish_date"] = str(exc)
        return None
    if when is not None and when < now:
        errors["publish_date"] = "That time has already passed. Choose a time in the future."
    return when


def parse_uk_time(day: str, clock: str, tz: ZoneInfo) -> datetime | None:
    """``Input.Date`` and ``Input.Time`` values in UK time to UTC; no date means "when approved"."""
    if not day:
        if clock:
            raise ValueError("Add the date as well as the time.")
        return None
    try:
        parsed_day = date.fromisoformat(day)
        parsed_time = time.fromisoformat(clock) if clock else time(9, 0)
    except ValueError:
        raise ValueError(
            "Enter the date and time with the pickers (for example 14/12/2026 at 10:30)."
        ) from None
    local = datetime.combine(parsed_day, parsed_time.replace(tzinfo=None), tzinfo=tz)
    return local.astimezone(UTC)


def check_comment(comment: str, *, required: bool) -> str | None:
    if required and not comment:
        return "Add a comment so the requester knows what to change or why."
    if len(comment) > COMMENT_MAX:
        return f"Keep the comment under {COMMENT_MAX} characters."
    return None


# --- timing -------------------------------------------------------------------------------


def deadlines(
    created: datetime, kind: str, timings: ApprovalTimings, hours: WorkingHours, tz: ZoneInfo
) -> tuple[datetime, datetime]:
    """When to remind the approvers and when to offer the request to the Board.

    Both are clock delays moved into working hours. When both land on the same morning (a
    crisis at 16:30 on Friday), the Board waits for the gap between them in working time, at
    most one working day: reminder Monday 09:00, Board Monday 11:00, not both at 09:00.
    """
    reminder_delay, fallback_delay = timings.reminder_after(kind), timings.fallback_after(kind)
    reminder = next_working_time(created + reminder_delay, hours, tz)
    fallback = next_working_time(created + fallback_delay, hours, tz)
    if fallback <= reminder:
        working_day = datetime.combine(date.min, hours.end) - datetime.combine(date.min, hours.start)
        fallback = add_working_time(reminder, min(fallback_delay - reminder_delay, working_day), hours, tz)
    return reminder, fallback


def add_working_time(start: datetime, delta: timedelta, hours: WorkingHours, tz: ZoneInfo) -> datetime:
    """``start`` plus ``delta`` of working time only (evenings and weekends do not count)."""
    when, left = next_working_time(start, hours, tz), delta
    while left > timedelta(0):
        local = when.astimezone(tz)
        end_of_day = datetime.combine(local.date(), hours.end, tzinfo=tz).astimezone(UTC)
        available = end_of_day - when
        if left < available:
            return when + left
        left -= available
        when = next_working_time(end_of_day, hours, tz)
    return when


def uk_time(when: datetime, tz: ZoneInfo) -> str:
    local = when.astimezone(tz)
    return f"{local:%a} {local.day} {local:%b %Y, %H:%M}"
