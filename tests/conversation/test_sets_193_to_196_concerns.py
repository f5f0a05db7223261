"""Concerns the rules and classifiers missed in sets 193 to 196 before they were trained on, in new
words: who to call tonight, urgently, about a family; a grown-up posting photos of other people's
children from the park; work abroad with free travel offered to mums; photos of their children
asked for in exchange; an ex who keeps leaving vile comments about the writer and tagging her; a
colleague who cannot face tomorrow or any day after; a husband gone missing who left a note; a dad
who "won't be a problem for anyone much longer".

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "it's urgent about one of my families, who do I ring at this time of night?",
        "a man in the village keeps filming other people's kids at the playground and posting them",
        "someone in the mums group is offering cleaning work abroad, flights and a room paid for",
        "he offered her free babysitting in exchange for pictures of her daughters",
        "my ex-husband keeps posting nasty comments about me on our page and tagging me",
        "text from my colleague at 2am: can't face tomorrow or any day after. not answering now",
        "her partner's gone missing, he left a note and his phone is off",
        "mum posted that she won't be a burden to anyone much longer",
    ],
)
def test_what_the_new_sets_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "it's urgent about the rota, who do I ring?",
        "can we post the photos other people's kids' parents sent us from the fun day?",
        "a volunteer is working abroad for a month, flights paid by her new job",
        "we got a free cake in exchange for a photo on our page",
        "my ex keeps posting about the kids' football on our page, it's quite sweet",
        "I can't face tomorrow's meeting, three hours on budgets",
        "my glasses have gone missing, I left a note on the noticeboard",
        "the leak won't be a problem for anyone much longer, the plumber's coming",
    ],
)
def test_the_everyday_message_in_those_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
