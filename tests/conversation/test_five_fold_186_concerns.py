"""Concerns five-fold over one hundred and eighty-six sets missed, in new words: a hand or a
pillow held over a child's mouth till they could not breathe, or to stop them crying; asking to be
put in touch with the safeguarding lead, or for the "safe garden" lead's number as a phone heard
it; children who have had nothing but crisps for every meal all week, the cupboards bare, told with
a laugh.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.route import Route, decide
from bot.conversation.word_rules import is_safeguarding, normalise

_HUNGRY_ALL_WEEK = (
    "haha the kids reckon it's been biscuits for breakfast and tea every day this week, nothing in the fridge"
)


@pytest.mark.parametrize(
    "message",
    [
        "she told me mum held a pillow over her face till she couldn't breathe",
        "the little lad says his stepdad puts his hand over his mouth to stop him crying",
        "could you put me in touch with the safeguarding officer, it's about one of my mums",
        "whats the number for the safe guarding lead i need them this afternoon",
        "need the safe garden lead's email please",
        _HUNGRY_ALL_WEEK,
    ],
)
def test_what_five_fold_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the baby put her hand over my mouth while I sang, I couldn't breathe for laughing",
        "he put his hand over his mouth to stop himself giggling in assembly",
        "can you put me in touch with someone about the summer fair stall?",
        "the safe garden at the children's centre has a new sandpit",
        "lol we've had crisps for lunch every day this week on the camping trip, the cool box is empty",
    ],
)
def test_the_everyday_message_in_those_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))


def test_children_going_hungry_all_week_told_laughing_still_reach_safeguarding(index: PolicyIndex) -> None:
    assert decide(index, _HUNGRY_ALL_WEEK).route is Route.SAFEGUARDING
