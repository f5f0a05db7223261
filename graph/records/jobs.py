"""Scheduled work (reminders, nudges, escalations), stored so a restart loses none of it.

A job is claimed with a conditional write before it runs, so two bot instances sharing a store
never both send the same nudge, and a crashed instance's claim expires so the job still runs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol


@dataclass(frozen=True)
class Job:
    key: str  # unique per occurrence, e.g. "approval-reminder:17:1"
    kind: str  # which handler runs it
    due_at: datetime  # UTC
    payload: Mapping[str, Any] = field(default_factory=dict)
    attempts: int = 0


class JobStore(Protocol):
    async def put(self, job: Job) -> None:
        """Schedule ``job``; an existing pending job with the same key is moved to the new time.
        A job that already ran is left alone, so scheduling the same occurrence twice is safe;
        a cancelled one is scheduled again (e.g. a nudge put back after an undo)."""
        ...

    async def cancel(self, key: str) -> bool: ...

    async def get(self, key: str) -> Job | None:
        """The pending job with that key, if any."""
        ...

    async def due(self, now: datetime, limit: int = 50) -> list[Job]:
        """Pending jobs due at or before ``now`` whose claim (if any) has expired."""
        ...

    async def claim(self, key: str, owner: str, now: datetime, until: datetime) -> bool:
        """Take a due job for ``owner`` until ``until``; False if someone else holds it or it ran."""
        ...

    async def complete(self, key: str, now: datetime) -> None: ...

    async def retry(self, key: str, at: datetime) -> None:
        """Give a failed job back, to run again at ``at``."""
        ...

    async def next_due(self) -> datetime | None: ...

    async def pending(self, kind_prefix: str = "") -> list[Job]: ...
