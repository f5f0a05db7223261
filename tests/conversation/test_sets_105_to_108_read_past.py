"""Everyday messages in sets 105 to 108 that the rules took for concerns before those sets were
trained on: a parent who grabbed a child just before he ran into the road, an adult sleeping on
the floor for a bad back, a scam advert's "weird site" asking for card details, and older lads
helping a dad move furniture. Each concern that shares their words is still caught. The wordings
are new, not copied from the sets.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "mum grabbed the toddler just before he ran into the road, gave her a right scare",
        "grandad's been sleeping on the floor because of his back, the kids think it's hilarious",
        "there's an advert with our logo for a free baby bundle, it goes to a weird site asking for "
        "your card details",
        "some older lads came over to help mum carry the new cot upstairs for the baby",
    ],
)
def test_an_everyday_message_is_read_past(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "dad grabbed the 4yo by the neck before he ran into the road",
        "the kids have been sleeping on the floor because there are no beds",
        "a man sent her 12 year old a link to a weird site asking for pictures",
        "older lads come round and give the 14yo cash to carry bags",
    ],
)
def test_the_concern_in_the_same_words_is_still_caught(message: str) -> None:
    assert is_safeguarding(normalise(message))
