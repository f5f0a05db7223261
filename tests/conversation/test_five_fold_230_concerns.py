"""Concerns five-fold over two hundred and thirty sets missed, told laughing: a mother too hungover
to wake while a four-year-old lets the volunteer in and makes the baby's bottle; a toddler strapped
in his high chair for hours, screaming himself hoarse; a man commenting on the toddler group's
photos that he'd love to meet "the little blonde one".

Each stays quiet beside the everyday message in the same words, and the first two are not set aside
by the laughter they are told with.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, never_set_aside, normalise

TOLD_LAUGHING = (
    "lol mum was too hungover to wake up, the 3yo let me in and was changing the baby's nappy",
    "the baby was left in his car seat in the hall the whole visit, 2 hours, crying and soaked",
)


@pytest.mark.parametrize(
    "message",
    [
        *TOLD_LAUGHING,
        "some bloke commented under the nursery trip pics that he'd love to meet the cute one in the red hat",
    ],
)
def test_what_five_fold_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize("message", TOLD_LAUGHING)
def test_laughter_does_not_set_it_aside(message: str) -> None:
    assert never_set_aside(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "I was so hungover I couldn't get up for the 9am meeting lol",
        "mum was that tired she couldn't get up, so the kids had a lie-in too haha",
        "the toddler sat in his high chair for two hours at the christening, happy as larry with a rusk",
        "I'd love to meet the little ones at the toddler group, can I come along as a volunteer?",
    ],
)
def test_the_everyday_message_in_the_same_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
