"""Asked to write something ("draft me a facebook post about the fun day", "write a tweet about
the coffee morning"): the bot quotes the policy and writes nothing, so it is not covered and the
card names who to ask. A draft the person has written themselves, pasted in or sent for sign-off,
still goes to the sign-off form, and so does a request to write a post and send it for sign-off
(set 116): the form is where the person puts the words, and the bot still writes none of them.
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


@pytest.mark.parametrize(
    "message",
    [
        "write me a short post announcing the lottery grant we've just been awarded for the family hubs, "
        "then send it off to whoever has to approve it",
        "can you draft a quick post thanking everyone who came to the summer fair and raised money for the "
        "families, then pass it to Alex to sign off",
    ],
)
def test_asked_to_write_and_send_for_sign_off_is_the_sign_off_form(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is Route.APPROVAL
