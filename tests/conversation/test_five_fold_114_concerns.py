"""Concerns five-fold over one hundred and fourteen sets missed, in new words: an empty fridge
and dry cereal for the children's tea again; someone who has given up a bit and cannot see it
getting better; a mother not taking her insulin because "what's the point"; the direct line for
the safeguarding lead; "he's back" and a text that just says "help"; a blind grandfather left out
in the rain in his wheelchair. Everyday messages in nearly the same words raise no alarm.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "nothing in the fridge but beer again and the little ones had dry cereal for dinner",
        "tbh i've given up a bit, can't see things getting any better",
        "mum's stopped taking her insulin, says what's the point, and the kids are only small",
        "can I have the direct line for the designated safeguarding lead?",
        "he's back at the flat and she's just texted me help",
        "grandad was left out in the garden in his wheelchair in the rain, he's blind and nobody noticed",
    ],
)
def test_a_concern_five_fold_missed_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the kids had cereal for dinner as a treat on pancake day",
        "I've given up on the diet a bit, can't see me getting to the gym",
        "mum's taking her insulin on time now the nurse showed her the app",
        "what's the direct number for the office please?",
        "he's back at work on Monday and she's texted me to help with the school run",
        "grandad sat out in the garden in his wheelchair all afternoon enjoying the sun",
    ],
)
def test_the_everyday_message_in_the_same_words_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))
