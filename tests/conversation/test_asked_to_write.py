"""Asked to write something ("draft me a facebook post about the fun day", "write a tweet about
the coffee morning"): the bot quotes the policy and writes nothing, so it is not covered and the
card names who to ask. A draft the person has written themselves, pasted in or sent for sign-off,
still goes to the sign-off form.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.route import Route, decide


@pytest.mark.parametrize(
    "message",
    [
        "draft me a facebook post about the fun day",
        "write a tweet about our coffee morning",
        "could you write us a caption for the toddler group photo?",
        "pls draft an instagram post for the sponsored walk, something upbeat",
    ],
)
def test_asking_the_bot_to_write_a_post_is_not_covered(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is Route.NOT_COVERED


@pytest.mark.parametrize(
    "message",
    [
        "Draft for FB: 'Our fun day raised £400 for local families, thank you all!'",
        "I've written a post about the fun day, can the CEO approve it before it goes up?",
    ],
)
def test_a_draft_of_ones_own_still_goes_to_sign_off(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is Route.APPROVAL
