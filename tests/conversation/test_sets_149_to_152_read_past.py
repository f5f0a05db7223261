"""Ordinary messages from sets 149 to 152 that raised the alarm before those sets were trained on:
children who "attacked" the volunteer with water pistols; grandparents having the baby overnight so
mum can sleep; the charity's own goodbye post for a group that is closing.

Each guard beside it keeps the concern in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "the kids attacked me with water pistols in the garden, soaked!",
        "the toddler attacked me with kisses the second I walked in",
        "nan is having the kids overnight on friday so mum can rest",
        "our goodbye post for the Haverhill group got loads of lovely comments",
    ],
)
def test_the_ordinary_message_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "he attacked her with a knife in front of the kids",
        "the older boys attacked him with sticks on the way home from school",
        "the kids were left overnight on their own again",
        "her goodbye post on facebook last night scared me, she isn't answering",
    ],
)
def test_the_concern_in_the_same_words_keeps_the_alarm(message: str) -> None:
    assert is_safeguarding(normalise(message))
