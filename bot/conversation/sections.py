"""Which section of the policy an answer shows, and which passage of it.

Two views of a question meet here: the policy index's scores for its passages (BM25 over word
stems, ``bot.answers.index``) and the section classifiers' probabilities (``learned``: naive Bayes
and a regression, blended). Neither is right every time: the index knows the policy's words, the
classifiers know how people ask. They are fused into one probability per section, and the
classifiers' likeliest section replaces the index's first passage only when it is sure enough.
Whatever is chosen, what is shown is a passage of the policy, unchanged.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from bot.answers.document import Passage
from bot.answers.index import Answer, Match, PolicyIndex
from bot.conversation.learned import Judgement, Learned

# How much the index's scores count beside the classifiers: each section's probability is
# multiplied by exp(SCORE_WEIGHT x its best passage's score / the best score of all). Leaving one
# development set out (thirteen conversation sets, 1,680 answerable questions), top-1 with the
# section threshold at 0.4: 0 (the classifiers alone), 0.5, 1, 1.5, 2: 1,477, 1,478, 1,482, 1,479,
# 1,476 (on the ten sets before the last three joined, 0 and 1: 1,007 and 1,008 of 1,171).
SCORE_WEIGHT = 1.0


def section_probabilities(
    probabilities: dict[str, float], scores: dict[int, float], passages: Sequence[Passage]
) -> dict[str, float]:
    """The classifiers' section probabilities, leaning towards the sections the index scores high."""
    best: dict[str, float] = {}
    for position, score in scores.items():
        section = passages[position].section
        best[section] = max(best.get(section, 0.0), score)
    top = max(best.values(), default=0.0)
    if top <= 0:
        return probabilities
    weighed = {s: p * math.exp(SCORE_WEIGHT * best.get(s, 0.0) / top) for s, p in probabilities.items()}
    total = sum(weighed.values())
    return {s: p / total for s, p in weighed.items()} if total > 0 else probabilities


def section_answer(
    index: PolicyIndex,
    model: Learned,
    message: str,
    found: Answer,
    judged: Judgement,
    threshold: float,
    *,
    scores: dict[int, float],
) -> Answer:
    """The index's answer, unless the fused probabilities are at least ``threshold`` sure of another
    section (or the index found nothing).

    ``scores`` is ``index.lookup(message).scores``, which the router has already worked out for the
    answer-or-not model: ranking every passage again would be the same work twice.

    Then the passage shown is the index's best-scoring passage of that section, or the one whose
    wording is nearest the message's: always a passage of the policy, unchanged.
    """
    passages = index.document.passages
    fused = section_probabilities(judged.sections, scores, passages)
    section = max(fused, key=lambda key: (fused[key], key)) if fused else ""
    confidence = fused.get(section, 0.0)
    if not section or (not found.abstained and (found.sections[0] == section or confidence < threshold)):
        return found
    in_section = [p for p in scores if passages[p].section == section]
    if in_section:
        position: int | None = max(in_section, key=lambda p: (scores[p], -p))
    else:
        position = model.closest_passage(message, section)
    if position is None:
        return found
    return Answer(message, (Match(passages[position], round(scores.get(position, 0.0), 3)),))
