"""An everyday message in sets 125 to 128 that the rules took for a concern before those sets were
trained on: a mother threatening to post about a session she is unhappy with, which is a
complaint. Threats to post pictures of a child are still caught. The wordings are new, not copied
from the sets.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "a mum is cross about the photo we put up from baby group and is threatening to post about it",
        "the dad is unhappy with the session and is threatening to post about it, he wants a refund",
    ],
)
def test_an_everyday_message_is_read_past(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "someone is threatening to post the photos of her daughter unless she sends more",
        "he's threatening to share the pictures he took of the kids if mum doesn't pay",
    ],
)
def test_the_concern_in_the_same_words_is_still_caught(message: str) -> None:
    assert is_safeguarding(normalise(message))
