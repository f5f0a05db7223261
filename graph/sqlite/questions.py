"""The question log in the embedded SQLite database.

Times are UTC text of one width (``graph.records.times.sortable_time``): retention and the
summary's period compare them as text.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence
from datetime import datetime

from graph.records.questions import QuestionRecord, QuestionSummary, trim_question
from graph.records.times import parse_time, sortable_time
from graph.sqlite.database import Database
from graph.sqlite.migrations import migrate

_COLUMNS = "id, text, answered, sections, asked_at, helpful, feedback_at, missing"


def _record(row: Sequence[object]) -> QuestionRecord:
    id_, text, answered, sections, asked_at, helpful, feedback_at, missing = row
    return QuestionRecord(
        id=str(id_),
        text=str(text),
        answered=bool(answered),
        sections=tuple(part for part in str(sections).split(",") if part),
        asked_at=_required(parse_time(asked_at)),
        helpful=None if helpful is None else bool(helpful),
        feedback_at=parse_time(feedback_at),
        missing=str(missing or ""),
    )


def _required(value: datetime | None) -> datetime:
    if value is None:
        raise ValueError("a stored question has no time")
    return value


class SqliteQuestionLog:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def create_schema(self) -> None:
        """The tables come with the database (:mod:`graph.sqlite.migrations`); this checks it is current."""
        await migrate(self._db)

    async def record_question(self, text: str, answered: bool, sections: Sequence[str], at: datetime) -> str:
        question_id = uuid.uuid4().hex
        await self._db.execute(
            "INSERT INTO policy_questions (id, text, answered, sections, asked_at) VALUES (?, ?, ?, ?, ?)",
            (question_id, trim_question(text), int(answered), ",".join(sections), sortable_time(at)),
        )
        await self._db.commit()
        return question_id

    async def record_feedback(self, question_id: str, helpful: bool, at: datetime) -> bool:
        cursor = await self._db.execute(
            "UPDATE policy_questions SET helpful = ?, feedback_at = ? WHERE id = ?",
            (int(helpful), sortable_time(at), question_id),
        )
        await self._db.commit()
        return cursor.rowcount > 0

    async def record_missing(self, question_id: str, text: str, at: datetime) -> bool:
        cursor = await self._db.execute(
            "UPDATE policy_questions SET missing = ?, feedback_at = ? WHERE id = ?",
            (trim_question(text), sortable_time(at), question_id),
        )
        await self._db.commit()
        return cursor.rowcount > 0

    async def forget_before(self, when: datetime) -> int:
        cursor = await self._db.execute(
            "DELETE FROM policy_questions WHERE asked_at < ?", (sortable_time(when),)
        )
        await self._db.commit()
        return cursor.rowcount

    async def get(self, question_id: str) -> QuestionRecord | None:
        async with self._db.execute(
            f"SELECT {_COLUMNS} FROM policy_questions WHERE id = ?", (question_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return None if row is None else _record(tuple(row))

    async def recent(self, limit: int = 20, *, unanswered_only: bool = False) -> list[QuestionRecord]:
        where = "WHERE answered = 0 " if unanswered_only else ""
        async with self._db.execute(
            f"SELECT {_COLUMNS} FROM policy_questions {where}ORDER BY asked_at DESC, rowid DESC LIMIT ?",
            (limit,),
        ) as cursor:
            return [_record(tuple(row)) for row in await cursor.fetchall()]

    async def summary(self, since: datetime | None = None) -> QuestionSummary:
        query = "SELECT answered, sections, helpful FROM policy_questions"
        params: tuple[str, ...] = ()
        if since is not None:
            query += " WHERE asked_at >= ?"
            params = (sortable_time(since),)
        async with self._db.execute(query, params) as cursor:
            rows = list(await cursor.fetchall())
        sections: Counter[str] = Counter()
        for _, joined, _ in rows:
            sections.update(part for part in str(joined).split(",") if part)
        answered = sum(1 for row in rows if row[0])
        return QuestionSummary(
            asked=len(rows),
            answered=answered,
            unanswered=len(rows) - answered,
            helpful=sum(1 for row in rows if row[2] == 1),
            unhelpful=sum(1 for row in rows if row[2] == 0),
            by_section=tuple(sorted(sections.items(), key=lambda item: (-item[1], item[0]))),
        )
