"""Every store the bot uses, on one local database, opened together and closed together."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from graph.records.approvals import ApprovalStore
from graph.records.incidents import AuditLog, IncidentStore
from graph.records.jobs import JobStore
from graph.records.leavers import LeaverStore
from graph.records.people import PeopleStore
from graph.records.questions import QuestionLog
from graph.records.register import RegisterStore
from graph.records.reviews import ReviewStore
from graph.sharepoint.approvals import ApprovalCopier
from graph.sqlite.approvals import SqliteApprovalStore
from graph.sqlite.database import Database, open_database
from graph.sqlite.incidents import SqliteIncidentStore
from graph.sqlite.jobs import SqliteJobStore
from graph.sqlite.leavers import SqliteLeaverStore
from graph.sqlite.migrations import database_id
from graph.sqlite.people import SqlitePeopleStore
from graph.sqlite.questions import SqliteQuestionLog
from graph.sqlite.register import SqliteRegisterStore
from graph.sqlite.reviews import SqliteReviewStore
from graph.sync.incidents import IncidentCopier
from graph.sync.mirror import Mirror, SyncStatus
from graph.sync.outbox import Outbox


@dataclass(frozen=True)
class Stores:
    db: Database
    people: PeopleStore
    jobs: JobStore
    questions: QuestionLog
    approvals: ApprovalStore
    # nudges: the register of official accounts, review cycles, leavers
    register: RegisterStore
    reviews: ReviewStore
    leavers: LeaverStore
    incidents: IncidentStore
    incident_audit: AuditLog
    database_id: str = ""  # this database's own random id (graph.sqlite.migrations.database_id)
    sync: SyncState | None = None  # set when records are copied to SharePoint
    outbox: Outbox | None = None  # what the SharePoint sync worker drains


class SyncState(Protocol):
    async def behind(self) -> bool:
        """True when the latest writes have not reached SharePoint yet."""
        ...

    async def drained(self) -> None:
        """Return once every write has reached SharePoint (or failed for good)."""
        ...


@asynccontextmanager
async def open_local_stores(path: Path | str) -> AsyncIterator[Stores]:
    db = await open_database(path)
    try:
        yield replace(_local(db), database_id=await database_id(db))
    finally:
        await db.close()


@asynccontextmanager
async def open_mirrored_stores(
    path: Path | str, *, grace: float = 1.0, now: Callable[[], float] = time.time
) -> AsyncIterator[Stores]:
    """The local stores, with incidents and approvals also copied to SharePoint via the outbox.

    Copies are queued in the same transaction as each record; anything written before (local
    mode, or an older release) is handed over here, before use.
    """
    db = await open_database(path)
    try:
        outbox = Outbox(db, now=now)
        mirror = Mirror(db, outbox, await database_id(db))
        incident_copier, approval_copier = IncidentCopier(mirror), ApprovalCopier(mirror)
        incidents = SqliteIncidentStore(db, on_change=incident_copier)
        approvals = SqliteApprovalStore(db, on_change=approval_copier)
        await incident_copier.reconcile(incidents)
        await approval_copier.reconcile(approvals)
        yield replace(
            _local(db),
            incidents=incidents,
            incident_audit=incidents.audit,
            approvals=approvals,
            database_id=await database_id(db),
            sync=SyncStatus(outbox, grace=grace),
            outbox=outbox,
        )
    finally:
        await db.close()


def _local(db: Database) -> Stores:
    incidents = SqliteIncidentStore(db)
    return Stores(
        db=db,
        people=SqlitePeopleStore(db),
        jobs=SqliteJobStore(db),
        questions=SqliteQuestionLog(db),
        approvals=SqliteApprovalStore(db),
        register=SqliteRegisterStore(db),
        reviews=SqliteReviewStore(db),
        leavers=SqliteLeaverStore(db),
        incidents=incidents,
        incident_audit=incidents.audit,
    )
