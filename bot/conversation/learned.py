"""The learned layer: what a message is about, judged from its wording rather than from word lists.

Three classifiers (logistic regression over word pieces and words, see ``features`` and
``linear``), each trained from files in the repository:

* the route (safeguarding, report, leaver, approval, answer, not_covered, small_talk), from
  every development message;
* the incident category of a report, from the development reports;
* the policy section of an answerable question, from the development questions and from the
  policy's own sentences, so a section no question asks about still has examples.

They only ever choose among routes, categories and sections: what is shown is still a passage of
the policy, unchanged. Training is deterministic and happens on first use (or when the app warms
it up at start-up), never at import time.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.answers.document import PolicyDocument
from bot.answers.index import PolicyIndex
from bot.conversation.examples import Example, development_examples, policy_sentences
from bot.conversation.features import SparseVector, Vectorizer, raw_features
from bot.conversation.linear import LogisticRegression, Settings, train


@dataclass(frozen=True)
class Model:
    vectorizer: Vectorizer
    classifier: LogisticRegression

    def probabilities(self, features: set[str]) -> dict[str, float]:
        return self.classifier.probabilities(self.vectorizer.from_features(features))


def fit(messages: Sequence[str], labels: Sequence[str], settings: Settings | None = None) -> Model:
    vectorizer = Vectorizer(messages)
    classifier = train(vectorizer.vectors(messages), labels, len(vectorizer), settings)
    return Model(vectorizer, classifier)


@dataclass(frozen=True)
class Judgement:
    """What the learned layer makes of one message: a probability for each label."""

    routes: dict[str, float]
    categories: dict[str, float]
    sections: dict[str, float]

    def best(self, field: str) -> tuple[str, float]:
        found: dict[str, float] = getattr(self, field)
        label = max(found, key=lambda key: (found[key], key)) if found else ""
        return label, found.get(label, 0.0)


@dataclass(frozen=True)
class Learned:
    routes: Model
    categories: Model | None
    sections: Model | None
    # Each passage of the policy as the section model sees it, to pick a passage within a section.
    passages: tuple[tuple[str, SparseVector], ...] = ()

    def judge(self, message: str) -> Judgement:
        features = raw_features(message)
        return Judgement(
            self.routes.probabilities(features),
            self.categories.probabilities(features) if self.categories else {},
            self.sections.probabilities(features) if self.sections else {},
        )

    def closest_passage(self, message: str, section: str) -> int | None:
        """The position of the section's passage whose wording is nearest the message's."""
        if self.sections is None:
            return None
        ids, values = self.sections.vectorizer.vector(message)
        weights = dict(zip(ids, values, strict=True))
        best: tuple[float, int] | None = None
        for position, (where, (passage_ids, passage_values)) in enumerate(self.passages):
            if where == section:
                score = sum(weights.get(i, 0.0) * v for i, v in zip(passage_ids, passage_values, strict=True))
                if best is None or score > best[0]:
                    best = (score, position)
        return None if best is None else best[1]


def train_learned(examples: Iterable[Example], document: PolicyDocument) -> Learned:
    """The three classifiers, from labelled messages and the policy itself."""
    items = list(examples)
    routes = fit([e.message for e in items], [e.route for e in items])
    reports = [e for e in items if e.route == "report" and e.category]
    categories = fit([e.message for e in reports], [e.category for e in reports]) if reports else None
    questions = [(e.message, e.sections[0]) for e in items if e.route == "answer" and e.sections]
    labelled = questions + policy_sentences(document)
    sections = fit([m for m, _ in labelled], [s for _, s in labelled]) if labelled else None
    passages: tuple[tuple[str, SparseVector], ...] = ()
    if sections is not None:
        passages = tuple(
            (p.section, sections.vectorizer.vector(f"{p.heading} {p.text}")) for p in document.passages
        )
    return Learned(routes, categories, sections, passages)


_CACHE: weakref.WeakKeyDictionary[PolicyIndex, Learned] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def learned_for(index: PolicyIndex) -> Learned:
    """The classifiers for this policy, trained once from the development sets on first use."""
    with _LOCK:
        found = _CACHE.get(index)
        if found is None:
            found = train_learned(development_examples(), index.document)
            _CACHE[index] = found
        return found
