"""Policy answer cards: an answer, the honest "not covered", after feedback, and the review log."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from bot.answers.document import load_policy
from bot.answers.index import PolicyIndex
from bot.config import DEFAULT_ORG_FILE
from bot.org import Role
from bot.org_file import load_org_config
from cards.answer import (
    build_abstain_card,
    build_answer_card,
    build_feedback_thanks_card,
    build_questions_log_card,
)
from graph.records.questions import QuestionRecord, QuestionSummary

AT = datetime(2026, 11, 30, 10, 30, tzinfo=UTC)


def examples() -> list[tuple[str, dict[str, Any]]]:
    org = load_org_config(DEFAULT_ORG_FILE)
    index = PolicyIndex(load_policy(org.policy_path))
    ask = org.title(Role.MANAGER)
    one = [m.passage for m in index.answer("can I add a mum I support on facebook?").matches]
    two = [
        m.passage
        for m in index.answer(
            "who do I tell if our insta gets hacked, and which platforms do we use?"
        ).matches
    ]
    entries = [
        QuestionRecord("a", "where do I park?", False, (), AT),
        QuestionRecord("b", "can I add a mum on fb", True, ("2.7",), AT, helpful=False, feedback_at=AT),
    ]
    return [
        ("answer", build_answer_card(one, question_id="q-1", ask_title=ask)),
        ("answer-two-passages", build_answer_card(two, question_id="q-2", ask_title=ask)),
        ("not-covered", build_abstain_card(ask_title=ask)),
        ("after-helpful", build_feedback_thanks_card(one, helpful=True, ask_title=ask)),
        ("after-unhelpful", build_feedback_thanks_card(one, helpful=False, ask_title=ask)),
        ("questions-log", build_questions_log_card(entries, QuestionSummary(12, 10, 2, 6, 1, (("2.7", 4),)))),
        ("questions-log-empty", build_questions_log_card([], QuestionSummary(0, 0, 0, 0, 0))),
    ]
