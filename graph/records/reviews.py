"""Review cycles and the record of what was reviewed, by whom and when.

The annual policy review (§2.6), the content moderation review at the manager's chosen
frequency (§2.3), a yearly risk assessment per platform and per private group (§2.1). Every
"done" and "snooze" is kept, so next year's review has its evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Protocol

from graph.records.codec import RowCodec


class ReviewKind(StrEnum):
    POLICY = "policy"
    MODERATION = "moderation"
    PLATFORM_RISK = "platform_risk"
    GROUP_RISK = "group_risk"


class Cadence(StrEnum):
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"


class ReviewAction(StrEnum):
    DONE = "done"
    SNOOZED = "snoozed"
    CADENCE = "cadence"  # the manager changed how often it is done


@dataclass(frozen=True)
class ReviewCycle:
    key: str  # "policy", "moderation", "risk:facebook", "group:3"
    kind: ReviewKind
    title: str
    cadence: Cadence
    next_due: date
    snoozed_until: date | None = None
    active: bool = True

    def moved(self, **changes: object) -> ReviewCycle:
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class ReviewEntry:
    """A review done, snoozed or re-timed, before a store numbers it."""

    cycle_key: str
    action: ReviewAction
    due: date  # the occurrence this was about
    by_name: str
    by_aad: str
    at: datetime
    note: str = ""
    until: date | None = None  # snoozed until, or the next due date after "done"

    def numbered(self, record_id: int) -> ReviewRecord:
        return ReviewRecord(**{f.name: getattr(self, f.name) for f in fields(self)}, id=record_id)


@dataclass(frozen=True)
class ReviewRecord(ReviewEntry):
    """A stored review entry, numbered in the order entries were added."""

    id: int = field(kw_only=True)


class ReviewStore(Protocol):
    async def ensure(self, cycle: ReviewCycle) -> ReviewCycle:
        """Create the cycle if it does not exist yet; returns what is stored (start-up seeding)."""
        ...

    async def get(self, key: str) -> ReviewCycle | None: ...

    async def cycles(self) -> list[ReviewCycle]:
        """Active cycles, soonest due first."""
        ...

    async def update(self, cycle: ReviewCycle, *, expected_due: date | None = None) -> bool:
        """Store the cycle's new state; with ``expected_due``, only if its due date is still that
        (so two people pressing Done on the same nudge record it once)."""
        ...

    async def record(self, entry: ReviewEntry) -> ReviewRecord:
        """Add a review record; the store numbers it."""
        ...

    async def records(self, cycle_key: str | None = None) -> list[ReviewRecord]:
        """Oldest first."""
        ...


# How both stores keep these records (graph.records.codec).
CYCLE_ROWS = RowCodec(ReviewCycle)
RECORD_ROWS = RowCodec(ReviewRecord)
