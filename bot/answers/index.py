"""Find the passage(s) of the policy that answer a question, or say that none does.

Ranking is BM25 over word stems, with the question first turned into concepts (synonyms and
typo correction, see :mod:`bot.answers.analysis`). The policy is a few dozen passages, so a
plain-Python index answers in well under a millisecond and costs almost no memory; embedding
models or numpy-based rankers would cost more start-up time and memory than they could win
back on a text this small (figures in ``bench/answers.py``).

The engine can only return passages of the policy, unchanged, or nothing. Whatever a question
says, no part of it can reach an answer: that is what makes it safe against instructions
hidden in questions.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from bot.answers import vocabulary
from bot.answers.analysis import Analyzer, Concept, normalise, words
from bot.answers.document import Passage, PolicyDocument

K1 = 1.2
B = 0.5
# Counted like a word found in one passage: the policy never mentions it.
UNKNOWN_WORD_WEIGHT = 0.6
# A word of the question that the policy knows but the passage lacks counts this much against it;
# a word the policy never uses counts fully.
UNMATCHED_KNOWN = 0.5
MIN_COVERAGE = 0.55
MIN_SCORE = 0.5
# How much a word counts where it appears: a sub-heading names what its passage is about, the
# section title is shared by every passage of the section.
TITLE_TF = 0.5
# The list of other documents answers questions about other documents; where a rule of the policy
# matches as well, the rule is the better answer.
SECTION_PRIOR = {"related": 0.8}
HEADING_TF = 1.5
SECOND_MIN_SHARE = 0.2
SECOND_MIN_SALIENCE = 2.5
SECOND_MIN_SCORE = 3.0


@dataclass(frozen=True)
class Match:
    passage: Passage
    score: float


@dataclass(frozen=True)
class Answer:
    question: str
    matches: tuple[Match, ...]

    @property
    def abstained(self) -> bool:
        return not self.matches

    @property
    def sections(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(match.passage.section for match in self.matches))


@dataclass(frozen=True)
class Lookup:
    """A question's answer (or abstention) and every passage its words reach, by position."""

    answer: Answer
    scores: dict[int, float]


@dataclass(frozen=True)
class _Scored:
    index: int
    score: float
    matched: frozenset[int]


