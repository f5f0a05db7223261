"""Concerns five-fold over one hundred and eighteen sets missed, in new words: a father under a
restraining order who has recognised his child in one of our photos and commented; a mother who
will not let the nurse see the baby's back because they "ask too many questions". Everyday messages
in nearly the same words raise no alarm.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.route import Route, decide
from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "her ex has a restraining order and he's spotted her little boy in our fun day photos, he commented",
        "mum wouldn't let the health visitor see the baby's back, says they're too nosy",
    ],
)
def test_a_concern_five_fold_missed_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the restraining order training for staff is on Tuesday, who's commented on the invite?",
        "he won't let the doctor look at his ear, he screams the place down",
        "the toddler won't let the doctor look at his bottom, the nappy rash is so sore",
    ],
)
def test_the_everyday_message_in_the_same_words_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


def test_a_protected_child_found_through_a_cheerful_post_still_raises_the_card(index: PolicyIndex) -> None:
    message = (
        "lovely fun day photos! but the dad with the restraining order has recognised his girl, commented"
    )
    assert decide(index, message).route is Route.SAFEGUARDING
