"""The regression's and naive Bayes's training, vectorised, learn the very weights of the plain
Python they replaced: the same arithmetic on every weight, in the same order, so every figure
measured before them still holds."""

from __future__ import annotations

import math
import random
from array import array
from collections import Counter
from collections.abc import Sequence
from operator import mul

import pytest

from bot.conversation.examples import development_examples
from bot.conversation.features import SparseVector, Vectorizer
from bot.conversation.linear import (
    NB_SMOOTHING,
    SEED,
    Settings,
    gradient_descent,
    softmax,
    train_naive_bayes,
)


def reference(
    vectors: Sequence[SparseVector], labels: Sequence[str], size: int, chosen: Settings
) -> tuple[list[array[float]], list[float]]:
    """Stochastic gradient descent one weight at a time, as the bot trained before (the spec).

    The L2 shrink is kept as one scale per class, a class whose gradient is at most ``skip`` is
    not updated, and a dot product adds its terms left to right.
    """
    names = sorted(set(labels))
    targets = [names.index(label) for label in labels]
    counts = Counter(targets)
    classes = range(len(names))
    weight_of = [len(targets) / (len(names) * counts[k]) if chosen.balanced else 1.0 for k in classes]
    values = [array("d", [0.0]) * size for _ in names]
    scale, bias = [1.0] * len(names), [0.0] * len(names)
    order = list(range(len(vectors)))
    generator = random.Random(SEED)
    step = 0
    for _ in range(chosen.epochs):
        generator.shuffle(order)
        for position in order:
            ids, xs = vectors[position]
            rate = chosen.rate / (1.0 + chosen.rate * chosen.l2 * step)
            step += 1
            scores = [
                b + s * _left_to_right([v[i] for i in ids], xs)
                for v, s, b in zip(values, scale, bias, strict=True)
            ]
            target = targets[position]
            for k, probability in enumerate(softmax(scores)):
                gradient = weight_of[target] * (probability - (k == target))
                scale[k] *= 1.0 - rate * chosen.l2
                bias[k] -= rate * gradient
                if abs(gradient) > chosen.skip:
                    change = rate * gradient / scale[k]
                    for feature, x in zip(ids, xs, strict=True):
                        values[k][feature] -= change * x
                if scale[k] < 1e-3:
                    values[k] = array("d", (value * scale[k] for value in values[k]))
                    scale[k] = 1.0
    return [array("d", (value * s for value in row)) for row, s in zip(values, scale, strict=True)], bias


def _left_to_right(weights: list[float], xs: array[float]) -> float:
    total = 0.0
    for product in map(mul, weights, xs):
        total += product
    return total


def _sample(count: int, label: str) -> tuple[list[SparseVector], list[str], int]:
    examples = development_examples()[::7][:count]
    messages = [example.message for example in examples] + ["", "zzqx"]  # no feature; one unknown
    labels = [getattr(example, label) or "none" for example in examples] + ["none", "none"]
    vectorizer = Vectorizer(messages[:-2])
    return vectorizer.vectors(messages), labels, len(vectorizer)


@pytest.mark.parametrize(
    ("label", "settings"),
    [
        ("route", Settings()),
        ("category", Settings(balanced=False, skip=0.0)),
        # A shrink this strong takes the per-class scale under 1e-3 within 110 steps, again and
        # again, so folding it into the weights is checked too.
        ("route", Settings(epochs=2, l2=0.9)),
    ],
)
def test_the_vectorised_training_learns_every_weight_bit_for_bit_as_the_plain_one(
    label: str, settings: Settings
) -> None:
    vectors, labels, size = _sample(600, label)
    weights, bias = reference(vectors, labels, size, settings)
    names, rows, learned_bias = gradient_descent(vectors, labels, size, settings)
    assert names == sorted(set(labels))
    assert learned_bias == bias
    assert [row.tobytes() for row in rows] == [row.tobytes() for row in weights]


def plain_naive_bayes(
    vectors: Sequence[SparseVector], labels: Sequence[str], size: int, counts: Sequence[float]
) -> list[array[float]]:
    """Naive Bayes one feature at a time, as the bot counted before (the spec)."""
    names = sorted(set(labels))
    totals = [array("d", [NB_SMOOTHING]) * size for _ in names]
    for (ids, xs), label, count in zip(vectors, labels, counts, strict=True):
        row = totals[names.index(label)]
        for feature, x in zip(ids, xs, strict=True):
            row[feature] += count * x
    logs = [math.log(sum(row)) for row in totals]
    return [
        array("d", (math.log(value) - log for value in row)) for row, log in zip(totals, logs, strict=True)
    ]


@pytest.mark.parametrize("weigh", [False, True])
def test_the_vectorised_naive_bayes_counts_every_weight_bit_for_bit_as_the_plain_one(weigh: bool) -> None:
    vectors, labels, size = _sample(600, "route")
    counts = [2.0 if weigh and position % 3 == 0 else 1.0 for position in range(len(vectors))]
    rows, bias = train_naive_bayes(vectors, labels, size, counts=counts).rows()
    assert bias == [0.0] * len(rows)
    # The classifier keeps four-byte floats: the same doubles make the same floats.
    expected = plain_naive_bayes(vectors, labels, size, counts)
    assert [row.tobytes() for row in rows] == [array("f", row).tobytes() for row in expected]