class PolicyIndex:
    """Built once at start-up from the policy; answering is pure and thread-safe."""

    def __init__(self, document: PolicyDocument) -> None:
        self.document = document
        passages = document.passages
        fields = [self._fields(passage) for passage in passages]
        policy_words = [word for doc in fields for words_, _ in doc for word in words_]
        self._analyzer = Analyzer(policy_words)
        # Every word the policy or the vocabulary knows: what the questions log may keep as typed.
        self.known_words = frozenset(policy_words) | vocabulary.KNOWN_WORDS
        stems = [self._counts(doc) for doc in fields]
        lengths = [sum(counts.values()) for counts in stems]
        average = sum(lengths) / len(lengths)
        count = len(passages)
        frequency = Counter(stem for doc in stems for stem in doc)
        self._idf = {stem: math.log(1 + (count - df + 0.5) / (df + 0.5)) for stem, df in frequency.items()}
        self._unknown_idf = math.log(1 + (count - 0.5) / 1.5) * UNKNOWN_WORD_WEIGHT
        self._prior = [SECTION_PRIOR.get(passage.section, 1.0) for passage in passages]
        self._postings: dict[str, list[tuple[int, float]]] = {}
        for position, (length, counts) in enumerate(zip(lengths, stems, strict=True)):
            norm = K1 * (1 - B + B * length / average)
            for stem, tf in counts.items():
                saturated = tf * (K1 + 1) / (tf + norm)
                self._postings.setdefault(stem, []).append((position, self._idf[stem] * saturated))

    @staticmethod
    def _fields(passage: Passage) -> list[tuple[list[str], float]]:
        return [
            (words(normalise(passage.title)), TITLE_TF),
            (words(normalise(passage.heading)), HEADING_TF),
            (words(normalise(passage.text)), 1.0),
        ]

    def _counts(self, fields: list[tuple[list[str], float]]) -> dict[str, float]:
        counts: dict[str, float] = {}
        for field_words, weight in fields:
            for word in field_words:
                stem = self._analyzer.stem(word)
                counts[stem] = counts.get(stem, 0.0) + weight
        return counts

    def answer(self, question: str) -> Answer:
        return self.lookup(question).answer

    def lookup(self, question: str) -> Lookup:
        """The answer and every passage's score, from one reading and one ranking of the question.

        The router reads both for most messages; working the question's words out twice cost
        as much as the rest of routing.
        """
        concepts = self._analyzer.concepts(question)
        ranked = self._rank(concepts, range(len(concepts)))
        scores = {scored.index: scored.score for scored in ranked}
        return Lookup(self._best(question, concepts, ranked), scores)

    def _best(self, question: str, concepts: list[Concept], ranked: list[_Scored]) -> Answer:
        if any(pattern.search(question) for pattern in vocabulary.INSTRUCTION_PATTERNS):
            return Answer(question, ())
        saliences = [self._salience(concept) for concept in concepts]
        total = sum(saliences)
        if total <= 0 or not ranked:
            return Answer(question, ())
        best = ranked[0]
        if self.coverage(concepts, saliences, best.matched) < MIN_COVERAGE or best.score < MIN_SCORE:
            return Answer(question, ())
        matches = [Match(self.document.passages[best.index], round(best.score, 3))]
        second = self._second(concepts, saliences, best, total)
        if second is not None:
            matches.append(second)
        return Answer(question, tuple(matches))

    @staticmethod
    def coverage(concepts: list[Concept], saliences: list[float], matched: frozenset[int]) -> float:
        """How much of what the question asks about the passage speaks to (0 to 1)."""
        found = missing = 0.0
        for position, (concept, salience) in enumerate(zip(concepts, saliences, strict=True)):
            if position in matched:
                found += salience
            else:
                missing += salience * (UNMATCHED_KNOWN if concept.stems else 1.0)
        return found / (found + missing) if found + missing > 0 else 0.0

    def _salience(self, concept: Concept) -> float:
        if not concept.stems:
            return self._unknown_idf * concept.weight
        return concept.weight * max(self._idf[stem] for stem in concept.stems)

    def _rank(self, concepts: list[Concept], use: range | list[int]) -> list[_Scored]:
        scores: dict[int, float] = {}
        matched: dict[int, set[int]] = {}
        for position in use:
            concept = concepts[position]
            best: dict[int, float] = {}
            for stem in concept.stems:
                factor = concept.factor(stem)
                for passage, value in self._postings.get(stem, ()):
                    if value * factor > best.get(passage, 0.0):
                        best[passage] = value * factor
            for passage, value in best.items():
                scores[passage] = scores.get(passage, 0.0) + concept.weight * value
                matched.setdefault(passage, set()).add(position)
        for passage in scores:
            scores[passage] *= self._prior[passage]
        ordered = sorted(scores, key=lambda passage: (-scores[passage], passage))
        return [_Scored(p, scores[p], frozenset(matched[p])) for p in ordered]

    def _second(
        self, concepts: list[Concept], saliences: list[float], best: _Scored, total: float
    ) -> Match | None:
        """A second passage for the part of a question the first one does not answer."""
        rest = [i for i in range(len(concepts)) if i not in best.matched and concepts[i].stems]
        if not rest:
            return None
        for candidate in self._rank(concepts, rest):
            if candidate.index == best.index:
                continue
            salience = sum(saliences[i] for i in candidate.matched)
            if (
                salience / total < SECOND_MIN_SHARE
                or salience < SECOND_MIN_SALIENCE
                or candidate.score < SECOND_MIN_SCORE
            ):
                return None
            return Match(self.document.passages[candidate.index], round(candidate.score, 3))
        return None
