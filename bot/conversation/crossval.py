"""Cross-validation of the learned layer on the development sets: figures it has not seen.

Two ways of splitting, each fold scored by classifiers trained on the other folds only (plus the
policy's own sentences), so no message is judged by a model that learned from it:

* k-fold: the messages split into ``FOLDS`` folds, stratified by route, with a fixed seed. A
  message's fold-mates and its training messages come from the same writers, so this flatters:
  it says how well the layer knows the writers it learned from.
* leave one set out: each development file was written by a different person, so each file in
  turn is scored by classifiers trained on all the others. This is the figure for a new writer,
  which is what an evaluation set written later measures; thresholds and settings are chosen on it.

The folds are independent, so each is trained and scored in a process of its own, as many at once
as there are cores (a fold trains for half a minute; the test suite's figures wait on five).

Two sets of figures:

* the learned layer alone (each classifier's own choice), which says how well it generalises
  from wording;
* the whole router (rules, then the learned layer), as in chat. The rules were written while
  reading these same messages, so this figure still flatters the rules; it is not a figure on
  unseen messages.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import random
from collections import defaultdict
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, fields
from functools import partial

from bot.answers.evaluation import AnswerFigures
from bot.answers.index import PolicyIndex
from bot.conversation.alarm import learned_alarm
from bot.conversation.evaluation import ABSTAINING, RouteReport, evaluate_routes
from bot.conversation.examples import Example
from bot.conversation.learned import Judgement, Learned, train_learned
from bot.conversation.route import Decision, Route, decide
from bot.conversation.thresholds import THRESHOLDS, Thresholds

FOLDS = 5
SEED = 15
# Thresholds nothing reaches (every one is a floor the learned layer's score must reach to act, or
# for ``section`` to overrule the index): the router with the learned layer switched off.
RULES_ONLY = Thresholds(**dict.fromkeys((limit.name for limit in fields(Thresholds)), math.inf))


def stratified_folds(labels: Sequence[str], folds: int = FOLDS, seed: int = SEED) -> list[list[int]]:
    """Positions split into ``folds`` groups, each label spread evenly; the same split every time."""
    by_label: dict[str, list[int]] = defaultdict(list)
    for position, label in enumerate(labels):
        by_label[label].append(position)
    generator = random.Random(seed)
    split: list[list[int]] = [[] for _ in range(folds)]
    offset = 0
    for label in sorted(by_label):
        positions = by_label[label]
        generator.shuffle(positions)
        for rank, position in enumerate(positions):
            split[(rank + offset) % folds].append(position)
        offset += len(positions)
    return [sorted(fold) for fold in split]


class Tally:
    """Counts that add up across folds."""

    def merge(self, other: Tally) -> None:
        for name in (counted.name for counted in fields(self)):  # type: ignore[arg-type]
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class LearnedAlone(Tally):
    """Each classifier's own choice on messages it was not trained on."""

    total: int = 0
    routes_right: int = 0
    safeguarding: int = 0
    caught: int = 0  # safeguarding concerns with P(safeguarding) at or above the threshold
    not_safeguarding: int = 0
    false_alarms: int = 0
    family: int = 0
    family_alarms: int = 0
    reports: int = 0
    categories_right: int = 0
    answerable: int = 0
    sections_right: int = 0

    def add(self, item: Example, judged: Judgement, limits: Thresholds) -> None:
        self.total += 1
        self.routes_right += judged.best("routes")[0] == item.route
        alarm = learned_alarm(judged, limits)
        concern = item.route == Route.SAFEGUARDING
        if concern:
            self.safeguarding += 1
            self.caught += alarm
        else:
            self.not_safeguarding += 1
            self.false_alarms += alarm
            self.family += item.family_context
            self.family_alarms += alarm and item.family_context
        if item.route == Route.REPORT and item.category:
            self.reports += 1
            self.categories_right += judged.best("categories")[0] == item.category
        if item.route == Route.ANSWER and item.sections:
            self.answerable += 1
            self.sections_right += judged.best("sections")[0] in item.sections


@dataclass
class Answers(AnswerFigures, Tally):
    """The whole router on the policy question sets: is the first passage shown from a right section."""

    answerable: int = 0
    top1_right: int = 0
    false_abstentions: int = 0
    unanswerable: int = 0
    correct_abstentions: int = 0

    def add(self, item: Example, got: Decision) -> None:
        shown = got.route not in ABSTAINING and bool(got.sections)
        if item.sections:
            self.answerable += 1
            self.false_abstentions += not shown
            self.top1_right += shown and got.sections[0] in item.sections
        else:
            self.unanswerable += 1
            self.correct_abstentions += not shown


