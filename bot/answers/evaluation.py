"""Score the engine against a question set: the same figures in the tests and the benchmark."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bot.answers.index import Answer, PolicyIndex


@dataclass(frozen=True)
class LabelledQuestion:
    question: str
    sections: tuple[str, ...]
    kind: str = ""

    @property
    def answerable(self) -> bool:
        return bool(self.sections)


@dataclass(frozen=True)
class Miss:
    question: LabelledQuestion
    got: tuple[str, ...]


class AnswerFigures:
    """Top-1 and abstention rates from the counts every scoring here keeps under the same names:
    the index's report below, the route report and the cross-validation's question tally."""

    top1_right: int
    answerable: int
    false_abstentions: int
    unanswerable: int
    correct_abstentions: int

    @property
    def top1(self) -> float:
        return self.top1_right / self.answerable if self.answerable else 1.0

    @property
    def false_abstention_rate(self) -> float:
        return self.false_abstentions / self.answerable if self.answerable else 0.0

    @property
    def abstention_rate(self) -> float:
        return self.correct_abstentions / self.unanswerable if self.unanswerable else 1.0


@dataclass(frozen=True)
class Report(AnswerFigures):
    answerable: int
    unanswerable: int
    top1_right: int
    false_abstentions: int
    correct_abstentions: int
    latencies_ms: tuple[float, ...]
    misses: tuple[Miss, ...] = field(default=())

    def latency_percentile(self, percent: float) -> float:
        ordered = sorted(self.latencies_ms)
        if not ordered:
            return 0.0
        return ordered[min(len(ordered) - 1, round(percent / 100 * (len(ordered) - 1)))]


def load_questions(path: Path) -> list[LabelledQuestion]:
    result = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            result.append(LabelledQuestion(row["question"], tuple(row["sections"]), row.get("kind", "")))
    return result


def evaluate(index: PolicyIndex, questions: Iterable[LabelledQuestion]) -> Report:
    answerable = unanswerable = top1 = false_abstain = abstain = 0
    latencies: list[float] = []
    misses: list[Miss] = []
    for item in questions:
        started = time.perf_counter()
        answer: Answer = index.answer(item.question)
        latencies.append((time.perf_counter() - started) * 1000)
        if item.answerable:
            answerable += 1
            false_abstain += answer.abstained
            correct = not answer.abstained and answer.sections[0] in item.sections
            top1 += correct
        else:
            unanswerable += 1
            abstain += answer.abstained
            correct = answer.abstained
        if not correct:
            misses.append(Miss(item, answer.sections))
    return Report(answerable, unanswerable, top1, false_abstain, abstain, tuple(latencies), tuple(misses))
