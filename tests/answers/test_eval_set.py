"""The first conversation evaluation set stays well-formed and as broad as it was written.

It was held out until the third evaluation set was frozen, then retired into the development data
(it lives beside the other training files now). These checks guard the file itself, not the bot's
scores: a label pointing at a section the policy does not have, or a route the bot cannot take,
would make every figure measured on it, and every classifier trained on it, meaningless.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest

from bot.answers.document import PolicyDocument
from bot.conversation.examples import DATA as TRAINING
from graph.records.incidents import Category

EVAL_SET = TRAINING / "conversation_eval.jsonl"
ROUTES = {"safeguarding", "report", "leaver", "approval", "answer", "not_covered", "small_talk"}
VOICES = {"volunteer", "staff", "trustee", "manager"}
FIELDS = {"id", "voice", "text", "route", "category", "section", "family_context", "note"}
MINIMUMS = {
    "safeguarding": 30,
    "report": 40,
    "answer": 60,
    "not_covered": 15,
    "small_talk": 10,
    "leaver": 6,
    "approval": 6,
}


@pytest.fixture(scope="module")
def messages() -> list[dict[str, Any]]:
    lines = EVAL_SET.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_every_message_is_labelled_with_known_values(
    messages: list[dict[str, Any]], document: PolicyDocument
) -> None:
    categories = {category.value for category in Category}
    for message in messages:
        where = message.get("id")
        assert set(message) <= FIELDS, where
        assert message["voice"] in VOICES, where
        assert message["route"] in ROUTES, where
        assert isinstance(message["text"], str), where
        assert message["text"].strip(), where
        if message["route"] == "report":
            assert message.get("category") in categories, where
        else:
            assert "category" not in message, where
        if message["route"] == "answer":
            assert "section" in message, where
        if "section" in message:
            assert message["section"] in document.sections, where


def test_ids_and_texts_are_unique(messages: list[dict[str, Any]]) -> None:
    ids = [message["id"] for message in messages]
    texts = [message["text"].casefold() for message in messages]
    assert len(set(ids)) == len(ids)
    assert len(set(texts)) == len(texts)


def test_the_set_is_as_broad_as_promised(messages: list[dict[str, Any]], document: PolicyDocument) -> None:
    routes = Counter(message["route"] for message in messages)
    assert len(messages) >= 180
    for route, minimum in MINIMUMS.items():
        assert routes[route] >= minimum, route
    lookalikes = [m for m in messages if m.get("family_context") and m["route"] != "safeguarding"]
    assert len(lookalikes) >= 25
    assert not any(m.get("family_context") for m in messages if m["route"] == "safeguarding")
    answered = {m["section"] for m in messages if m["route"] == "answer"}
    assert answered == set(document.sections)
    reported = {m["category"] for m in messages if m["route"] == "report"}
    assert reported >= {"hacked_account", "online_abuse", "harmful_content", "data_breach"}
    assert reported >= {"policy_breach", "complaint", "crisis", "other"}
    assert {m["voice"] for m in messages} == VOICES
