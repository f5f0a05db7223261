"""Actions sets 153 to 156 held that the rules missed before they were trained on, in new words.

A ransom note on the office computer is a hacked account; a printed list of families left on a
train is a breach; "I might have added a family I support on Snapchat" owns up to a breach as
plainly as "I added"; someone leaving who asks to stay in the volunteers' Teams channel is a
leaver; asking someone higher up to "say yea or nay" on a piece is a request for sign-off.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.report_cues import report_category
from bot.conversation.route import Route, decide
from bot.conversation.word_rules import normalise


def test_a_ransom_note_is_hacked(index: PolicyIndex) -> None:
    message = (
        "Ransom note on the office pc screen when I came in this morning. Not touching anything. What now"
    )
    decision = decide(index, message)
    assert (decision.route, decision.category) == (Route.REPORT, "hacked_account")


def test_an_authenticator_asking_to_approve_a_sign_in_nobody_made_names_a_hack() -> None:
    # The route models may still read so short a wording as not covered; the set's own message routes
    # as a hacked account.
    message = "my authenticator app keeps popping up asking me to approve a sign in, I keep pressing deny"
    assert report_category(normalise(message)) == "hacked_account"


def test_setting_up_the_authenticator_is_a_question(index: PolicyIndex) -> None:
    decision = decide(
        index, "how do I set up the authenticator app on my new phone? it keeps asking me for a code"
    )
    assert decision.route is not Route.REPORT


@pytest.mark.parametrize(
    "message",
    [
        "I left a printed list of my families on the train 😬",
        "the attendance list with the children's dates of birth was left on the church hall table",
    ],
)
def test_a_list_of_families_left_behind_is_a_breach(index: PolicyIndex, message: str) -> None:
    decision = decide(index, message)
    assert (decision.route, decision.category) == (Route.REPORT, "data_breach")


def test_a_shopping_list_left_at_home_is_not(index: PolicyIndex) -> None:
    assert (
        decide(index, "I left my shopping list at home so I've no idea what I came in for").route
        is not Route.REPORT
    )


def test_might_have_added_a_family_owns_up(index: PolicyIndex) -> None:
    decision = decide(index, "hmm so I might have added a family I support on snapchat last month...")
    assert (decision.route, decision.category) == (Route.REPORT, "policy_breach")


def test_might_have_to_stop_is_still_imagined(index: PolicyIndex) -> None:
    assert (
        # No "if" in it: only "might" says it is imagined.
        decide(index, "I might have to stop volunteering next year, my hours are changing").route
        is not Route.LEAVER
    )


def test_staying_in_the_teams_channel_after_leaving_is_a_leaver(index: PolicyIndex) -> None:
    message = (
        "Dawn's leaving us on Friday and asked if she can stay in the volunteers' Teams channel for a chat"
    )
    assert decide(index, message).route is Route.LEAVER


def test_yea_or_nay_from_higher_up_asks_for_sign_off(index: PolicyIndex) -> None:
    message = "got the piece about the new patron ready, can someone higher up say yea or nay"
    assert decide(index, message).route is Route.APPROVAL
