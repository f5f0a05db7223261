"""Every store the bot uses, opened together at start-up and closed together at shutdown."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import aiosqlite

from graph.approvals import ApprovalStore
from graph.database import open_database
from graph.incidents import AuditLog, IncidentStore
from graph.jobs import JobStore
from graph.people import PeopleStore
from graph.questions import QuestionLog
from graph.sqlite_approvals import SqliteApprovalStore
from graph.sqlite_incidents import SqliteIncidentStore
from graph.sqlite_jobs import SqliteJobStore
from graph.sqlite_people import SqlitePeopleStore
from graph.sqlite_questions import SqliteQuestionLog


@dataclass(frozen=True)
class Stores:
    db: aiosqlite.Connection
    people: PeopleStore
    jobs: JobStore
    questions: QuestionLog
    approvals: ApprovalStore
    # Incident log: its own connection, so a report's writes commit as one transaction.
    incidents: IncidentStore
    incident_audit: AuditLog


@asynccontextmanager
async def open_local_stores(path: Path | str) -> AsyncIterator[Stores]:
    db = await open_database(path)
    incidents_db: aiosqlite.Connection | None = None
    try:
        people, jobs, questions = SqlitePeopleStore(db), SqliteJobStore(db), SqliteQuestionLog(db)
        approvals = SqliteApprovalStore(db)
        for store in (people, jobs, questions, approvals):
            await store.create_schema()
        # ":memory:" opened twice would be two empty databases, so there the connection is shared.
        incidents_db = db if str(path) == ":memory:" else await open_database(path)
        incidents = SqliteIncidentStore(incidents_db)
        await incidents.create_schema()
        yield Stores(
            db=db,
            people=people,
            jobs=jobs,
            questions=questions,
            approvals=approvals,
            incidents=incidents,
            incident_audit=incidents.audit,
        )
    finally:
        if incidents_db is not None and incidents_db is not db:
            await incidents_db.close()
        await db.close()
