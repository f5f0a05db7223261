"""Approval requests for high-profile announcements and crisis responses (policy §2.3).

The store is the single source of truth for "who decided what": the first decision wins because
``save`` is a conditional write on the request's ``etag`` (a version number in SQLite, the list
item's eTag in SharePoint), never because of a lock in one process. Everything that happens to
a request is appended to its audit trail, which is never edited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Protocol


class ApprovalState(StrEnum):
    PENDING = "pending"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"
    REJECTED = "rejected"
    CANCELLED = "cancelled"

    @property
    def final(self) -> bool:
        return self in (ApprovalState.APPROVED, ApprovalState.REJECTED, ApprovalState.CANCELLED)


class Outcome(StrEnum):
    """What an approver decided."""

    APPROVED = "approved"
    REJECTED = "rejected"
    CHANGES_REQUESTED = "changes_requested"


class AuditAction(StrEnum):
    SUBMITTED = "submitted"
    RESUBMITTED = "resubmitted"
    APPROVED = "approved"
    REJECTED = "rejected"
    CHANGES_REQUESTED = "changes_requested"
    CANCELLED = "cancelled"
    REMINDED = "reminded"
    OFFERED_TO_BOARD = "offered_to_board"
    NOT_REACHED = "not_reached"


@dataclass(frozen=True)
class Actor:
    aad_object_id: str
    name: str


@dataclass(frozen=True)
class Draft:
    """What the requester wants to publish; one per revision."""

    kind: str  # "announcement", "crisis" or "other"
    title: str
    platforms: tuple[str, ...]  # platform keys from the organisation file
    text: str
    links: str
    publish_at: datetime | None  # UTC; None = as soon as approved
    urgency: str  # "normal" or "urgent"
    non_digital: str  # "yes", "not_needed" or "not_yet" (policy §2.3, digital exclusion)


@dataclass(frozen=True)
class Decision:
    outcome: Outcome
    by: Actor
    at: datetime
    comment: str
    revision: int


@dataclass(frozen=True)
class ApprovalRequest:
    id: str
    form_token: str  # made by the form card; the same token never creates a second request
    requester: Actor
    state: ApprovalState
    draft: Draft
    revision: int  # 1 for the first submission, +1 for each resubmission
    created_at: datetime
    updated_at: datetime
    decision: Decision | None = None  # the latest decision on the current or previous revision
    ceo_unavailable: bool = False  # offered to the Board because the CEO had not decided in time
    etag: str = ""  # concurrency token of the stored version

    @property
    def reference(self) -> str:
        return f"A-{self.id}"


@dataclass(frozen=True)
class Revision:
    number: int
    draft: Draft
    by: Actor
    at: datetime


@dataclass(frozen=True)
class AuditEntry:
    request_id: str
    at: datetime
    actor: Actor
    action: AuditAction
    comment: str = ""
    revision: int = 0


@dataclass(frozen=True)
class CardCopy:
    """Where one copy of a request's card was posted, so it can be updated in place."""

    aad_object_id: str
    conversation_id: str
    activity_id: str
    audience: str  # "requester" or "approver"


class ApprovalStore(Protocol):
    async def create(
        self, form_token: str, requester: Actor, draft: Draft, at: datetime
    ) -> tuple[ApprovalRequest, bool]:
        """Store a new request (revision 1, audit "submitted"); if ``form_token`` was used before,
        return that request and False instead of creating a second one."""
        ...

    async def get(self, request_id: str) -> ApprovalRequest | None: ...

    async def save(self, request: ApprovalRequest, entry: AuditEntry) -> ApprovalRequest | None:
        """Write ``request`` only if the stored version still has ``request.etag``; append
        ``entry`` (and a revision when the number went up) with it. None if someone else wrote
        first: the caller re-reads and shows what happened."""
        ...

    async def record(self, entry: AuditEntry) -> None:
        """Append an entry that changes no state (a reminder, an approver not reached)."""
        ...

    async def history(self, request_id: str) -> list[AuditEntry]: ...

    async def revisions(self, request_id: str) -> list[Revision]: ...

    async def of_requester(self, aad_object_id: str, limit: int = 20) -> list[ApprovalRequest]:
        """Newest first."""
        ...

    async def pending(self, limit: int = 50) -> list[ApprovalRequest]:
        """Requests waiting for a decision, oldest first."""
        ...

    async def created_between(self, start: datetime, end: datetime) -> list[ApprovalRequest]:
        """Requests first submitted at or after ``start`` and before ``end``, oldest first."""
        ...

    async def add_copy(self, request_id: str, copy: CardCopy) -> None: ...

    async def copies(self, request_id: str) -> list[CardCopy]: ...

    async def save_form(self, form_token: str, copy: CardCopy) -> None:
        """Where a blank request form was posted, so its card can be tracked once submitted."""
        ...

    async def form(self, form_token: str) -> CardCopy | None: ...
