"""The routing development sets stay well-formed, so a figure measured on them means something.

These check the files only, not the router's scores (the floors live in test_figures.py): a label
naming a route, category or section the product does not have, or the same message twice, would
quietly skew every figure and any classifier trained on them.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest

from bot.answers.document import load_policy
from bot.conversation.examples import DATA as TRAINING
from bot.conversation.examples import ROUTE_FILES, read_examples
from graph.records.incidents import Category
from tests.conversation.conftest import ROOT


def _number(name: str) -> int:
    """``conversation_routes.jsonl`` is the first set, ``conversation_routes_12.jsonl`` the twelfth."""
    return int(name.removesuffix(".jsonl").removeprefix("conversation_routes").lstrip("_") or 1)


# Every conversation set in the training folder, in the order written: a new file is checked as
# soon as it is dropped in, and the test below fails until the learned layer trains on it.
SETS = tuple(sorted((path.name for path in TRAINING.glob("conversation_routes*.jsonl")), key=_number))
# The first four were written as one series, each avoiding the others' messages; the later sets
# come from writers who never saw them, so "hi" or "thanks" may appear in both.
SERIES = SETS[:4]
ROUTES = {"safeguarding", "report", "leaver", "approval", "answer", "not_covered", "small_talk"}
FIELDS = {"message", "route", "category", "sections", "family_context"}
# The second set was written to balance the first: every route well represented.
SECOND_SET_MINIMUMS = {
    "safeguarding": 120,
    "report": 100,
    "answer": 170,
    "not_covered": 50,
    "small_talk": 40,
    "leaver": 30,
    "approval": 30,
}
# The third set varies the style (rambling, very short, misspelt, regional, formal, second-hand,
# emotional) so a learned router sees more than one way of saying each thing.
THIRD_SET_MINIMUMS = {
    "safeguarding": 110,
    "report": 90,
    "answer": 130,
    "not_covered": 40,
    "small_talk": 40,
    "leaver": 25,
    "approval": 25,
}


# A concern goes to the safeguarding card, never the report form: every other category can be reported.
REPORT_CATEGORIES = {category.value for category in Category} - {Category.SAFEGUARDING.value}


def _policy_sections() -> set[str]:
    return set(load_policy(ROOT / "orgs" / "home-start-suffolk" / "policy.md").sections)


def _rows(name: str) -> list[dict[str, Any]]:
    lines = (TRAINING / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("name", SETS)
def test_every_message_is_labelled_with_known_values(name: str) -> None:
    sections = _policy_sections()
    for row in _rows(name):
        where = row.get("message")
        assert set(row) <= FIELDS, where
        assert isinstance(row["message"], str), where
        assert row["message"].strip(), where
        assert row["route"] in ROUTES, where
        if row["route"] == "report":
            assert row.get("category") in REPORT_CATEGORIES, where
        else:
            assert "category" not in row, where
        if row["route"] == "answer":
            assert row.get("sections"), where
        assert set(row.get("sections", [])) <= sections, where
        assert row.get("family_context", True) is True, where
        assert not (row.get("family_context") and row["route"] == "safeguarding"), where


def test_no_message_appears_twice_across_the_first_series() -> None:
    texts = [row["message"].strip().casefold() for name in SERIES for row in _rows(name)]
    repeated = [text for text, count in Counter(texts).items() if count > 1]
    assert not repeated


def test_a_message_written_by_two_writers_has_the_same_label_in_both() -> None:
    labels: dict[str, set[tuple[str, str]]] = {}
    for name in ROUTE_FILES:
        for example in read_examples(TRAINING / name):
            key = example.message.strip().casefold()
            labels.setdefault(key, set()).add((example.route, example.category))
    assert {text: found for text, found in labels.items() if len(found) > 1} == {}


def test_the_fifth_set_leans_on_concerns_and_family_lookalikes() -> None:
    rows = _rows("conversation_routes_5.jsonl")
    routes = Counter(row["route"] for row in rows)
    assert len(rows) >= 460
    assert routes["safeguarding"] >= 210
    assert len([row for row in rows if row.get("family_context")]) >= 200
    reported = {row["category"] for row in rows if row["route"] == "report"}
    assert reported == REPORT_CATEGORIES


def test_the_sixth_set_leans_on_answers_and_abstention() -> None:
    rows = _rows("conversation_routes_6.jsonl")
    routes = Counter(row["route"] for row in rows)
    assert len(rows) >= 490
    assert routes["answer"] >= 220
    assert routes["not_covered"] >= 120
    assert min(routes[route] for route in ("leaver", "approval", "report", "small_talk")) >= 30
    answered = {row["sections"][0] for row in rows if row["route"] == "answer"}
    assert answered == _policy_sections()


# The seventh set is long rambling messages with many concerns, the eighth terse fragments and
# formal voices: each as written.
@pytest.mark.parametrize(
    ("name", "total", "concerns", "lookalikes"),
    [("conversation_routes_7.jsonl", 303, 112, 71), ("conversation_routes_8.jsonl", 329, 70, 50)],
)
def test_the_seventh_and_eighth_sets_keep_their_counts(
    name: str, total: int, concerns: int, lookalikes: int
) -> None:
    rows = _rows(name)
    routes = Counter(row["route"] for row in rows)
    assert len(rows) == total
    assert routes["safeguarding"] == concerns
    assert len([row for row in rows if row.get("family_context")]) == lookalikes


def test_the_seventh_set_is_long_rambling_messages() -> None:
    rows = _rows("conversation_routes_7.jsonl")
    assert sum(len(row["message"]) for row in rows) / len(rows) > 200


def test_the_eighth_set_reports_every_category() -> None:
    reported = {row["category"] for row in _rows("conversation_routes_8.jsonl") if row["route"] == "report"}
    assert reported == REPORT_CATEGORIES


@pytest.mark.parametrize(
    ("name", "total", "minimums", "per_category", "lookalikes"),
    [(SETS[1], 500, SECOND_SET_MINIMUMS, 12, 80), (SETS[2], 480, THIRD_SET_MINIMUMS, 11, 70)],
)
def test_the_second_and_third_sets_cover_every_route_and_category(
    name: str, total: int, minimums: dict[str, int], per_category: int, lookalikes: int
) -> None:
    rows = _rows(name)
    assert len(rows) >= total
    routes = Counter(row["route"] for row in rows)
    for route, minimum in minimums.items():
        assert routes[route] >= minimum, route
    reported = Counter(row["category"] for row in rows if row["route"] == "report")
    assert set(reported) == REPORT_CATEGORIES
    assert min(reported.values()) >= per_category
    answered = {row["sections"][0] for row in rows if row["route"] == "answer"}
    assert answered == _policy_sections()
    assert len([row for row in rows if row.get("family_context")]) >= lookalikes


def test_the_fourth_set_leans_on_concerns_and_family_lookalikes() -> None:
    # Written to test recall: many concerns in new wordings, and as many ordinary family messages
    # that must not raise an alarm.
    rows = _rows(SETS[3])
    routes = Counter(row["route"] for row in rows)
    assert routes["safeguarding"] >= 150
    assert len([row for row in rows if row.get("family_context")]) >= 100
    assert len(rows) - routes["safeguarding"] - 100 >= 40


def test_the_learned_layer_trains_on_every_conversation_set() -> None:
    assert set(SETS) <= set(ROUTE_FILES)
