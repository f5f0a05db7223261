"""Multinomial logistic regression and naive Bayes, small enough to train at start-up.

Why not scikit-learn: importing it with scipy and numpy costs about 114 MB of memory and 0.7 s,
which would take the bot's idle memory past its 150 MB goal, for a few thousand short messages
that these models learn in seconds (figures in README "Library, chosen by measurement"). Scoring
is plain Python; training uses numpy, in a process of its own when the bot trains (``learned``).

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
    names, weights, bias = gradient_descent(vectors, labels, size, settings)
    return LinearClassifier(names, weights, bias)


def gradient_descent(
    vectors: Sequence[SparseVector], labels: Sequence[str], size: int, settings: Settings | None = None
) -> tuple[list[str], list[array[float]], list[float]]:
    """The labels, and a weight row (doubles) and bias for each, by stochastic gradient descent.

    Each step reads and writes only the weights of the message's own features, for every class at
    once, with numpy: four times quicker than one weight at a time in Python, for the same
    arithmetic on each weight in the same order (a dot product adds its terms left to right, as a
    running sum does), so the same weights, bit for bit (``tests/conversation/test_linear.py``).
    numpy is imported here only: the bot trains in a process of its own (``learned``), so its
    21 MB never stay in the bot's memory.
    """
    import numpy as np

    chosen = settings or Settings()
    names = sorted(set(labels))
    classes = len(names)
    targets = [names.index(label) for label in labels]
    counts = Counter(targets)
    weight_of = [(len(targets) / (classes * counts[k])) if chosen.balanced else 1.0 for k in range(classes)]
    # One row per feature, a column per class: a message's features are then whole rows, read and
    # written at once. Weights are kept as scale * values so that the L2 shrink is one
    # multiplication per class.
    values = np.zeros((size, classes))
    scale = [1.0] * classes
    bias = [0.0] * classes
    examples = [
        (np.frombuffer(ids, dtype=np.int32).astype(np.intp), np.frombuffer(xs, dtype=np.float64)[:, None])
        for ids, xs in vectors
    ]
    order = list(range(len(vectors)))
    generator = random.Random(SEED)
    step = 0
    for _ in range(chosen.epochs):
        generator.shuffle(order)
        for position in order:
            ids, xs = examples[position]
            rate = chosen.rate / (1.0 + chosen.rate * chosen.l2 * step)
            step += 1
            rows = values[ids]  # a copy: written back below
            dots = np.cumsum(rows * xs, axis=0)[-1].tolist() if len(ids) else [0.0] * classes
            probabilities = softmax([b + s * dot for dot, s, b in zip(dots, scale, bias, strict=True)])
            target = targets[position]
            sample = weight_of[target]
            changes = [0.0] * classes  # a class left alone subtracts 0.0: its weights stay as they are
            changed = False
            for k, probability in enumerate(probabilities):
                gradient = sample * (probability - (k == target))
                scale[k] *= 1.0 - rate * chosen.l2
                bias[k] -= rate * gradient
                if abs(gradient) > chosen.skip:
                    changes[k] = rate * gradient / scale[k]
                    changed = True
            if changed:
                rows -= xs * np.array(changes)
                values[ids] = rows
            for k in range(classes):
                if scale[k] < 1e-3:
                    values[:, k] *= scale[k]
                    scale[k] = 1.0
    weights = [array("d", (values[:, k] * scale[k]).tobytes()) for k in range(classes)]
    return names, weights, bias


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

    Each example's counts are added to its class's row at once, with numpy (as in
    ``gradient_descent``): the same products added to each count in the same order as one feature
    at a time in Python, so the same weights bit for bit (``tests/conversation/test_linear.py``),
    in under half the time. The sums and logarithms stay in Python: numpy adds pairwise and may
    round a logarithm differently.
    """
    import numpy as np

    names = sorted(set(labels))
    totals = np.full((len(names), size), smoothing)
    times = counts if counts is not None else [1.0] * len(labels)
    for (ids, xs), label, count in zip(vectors, labels, times, strict=True):
        features = np.frombuffer(ids, dtype=np.int32)
        totals[names.index(label), features] += count * np.frombuffer(xs, dtype=np.float64)
    weights = []
    for row in totals.tolist():
        log_total = math.log(sum(row))
        weights.append(array("d", (math.log(value) - log_total for value in row)))
    return LinearClassifier(names, weights, [0.0] * len(names))
