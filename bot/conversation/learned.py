"""The learned layer: what a message is about, judged from its wording rather than from word lists.

Six classifiers over word pieces and words (see ``features`` and ``linear``), each trained from
files in the repository:

* the route (safeguarding, report, leaver, approval, answer, not_covered, small_talk), by logistic
  regression from every development message;
* the incident category of a report, by logistic regression from the development reports;
* the policy section of an answerable question, by naive Bayes and logistic regression together
  (their probabilities blended) from the development questions and the policy's own sentences, so
  a section no question asks about still has examples;
* the concern score (the log-odds of a safeguarding concern), by naive Bayes over the routes, and
  a second opinion on it from naive Bayes with ordinary family messages weighed more
  (``FAMILY_WEIGHT``);
* answer or not, by logistic regression from the answerable, not covered and small talk messages
  alone, one of the inputs of the stacked answer-or-not decision (``answerable``).

They only ever choose among routes, categories and sections: what is shown is still a passage of
the policy, unchanged. Training is deterministic, on first use or at start-up, never at import;
which classifiers this process uses, and training them in the background, is ``classifiers``.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from bot.answers.document import PolicyDocument
from bot.conversation.accounts import section_features
from bot.conversation.examples import Example, policy_sentences
from bot.conversation.features import MIN_PAIR_COUNT, SparseVector, Vectorizer, Vocabulary, raw_features
from bot.conversation.linear import LinearClassifier, Settings, sigmoid, train, train_naive_bayes

# The regression's share of the section probabilities, naive Bayes having the rest. Naive Bayes's
# probabilities sit near 0 or 1 even when it is wrong, the regression's are spread more honestly.
# Leaving one development set out (thirteen conversation sets, 1,680 answerable questions), top-1
# with the index's scores weighed in (``sections``) and ``Thresholds.section`` at 0.4, for shares
# 0 (naive Bayes alone), 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1 (the regression alone): 1,459, 1,463,
# 1,475, 1,480, 1,482, 1,484, 1,473, 1,468. 0.7 rather than the peak: on the ten sets before the
# last three joined, 0.8 was already past it.
SECTION_REGRESSION_SHARE = 0.7
# How many times an ordinary message about children or families (``Example.family_context``) counts
# in the second concern model (``Judgement.wary``): they share a concern's words (babies, mums,
# bruised knees at toddler group) and are where the learned alarm's false alarms fell. Figures in
# ``thresholds.Thresholds``.
FAMILY_WEIGHT = 2.0


@dataclass(frozen=True)
class Model:
    vectorizer: Vectorizer
    classifier: LinearClassifier

    def probabilities(self, numbers: list[int]) -> dict[str, float]:
        """Each label's probability, from a message's features as the vocabulary numbers them."""
        return self.classifier.probabilities(self.vectorizer.from_numbers(numbers))


def fit(
    messages: Sequence[str],
    labels: Sequence[str],
    *,
    settings: Settings | None = None,
    vocabulary: Vocabulary | None = None,
) -> Model:
    """A vectorizer and a logistic regression learned from the same messages.

    Pass the other models' ``vocabulary`` so that the feature strings they share are held once.
    """
    vectorizer = Vectorizer(messages, vocabulary=vocabulary, min_pair_count=MIN_PAIR_COUNT)
    vectors = vectorizer.vectors(messages)
    return Model(vectorizer, train(vectors, labels, len(vectorizer), settings))


class Judgement:
    """What the learned layer makes of one message: a probability for each label.

    The route probabilities and the concern score are worked out at once; the category and the
    section only when a route asks for them (most messages need one of the two, many neither).
    """

    def __init__(
        self,
        routes: dict[str, float],
        categories: Callable[[], dict[str, float]],
        sections: Callable[[], dict[str, float]],
        concern: float = -math.inf,
        *,
        answer_odds: float = 0.0,
        answerable: float = 0.5,
        wary: float | None = None,
    ) -> None:
        self.routes = routes
        # How much likelier a safeguarding concern is than the next likeliest route, in the naive
        # Bayes route model's log-odds: the score the safeguarding threshold applies to.
        self.concern = concern
        # The same log-odds from the naive Bayes model that weighs ordinary family messages more
        # (``FAMILY_WEIGHT``); the plain model's when there is no such model.
        self.wary = concern if wary is None else wary
        # The same naive Bayes model's log-odds of an answer over the likelier of not covered and
        # small talk, and the answer-or-not regression's probability of an answer (0.5: no view).
        self.answer_odds = answer_odds
        self.answerable = answerable
        self._categories = categories
        self._sections = sections

    @cached_property
    def categories(self) -> dict[str, float]:
        return self._categories()

    @cached_property
    def sections(self) -> dict[str, float]:
        return self._sections()

    def best(self, field: str) -> tuple[str, float]:
        found: dict[str, float] = getattr(self, field)
        label = _likeliest(found)
        return label, found.get(label, 0.0)

    def best_route_but(self, excluded: str) -> tuple[str, float]:
        """The likeliest route other than ``excluded``, with its probability given it is not that.

        Once the safeguarding check has said no, a message the route model thought most likely a
        concern ("what do I do if a child discloses something") is judged among the other routes.
        """
        rest = self.routes_but(excluded)
        if not rest:
            return "", 0.0
        label = _likeliest(rest)
        return label, rest[label]

    def routes_but(self, excluded: str) -> dict[str, float]:
        """Every other route's probability given the message is not ``excluded`` (none if no mass)."""
        rest = {route: p for route, p in self.routes.items() if route != excluded}
        remaining = sum(rest.values())
        return {route: p / remaining for route, p in rest.items()} if remaining > 0 else {}


