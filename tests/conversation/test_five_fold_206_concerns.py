"""Concerns five-fold over two hundred and six sets missed, in new words: a scald on a toddler
that nobody has looked at, butter put on it; someone who says she might as well be dead, not
sleeping or eating; a doorstep "collector" getting a disabled man to sign forms he doesn't
understand; a parent saying one of our volunteers shook her son; a call asked for about a child
that the writer won't type.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "the toddler got a scald from the kettle sometime last week and nobody has looked at it, mum put "
        "butter on it",
        "one of the mums says she's not eating and might as well be dead for all the good she does",
        "a door to door collector has been getting my disabled uncle to sign forms he doesn't understand",
        "a mum rang to say our volunteer shook her little boy when he wouldn't stop crying",
        "can someone call me as soon as you can, it's about a child, I'd rather not type it here",
    ],
)
def test_what_five_fold_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the toddler got a scald from the kettle last month, the GP looked at it and it has healed nicely",
        "one of the mums says the old printer might as well be dead for all the good it does",
        "a door to door collector came for the charity bags and my uncle signed the gift aid form",
        "a mum rang to say our volunteer shook hands with her little boy at the fair, he was so proud",
        "can someone call me as soon as you can, it's about a child's place at the toddler group",
    ],
)
def test_the_everyday_message_in_the_same_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
