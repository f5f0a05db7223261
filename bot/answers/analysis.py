"""Turn text into comparable word stems, and a question into the ideas it asks about.

A question becomes a list of *concepts*: each is one thing the person typed, with the policy
words that can stand for it (its own stem, synonyms, the typo-corrected word) and how much it
should count. A concept the policy has no word for is kept too (with no stems), because a
question about something the policy never mentions should not be answered from the rest of it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import snowballstemmer
from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.answers import vocabulary as v

_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_APOSTROPHE = re.compile(r"['’‘`]s\b|['’‘`]")
_PHRASES = tuple((re.compile(pattern), replacement) for pattern, replacement in v.PHRASES)
_GAPS = tuple(re.compile(pattern) for pattern in v.GAPS)
GAP_WORD = "notcoveredtopic"
GAP_WEIGHT = 3.0
MIN_FUZZY_LENGTH = 5


# A synonym is a likelier misreading than the word itself, so it counts a little less.
SYNONYM_FACTOR = 0.8


@dataclass(frozen=True)
class Concept:
    word: str
    stems: frozenset[str]
    weight: float
    own: str = ""

    def factor(self, stem: str) -> float:
        return 1.0 if not self.own or stem == self.own else SYNONYM_FACTOR


def normalise(value: str) -> str:
    value = unicodedata.normalize("NFKC", value).lower()
    return _APOSTROPHE.sub("", value)


def words(value: str) -> list[str]:
    """Words of already-normalised text; a hyphenated word also counts as its parts."""
    result: list[str] = []
    for token in _WORD.findall(value):
        if "-" in token:
            result.extend(token.split("-"))
            result.append(token.replace("-", ""))
        else:
            result.append(token)
    return result


class Analyzer:
    """Stems, synonyms and typo correction for one policy's vocabulary."""

    def __init__(self, policy_words: Iterable[str]) -> None:
        self._stemmer = snowballstemmer.stemmer("english")
        self._stems: dict[str, str] = {}
        counts: dict[str, int] = {}
        for word in policy_words:
            counts[word] = counts.get(word, 0) + 1
        self.known_stems = frozenset(self.stem(word) for word in counts)
        # Inflections of a listed word mean the same ("worrying" like "worried").
        self._synonyms_by_stem: dict[str, str] = {}
        for key, expansion in v.SYNONYMS.items():
            self._synonyms_by_stem.setdefault(self.stem(key), expansion)
        targets = set(counts) | set(v.SYNONYMS) | set(v.PLATFORMS) | set(v.LIGHT_WORDS)
        # Common words first, so a typo equally close to two words picks the likelier one.
        self._fuzzy_targets = sorted(
            (word for word in targets if len(word) >= MIN_FUZZY_LENGTH - 1 and not word.isdigit()),
            key=lambda word: (-counts.get(word, 1), word),
        )

    def stem(self, word: str) -> str:
        cached = self._stems.get(word)
        if cached is None:
            cached = v.STEM_OVERRIDES.get(word) or self._stemmer.stemWord(word)
            self._stems[word] = cached
        return cached

    def concepts(self, question: str) -> list[Concept]:
        text = normalise(question)
        for gap in _GAPS:
            text = gap.sub(f" {GAP_WORD} ", text)
        for pattern, replacement in _PHRASES:
            text = pattern.sub(f" {replacement} ", text)
        found: dict[frozenset[str], Concept] = {}
        for word in words(text):
            concept = self._concept(word)
            if concept is not None:
                found.setdefault(concept.stems or frozenset({"?" + concept.word}), concept)
        return list(found.values())

    def _concept(self, word: str) -> Concept | None:
        if word in v.STOPWORDS or word.isdigit():
            return None
        if word == GAP_WORD:
            return Concept(word, frozenset(), GAP_WEIGHT)
        stem = self.stem(word)
        if word in v.GENERIC:
            return Concept(word, frozenset({stem} & self.known_stems), v.GENERIC_WEIGHT)
        if word in v.PLATFORMS:
            return self._expanded(word, v.PLATFORMS[word], v.PLATFORM_WEIGHT)
        expansion = v.SYNONYMS.get(word) or self._synonyms_by_stem.get(stem)
        if expansion:
            return self._expanded(word, expansion, v.LIGHT_WORDS.get(word, 1.0))
        if stem in self.known_stems:
            return Concept(word, frozenset({stem}), v.LIGHT_WORDS.get(word, 1.0))
        corrected = self._correct(word)
        if corrected is not None and corrected != word:
            return self._concept(corrected)
        return Concept(word, frozenset(), 1.0)

    def _expanded(self, word: str, expansion: str, weight: float) -> Concept:
        stems = {self.stem(part) for part in words(expansion)}
        own = self.stem(word)
        return Concept(word, frozenset(stems & self.known_stems), weight, own if own in stems else "")

    def _correct(self, word: str) -> str | None:
        """The policy (or synonym) word a typo most likely meant, if it is close enough."""
        if len(word) < MIN_FUZZY_LENGTH:
            return None
        limit = 1 if len(word) < 8 else 2
        match = process.extractOne(word, self._fuzzy_targets, scorer=OSA.distance, score_cutoff=limit)
        return None if match is None else str(match[0])
