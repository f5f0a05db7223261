"""Concerns five-fold over one hundred and ninety-eight sets missed, in new words: a toddler who
climbs onto an open upstairs window sill with no lock, every day; a family telling a worker they know
which school her own children go to, and to be careful.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "her boy of two climbs up on the open bedroom window ledge upstairs, there's no lock, she laughs",
        "a dad texted me 'I know your girls go to Westgate primary, be careful', one of my old families",
    ],
)
def test_what_five_fold_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "her boy of two climbs up on the sofa arm all day, she laughs, says he's a monkey",
        "a mum texted me 'I know your girls go to Westgate primary, mine start there in September!'",
    ],
)
def test_the_everyday_message_in_those_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
