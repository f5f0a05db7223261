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
from bot.conversation.examples import DATA as TRAINING
from bot.conversation.examples import development_examples
from bot.conversation.route import Route, decide


def test_routes_on_the_development_set(index: PolicyIndex) -> None:
    report = evaluate_routes(index, load_labelled(TRAINING / "conversation_routes.jsonl"))
    assert report.rate(Route.SAFEGUARDING) == 1.0, [m.item.message for m in report.misses]
    assert report.false_alarms == 0
    assert report.family >= 90
    assert report.actions >= 0.95
    assert report.accuracy >= 0.9
    # In-sample (the classifiers learned these messages): 96.1% top-1, 100% correct abstention,
    # 1.1% false abstention. The floors leave room for a retrained classifier to differ a little.
    assert report.top1 >= 0.9
    assert report.abstention_rate >= 0.9
    assert report.false_abstention_rate <= 0.05


def test_no_false_alarm_on_the_policy_question_sets(index: PolicyIndex) -> None:
    for name in ("policy_questions.jsonl", "policy_questions_holdout.jsonl"):
        for item in load_questions(TRAINING / name):
            if "2.4" not in item.sections:  # the policy's own section on safeguarding
                assert decide(index, item.question).route is not Route.SAFEGUARDING, item.question


@pytest.fixture(scope="module")
def cross_validated(index: PolicyIndex) -> CrossValidation:
    return cross_validate(index, development_examples())[0]


# Measured with 5-fold cross-validation on sets the rules were never tuned on, so these are figures
# on messages neither the rules nor the classifiers had seen (rules alone in brackets):
#   set 2 (550): concerns caught 94.2% (60.3%), false alarms 3 of 429 (3), 0 of 80 family
#     messages (0), actions 83.2% (34.8%), top-1 77.3% (56.2%), correct abstention 88.5% (76.9%),
#     false abstention 6.8% (29.0%);
#   set 3 (481): 95.6% (56.6%), 4 of 368 (3), 2 of 70 (1), 77.7% (39.9%), 80.7% (63.7%),
#     84.1% (93.2%), 11.1% (25.9%).
# The floors sit a little under what was measured.
@pytest.mark.parametrize(
    ("name", "caught", "alarms", "family", "actions", "top1", "abstain", "false_abstain"),
    [
        ("conversation_routes_2.jsonl", 0.92, 4, 1, 0.79, 0.75, 0.86, 0.08),
        ("conversation_routes_3.jsonl", 0.93, 6, 3, 0.74, 0.78, 0.81, 0.13),
    ],
)
def test_cross_validated_figures_on_sets_the_rules_never_saw(
    cross_validated: CrossValidation,
    name: str,
    caught: float,
    alarms: int,
    family: int,
    actions: float,
    top1: float,
    abstain: float,
    false_abstain: float,
) -> None:
    report = cross_validated.routers[name]
    assert report.rate(Route.SAFEGUARDING) >= caught
    assert report.false_alarms <= alarms
    assert report.family_alarms <= family
    assert report.actions >= actions
    assert report.top1 >= top1
    assert report.abstention_rate >= abstain
    assert report.false_abstention_rate <= false_abstain


def test_cross_validated_figures_of_the_learned_layer_alone(cross_validated: CrossValidation) -> None:
    # Each classifier's own choice on the messages of its held-out fold (measured: routes 88.2%,
    # sections 89.4%, report categories 82.3%).
    alone = cross_validated.alone
    assert alone.routes_right / alone.total >= 0.85
    assert alone.sections_right / alone.answerable >= 0.86
    assert alone.categories_right / alone.reports >= 0.78
