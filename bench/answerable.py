"""Refit the stacked answer-or-not model (``bot.conversation.answerable``) and print its sweep.

Run with ``.venv/bin/python -m bench.answerable`` (about 18 minutes of CPU over forty-two
development files, 35 over forty-six, about 40 over sixty-four: it trains the classifiers once per
file, and refits the stacked model once per file for the nested figures).
Each development file in turn is scored by classifiers trained on all the others, the way
``bench.crossval`` leaves one set out; every message that reaches the answer-or-not choice (no
rule and no action took it first) gives the stacked model's inputs, scored by classifiers that
never saw it. Then:

* the honest figure: the stacked model refitted without each file in turn and scored on it
  (nested), so no message is judged by weights fitted on its own writer;
* the weights to keep, fitted on every file's out-of-fold inputs, printed for ``WEIGHTS``.

Figures are correct and false abstention over the conversation sets, as ``bench.crossval``
counts them, at each threshold on the stacked probability (``Thresholds.answer``; ``abstain`` is
one minus it).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.answers.document import load_policy
from bot.answers.index import PolicyIndex
from bot.conversation import answerable
from bot.conversation.crossval import by_set
from bot.conversation.evaluation import ABSTAINING
from bot.conversation.examples import Example, development_examples
from bot.conversation.learned import Learned, train_learned
from bot.conversation.route import Route, decide
from bot.conversation.thresholds import THRESHOLDS
from bot.conversation.word_rules import normalise

from .crossval import POLICY

# The router always answering, and never, where the stacked model decides: a message whose route
# differs between the two reaches that choice.
ALWAYS = replace(THRESHOLDS, answer=-math.inf, abstain=math.inf)
NEVER = replace(THRESHOLDS, answer=math.inf, abstain=-math.inf)
SWEEP = (0.5, 0.55, 0.6, 0.62, 0.64, 0.65, 0.66, 0.68, 0.7, 0.72, 0.74, 0.76)


@dataclass(frozen=True)
class Scored:
    item: Example
    inputs: tuple[float, ...] | None  # None: a rule or an action took the message first
    abstained: bool  # what the router does with it when the choice is not its to make


def score_fold(index: PolicyIndex, learned: Learned, items: Sequence[Example]) -> list[Scored]:
    found: list[Scored] = []
    for item in items:
        always = decide(index, item.message, learned, ALWAYS)
        never = decide(index, item.message, learned, NEVER)
        values = None
        if always.route != never.route:
            judged = learned.judge(item.message)
            looked = index.lookup(item.message)
            values = answerable.inputs(judged, looked.answer, looked.scores.values(), normalise(item.message))
        found.append(Scored(item, values, always.route in ABSTAINING))
    return found


def out_of_fold(index: PolicyIndex, examples: Sequence[Example]) -> list[list[Scored]]:
    """Every development message scored by classifiers trained without its file."""
    result = []
    for fold in by_set([e.source for e in examples]):
        held_out = set(fold)
        learned = train_learned([e for p, e in enumerate(examples) if p not in held_out], index.document)
        result.append(score_fold(index, learned, [examples[p] for p in fold]))
    return result


def fit_on(sets: Sequence[Sequence[Scored]]) -> tuple[float, ...]:
    rows: list[tuple[float, ...]] = []
    labels: list[bool] = []
    for group in sets:
        for scored in group:
            if scored.inputs is not None and _labelled(scored.item):
                rows.append(scored.inputs)
                labels.append(scored.item.route == Route.ANSWER)
    return answerable.fit(rows, labels)


def _labelled(item: Example) -> bool:
    return item.route in (Route.ANSWER, Route.NOT_COVERED, Route.SMALL_TALK)


def figures(
    sets: Sequence[Sequence[Scored]], weights: Sequence[Sequence[float]], threshold: float
) -> tuple[int, int, int, int]:
    """Correct abstentions of the not-covered messages, false ones of the answerable (routed sets)."""
    right = unanswerable = wrong = answerable_count = 0
    for group, chosen in zip(sets, weights, strict=True):
        for scored in group:
            if not scored.item.routed:
                continue
            if scored.inputs is None:
                abstains = scored.abstained
            else:
                abstains = answerable.probability(scored.inputs, chosen) < threshold
            if scored.item.route == Route.NOT_COVERED:
                unanswerable += 1
                right += abstains
            elif scored.item.route == Route.ANSWER:
                answerable_count += 1
                wrong += abstains
    return right, unanswerable, wrong, answerable_count


def main() -> None:
    index = PolicyIndex(load_policy(POLICY))
    sets = out_of_fold(index, development_examples())
    nested = [fit_on([other for other in sets if other is not group]) for group in sets]
    kept = fit_on(sets)
    runs = (("nested (each file's weights fitted without it)", nested), ("kept", [kept] * len(sets)))
    for name, weights in runs:
        print(f"leave one set out, stacked model {name}:")
        for threshold in SWEEP:
            right, unanswerable, wrong, answerable_count = figures(sets, weights, threshold)
            print(
                f"  at {threshold:.2f}: correct abstention {right}/{unanswerable}"
                f" ({right / unanswerable:.1%}), false abstention {wrong}/{answerable_count}"
                f" ({wrong / answerable_count:.1%})"
            )
    print("WEIGHTS = (" + ", ".join(f"{w:.3f}" for w in kept) + ")")
    print("  (bias, " + ", ".join(answerable.NAMES) + ")")


if __name__ == "__main__":
    main()
