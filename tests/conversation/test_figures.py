"""Floors on the development sets, so a change that routes worse fails CI (figures: bench/answers.py).

The conversation classifiers are trained on every development set, so the plain figures below
are on their own training messages. The cross-validated floors at the end are the ones that
say how the router does on messages it has not learned from (``python -m bench.crossval``).
"""

from __future__ import annotations

import pytest

from bot.answers.evaluation import load_questions
from bot.answers.index import PolicyIndex
from bot.conversation.crossval import CrossValidation, cross_validate
from bot.conversation.evaluation import evaluate_routes, load_labelled
from bot.conversation.examples import development_examples
from bot.conversation.route import Route, decide
from tests.conversation.conftest import DATA


def test_routes_on_the_development_set(index: PolicyIndex) -> None:
    report = evaluate_routes(index, load_labelled(DATA / "conversation_routes.jsonl"))
    assert report.rate(Route.SAFEGUARDING) == 1.0, [m.item.message for m in report.misses]
    assert report.false_alarms == 0
    assert report.family >= 90
    assert report.actions >= 0.95
    assert report.accuracy >= 0.9
    # In-sample (the classifiers learned these messages): 95.5% top-1, 92.5% correct abstention,
    # 1.1% false abstention. The floors leave room for a retrained classifier to differ a little.
    assert report.top1 >= 0.9
    assert report.abstention_rate >= 0.9
    assert report.false_abstention_rate <= 0.05


def test_no_false_alarm_on_the_policy_question_sets(index: PolicyIndex) -> None:
    for name in ("policy_questions.jsonl", "policy_questions_holdout.jsonl"):
        for item in load_questions(DATA / name):
            if "2.4" not in item.sections:  # the policy's own section on safeguarding
                assert decide(index, item.question).route is not Route.SAFEGUARDING, item.question


@pytest.fixture(scope="module")
def cross_validated(index: PolicyIndex) -> CrossValidation:
    return cross_validate(index, development_examples())[0]


def test_cross_validated_figures_on_the_second_development_set(cross_validated: CrossValidation) -> None:
    # The rules were never tuned on this set, so with 5-fold cross-validation these are figures on
    # messages neither the rules nor the classifiers had seen. Measured: 96.7% of concerns caught,
    # 1 false alarm among 41 family messages (3 among 223 messages), 65.0% of actions, 70.1%
    # top-1, 84.6% correct and 8.2% false abstention; the rules alone: 60.7%, 0, 38.8%, 57.7%,
    # 76.9% and 30.9%. The floors sit a little under what was measured.
    report = cross_validated.routers["conversation_routes_2.jsonl"]
    assert report.rate(Route.SAFEGUARDING) >= 0.95
    assert report.family_alarms <= 1
    assert report.false_alarms <= 4
    assert report.actions >= 0.6
    assert report.top1 >= 0.65
    assert report.abstention_rate >= 0.8
    assert report.false_abstention_rate <= 0.1


def test_cross_validated_figures_of_the_learned_layer_alone(cross_validated: CrossValidation) -> None:
    # Each classifier's own choice on the messages of its held-out fold (measured: routes 85.3%,
    # sections 88.8%, report categories 65.4%).
    alone = cross_validated.alone
    assert alone.routes_right / alone.total >= 0.82
    assert alone.sections_right / alone.answerable >= 0.85
    assert alone.categories_right / alone.reports >= 0.6
