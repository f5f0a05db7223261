"""Concerns five-fold over two hundred and two sets missed, in new words: a dad who gives the baby a
drop of whisky at night to make her sleep, told as an old wives' tale; a boy of about seven seen on
his own in the street asking people for food.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "funny one, dad says he puts a drop of whisky in the baby's bottle so she sleeps, like his gran did",
        "saw a boy about 7 from one of our families on his own by the shops asking people for food",
    ],
)
def test_what_five_fold_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "funny one, dad says he puts a drop of whisky in his tea so he sleeps, like his gran did",
        "saw a boy about 7 from one of our families by the shops asking people for sponsors for his swim",
    ],
)
def test_the_everyday_message_in_those_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
