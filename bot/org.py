"""The organisation file: who holds which role, which platforms the charity uses, its policy.

One TOML file per organisation (Home-Start in Suffolk's is the default), so another charity can
adopt the bot by writing its own file. Mistakes in it must be easy to fix by someone who is not a
developer, so every error names the file and the line.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.bank_holidays import DEFAULT, NONE, bank_holidays, no_holidays


class Role(StrEnum):
    CEO = "ceo"
    BOARD = "board"
    MANAGER = "manager"
    SAFEGUARDING_LEAD = "safeguarding_lead"
    ADMIN = "admin"
    STAFF = "staff"
    TRUSTEE = "trustee"
    VOLUNTEER = "volunteer"


APPROVER_ROLES = frozenset({Role.CEO, Role.BOARD})
DEFAULT_TITLES: Mapping[Role, str] = {
    Role.CEO: "CEO",
    Role.BOARD: "Board approver",
    Role.MANAGER: "Fundraising & Partnerships Manager",
    Role.SAFEGUARDING_LEAD: "Safeguarding lead",
    Role.ADMIN: "Bot administrator",
    Role.STAFF: "Staff member",
    Role.TRUSTEE: "Trustee",
    Role.VOLUNTEER: "Volunteer",
}
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# Loose on purpose: people write UK numbers many ways ("01632 960 123", "+44 (0)1632 960123").
_PHONE = re.compile(r"^\+?[0-9][0-9 ()-]{5,24}[0-9]$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
TEAMS_CHAT = "https://teams.microsoft.com/l/chat/0/0?users="


class OrgConfigError(ValueError):
    """A mistake in the organisation file, with the file and line to look at."""


@dataclass(frozen=True)
class Platform:
    key: str
    name: str


@dataclass(frozen=True)
class Member:
    """A person named in the organisation file."""

    name: str
    aad_object_id: str
    upn: str
    roles: frozenset[Role]
    email: str = ""
    phone: str = ""

    @property
    def chat_link(self) -> str:
        """A Teams deep link that opens a 1:1 chat with this person (empty without a sign-in name)."""
        return f"{TEAMS_CHAT}{quote(self.upn, safe='@')}" if self.upn else ""


@dataclass(frozen=True)
class Office:
    """How to reach the organisation itself (the ``[office]`` table); every field is optional."""

    phone: str = ""
    email: str = ""
    hours: str = ""


@dataclass(frozen=True)
class WorkingHours:
    start: time
    end: time
    weekdays: frozenset[int]  # Monday = 0
    closed: Callable[[date], bool] = field(default=no_holidays, compare=False, repr=False)  # bank holidays
    bank_holidays: str = NONE  # the calendar ``closed`` follows, e.g. "GB-ENG"

    def is_working_day(self, day: date) -> bool:
        return day.weekday() in self.weekdays and not self.closed(day)


APPROVAL_KINDS = ("announcement", "crisis", "other")


def _hours(crisis: float, announcement: float, other: float) -> Mapping[str, float]:
    return {"crisis": crisis, "announcement": announcement, "other": other}


@dataclass(frozen=True)
class ApprovalTimings:
    """When undecided approval requests are chased (the ``[approvals]`` table), per kind.

    Delays are clock hours from submission; reminders then wait for working hours.
    """

    reminder_hours: Mapping[str, float] = field(default_factory=lambda: _hours(2, 24, 24))
    fallback_hours: Mapping[str, float] = field(default_factory=lambda: _hours(4, 48, 48))
    board_at_once: bool = False  # False: the CEO is asked first, the Board at the fallback

    def reminder_after(self, kind: str) -> timedelta:
        return timedelta(hours=self.reminder_hours.get(kind, self.reminder_hours["other"]))

    def fallback_after(self, kind: str) -> timedelta:
        return timedelta(hours=self.fallback_hours.get(kind, self.fallback_hours["other"]))


@dataclass(frozen=True)
class OrgConfig:
    name: str
    tenant_id: str
    policy_path: Path
    policy_title: str
    policy_review_due: date | None
    timezone: ZoneInfo
    working_hours: WorkingHours
    titles: Mapping[Role, str]
    safeguarding_contact: str
    safeguarding_procedure: str
    platforms: tuple[Platform, ...]
    members: tuple[Member, ...]
    approvals: ApprovalTimings = field(default_factory=ApprovalTimings)
    office: Office = field(default_factory=Office)
    # How to reach the safeguarding lead now (a direct or duty phone), and who to call when they
    # cannot be reached; both shown on the safeguarding card.
    safeguarding_phone: str = ""
    safeguarding_backup: str = ""
    # [board_report] quarterly = true: the last quarter's Board report to the manager and the CEO
    # on the first working day of each quarter (the annual-review pack is always sent).
    quarterly_report: bool = False
    _by_id: Mapping[str, Member] = field(default_factory=dict, repr=False, compare=False)

    def member(self, aad_object_id: str | None = None, upn: str | None = None) -> Member | None:
        for key in (aad_object_id, upn):
            if key and (found := self._by_id.get(key.lower())):
                return found
        return None

    def roles_of(self, aad_object_id: str | None = None, upn: str | None = None) -> frozenset[Role]:
        found = self.member(aad_object_id, upn)
        return found.roles if found else frozenset()

    def holders(self, role: Role) -> tuple[Member, ...]:
        return tuple(m for m in self.members if role in m.roles)

    def title(self, role: Role) -> str:
        return self.titles.get(role, DEFAULT_TITLES[role])

    def platform(self, key: str) -> Platform | None:
        return next((p for p in self.platforms if p.key == key), None)

    def first_holder(self, role: Role) -> Member | None:
        """The person to name for a role (the first listed), so messages say who, not only a title."""
        return next(iter(self.holders(role)), None)


def load_org_config(path: Path) -> OrgConfig:
    try:
        raw_text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise OrgConfigError(f"{path}: cannot read the organisation file ({exc.strerror}).") from exc
    try:
        data = tomllib.loads(raw_text)
    except tomllib.TOMLDecodeError as exc:
        raise OrgConfigError(f"{path}: not valid TOML: {exc}.") from exc
    except ValueError as exc:  # e.g. a number too long for Python to read
        raise OrgConfigError(f"{path}: cannot read a value: {str(exc)[:80]}.") from exc
    return _Parser(path, raw_text).parse(data)


class _Parser:
    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.lines = text.splitlines()

    def fail(self, message: str, near: str | None = None) -> OrgConfigError:
        line = self._line_of(near) if near else None
        where = f"{self.path}, line {line}" if line else str(self.path)
        return OrgConfigError(f"{where}: {message}")

    def _line_of(self, needle: str) -> int | None:
        for number, line in enumerate(self.lines, start=1):
            if needle in line.split("#", 1)[0]:
                return number
        return None

    def section(self, data: Mapping[str, Any], name: str, *, required: bool = True) -> Mapping[str, Any]:
        value = data.get(name, {})
        if not isinstance(value, dict) or (required and not value):
            raise self.fail(f"a [{name}] section is required.", f"[{name}]")
        return value

    def string(self, table: Mapping[str, Any], key: str, where: str, *, default: str | None = None) -> str:
        value = table.get(key, default)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"{where}.{key} must be a non-empty text value.", f"{key} ")
        return value.strip()

    def parse(self, data: Mapping[str, Any]) -> OrgConfig:
        org = self.section(data, "organisation")
        members = tuple(self.member(entry, i) for i, entry in enumerate(self._list(data, "people"), 1))
        by_id: dict[str, Member] = {}
        for m in members:
            for key in (m.aad_object_id, m.upn):
                if key:
                    by_id[key.lower()] = m
        safeguarding = self.section(data, "safeguarding", required=False)
        policy_path = (self.path.parent / self.string(org, "policy", "organisation")).resolve()
        if not _is_file(policy_path):
            raise self.fail(f"the policy file {str(policy_path)[:300]} does not exist.", "policy =")
        return OrgConfig(
            name=self.string(org, "name", "organisation"),
            tenant_id=self.string(org, "tenant_id", "organisation"),
            policy_path=policy_path,
            policy_title=self.string(
                org, "policy_title", "organisation", default="Digital/Social Media policy"
            ),
            policy_review_due=self.review_date(org),
            timezone=self.zone(org),
            working_hours=self.hours(data.get("working_hours", {})),
            titles=self.titles(data.get("titles", {})),
            safeguarding_contact=self.string(
                safeguarding, "contact", "safeguarding", default="the Designated Safeguarding Lead"
            ),
            safeguarding_procedure=self.string(
                safeguarding, "procedure", "safeguarding", default="the safeguarding procedure"
            ),
            platforms=tuple(self.platform(entry) for entry in self._list(data, "platforms")),
            members=members,
            approvals=self.approvals(data.get("approvals", {})),
            office=self.office(self.section(data, "office", required=False)),
            safeguarding_phone=self.phone(safeguarding, "phone", "safeguarding"),
            safeguarding_backup=self.optional(safeguarding, "backup", "safeguarding"),
            quarterly_report=self.board_report(data.get("board_report", {})),
            _by_id=by_id,
        )

    def board_report(self, table: Any) -> bool:
        if not isinstance(table, dict) or set(table) - {"quarterly"}:
            raise self.fail("[board_report] takes one setting: quarterly = true or false.", "[board_report]")
        value = table.get("quarterly", False)
        if not isinstance(value, bool):
            raise self.fail("board_report.quarterly must be true or false.", "quarterly")
        return value

    def optional(self, table: Mapping[str, Any], key: str, where: str) -> str:
        value = table.get(key, "")
        if not isinstance(value, str):
            raise self.fail(f"{where}.{key} must be a text value.", f"{key} ")
        return value.strip()

    def phone(self, table: Mapping[str, Any], key: str, where: str) -> str:
        value = self.optional(table, key, where)
        if value and not _PHONE.match(value):
            raise self.fail(f"{where}.{key} must be a phone number such as 01632 960 123.", value)
        return value

    def email(self, table: Mapping[str, Any], key: str, where: str) -> str:
        value = self.optional(table, key, where)
        if value and not _EMAIL.match(value):
            raise self.fail(f"{where}.{key} must be an email address.", value)
        return value

    def office(self, table: Mapping[str, Any]) -> Office:
        return Office(
            phone=self.phone(table, "phone", "office"),
            email=self.email(table, "email", "office"),
            hours=self.optional(table, "hours", "office"),
        )

    def _list(self, data: Mapping[str, Any], name: str) -> list[Mapping[str, Any]]:
        value = data.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail(f"[[{name}]] entries must be tables.", f"{name}")
        return value

    def review_date(self, org: Mapping[str, Any]) -> date | None:
        value = org.get("policy_review_due")
        if value is None or isinstance(value, date):
            return value
        raise self.fail(
            "organisation.policy_review_due must be a date such as 2027-04-01.", "policy_review_due"
        )

    def zone(self, org: Mapping[str, Any]) -> ZoneInfo:
        name = org.get("timezone", "Europe/London")
        try:
            return ZoneInfo(str(name))
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise self.fail(f"unknown time zone {name!r}.", "timezone") from exc

    def hours(self, table: Mapping[str, Any]) -> WorkingHours:
        try:
            start = time.fromisoformat(str(table.get("start", "09:00")))
            end = time.fromisoformat(str(table.get("end", "17:00")))
        except ValueError as exc:
            raise self.fail("working_hours start and end must look like 09:00.", "working_hours") from exc
        days = table.get("days", list(_DAYS[:5]))
        if not isinstance(days, list) or not all(isinstance(d, str) for d in days):
            days = [str(days)]  # not a list of day names: reported below like an unknown day
        unknown = [d for d in days if d not in _DAYS]
        if unknown or start >= end:
            raise self.fail(
                f"working_hours need days from {', '.join(_DAYS)} and a start before the end.", "days"
            )
        code = str(table.get("bank_holidays", DEFAULT)).strip()
        try:
            closed = bank_holidays(code)
        except ValueError as exc:
            raise self.fail(
                f"working_hours.bank_holidays {code!r} is not a known calendar ({exc}); use e.g. "
                f'"GB-ENG" (England and Wales), "GB-SCT", "GB-NIR" or "none".',
                "bank_holidays",
            ) from None
        return WorkingHours(
            start=start,
            end=end,
            weekdays=frozenset(_DAYS.index(d) for d in days),
            closed=closed,
            bank_holidays=code.upper() if code.lower() != NONE else NONE,
        )

    def approvals(self, table: Any) -> ApprovalTimings:
        if not isinstance(table, dict):
            raise self.fail("[approvals] must be a table.", "[approvals]")
        defaults = ApprovalTimings()
        reminder = self.kind_hours(table, "reminder_hours", defaults.reminder_hours)
        fallback = self.kind_hours(table, "fallback_hours", defaults.fallback_hours)
        if any(fallback[k] <= reminder[k] for k in APPROVAL_KINDS):
            raise self.fail("approvals.fallback_hours must be longer than reminder_hours.", "fallback_hours")
        at_once = table.get("board_at_once", False)
        if not isinstance(at_once, bool):
            raise self.fail("approvals.board_at_once must be true or false.", "board_at_once")
        return ApprovalTimings(reminder_hours=reminder, fallback_hours=fallback, board_at_once=at_once)

    def kind_hours(
        self, table: Mapping[str, Any], key: str, default: Mapping[str, float]
    ) -> Mapping[str, float]:
        given = table.get(key, {})
        if not isinstance(given, dict) or set(given) - set(APPROVAL_KINDS):
            raise self.fail(f"approvals.{key} takes hours for {', '.join(APPROVAL_KINDS)}.", key)
        hours = {**default, **given}
        if not all(
            isinstance(v, int | float) and not isinstance(v, bool) and 0 < v <= 24 * 30
            for v in hours.values()
        ):
            raise self.fail(f"approvals.{key} must be numbers of hours between 0 and 720.", key)
        return {k: float(v) for k, v in hours.items()}

    def titles(self, table: Mapping[str, Any]) -> Mapping[Role, str]:
        titles = dict(DEFAULT_TITLES)
        for key, value in table.items():
            titles[self.role(key)] = str(value)
        return titles

    def role(self, value: Any) -> Role:
        try:
            return Role(value)
        except ValueError:
            known = ", ".join(r.value for r in Role)
            raise self.fail(f"unknown role {value!r}; roles are {known}.", f'"{value}"') from None

    def platform(self, entry: Mapping[str, Any]) -> Platform:
        return Platform(
            key=self.string(entry, "key", "platforms"), name=self.string(entry, "name", "platforms")
        )

    def member(self, entry: Mapping[str, Any], index: int) -> Member:
        name = self.string(entry, "name", f"people[{index}]")
        aad = str(entry.get("aad_object_id", "")).strip()
        upn = str(entry.get("upn", "")).strip()
        if not aad and not upn:
            raise self.fail(f"{name} needs an aad_object_id or a upn.", name)
        roles = entry.get("roles", [])
        if not isinstance(roles, list):
            raise self.fail(f"roles of {name} must be a list.", name)
        return Member(
            name=name,
            aad_object_id=aad,
            upn=upn,
            roles=frozenset(self.role(r) for r in roles),
            email=self.email(entry, "email", name),
            phone=self.phone(entry, "phone", name),
        )


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:  # a name too long for the file system, say
        return False


def role_titles(org: OrgConfig, roles: Iterable[Role]) -> list[str]:
    return [org.title(r) for r in sorted(roles, key=list(Role).index)]
