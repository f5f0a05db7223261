"""Concerns five-fold over two hundred and twenty-two sets missed: a woman who posts that "he won't
let me out" and deletes it; a mother handing her whole benefit to a new "friend" while the children
live on toast; a child's inhaler empty for weeks.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "a mum keeps posting on our page that 'he won't let me leave the house' and then deleting it",
        "her new lodger takes her whole universal credit every month and the kids have cereal for tea",
        "the 6 year old's inhaler has been empty for weeks and mum hasn't got round to the GP",
    ],
)
def test_what_five_fold_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the quizmaster won't let me leave the table till I've answered the picture round 😂",
        "her new lodger pays her rent out of his universal credit every month, it really helps",
        "my printer cartridge has been empty for weeks and I haven't got round to ordering one",
    ],
)
def test_the_everyday_message_in_the_same_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
