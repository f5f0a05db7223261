"""Ordinary messages from sets 145 to 148 that raised the alarm before those sets were trained on:
a printer or a health visitor one "nearly strangled" or "could've throttled"; a tired dad who looks
"like he's been hit by a bus"; toddlers as "tiny drunk dictators"; a baby's black eye from the coffee
table, taken to the walk-in straight away.

Each guard beside it keeps the concern in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.alarm import cheerful
from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "I nearly strangled the work laptop this morning, it deleted my notes",
        "could have throttled the receptionist for losing my form again",
        "mum's been up all night with the twins, she looks like she's been hit by a bus",
        "toddlers are basically tiny drunk dictators, aren't they",
    ],
)
def test_the_ordinary_message_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "he nearly strangled her when she tried to leave",
        "dad throttled the little boy by the collar",
        "the little girl was hit by her dad",
        "mum was too drunk to look after the toddlers",
    ],
)
def test_the_concern_in_the_same_words_still_does(message: str) -> None:
    assert is_safeguarding(normalise(message))


def test_a_black_eye_seen_at_the_walk_in_is_care() -> None:
    assert cheerful(
        normalise(
            "the baby's got a black eye from headbutting the coffee table, mum took him to the walk-in "
            "straight away"
        )
    )
