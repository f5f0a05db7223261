from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from bot.answers.document import Passage
from cards.answer import (
    HELPFUL,
    UNHELPFUL,
    build_abstain_card,
    build_answer_card,
    build_feedback_thanks_card,
    build_questions_log_card,
)
from graph.records.questions import QuestionRecord, QuestionSummary
from tests.cards.validation import assert_valid_card

MANAGER = "Fundraising & Partnerships Manager"
RULE = Passage(
    "2.7",
    "Personal Social Media Use",
    "Engaging in personal social media activities",
    "Maintain confidentiality and boundaries by not engaging or befriending service users through "
    "personal social media platforms.",
)
PLATFORMS = Passage(
    "2.1",
    "How Home-Start in Suffolk Will Use Social Media",
    "Platforms",
    "Home-Start in Suffolk uses the following digital/social media platforms\n• Facebook\n• Instagram",
)
AT = datetime(2026, 3, 2, 10, 30, tzinfo=UTC)


def _texts(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["text"]] if node.get("type") == "TextBlock" else []
        return found + [text for value in node.values() for text in _texts(value)]
    if isinstance(node, list):
        return [text for value in node for text in _texts(value)]
    return []


def _actions(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        found = [node] if node.get("type") == "Action.Execute" else []
        return found + [action for value in node.values() for action in _actions(value)]
    if isinstance(node, list):
        return [action for value in node for action in _actions(value)]
    return []


def test_answer_card_quotes_the_policy_with_its_section() -> None:
    card = build_answer_card([RULE, PLATFORMS], question_id="q1", ask_title=MANAGER)
    assert_valid_card(card)
    texts = _texts(card)
    assert "§2.7 Personal Social Media Use" in texts
    assert "§2.1 How Home-Start in Suffolk Will Use Social Media" in texts
    assert "• Facebook" in texts
    assert any(MANAGER in text for text in texts)
    assert "Did this help?" in texts
    assert "befriending service users" in card["fallbackText"]


def test_feedback_buttons_carry_only_the_question_id() -> None:
    card = build_answer_card([RULE], question_id="3f2a", ask_title=MANAGER)
    actions = _actions(card)
    assert [(a["title"], a["verb"]) for a in actions] == [("Yes", HELPFUL), ("No", UNHELPFUL)]
    for action in actions:
        assert action["data"] == {"verb": action["verb"], "question_id": "3f2a"}
        assert action["fallback"]["type"] == "Action.Submit"


def test_abstain_card_says_so_and_who_to_ask() -> None:
    card = build_abstain_card(ask_title=MANAGER)
    assert_valid_card(card)
    assert "The policy does not cover this." in _texts(card)
    assert MANAGER in card["fallbackText"]
    assert _actions(card) == []


@pytest.mark.parametrize("helpful", [True, False])
def test_after_feedback_the_card_keeps_the_answer_and_drops_the_buttons(helpful: bool) -> None:
    card = build_feedback_thanks_card([RULE], helpful=helpful, ask_title=MANAGER)
    assert_valid_card(card)
    assert _actions(card) == []
    assert any(text.startswith("Thanks") for text in _texts(card))


def test_questions_log_card_shows_gaps_and_unhelpful_answers() -> None:
    entries = [
        QuestionRecord("a", "where do I *park*?", False, (), AT),
        QuestionRecord("b", "can I add a mum on fb", True, ("2.7",), AT, helpful=False, feedback_at=AT),
        QuestionRecord("c", "platforms we use", True, ("2.1",), AT, helpful=True, feedback_at=AT),
    ]
    summary = QuestionSummary(3, 2, 1, 1, 1, (("2.7", 1), ("2.1", 1)))
    card = build_questions_log_card(entries, summary)
    assert_valid_card(card)
    texts = _texts(card)
    assert "where do I \\*park\\*?" in texts
    assert "can I add a mum on fb" in texts
    assert "platforms we use" not in texts
    assert "Policy questions" in texts
    facts = {
        fact["title"]: fact["value"]
        for block in card["body"]
        if block["type"] == "FactSet"
        for fact in block["facts"]
    }
    assert facts["Not covered by the policy"] == "1"
    assert facts["Answers that did not help"] == "1"


def test_an_empty_questions_log() -> None:
    card = build_questions_log_card([], QuestionSummary(0, 0, 0, 0, 0))
    assert_valid_card(card)
    assert "Nothing to review." in _texts(card)