def by_set(sources: Sequence[str]) -> list[list[int]]:
    """Positions grouped by the file they come from, in the order the files first appear."""
    groups: dict[str, list[int]] = {}
    for position, source in enumerate(sources):
        groups.setdefault(source, []).append(position)
    return list(groups.values())


@dataclass
class CrossValidation:
    folds: int
    alone: LearnedAlone
    # The whole router on each conversation set (labelled with routes), by file name.
    routers: dict[str, RouteReport]
    answers: Answers  # the policy question sets (labelled with sections only)

    def merge(self, other: CrossValidation) -> None:
        """Add another fold's figures to these."""
        self.alone.merge(other.alone)
        self.answers.merge(other.answers)
        for name, report in other.routers.items():
            self.routers.setdefault(name, RouteReport()).merge(report)

    @property
    def router(self) -> RouteReport:
        """Every conversation set together."""
        total = RouteReport()
        for report in self.routers.values():
            total.merge(report)
        return total


def cross_validate(
    index: PolicyIndex,
    examples: Sequence[Example],
    limits: Sequence[Thresholds] = (THRESHOLDS,),
    folds: int = FOLDS,
    *,
    leave_set_out: bool = False,
    processes: int | None = None,
) -> list[CrossValidation]:
    """One result per set of thresholds, all from the same folds and the same trained classifiers.

    With ``leave_set_out`` each development file is a fold of its own (``folds`` is ignored).
    Folds run in ``processes`` processes at once (default: one per core); each fold's figures are
    added in fold order, so the result is the same however many there are.
    """
    split = (
        by_set([e.source for e in examples])
        if leave_set_out
        else stratified_folds([e.route for e in examples], folds)
    )
    workers = min(len(split), processes or os.cpu_count() or 1)
    if workers > 1:
        # Spawned, not forked: the test runner's worker has threads of its own, and a fork copies
        # whatever lock one of them holds.
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            # In as many chunks as processes, so each is sent the examples once.
            chunk = math.ceil(len(split) / workers)
            score = partial(_score_fold, index, examples, limits)
            scored = list(pool.map(score, split, chunksize=chunk))
    else:
        scored = [_score_fold(index, examples, limits, fold) for fold in split]
    results = [CrossValidation(len(split), LearnedAlone(), {}, Answers()) for _ in limits]
    for fold_results in scored:
        for result, fold_result in zip(results, fold_results, strict=True):
            result.merge(fold_result)
    for result in results:
        result.routers = dict(sorted(result.routers.items()))
    return results


@dataclass(frozen=True)
class _JudgedOnce(Learned):
    """A fold's classifiers, keeping the judgement of the message they judged last: each held-out
    message is judged alone and then again by the router, and judging is a sixth of routing."""

    _last: dict[str, Judgement] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, trained: Learned) -> _JudgedOnce:
        """The same classifiers, now keeping their last judgement."""
        return cls(**{kept.name: getattr(trained, kept.name) for kept in fields(trained)})

    def judge(self, message: str) -> Judgement:
        found = self._last.get(message)
        if found is None:
            self._last.clear()
            found = self._last[message] = super().judge(message)
        return found


def _score_fold(
    index: PolicyIndex, examples: Sequence[Example], limits: Sequence[Thresholds], fold: list[int]
) -> list[CrossValidation]:
    """One fold's figures: classifiers trained on every other message, judging this fold's."""
    held_out = set(fold)
    training = [e for position, e in enumerate(examples) if position not in held_out]
    learned = _JudgedOnce.of(train_learned(training, index.document))
    results = [CrossValidation(1, LearnedAlone(), {}, Answers()) for _ in limits]
    for item in (examples[position] for position in fold):
        judged = learned.judge(item.message)
        for result, chosen in zip(results, limits, strict=True):
            result.alone.add(item, judged, chosen)
            if item.routed:
                report = result.routers.setdefault(item.source, RouteReport())
                evaluate_routes(index, [item], learned, chosen, report)
            else:
                result.answers.add(item, decide(index, item.message, learned, chosen))
    return results
