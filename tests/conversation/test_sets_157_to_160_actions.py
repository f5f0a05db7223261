"""Actions sets 157 to 160 held that the rules missed before they were trained on, in new words.

Asking whether the boss, the CEO or the Board can have a look at a piece before it goes out asks
for sign-off (never the Board asked to see how the policy is going); someone's "last month with
us", or asking to hang on to admin after finishing, is a leaver; a post put up "without getting it
checked by the CEO first", one that "should have been approved", or one everyone assumed was signed
off when nobody had, is a breach.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.route import Route, decide


@pytest.mark.parametrize(
    "message",
    [
        "Could you run this past whoever signs things off? It's the announcement of our 40th gala",
        "can the board see this first? it's the post about us joining a new East Anglia partnership",
        "Thass the statement 'bout the fire. Can the gaffer give it the once-over afore I send it?",
    ],
)
def test_the_boss_asked_to_look_first_is_sign_off(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is Route.APPROVAL


def test_the_board_asked_to_see_how_the_policy_goes_is_not(index: PolicyIndex) -> None:
    message = "Can the board see how we're doing with the policy? Like whether people follow the photo rules"
    assert decide(index, message).route is not Route.APPROVAL


@pytest.mark.parametrize(
    "message",
    [
        "Nestor mentioned in passing that this is his last month with us, he manages the Teams channels",
        "can i hang on to admin on the sudbury group after i finish? I set it up",
    ],
)
def test_a_last_month_or_admin_kept_after_finishing_is_a_leaver(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is Route.LEAVER


@pytest.mark.parametrize(
    "message",
    [
        "I put the lottery grant announcement on our page without getting it checked by the CEO first",
        "I put out our statement last night as I couldn't reach Alex. I know it should have been approved",
        "The patron post went out this morning. I assumed Alex had signed it off but nobody had",
    ],
)
def test_a_post_that_went_out_unchecked_is_a_breach(index: PolicyIndex, message: str) -> None:
    decision = decide(index, message)
    assert (decision.route, decision.category) == (Route.REPORT, "policy_breach")
