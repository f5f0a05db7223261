from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import aiosqlite
import pytest

from graph.questions import MAX_QUESTION_LENGTH, QuestionLog
from graph.sqlite_questions import SqliteQuestionLog

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
async def db() -> AsyncIterator[aiosqlite.Connection]:
    async with aiosqlite.connect(":memory:") as connection:
        yield connection


@pytest.fixture
async def log(db: aiosqlite.Connection) -> SqliteQuestionLog:
    store = SqliteQuestionLog(db)
    await store.create_schema()
    await store.create_schema()  # opening an existing database again is harmless
    return store


async def test_it_is_a_question_log(log: SqliteQuestionLog) -> None:
    store: QuestionLog = log
    assert await store.recent() == []


async def test_questions_are_kept_newest_first(log: SqliteQuestionLog) -> None:
    first = await log.record_question("platforms we use", True, ["2.1"], T0)
    second = await log.record_question("where do I park", False, [], T0 + timedelta(minutes=1))
    records = await log.recent()
    assert [r.id for r in records] == [second, first]
    assert records[1].sections == ("2.1",)
    assert records[1].answered is True
    assert records[1].asked_at == T0
    assert records[0].sections == ()
    assert first != second


async def test_only_unanswered(log: SqliteQuestionLog) -> None:
    await log.record_question("platforms we use", True, ["2.1"], T0)
    await log.record_question("where do I park", False, [], T0)
    assert [r.text for r in await log.recent(unanswered_only=True)] == ["where do I park"]


async def test_feedback_is_kept_and_the_latest_vote_counts(log: SqliteQuestionLog) -> None:
    question = await log.record_question("can I add a mum on fb", True, ["2.7"], T0)
    assert await log.record_feedback(question, True, T0 + timedelta(seconds=5))
    assert await log.record_feedback(question, False, T0 + timedelta(seconds=9))
    [record] = await log.recent()
    assert record.helpful is False
    assert record.feedback_at == T0 + timedelta(seconds=9)


async def test_one_question_by_id(log: SqliteQuestionLog) -> None:
    question = await log.record_question("platforms we use", True, ["2.1"], T0)
    record = await log.get(question)
    assert record is not None
    assert (record.text, record.sections) == ("platforms we use", ("2.1",))
    assert await log.get("nope") is None


async def test_feedback_for_an_unknown_question_is_refused(log: SqliteQuestionLog) -> None:
    assert not await log.record_feedback("nope", True, T0)


async def test_summary_for_the_annual_review(log: SqliteQuestionLog) -> None:
    a = await log.record_question("can I add a mum on fb", True, ["2.7"], T0)
    b = await log.record_question("fb hacked, and who approves?", True, ["2.5", "2.3"], T0)
    await log.record_question("hashtags?", False, [], T0)
    await log.record_question("old question", True, ["2.7"], T0 - timedelta(days=400))
    await log.record_feedback(a, True, T0)
    await log.record_feedback(b, False, T0)
    summary = await log.summary(since=T0 - timedelta(days=365))
    assert (summary.asked, summary.answered, summary.unanswered) == (3, 2, 1)
    assert (summary.helpful, summary.unhelpful) == (1, 1)
    assert summary.by_section == (("2.3", 1), ("2.5", 1), ("2.7", 1))
    assert (await log.summary()).asked == 4


async def test_long_questions_are_cut(log: SqliteQuestionLog) -> None:
    await log.record_question("x " * 2000, False, [], T0)
    [record] = await log.recent()
    assert len(record.text) == MAX_QUESTION_LENGTH


async def test_nothing_about_the_asker_is_stored(log: SqliteQuestionLog, db: aiosqlite.Connection) -> None:
    await log.record_question("can I add a mum on fb", True, ["2.7"], T0)
    async with db.execute("PRAGMA table_info(policy_questions)") as cursor:
        columns = {row[1] for row in await cursor.fetchall()}
    assert columns == {"id", "text", "answered", "sections", "asked_at", "helpful", "feedback_at"}
