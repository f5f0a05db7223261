"""Actions sets 165 to 168 held that the rules missed before they were trained on, in new words.

Administrators nobody knows on our page or website, or a sign-in on more devices than anyone uses,
is a hacked account.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.route import Route, decide


@pytest.mark.parametrize(
    "message",
    [
        "there are two new administrators on our website I've never heard of",
        "my teams says I'm signed in on 3 devices but I only use my laptop",
    ],
)
def test_a_stranger_s_hand_on_our_account_is_a_hacked_account(index: PolicyIndex, message: str) -> None:
    decided = decide(index, message)
    assert decided.route is Route.REPORT
    assert decided.category == "hacked_account"


@pytest.mark.parametrize(
    "message",
    [
        "we've got two new admins on the page now, Sam and Priya, so nobody's on their own at weekends",
        "how do I add a new administrator to the website for our new coordinator?",
    ],
)
def test_asking_who_the_admin_is_is_not(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is not Route.REPORT
