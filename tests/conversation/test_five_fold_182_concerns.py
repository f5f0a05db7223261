"""Concerns five-fold over one hundred and eighty-two sets missed, in new words: an old neighbour
charged thousands again and again by "builders", roofers or gardeners for work never done, who
cannot remember paying them.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "mum's neighbour has dementia, roofers have taken £4,000 off her and she can't remember paying",
        "my nan's gardeners charged her hundreds five times this month and nothing has been done",
        "the old lady next door had workmen round who took thousands and the drive is exactly the same",
    ],
)
def test_what_five_fold_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the builders charged nan thousands for the new kitchen and it looks amazing",
        "the roofers charged us £2,000 and never finished the job, nothing was fixed",
        "grandad can't remember paying the window cleaner, can I pop round and check?",
    ],
)
def test_the_everyday_message_in_those_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
