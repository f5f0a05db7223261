"""Multinomial logistic regression and naive Bayes in plain Python, small enough to train at start-up.

Why not scikit-learn: importing it with scipy and numpy costs about 114 MB of memory and 0.7 s,
which would take the bot's idle memory past its 150 MB goal, for a few thousand short messages
that a plain-Python model learns in a few seconds of CPU in a background thread (figures in
README "Library, chosen by measurement").

Training is stochastic gradient descent on the log loss with L2 regularisation, over the
examples in an order drawn from a seeded random generator: the same files give the same model,
bit for bit. Classes are weighted so that a rare route counts as much in total as a common one.
"""

from __future__ import annotations

import math
import random
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter, mul

from bot.conversation.features import SparseVector

SEED = 15
# Added to every feature's count in naive Bayes. Chosen leaving one development set out (a new
# writer): 0.03 caught more concerns than 0.1 for fewer family alarms and picked the right section
# as often; 0.3 and above smoothed away the rare words a concern is told by.
NB_SMOOTHING = 0.03


@dataclass(frozen=True)
class Settings:
    # Chosen on the development folds: 4 epochs at rate 1.0 route as well as 6 at 0.5 or 12, in a
    # third of the time.
    epochs: int = 4
    rate: float = 1.0
    l2: float = 1e-4
    balanced: bool = True
    # A class whose gradient is smaller than this is not updated: once an example is learned, its
    # updates are skipped, which is most of the work saved for the same accuracy on the folds.
    skip: float = 0.02


class LinearClassifier:
    """Scores and probabilities for a fixed list of labels, from one weight row and bias per label.

    Both learners end in this shape: logistic regression (:func:`train`) fits the weights, naive
    Bayes (:func:`train_naive_bayes`) counts them as log-probabilities with equal priors. So one
    scorer, and one memory layout, serves both.
    """

    def __init__(self, labels: Sequence[str], weights: Sequence[Sequence[float]], bias: list[float]) -> None:
        self.labels = tuple(labels)
        # Packed 4-byte floats: half the doubles training works in, an eighth of Python floats.
        # Training keeps doubles (thousands of small updates would drift in single precision);
        # a weight's seventh significant digit moves a score by far less than any threshold's step.
        self._weights = [array("f", row) for row in weights]
        self._bias = bias

    @property
    def weight_bytes(self) -> int:
        """The memory the weight rows hold (what a model costs, for the figures in the README)."""
        return sum(row.itemsize * len(row) for row in self._weights)

    def scores(self, vector: SparseVector) -> list[float]:
        ids, values = vector
        gather = gatherer(ids)
        return [
            bias + sum(map(mul, gather(weights), values))
            for weights, bias in zip(self._weights, self._bias, strict=True)
        ]

    def probabilities(self, vector: SparseVector) -> dict[str, float]:
        return dict(zip(self.labels, softmax(self.scores(vector)), strict=True))

    def rows(self) -> tuple[list[array[float]], list[float]]:
        """The weight rows and biases, one per label (to derive a smaller model from them)."""
        return list(self._weights), list(self._bias)


def gatherer(ids: Sequence[int]) -> Callable[[array[float]], Iterable[float]]:
    """Reads a row's weights at ``ids``, in order: built once per vector, used for every class.

    ``itemgetter`` fetches them all in C, twice as fast as mapping the row's ``__getitem__``, for
    the same values in the same order (so the same sums, bit for bit); it needs two ids or more.
    """
    if len(ids) > 1:
        getter: Callable[[array[float]], Iterable[float]] = itemgetter(*ids)
        return getter
    return lambda row: map(row.__getitem__, ids)


def sigmoid(score: float) -> float:
    """The probability of a two-class score's log-odds, clamped so an extreme score cannot overflow."""
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, score))))


def softmax(scores: list[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(score - top) for score in scores]
    total = sum(exps)
    return [value / total for value in exps]


def train(
    vectors: Sequence[SparseVector], labels: Sequence[str], size: int, settings: Settings | None = None
) -> LinearClassifier:
    """Fit on ``vectors`` (feature ids below ``size``) and their labels; deterministic."""
    chosen = settings or Settings()
    names = sorted(set(labels))
    targets = [names.index(label) for label in labels]
    counts = Counter(targets)
    weight_of = [
        (len(targets) / (len(names) * counts[k])) if chosen.balanced else 1.0 for k in range(len(names))
    ]
    # Weights are kept as scale * values so that the L2 shrink is one multiplication per class.
    values = [array("d", [0.0]) * size for _ in names]  # zeros, packed
    scale = [1.0] * len(names)
    bias = [0.0] * len(names)
    order = list(range(len(vectors)))
    generator = random.Random(SEED)
    step = 0
    for _ in range(chosen.epochs):
        generator.shuffle(order)
        for position in order:
            ids, xs = vectors[position]
            rate = chosen.rate / (1.0 + chosen.rate * chosen.l2 * step)
            step += 1
            gather = gatherer(ids)
            scores = [
                b + s * sum(map(mul, gather(v), xs)) for v, s, b in zip(values, scale, bias, strict=True)
            ]
            probabilities = softmax(scores)
            target = targets[position]
            sample = weight_of[target]
            for k, probability in enumerate(probabilities):
                gradient = sample * (probability - (k == target))
                scale[k] *= 1.0 - rate * chosen.l2
                bias[k] -= rate * gradient
                if abs(gradient) > chosen.skip:
                    change = rate * gradient / scale[k]
                    row = values[k]
                    for feature, x in zip(ids, xs, strict=True):
                        row[feature] -= change * x
                if scale[k] < 1e-3:
                    values[k] = array("d", (value * scale[k] for value in values[k]))
                    scale[k] = 1.0
    # Generators rather than lists: a list of Python floats would cost four times the packed row.
    weights = [array("d", (value * s for value in row)) for row, s in zip(values, scale, strict=True)]
    return LinearClassifier(names, weights, bias)


def train_naive_bayes(
    vectors: Sequence[SparseVector],
    labels: Sequence[str],
    size: int,
    smoothing: float = NB_SMOOTHING,
    *,
    counts: Sequence[float] | None = None,
) -> LinearClassifier:
    """Multinomial naive Bayes over the same features: one pass over the examples, no iterations.

    Its weights are the log-probability of each feature within a class (smoothed) and every class
    gets the same prior, so a rare route is not outvoted by a common one. Scores are turned into
    probabilities the same way as the regression's. ``counts`` says how many times each example
    counts (once each when not given), to weigh examples that are hard to tell apart.
    """
    names = sorted(set(labels))
    totals = [array("d", [smoothing]) * size for _ in names]
    times = counts if counts is not None else [1.0] * len(labels)
    for (ids, xs), label, count in zip(vectors, labels, times, strict=True):
        row = totals[names.index(label)]
        for feature, x in zip(ids, xs, strict=True):
            row[feature] += count * x
    weights = []
    for row in totals:
        log_total = math.log(sum(row))
        weights.append(array("d", (math.log(value) - log_total for value in row)))
    return LinearClassifier(names, weights, [0.0] * len(names))
