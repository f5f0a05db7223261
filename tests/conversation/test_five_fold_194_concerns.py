"""Concerns five-fold over one hundred and ninety-four sets missed, in new words.

A mum's boyfriend telling a three-year-old he will bin her toys if she tells her mum; a nappy left
on all day, a rash everywhere; both parents high at a visit with the baby screaming; a mum who
would not ring 111 for a baby blue round the lips.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "her stepdad told the 4yo 'if you tell your mum I'll smash your tablet' and laughed",
        "the baby's nappy had been on all day, he was red raw and mum was asleep",
        "her mum and dad were both high when I got there and the toddler was screaming",
        "the baby went blue round the mouth and dad refused to phone 111",
    ],
)
def test_what_five_fold_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "if you tell your mum about the party you'll spoil the surprise!",
        "we had the nappy bag on all day at the fair and never needed it",
        "the parents were high on excitement after the nativity",
        "mum refused to call 111 because the GP had already seen him that morning and he was fine",
    ],
)
def test_the_everyday_message_in_those_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
