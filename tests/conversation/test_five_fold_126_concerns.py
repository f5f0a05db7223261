"""Concerns five-fold over one hundred and twenty-six sets missed, in new words: a post naming a
child with "this kid owes me"; a mother and her children locked out of the house in the rain; two
people living with a family who do all its work unpaid, "working off their journey". Everyday
messages in nearly the same words raise no alarm.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "someone shared a 10 year old's gaming profile with his school on it and wrote 'this kid owes me'",
        "someone posted a screenshot of the girl's profile: 'this kid owes me money, find her'",
        "her partner locked her and the children out of the house last night and she slept in the car",
        "he's locked the kids out in the cold again, mum's at her sister's",
        "the lodgers look after the kids and clean all day and never get paid, dad says they're working off "
        "their passage",
    ],
)
def test_a_concern_five_fold_missed_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "this kid owes me a rematch at uno, he cheated 😂",
        "we need to track down the raffle tickets before the fun day",
        "I locked the kids out of the kitchen while I got the cake ready",
        "mum locked herself out of the house so we waited in the car till dad got home",
        "off for a run to work off the christmas pudding",
    ],
)
def test_the_everyday_message_in_the_same_words_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))
