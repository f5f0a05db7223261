"""Policy questions people asked, and whether the answers helped: evidence for the annual review.

Nothing here records who asked. A question is stored with its text, whether the policy answered
it and from which sections, and later the "Did this help?" vote, all under an opaque id.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

# Long pastes are cut: the review needs the gist, not a copy of whatever was pasted in.
MAX_QUESTION_LENGTH = 500


@dataclass(frozen=True)
class QuestionRecord:
    id: str
    text: str
    answered: bool
    sections: tuple[str, ...]
    asked_at: datetime
    helpful: bool | None = None
    feedback_at: datetime | None = None
    missing: str = ""  # what the asker said was missing from an unhelpful answer


@dataclass(frozen=True)
class QuestionSummary:
    asked: int
    answered: int
    unanswered: int
    helpful: int
    unhelpful: int
    by_section: tuple[tuple[str, int], ...] = ()


class QuestionLog(Protocol):
    async def record_question(self, text: str, answered: bool, sections: Sequence[str], at: datetime) -> str:
        """Store a question and return its opaque id (what the answer card carries)."""
        ...

    async def record_feedback(self, question_id: str, helpful: bool, at: datetime) -> bool:
        """Store a "Did this help?" vote; the latest vote counts. False if the id is unknown."""
        ...

    async def record_missing(self, question_id: str, text: str, at: datetime) -> bool:
        """Store what was missing from an unhelpful answer (already stripped of personal data)."""
        ...

    async def forget_before(self, when: datetime) -> int:
        """Delete questions asked before ``when`` (the retention period); returns how many."""
        ...

    async def get(self, question_id: str) -> QuestionRecord | None:
        """One question, e.g. to redraw its answer card after feedback."""
        ...

    async def recent(self, limit: int = 20, *, unanswered_only: bool = False) -> list[QuestionRecord]:
        """Newest first."""
        ...

    async def summary(self, since: datetime | None = None) -> QuestionSummary: ...


def trim_question(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_QUESTION_LENGTH else text[: MAX_QUESTION_LENGTH - 1] + "…"
