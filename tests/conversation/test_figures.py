"""Floors on the development sets, so a change that routes worse fails CI (figures: bench/answers.py)."""

from __future__ import annotations

from bot.answers.evaluation import load_questions
from bot.answers.index import PolicyIndex
from bot.conversation.evaluation import evaluate_routes, load_labelled
from bot.conversation.route import Route, decide
from tests.conversation.conftest import DATA


def test_routes_on_the_development_set(index: PolicyIndex) -> None:
    report = evaluate_routes(index, load_labelled(DATA / "conversation_routes.jsonl"))
    assert report.rate(Route.SAFEGUARDING) == 1.0, [m.item.message for m in report.misses]
    assert report.false_alarms == 0
    assert report.family >= 90
    assert report.actions >= 0.95
    assert report.accuracy >= 0.9
    # The 50 ordinary messages about families added to check for false safeguarding alarms were
    # written without looking at the answers; 12 of the 41 that the policy answers get "not covered"
    # (78% top-1, 12% false abstention over the whole set), so these floors sit below 80% and 10%.
    assert report.top1 >= 0.75
    assert report.abstention_rate >= 0.9
    assert report.false_abstention_rate <= 0.15


def test_no_false_alarm_on_the_policy_question_sets(index: PolicyIndex) -> None:
    for name in ("policy_questions.jsonl", "policy_questions_holdout.jsonl"):
        for item in load_questions(DATA / name):
            if "2.4" not in item.sections:  # the policy's own section on safeguarding
                assert decide(index, item.question).route is not Route.SAFEGUARDING, item.question
