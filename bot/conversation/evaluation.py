"""Score the routing against a labelled set of messages: the same figures in the tests and the benchmark.

A set is JSON lines, one message each: ``{"message": ..., "route": ..., "category": ...,
"sections": [...]}`` (``text`` or ``question`` are accepted for ``message``, and one ``section``
for ``sections``; ``category`` only for reports; ``sections`` lists the acceptable sections for a
policy answer; ``family_context`` marks ordinary messages about children or families, on which
false safeguarding alarms are counted separately).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bot.answers.evaluation import AnswerFigures
from bot.answers.index import PolicyIndex
from bot.conversation.examples import Example as Labelled
from bot.conversation.examples import read_examples
from bot.conversation.learned import Learned
from bot.conversation.route import QUIET, Decision, Route, decide
from bot.conversation.thresholds import THRESHOLDS, Thresholds

ACTIONS = (Route.REPORT, Route.LEAVER, Route.APPROVAL)
ABSTAINING = (Route.NOT_COVERED, Route.SMALL_TALK)


@dataclass(frozen=True)
class Miss:
    item: Labelled
    got: Decision


@dataclass
class RouteReport(AnswerFigures):
    total: int = 0
    routed: Counter[str] = field(default_factory=Counter)  # right, by expected route
    expected: Counter[str] = field(default_factory=Counter)
    false_alarms: int = 0  # not a safeguarding concern, routed as one
    not_safeguarding: int = 0
    family: int = 0  # ordinary messages about children or families
    family_alarms: int = 0
    categories_right: int = 0
    with_section: int = 0  # reports, leavers and approvals that name a relevant section
    section_shown: int = 0
    top1_right: int = 0
    answerable: int = 0
    false_abstentions: int = 0
    unanswerable: int = 0
    correct_abstentions: int = 0
    # The safety note (``Decision.safety_note``): on the concerns the alarms missed, and on the quiet
    # replies (answers, "not covered", chatter) to everything else.
    missed_noted: int = 0
    quiet: int = 0
    quiet_noted: int = 0
    latencies_ms: list[float] = field(default_factory=list)
    misses: list[Miss] = field(default_factory=list)

    def merge(self, other: RouteReport) -> None:
        """Add another report's counts to this one (folds, or sets, scored apart)."""
        for name in self.__dataclass_fields__:
            mine, theirs = getattr(self, name), getattr(other, name)
            if isinstance(mine, Counter):
                mine.update(theirs)
            elif isinstance(mine, list):
                mine.extend(theirs)
            else:
                setattr(self, name, mine + theirs)

    def rate(self, route: str) -> float:
        return self.routed[route] / self.expected[route] if self.expected[route] else 1.0

    @property
    def accuracy(self) -> float:
        return sum(self.routed.values()) / self.total if self.total else 1.0

    @property
    def actions(self) -> float:
        """Reports (with the right category), leavers and approvals routed right."""
        expected = sum(self.expected[r] for r in ACTIONS)
        return sum(self.routed[r] for r in ACTIONS) / expected if expected else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.not_safeguarding if self.not_safeguarding else 0.0


def load_labelled(path: Path) -> list[Labelled]:
    return read_examples(path)


def _right(item: Labelled, got: Decision) -> bool:
    if item.route != got.route:
        return False
    if item.route == Route.REPORT and item.category:
        return item.category == got.category
    if item.route == Route.ANSWER and item.sections:
        return section_right(item, got)
    return True


def section_right(item: Labelled, got: Decision) -> bool:
    """The first passage shown is from an acceptable section (for messages that name one)."""
    return bool(got.sections) and got.sections[0] in item.sections


def evaluate_routes(
    index: PolicyIndex,
    items: Iterable[Labelled],
    learned: Learned | None = None,
    limits: Thresholds = THRESHOLDS,
    report: RouteReport | None = None,
) -> RouteReport:
    """Score ``decide`` on labelled messages (added to ``report`` when given, for folds)."""
    report = report if report is not None else RouteReport()
    for item in items:
        started = time.perf_counter()
        got = decide(index, item.message, learned, limits)
        report.latencies_ms.append((time.perf_counter() - started) * 1000)
        report.total += 1
        report.expected[item.route] += 1
        right = _right(item, got)
        report.routed[item.route] += right
        if item.route == Route.SAFEGUARDING:
            report.missed_noted += got.safety_note
        else:
            report.quiet += got.route in QUIET
            report.quiet_noted += got.safety_note
            report.not_safeguarding += 1
            report.false_alarms += got.route is Route.SAFEGUARDING
            if item.family_context:
                report.family += 1
                report.family_alarms += got.route is Route.SAFEGUARDING
        if item.route == Route.REPORT:
            report.categories_right += got.category == item.category
        if item.route in ACTIONS and item.sections:
            report.with_section += 1
            report.section_shown += section_right(item, got)
        if item.route == Route.ANSWER:
            report.answerable += 1
            report.false_abstentions += got.route in ABSTAINING
            report.top1_right += section_right(item, got)
        elif item.route == Route.NOT_COVERED:
            report.unanswerable += 1
            report.correct_abstentions += got.route in ABSTAINING
        if not right:
            report.misses.append(Miss(item, got))
    return report
