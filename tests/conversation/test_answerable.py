"""The stacked answer-or-not model: a few weights over the other models' scores, fitted offline."""

from __future__ import annotations

from bot.conversation import answerable


def test_fitting_is_deterministic_and_learns_a_toy_problem() -> None:
    rows = [(1.0, 0.2), (0.8, 0.1), (-1.0, 0.3), (-0.7, 0.0)] * 5
    labels = [True, True, False, False] * 5
    weights = answerable.fit(rows, labels)
    assert weights == answerable.fit(rows, labels)
    assert answerable.probability((0.9, 0.1), weights) > 0.5 > answerable.probability((-0.9, 0.1), weights)


def test_one_weight_per_input_and_a_bias() -> None:
    assert len(answerable.WEIGHTS) == len(answerable.NAMES) + 1
