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


# Measured with 5-fold cross-validation on the sets written after the first (rules alone in
# brackets; the safeguarding rules were last extended after reading the cross-validated misses of
# all four sets, so their figures flatter the rules a little):
#   set 2 (550): concerns caught 99.2% (67.8%), false alarms 4 of 429 (3), 0 of 80 family
#     messages (0), actions 83.9% (34.8%), top-1 77.3% (56.2%), correct abstention 90.4% (76.9%),
#     false abstention 6.8% (29.0%);
#   set 3 (481): 100% (65.5%), 3 of 368 (2), 1 of 70 (0), 83.1% (39.9%), 82.2% (64.4%),
#     93.2% (93.2%), 9.6% (25.9%);
#   set 4 (308): 100% (58.6%), 1 of 146 (0), 1 of 100 (0), 90.9% (72.7%), 80.9% (51.5%),
#     90.9% (77.3%), 8.8% (32.4%).
# The floors sit a little under what was measured.
@pytest.mark.parametrize(
    ("name", "caught", "alarms", "family", "actions", "top1", "abstain", "false_abstain"),
    [
        ("conversation_routes_2.jsonl", 0.98, 5, 1, 0.80, 0.75, 0.88, 0.08),
        ("conversation_routes_3.jsonl", 0.98, 5, 2, 0.80, 0.79, 0.90, 0.11),
        ("conversation_routes_4.jsonl", 0.98, 3, 2, 0.86, 0.78, 0.86, 0.11),
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
    # Each classifier's own choice on the messages of its held-out fold (measured: routes 88.5%,
    # sections 89.7%, report categories 87.4%).
    alone = cross_validated.alone
    assert alone.routes_right / alone.total >= 0.85
    assert alone.sections_right / alone.answerable >= 0.86
    assert alone.categories_right / alone.reports >= 0.78
