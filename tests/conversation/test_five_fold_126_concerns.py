"""Concerns five-fold over one hundred and twenty-six sets missed, in new words: a post naming a
child with "this kid owes me"; a mother and her children locked out of the house in the rain; two
people living with a family who do all its work unpaid, "working off their journey"; and, missed
three rounds running, a father drinking most days who can barely get the children up, told inside a
thank-you for a hamper. Everyday messages in nearly the same words raise no alarm.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.route import Route, decide
from bot.conversation.word_rules import is_safeguarding, never_set_aside, normalise


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


@pytest.mark.parametrize(
    "message",
    [
        "thanks for the hamper, the kids loved it!! mum's been on the cans most days since she lost her job "
        "so it's a big help, she can barely get them up for school",
        "merry christmas and thanks for the presents 🎄 dad's drinking most nights and the kids are left "
        "to fend for themselves, so the selection boxes made their day",
    ],
)
def test_a_parent_drinking_most_days_is_not_set_aside_by_thanks(index: PolicyIndex, message: str) -> None:
    assert never_set_aside(normalise(message))
    assert decide(index, message).route is Route.SAFEGUARDING


@pytest.mark.parametrize(
    "message",
    [
        "thanks for the hamper! dad's been on the cans every night since christmas eve 😂 can barely get "
        "himself up",
        "haha the kids were up every night this week, can barely get them to bed, send coffee",
    ],
)
def test_thanks_with_drink_or_late_nights_alone_stays_set_aside(index: PolicyIndex, message: str) -> None:
    assert not never_set_aside(normalise(message))
    assert decide(index, message).route is not Route.SAFEGUARDING
