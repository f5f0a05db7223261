"""The register of official accounts: who can get into each platform and private group.

The policy (§2.3, §2.6) asks the Fundraising & Partnerships Manager to know who has access,
to keep a way back in when the usual person is away, to train everyone who posts, and to take
access away from leavers. Revoked access is kept as history, so the annual review can show
when and by whom each change was made.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from graph.records.codec import RowCodec

GROUP_PREFIX = "group:"


def group_resource(group_id: int) -> str:
    """The register key of a private group (platforms use their key from the org file)."""
    return f"{GROUP_PREFIX}{group_id}"


@dataclass(frozen=True)
class NewGrant:
    """What the manager fills in when giving someone access."""

    resource: str  # a platform key from the organisation file, or group_resource(id)
    person_email: str
    person_name: str
    person_aad: str = ""
    level: str = "editor"
    trained_on: date | None = None
    holds_recovery: bool = False

    def granted(self, by: str, at: datetime) -> Grant:
        """The grant this records, before a store numbers it (id 0); emails are kept lower-case."""
        return Grant(
            id=0,
            resource=self.resource,
            person_email=self.person_email.strip().lower(),
            person_name=self.person_name,
            person_aad=self.person_aad,
            level=self.level,
            granted_by=by,
            granted_at=at,
            trained_on=self.trained_on,
            holds_recovery=self.holds_recovery,
        )


@dataclass(frozen=True)
class Grant:
    id: int
    resource: str
    person_email: str  # lower-case; with person_aad, how one person is recognised
    person_name: str
    person_aad: str
    level: str
    granted_by: str
    granted_at: datetime
    trained_on: date | None
    holds_recovery: bool
    last_reviewed: datetime | None = None
    reviewed_by: str = ""
    revoked_at: datetime | None = None
    revoked_by: str = ""
    revoke_reason: str = ""

    @property
    def active(self) -> bool:
        return self.revoked_at is None


@dataclass(frozen=True)
class PrivateGroup:
    """A private community group or forum (§2.1): it needs a risk assessment and a moderator."""

    id: int
    name: str
    platform: str
    moderator: str
    risk_assessed_on: date | None
    created_by: str
    created_at: datetime


class RegisterStore(Protocol):
    async def grant(self, new: NewGrant, by: str, at: datetime) -> Grant:
        """Record access. An active grant for the same person and resource is revoked as
        "replaced" first, so a change of level or training stays in the history."""
        ...

    async def revoke(self, grant_id: int, by: str, at: datetime, reason: str) -> Grant | None:
        """Take access away; None if there is no such active grant (e.g. revoked already)."""
        ...

    async def get(self, grant_id: int) -> Grant | None: ...

    async def active(self, resource: str | None = None) -> list[Grant]: ...

    async def history(self, resource: str | None = None) -> list[Grant]:
        """Every grant ever made, revoked ones included, oldest first."""
        ...

    async def of_person(self, email: str = "", aad: str = "") -> list[Grant]:
        """Active grants held by one person, matched by email or Entra object id."""
        ...

    async def mark_reviewed(self, grant_ids: list[int], by: str, at: datetime) -> int: ...

    async def add_group(
        self, name: str, platform: str, moderator: str, risk_assessed_on: date | None, by: str, at: datetime
    ) -> PrivateGroup: ...

    async def update_group(
        self, group_id: int, *, moderator: str | None = None, risk_assessed_on: date | None = None
    ) -> PrivateGroup | None: ...

    async def group(self, group_id: int) -> PrivateGroup | None: ...

    async def groups(self) -> list[PrivateGroup]: ...


# How both stores keep these records (graph.records.codec).
GRANT_ROWS = RowCodec(Grant)
GROUP_ROWS = RowCodec(PrivateGroup)
