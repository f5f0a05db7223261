"""The concerns five-fold over one hundred and forty-six sets missed, in new words.

A mother who stood on the bridge for an hour last night; someone from safeguarding asked to ring
back when the office did not answer. Each stays quiet beside the everyday message in the same words:
a family who stood on the bridge to watch the fireworks, someone from the safeguarding course asked
to ring about the date.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "she told me she sat on the bridge for ages on Sunday night",
        "could somebody from safeguarding call me back please, no answer at the office",
    ],
)
def test_what_five_fold_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "we stood on the bridge for an hour last night watching the fireworks",
        "could somebody from the safeguarding course call me back about the date",
    ],
)
def test_the_everyday_message_in_the_same_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
