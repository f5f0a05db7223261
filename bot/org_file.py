"""Reading the organisation file: TOML in, a checked ``OrgConfig`` out, or an error naming the line.

The people who edit this file are not developers, so every mistake is reported with the file, the
line and what to write instead. The model it produces lives in ``bot.org``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from datetime import date, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.bank_holidays import DEFAULT, NONE, bank_holidays
from bot.org import (
    APPROVAL_KINDS,
    DEFAULT_TITLES,
    ApprovalTimings,
    Member,
    Office,
    OrgConfig,
    OrgConfigError,
    Platform,
    Role,
    WorkingHours,
)

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# Loose on purpose: people write UK numbers many ways ("01632 960 123", "+44 (0)1632 960123").
_PHONE = re.compile(r"^\+?[0-9][0-9 ()-]{5,24}[0-9]$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


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
