"""The organisation as the bot sees it: who holds which role, its platforms, policy and contacts.

One TOML file per organisation (Home-Start in Suffolk's is the default), so another charity can
adopt the bot by writing its own file; ``bot.org_file`` reads and checks it into these types.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from enum import StrEnum
from pathlib import Path
from urllib.parse import quote
from zoneinfo import ZoneInfo

from bot.bank_holidays import NONE, no_holidays


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


def role_titles(org: OrgConfig, roles: Iterable[Role]) -> list[str]:
    return [org.title(r) for r in sorted(roles, key=list(Role).index)]
