"""Leavers and the checklist that takes their access to the official accounts away (§2.6).

A leaver is recorded by the manager or noticed in Entra ID. Each checklist item (per platform:
remove their role, rotate a shared password they knew, check the recovery options) is ticked
with who and when, so the record shows the access really was closed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Protocol

from graph.records.codec import RowCodec


class LeaverSource(StrEnum):
    MANAGER = "manager"
    DIRECTORY = "directory"


class Task(StrEnum):
    REMOVE_ROLE = "remove_role"
    ROTATE_PASSWORD = "rotate_password"
    CHECK_RECOVERY = "check_recovery"


@dataclass(frozen=True)
class NewLeaver:
    email: str
    name: str
    aad: str = ""
    source: LeaverSource = LeaverSource.MANAGER
    reason: str = ""  # e.g. "account disabled in Entra ID"
    leave_date: date | None = None

    def recorded(self, by: str, at: datetime, *, closed: bool) -> Leaver:
        """The leaver this records, before a store numbers it (id 0); ``closed`` when there is
        nothing to do (no access to remove)."""
        return Leaver(
            id=0,
            email=self.email.lower(),
            name=self.name,
            aad=self.aad,
            source=self.source,
            reason=self.reason,
            recorded_by=by,
            recorded_at=at,
            leave_date=self.leave_date,
            closed_at=at if closed else None,
        )


@dataclass(frozen=True)
class Leaver:
    id: int
    email: str
    name: str
    aad: str
    source: LeaverSource
    reason: str
    recorded_by: str
    recorded_at: datetime
    leave_date: date | None = None
    closed_at: datetime | None = None
    ceo_told_at: datetime | None = None

    @property
    def open(self) -> bool:
        return self.closed_at is None


@dataclass(frozen=True)
class ChecklistItem:
    leaver_id: int
    resource: str
    task: Task
    done_by: str = ""
    done_at: datetime | None = None

    @property
    def done(self) -> bool:
        return self.done_at is not None


class LeaverStore(Protocol):
    async def add(self, new: NewLeaver, items: Sequence[tuple[str, Task]], by: str, at: datetime) -> Leaver:
        """Record a leaver with their checklist; with no items the record is closed at once."""
        ...

    async def find(self, email: str = "", aad: str = "") -> Leaver | None:
        """The most recent leaver record for this person, open or closed."""
        ...

    async def get(self, leaver_id: int) -> Leaver | None: ...

    async def items(self, leaver_id: int) -> list[ChecklistItem]: ...

    async def tick(self, leaver_id: int, resource: str, task: Task, by: str, at: datetime) -> bool:
        """Mark one item done; False if it was already done (the first tick is kept)."""
        ...

    async def close(self, leaver_id: int, at: datetime) -> bool: ...

    async def mark_ceo_told(self, leaver_id: int, at: datetime) -> bool:
        """True the first time only, so the CEO hears about a leaver once."""
        ...

    async def all(self, *, open_only: bool = False) -> list[Leaver]: ...

    async def get_marker(self, name: str) -> str | None:
        """Small saved state, e.g. the directory's delta link between detection rounds."""
        ...

    async def set_marker(self, name: str, value: str) -> None: ...


# How both stores keep these records (graph.records.codec).
LEAVER_ROWS = RowCodec(Leaver)
ITEM_ROWS = RowCodec(ChecklistItem)
