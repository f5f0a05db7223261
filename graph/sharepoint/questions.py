"""The question log in a SharePoint list: what was asked, whether the policy answered it, votes.

No column says who asked, and none may be added: the list's built-in Created By and
Modified By show the bot's own app identity, since the bot writes every item. A question's
opaque id is its item's idempotency key, not the item id, so ids cannot be guessed or
counted. The log is small (a charity's questions over a year), so ``recent`` and ``summary``
read the whole list and sort and count here rather than depend on SharePoint's ordering.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence
from datetime import datetime

from graph.records.questions import QuestionRecord, QuestionSummary, trim_question
from graph.records.times import graph_time, parse_time
from graph.sharepoint.lists import ListItem, SharePointLists
from graph.sharepoint.schema import Column, ListSchema
from graph.sharepoint.values import create, number, text, update_if, with_key

HELPFUL, UNHELPFUL = "helpful", "unhelpful"

QUESTIONS_LIST = ListSchema(
    "Policy Steward questions",
    (
        Column("Question", "text", multiline=True),
        Column("Answered", "boolean"),
        Column("Sections", "text"),
        Column("AskedAt", "dateTime"),
        Column("Vote", "choice", choices=(HELPFUL, UNHELPFUL)),
        Column("FeedbackAt", "dateTime"),
        Column("Missing", "text", multiline=True),
    ),
    description="Policy questions and whether the answers helped; never who asked.",
)

SCHEMAS = (QUESTIONS_LIST,)


def _record(item: ListItem) -> QuestionRecord:
    f = item.fields
    asked_at = parse_time(f.get("AskedAt"))
    assert asked_at is not None
    vote = f.get("Vote")
    return QuestionRecord(
        id=text(item.key),
        text=text(f.get("Question")),
        answered=bool(f.get("Answered")),
        sections=tuple(part for part in text(f.get("Sections")).split(",") if part),
        asked_at=asked_at,
        helpful=None if not vote else vote == HELPFUL,
        feedback_at=parse_time(f.get("FeedbackAt")),
        missing=text(f.get("Missing")),
    )


class SharePointQuestionLog:
    def __init__(self, lists: SharePointLists) -> None:
        self._lists = lists
        self._name = QUESTIONS_LIST.name

    async def create_schema(self) -> None:
        await self._lists.ensure_list(QUESTIONS_LIST)

    async def _all(self) -> list[QuestionRecord]:
        items = sorted(await self._lists.query(self._name), key=number, reverse=True)
        return sorted((_record(i) for i in items), key=lambda r: r.asked_at, reverse=True)

    async def record_question(self, text: str, answered: bool, sections: Sequence[str], at: datetime) -> str:
        question_id = uuid.uuid4().hex
        fields = {
            "Question": trim_question(text),
            "Answered": answered,
            "Sections": ",".join(sections),
            "AskedAt": graph_time(at),
        }
        await create(self._lists, self._name, fields, question_id)
        return question_id

    async def record_feedback(self, question_id: str, helpful: bool, at: datetime) -> bool:
        vote = {"Vote": HELPFUL if helpful else UNHELPFUL, "FeedbackAt": graph_time(at)}
        done = await update_if(
            self._lists, self._name, lambda: with_key(self._lists, self._name, question_id), lambda _: vote
        )
        return done is not None

    async def record_missing(self, question_id: str, text: str, at: datetime) -> bool:
        change = {"Missing": trim_question(text), "FeedbackAt": graph_time(at)}
        done = await update_if(
            self._lists, self._name, lambda: with_key(self._lists, self._name, question_id), lambda _: change
        )
        return done is not None

    async def forget_before(self, when: datetime) -> int:
        items = await self._lists.query(self._name)
        old = [item for item in items if (parse_time(item.fields.get("AskedAt")) or when) < when]
        return sum([await self._lists.delete_item(self._name, item.id) for item in old])

    async def get(self, question_id: str) -> QuestionRecord | None:
        found = await with_key(self._lists, self._name, question_id)
        return _record(found) if found else None

    async def recent(self, limit: int = 20, *, unanswered_only: bool = False) -> list[QuestionRecord]:
        records = [r for r in await self._all() if not (unanswered_only and r.answered)]
        return records[:limit]

    async def summary(self, since: datetime | None = None) -> QuestionSummary:
        rows = [r for r in await self._all() if since is None or r.asked_at >= since]
        sections: Counter[str] = Counter(s for r in rows for s in r.sections)
        answered = sum(1 for r in rows if r.answered)
        return QuestionSummary(
            asked=len(rows),
            answered=answered,
            unanswered=len(rows) - answered,
            helpful=sum(1 for r in rows if r.helpful is True),
            unhelpful=sum(1 for r in rows if r.helpful is False),
            by_section=tuple(sorted(sections.items(), key=lambda item: (-item[1], item[0]))),
        )
