"""Every store the bot uses, opened together at start-up and closed together at shutdown."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import aiosqlite

from graph.approvals import ApprovalStore
from graph.database import open_database
from graph.jobs import JobStore
from graph.leavers import LeaverStore
from graph.people import PeopleStore
from graph.questions import QuestionLog
from graph.register import RegisterStore
from graph.reviews import ReviewStore
from graph.sqlite_approvals import SqliteApprovalStore
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


@asynccontextmanager
async def open_local_stores(path: Path | str) -> AsyncIterator[Stores]:
    db = await open_database(path)
    try:
        people, jobs, questions = SqlitePeopleStore(db), SqliteJobStore(db), SqliteQuestionLog(db)
        approvals = SqliteApprovalStore(db)
        register, reviews, leavers = SqliteRegisterStore(db), SqliteReviewStore(db), SqliteLeaverStore(db)
        for store in (people, jobs, questions, approvals, register, reviews, leavers):
            await store.create_schema()
        yield Stores(
            db=db,
            people=people,
            jobs=jobs,
            questions=questions,
            approvals=approvals,
            register=register,
            reviews=reviews,
            leavers=leavers,
        )
    finally:
        await db.close()
