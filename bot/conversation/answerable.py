"""Answer or not: one probability that the policy answers a message, from every model's evidence.

Where the rules and the route regression leave a message to the policy (no concern, no report,
leaver or sign-off), the bot either quotes a passage or says the policy does not cover it (or
replies to chatter). Each model sees part of the answer: the route regression's answer, not
covered and small talk probabilities; naive Bayes over the same routes; a binary regression
trained only on answerable against not covered and small talk; and the policy index's own
evidence (did it find a passage, its best score, the margin over the next). A small logistic
regression over those few numbers (``WEIGHTS``) weighs them against each other.

Its weights are fitted on the development sets' out-of-fold scores, leaving one set out, so the
scores it learned to trust are those of classifiers that had not seen the message, which is how
they behave on a new writer (``python -m bench.answerable`` refits them and prints the sweep). Fitted
once and kept here like a threshold, they cost nothing at start-up; they must be refitted when
the training data or the models beneath them change.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence

from bot.answers import vocabulary
from bot.answers.index import Answer
from bot.conversation import situations
from bot.conversation.learned import Judgement
from bot.conversation.linear import sigmoid

# Subjects the policy does not cover (how often to post, hashtags…), even when asked as "can I post…".
GAPS = re.compile("|".join(f"(?:{gap})" for gap in vocabulary.GAPS))
NAMES = (
    "bayes",  # naive Bayes log-odds of an answer over not covered or small talk, tenths
    "answer",  # the route regression's log-odds of each, among the routes but safeguarding, thirds
    "not_covered",
    "small_talk",
    "binary",  # the answer-or-not regression's log-odds, thirds
    "found",  # 1 when the policy index found a passage
    "best",  # the index's best passage score, fifths
    "margin",  # how far it leads the next passage, fifths
    "posting",  # 1 for "can I post …" outside the subjects the policy does not cover
    "gap",  # 1 for a subject the policy does not cover
)
# Fitted leaving one set out over eighty-six sets (bench.answerable); bias first, then one weight per name.
WEIGHTS: tuple[float, ...] = (-0.323, 2.076, 1.144, -0.768, -0.124, 1.901, 0.202, 0.663, 0.239, 0.537, -0.135)


def _logit(probability: float) -> float:
    p = min(max(probability, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def asks_to_post(text: str) -> bool:
    """A "can I post …" question about something the policy covers (not how often, hashtags…).

    Both a number the stacked model reads and the router's last resort, the posting rules.
    """
    return bool(situations.POSTING_QUESTION.search(text)) and not GAPS.search(text)


def inputs(judged: Judgement, found: Answer, scores: Iterable[float], text: str) -> tuple[float, ...]:
    """The numbers the stacked model reads, scaled to similar ranges (see ``NAMES``).

    ``found`` is the policy index's answer, ``scores`` its score for every passage the message's
    words reach (``PolicyIndex.lookup``) and ``text`` the message as ``word_rules.normalise`` left
    it.
    """
    rest = judged.routes_but("safeguarding")
    gap = bool(GAPS.search(text))
    best, second = [*sorted(scores, reverse=True), 0.0, 0.0][:2]
    return (
        judged.answer_odds / 10,
        _logit(rest.get("answer", 0.0)) / 3,
        _logit(rest.get("not_covered", 0.0)) / 3,
        _logit(rest.get("small_talk", 0.0)) / 3,
        _logit(judged.answerable) / 3,
        0.0 if found.abstained else 1.0,
        best / 5,
        (best - second) / 5,
        float(asks_to_post(text)),
        float(gap),
    )


def probability(values: Sequence[float], weights: Sequence[float] = WEIGHTS) -> float:
    """The stacked model's probability that the policy answers the message."""
    z = weights[0] + sum(w * x for w, x in zip(weights[1:], values, strict=True))
    return sigmoid(z)


def fit(
    rows: Sequence[Sequence[float]], answerable: Sequence[bool], *, l2: float = 1e-3, epochs: int = 300
) -> tuple[float, ...]:
    """Logistic regression by full-batch gradient descent: a few numbers, a fixed schedule, no
    randomness, so the same scores give the same weights. Bias first."""
    size = len(rows[0]) if rows else 0
    weights = [0.0] * (size + 1)
    rate = 0.5
    for _ in range(epochs):
        gradient = [0.0] * (size + 1)
        for values, label in zip(rows, answerable, strict=True):
            error = probability(values, weights) - label
            gradient[0] += error
            for position, value in enumerate(values, start=1):
                gradient[position] += error * value
        count = len(rows) or 1
        weights = [
            w - rate * (g / count + (l2 * w if position else 0.0))
            for position, (w, g) in enumerate(zip(weights, gradient, strict=True))
        ]
    return tuple(weights)
