"""Every store the bot uses, opened together at start-up and closed together at shutdown."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

import aiosqlite

from graph.approvals import ApprovalStore
from graph.database import open_database
from graph.incident_mirror import IncidentMirror
from graph.incidents import AuditLog, IncidentStore
from graph.jobs import JobStore
from graph.leavers import LeaverStore
from graph.outbox import Outbox
from graph.people import PeopleStore
from graph.questions import QuestionLog
from graph.register import RegisterStore
from graph.reviews import ReviewStore
from graph.sharepoint_approvals import ApprovalMirror
from graph.sqlite_approvals import SqliteApprovalStore
from graph.sqlite_incidents import SqliteIncidentStore
from graph.sqlite_jobs import SqliteJobStore
from graph.sqlite_leavers import SqliteLeaverStore
from graph.sqlite_people import SqlitePeopleStore
from graph.sqlite_questions import SqliteQuestionLog
from graph.sqlite_register import SqliteRegisterStore
from graph.sqlite_reviews import SqliteReviewStore


@dataclass(frozen=True)
class Stores:
    db: aiosqlite.Connection
    people: PeopleStore
    jobs: JobStore
    questions: QuestionLog
    approvals: ApprovalStore
    # nudges: the register of official accounts, review cycles, leavers
    register: RegisterStore
    reviews: ReviewStore
    leavers: LeaverStore
    # Incident log: its own connection, so a report's writes commit as one transaction.
    incidents: IncidentStore
    incident_audit: AuditLog
    sync: SyncStatus | None = None  # set when records are copied to SharePoint


class SyncStatus(Protocol):
    async def behind(self) -> bool:
        """True when the latest writes have not reached SharePoint yet."""
        ...

    async def drained(self) -> None:
        """Return once every write has reached SharePoint (or failed for good)."""
        ...


@asynccontextmanager
async def open_local_stores(path: Path | str) -> AsyncIterator[Stores]:
    async with _open_local(path) as (stores, _):
        yield stores


@asynccontextmanager
async def open_mirrored_stores(
    path: Path | str, outbox: Outbox, *, grace: float = 1.0
) -> AsyncIterator[Stores]:
    """The local stores, with incidents and approvals also copied to SharePoint via ``outbox``.

    Whatever a crash left between a local commit and the outbox is handed over before use.
    """
    async with _open_local(path) as (local, incidents):
        mirror = IncidentMirror(incidents, outbox, grace=grace)
        await mirror.reconcile()
        yield replace(
            local,
            incidents=mirror,
            incident_audit=mirror.audit,
            approvals=ApprovalMirror(local.approvals, outbox),
            sync=mirror,
        )


@asynccontextmanager
async def _open_local(path: Path | str) -> AsyncIterator[tuple[Stores, SqliteIncidentStore]]:
    db = await open_database(path)
    incidents_db: aiosqlite.Connection | None = None
    try:
        people, jobs, questions = SqlitePeopleStore(db), SqliteJobStore(db), SqliteQuestionLog(db)
        approvals = SqliteApprovalStore(db)
        register, reviews, leavers = SqliteRegisterStore(db), SqliteReviewStore(db), SqliteLeaverStore(db)
        for store in (people, jobs, questions, approvals, register, reviews, leavers):
            await store.create_schema()
        # ":memory:" opened twice would be two empty databases, so there the connection is shared.
        incidents_db = db if str(path) == ":memory:" else await open_database(path)
        incidents = SqliteIncidentStore(incidents_db)
        await incidents.create_schema()
        stores = Stores(
            db=db,
            people=people,
            jobs=jobs,
            questions=questions,
            approvals=approvals,
            register=register,
            reviews=reviews,
            leavers=leavers,
            incidents=incidents,
            incident_audit=incidents.audit,
        )
        yield stores, incidents
    finally:
        if incidents_db is not None and incidents_db is not db:
            await incidents_db.close()
        await db.close()