def _odds(scores: dict[str, float], label: str, among: tuple[str, ...] = ()) -> float:
    """How much ``label``'s score beats the best of ``among`` (of every other label if empty)."""
    if label not in scores:
        return -math.inf
    others = [score for other, score in scores.items() if other != label and (not among or other in among)]
    return scores[label] - max(others, default=-math.inf)


def _likeliest(found: dict[str, float]) -> str:
    """The most probable label ("" for none); a tie goes to the label that sorts last, so the
    choice never depends on the order the probabilities were worked out in."""
    return max(found, key=lambda key: (found[key], key)) if found else ""


@dataclass(frozen=True)
class Learned:
    routes: Model
    categories: Model | None
    sections: Model | None
    # Each passage of the policy as the section model sees it, to pick a passage within a section.
    passages: tuple[tuple[str, SparseVector], ...] = ()
    # Naive Bayes over the same route labels and features, for safeguarding only: on the folds it
    # ranked concerns above ordinary messages better than the regression did (README).
    concerns: LinearClassifier | None = None
    # A regression over the section model's own vectors, blended with its naive Bayes.
    section_regression: LinearClassifier | None = None
    # Answer or not, over the route model's features: one row, the log-odds of an answer.
    answers: LinearClassifier | None = None
    # Naive Bayes over the routes with ordinary family messages weighed more (``FAMILY_WEIGHT``):
    # a second opinion on a concern (``Judgement.wary``).
    alarms: LinearClassifier | None = None

    def __post_init__(self) -> None:
        # ``judge`` looks a message's features up once for the route and category models.
        others = [m.vectorizer.vocabulary for m in (self.categories, self.sections) if m is not None]
        if any(vocabulary is not self.routes.vectorizer.vocabulary for vocabulary in others):
            raise ValueError("the classifiers do not share one vocabulary")

    def judge(self, message: str) -> Judgement:
        routes = self.routes.vectorizer
        # Looked up once: a feature's hash costs more than the dictionary lookup of its string did.
        numbers = routes.vocabulary.numbers(raw_features(message))
        # The route models read the same vector: built once per message.
        vector = routes.from_numbers(numbers)
        categories = self.categories
        bayes = {}
        if self.concerns is not None:
            bayes = dict(zip(self.concerns.labels, self.concerns.scores(vector), strict=True))
        binary = self.answers.scores(vector)[0] if self.answers is not None else 0.0
        wary = None
        if self.alarms is not None:
            wary = _odds(dict(zip(self.alarms.labels, self.alarms.scores(vector), strict=True)), SAFEGUARDING)
        return Judgement(
            self.routes.classifier.probabilities(vector),
            (lambda: categories.probabilities(numbers)) if categories else dict,
            lambda: self._sections(message),
            _odds(bayes, SAFEGUARDING),
            answer_odds=_odds(bayes, ANSWER, among=ABSTAINING) if bayes else 0.0,
            answerable=sigmoid(binary),
            wary=wary,
        )

    def _sections(self, message: str) -> dict[str, float]:
        """Each section's probability: naive Bayes's and the regression's, blended."""
        if self.sections is None:
            return {}
        vector = self.sections.vectorizer.vector(message)
        bayes = self.sections.classifier.probabilities(vector)
        if self.section_regression is None:
            return bayes
        regression = self.section_regression.probabilities(vector)
        share = SECTION_REGRESSION_SHARE
        return {section: (1 - share) * p + share * regression[section] for section, p in bayes.items()}

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
    """The six classifiers, from labelled messages and the policy itself.

    The route, the category and answer or not are learned by logistic regression, the concern
    score by naive Bayes, the section by both over the same vectors (``SECTION_REGRESSION_SHARE``):
    either alone picked the right section less often leaving one set out. Over the one hundred and
    seventy-four conversation sets and the policy's sentences, the weights are four-byte floats: the
    two section models eleven rows each over ~60,200 words and word pairs (~5.3 MB), the route
    regression and the two concern models seven rows each over ~151,700 features (~4.2 MB each), the
    answer-or-not regression one row over the same (~0.6 MB). Training's CPU time is in the README's
    costs.
    """
    items = list(examples)
    labels = [e.route for e in items]
    # One vocabulary for every model: the strings they share are held once (features.Vocabulary),
    # then given up for their hashes (``_hashed``).
    vocabulary = Vocabulary()
    # The route regression and the concern model read the same vectors: built once.
    vectorizer = Vectorizer([e.message for e in items], vocabulary=vocabulary, min_pair_count=MIN_PAIR_COUNT)
    vectors = vectorizer.vectors([e.message for e in items])
    routes = Model(vectorizer, train(vectors, labels, len(vectorizer)))
    concerns = train_naive_bayes(vectors, labels, len(vectorizer))
    ordinary = [FAMILY_WEIGHT if e.family_context and e.route != SAFEGUARDING else 1.0 for e in items]
    alarms = train_naive_bayes(vectors, labels, len(vectorizer), counts=ordinary)
    answers = _answer_or_not(vectors, labels, len(vectorizer))
    reports = [e for e in items if e.route == "report" and e.category]
    # A few hundred reports: the regression can afford full training there (more accurate on the
    # folds than the route model's shortened schedule).
    thorough = Settings(epochs=12, rate=0.5, skip=1e-4)
    categories = (
        fit(
            [e.message for e in reports],
            [e.category for e in reports],
            settings=thorough,
            vocabulary=vocabulary,
        )
        if reports
        else None
    )
    questions = [(e.message, e.sections[0]) for e in items if e.route == "answer" and e.sections]
    labelled = questions + policy_sentences(document)
    sections, regression = _fit_sections(labelled, vocabulary)
    passages: tuple[tuple[str, SparseVector], ...] = ()
    if sections is not None:
        passages = tuple(
            (p.section, sections.vectorizer.vector(f"{p.heading} {p.text}")) for p in document.passages
        )
    learned = Learned(routes, categories, sections, passages, concerns, regression, answers, alarms)
    return _hashed(learned, vocabulary)


