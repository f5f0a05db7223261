"""Everyday messages in sets 117 to 120 that the rules took for concerns before those sets were
trained on: anti-vaccine posts about "vaccine injured" babies and pictures of needles, a complaint
made to the Charity Commission, a father in prison when a family wants practical help, a
volunteer's own thin coat, a toddler pushed over by another child at a group, and "champagne while
families starve" said of a fundraising dinner. Each concern that shares their words is still
caught. The wordings are new, not copied from the sets.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "an anti-vax account keeps tagging us in posts about vaccine injured kids",
        "someone keeps spamming the parents group with pictures of needles and babies, anti-vax stuff",
        "the local paper asked about a complaint a mum made to the Charity Commission about us",
        "can I help a family with the visiting orders while dad's in prison?",
        "I've only got a thin coat and the little one wants the park, what's the weather doing?",
        "a mum complained her toddler got pushed over by another child at the group",
        "a viral post says our gala was champagne while families starve",
    ],
)
def test_an_everyday_message_is_read_past(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the baby was injured when mum's boyfriend dropped him",
        "there were needles on the floor where the toddler was playing",
        "the kids are made to stand in the garden for hours when he's angry",
        "her new partner has been in prison for hurting a child",
        "the boy hasn't been in school for weeks, mum says he's at his dad's but his dad's in prison",
        "the little one only had a thin coat on in the snow again",
        "her partner pushed her over in front of the kids",
        "the children are starving, there's no food in the house",
    ],
)
def test_the_concern_in_the_same_words_is_still_caught(message: str) -> None:
    assert is_safeguarding(normalise(message))
