"""How the router reads the learned layer's judgement: the cases the development sets showed wrong."""

from __future__ import annotations

from dataclasses import dataclass, fields

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.examples import Example
from bot.conversation.learned import Judgement, Learned, train_learned
from bot.conversation.route import Route, decide

NONSENSE = "zzqv blorptang wuzzle"  # nothing the rules or the policy index know


@dataclass(frozen=True)
class Fixed(Learned):
    """Trained classifiers whose judgement of every message is fixed by the test."""

    fixed: Judgement | None = None

    def judge(self, message: str) -> Judgement:
        assert self.fixed is not None
        return self.fixed


@pytest.fixture(scope="module")
def toy(index: PolicyIndex) -> Learned:
    examples = [
        Example("our insta was hacked", "report", "hacked_account"),
        Example("kid has bruises", "safeguarding"),
        Example("what can I post", "answer", sections=("2.3",)),
        Example("whats the wifi password", "not_covered"),
    ]
    return train_learned(examples, index.document)


def fixed(toy: Learned, judged: Judgement) -> Fixed:
    return Fixed(**{field.name: getattr(toy, field.name) for field in fields(toy)}, fixed=judged)


def test_the_category_and_section_are_worked_out_only_when_a_route_asks(toy: Learned) -> None:
    asked: list[str] = []

    def categories() -> dict[str, float]:
        asked.append("categories")
        return {"other": 1.0}

    judged = Judgement({"answer": 1.0}, categories, lambda: {"2.3": 1.0})
    assert judged.best("routes") == ("answer", 1.0)
    assert asked == []
    assert judged.best("categories") == ("other", 1.0)
    assert judged.best("categories") == ("other", 1.0)
    assert asked == ["categories"]
    assert toy.judge("our insta got hacked").best("categories")[0] == "hacked_account"


def test_once_the_alarm_is_silent_the_likeliest_other_route_decides(index: PolicyIndex, toy: Learned) -> None:
    # "What's the process if a child discloses something": the route model's likeliest route is a
    # concern, the safeguarding score is below its threshold, so the message is a policy question.
    judged = Judgement(
        {"safeguarding": 0.5, "answer": 0.3, "not_covered": 0.2}, dict, lambda: {"2.4": 0.9}, concern=0.0
    )
    route, probability = judged.best_route_but(Route.SAFEGUARDING)
    assert (route, round(probability, 9)) == ("answer", 0.6)
    got = decide(index, NONSENSE, fixed(toy, judged))
    assert got.route is Route.ANSWER
    assert got.sections == ("2.4",)


@pytest.mark.parametrize(("probability", "route"), [(0.1, Route.NOT_COVERED), (0.5, Route.SAFEGUARDING)])
def test_the_learned_alarm_needs_both_models(
    index: PolicyIndex, toy: Learned, probability: float, route: Route
) -> None:
    # Naive Bayes sure of a concern, the route regression not: leaving one set out, such alarms
    # were false more often than not.
    routes = {"safeguarding": probability, "not_covered": 1.0 - probability}
    judged = Judgement(routes, dict, dict, concern=6.0)
    assert decide(index, NONSENSE, fixed(toy, judged)).route is route