def _hashed(learned: Learned, vocabulary: Vocabulary) -> Learned:
    """The same classifiers over the hashes of the feature strings rather than the strings
    (``HashedVocabulary``): every vector, so every decision, as before, for 16 MB less."""
    hashes, moved = vocabulary.hashed()

    def model(found: Model) -> Model:
        return Model(found.vectorizer.rehashed(hashes, moved), found.classifier)

    return replace(
        learned,
        routes=model(learned.routes),
        categories=None if learned.categories is None else model(learned.categories),
        sections=None if learned.sections is None else model(learned.sections),
    )


def _answer_or_not(vectors: list[SparseVector], labels: list[str], size: int) -> LinearClassifier | None:
    """Answerable messages against not covered and small talk, the other routes left out.

    The route regression spreads its probability over seven routes and learns the actions most;
    this one learns only where the policy's subjects end. Two classes reduce to one weight row
    (the difference of the two), half the memory of keeping both.
    """
    chosen = [
        (vector, "answer" if route == ANSWER else "other")
        for vector, route in zip(vectors, labels, strict=True)
        if route in (ANSWER, *ABSTAINING)
    ]
    if len({label for _, label in chosen}) < 2:
        return None
    model = train([vector for vector, _ in chosen], [label for _, label in chosen], size)
    (answer, other), (bias_answer, bias_other) = model.rows()
    row = array("d", (a - o for a, o in zip(answer, other, strict=True)))
    return LinearClassifier([ANSWER], [row], [bias_answer - bias_other])


def _fit_sections(
    labelled: Sequence[tuple[str, str]], vocabulary: Vocabulary
) -> tuple[Model | None, LinearClassifier | None]:
    """Naive Bayes and a regression for the section, reading the same vectors (built once).

    They read whole words and word pairs, not the pieces of words the route models read, and whose
    account the message speaks of (``accounts``, figures there). Leaving
    one set out (sixteen conversation sets, 2,236 answerable questions), top-1 1,980 with pieces,
    1,990 without (whole words alone, no pairs: 1,980): which account a question is about ("my
    insta", "our page") is said in words, and pieces such as "ost" or "page" are shared by every
    section's questions. A third of the features, so training is faster and the weights smaller.

    Word pairs seen in one training question only are dropped, as the route models drop theirs:
    32,449 of the 60,231 features over one hundred and seventy-four conversation sets, about 5 MB
    of the bot's memory. Five-fold over the same sets, 21 more answerable questions were answered
    from the wrong section (735, against 714; top-1 92.3% both ways); every other figure over all
    the sets together was the same.
    """
    if not labelled:
        return None, None
    messages, labels = [m for m, _ in labelled], [s for _, s in labelled]
    vectorizer = Vectorizer(
        messages, vocabulary=vocabulary, features=section_features, min_pair_count=MIN_PAIR_COUNT
    )
    vectors = vectorizer.vectors(messages)
    bayes = Model(vectorizer, train_naive_bayes(vectors, labels, len(vectorizer)))
    return bayes, train(vectors, labels, len(vectorizer))


SAFEGUARDING = "safeguarding"
ANSWER = "answer"
ABSTAINING = ("not_covered", "small_talk")
