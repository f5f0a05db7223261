"""The question log: kept without the asker, newest first, latest vote counts."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from graph.records.questions import MAX_QUESTION_LENGTH, QuestionLog
from graph.sqlite.questions import SqliteQuestionLog
from tests.graph.contract.conftest import Backend, local_backend

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
async def backend(tmp_path: Path) -> AsyncIterator[Backend]:
    """Kept only locally: every message touches it, and answers must not stop when Graph does."""
    async with local_backend(tmp_path) as local:
        yield local


async def open_log(backend: Backend) -> QuestionLog:
    store: QuestionLog = await backend.open(SqliteQuestionLog)
    return store


@pytest.fixture
async def log(backend: Backend) -> QuestionLog:
    await open_log(backend)
    return await open_log(backend)  # opening an existing store again is harmless


async def test_questions_are_kept_newest_first(log: QuestionLog) -> None:
    assert await log.recent() == []
    first = await log.record_question("platforms we use", True, ["2.1"], T0)
    second = await log.record_question("where do I park", False, [], T0 + timedelta(minutes=1))
    third = await log.record_question("same minute, asked later", False, [], T0 + timedelta(minutes=1))
    records = await log.recent()
    assert [r.id for r in records] == [third, second, first]
    assert records[2].sections == ("2.1",)
    assert records[2].answered is True
    assert records[2].asked_at == T0
    assert (records[2].helpful, records[2].feedback_at) == (None, None)
    assert records[1].sections == ()
    assert len({first, second, third}) == 3
    assert [r.id for r in await log.recent(limit=1)] == [third]


async def test_only_unanswered(log: QuestionLog) -> None:
    await log.record_question("platforms we use", True, ["2.1"], T0)
    await log.record_question("where do I park", False, [], T0)
    assert [r.text for r in await log.recent(unanswered_only=True)] == ["where do I park"]


async def test_feedback_is_kept_and_the_latest_vote_counts(log: QuestionLog) -> None:
    question = await log.record_question("can I add a mum on fb", True, ["2.7"], T0)
    assert await log.record_feedback(question, True, T0 + timedelta(seconds=5))
    assert await log.record_feedback(question, False, T0 + timedelta(seconds=9))
    [record] = await log.recent()
    assert record.helpful is False
    assert record.feedback_at == T0 + timedelta(seconds=9)


async def test_votes_at_the_same_moment_both_land_on_one_question(log: QuestionLog, backend: Backend) -> None:
    other = await open_log(backend)
    question = await log.record_question("can I add a mum on fb", True, ["2.7"], T0)
    results = await asyncio.gather(
        log.record_feedback(question, True, T0), other.record_feedback(question, False, T0)
    )
    assert list(results) == [True, True]
    record = await log.get(question)
    assert record is not None
    assert record.helpful is not None


async def test_one_question_by_id(log: QuestionLog) -> None:
    question = await log.record_question("platforms we use", True, ["2.1", "2.3"], T0)
    record = await log.get(question)
    assert record is not None
    assert (record.id, record.text, record.sections) == (question, "platforms we use", ("2.1", "2.3"))
    assert await log.get("nope") is None
    assert await log.get("it's") is None


async def test_feedback_for_an_unknown_question_is_refused(log: QuestionLog) -> None:
    assert not await log.record_feedback("nope", True, T0)


async def test_summary_for_the_annual_review(log: QuestionLog) -> None:
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
    everything = await log.summary()
    assert everything.asked == 4
    assert everything.by_section[0] == ("2.7", 2)


async def test_long_questions_are_cut(log: QuestionLog) -> None:
    await log.record_question("x " * 2000, False, [], T0)
    [record] = await log.recent()
    assert len(record.text) == MAX_QUESTION_LENGTH


STORED_COLUMNS = {"id", "text", "answered", "sections", "asked_at", "helpful", "feedback_at", "missing"}


async def test_nothing_about_the_asker_is_stored(log: QuestionLog, backend: Backend) -> None:
    await log.record_question("can I add a mum on fb", True, ["2.7"], T0)
    assert backend.db is not None
    async with backend.db.execute("PRAGMA table_info(policy_questions)") as cursor:
        assert {row[1] for row in await cursor.fetchall()} == STORED_COLUMNS


async def test_what_was_missing_is_kept_with_the_question(log: QuestionLog) -> None:
    question = await log.record_question("can I add a mum on fb", True, ["2.7"], T0)
    assert await log.record_feedback(question, False, T0 + timedelta(seconds=5))
    assert await log.record_missing(question, "what to do if she adds me first", T0 + timedelta(seconds=9))
    record = await log.get(question)
    assert record is not None
    assert record.missing == "what to do if she adds me first"
    assert record.helpful is False
    assert not await log.record_missing("no-such-question", "anything", T0)


async def test_questions_older_than_the_retention_period_are_forgotten(log: QuestionLog) -> None:
    old = await log.record_question("asked long ago", True, ["2.1"], T0)
    kept = await log.record_question("asked recently", False, [], T0 + timedelta(days=400))
    assert await log.forget_before(T0 + timedelta(days=1)) == 1
    assert [r.id for r in await log.recent()] == [kept]
    assert await log.get(old) is None
    assert await log.forget_before(T0 + timedelta(days=1)) == 0


async def test_times_in_any_offset_compare_as_the_instants_they_are(log: QuestionLog) -> None:
    """A time written with the UK's summer offset once sorted as an hour later than it was."""
    summer = timezone(timedelta(hours=1))
    await log.record_question("asked at 10:30 BST", True, [], datetime(2026, 7, 1, 10, 30, tzinfo=summer))
    await log.record_question("asked at 09:40 UTC", True, [], datetime(2026, 7, 1, 9, 40, tzinfo=UTC))
    assert [q.text for q in await log.recent()] == ["asked at 09:40 UTC", "asked at 10:30 BST"]
    assert (await log.summary(since=datetime(2026, 7, 1, 9, 35, tzinfo=UTC))).asked == 1
    assert await log.forget_before(datetime(2026, 7, 1, 9, 35, tzinfo=UTC)) == 1
    [kept] = await log.recent()
    assert kept.asked_at == datetime(2026, 7, 1, 9, 40, tzinfo=UTC)
