"""Actions sets 181 to 184 held that the rules missed before they were trained on, in new words.

A stranger listed as an admin, or the old admins made mere editors, is a hacked account, however
hedged ("might be nothing but…") and even beside "not asking for sign-off". A threat already made
to go to the papers or put it on Facebook is a complaint, though it comes with an "if". The press
at the door is a crisis the route models may not overrule. Someone who stopped volunteering at
Christmas and still has admin is a leaver.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.route import Route, decide


@pytest.mark.parametrize(
    ("message", "category"),
    [
        ("a stranger is now listed as admin on our insta", "hacked_account"),
        ("could be nothing but the original admins on the page are now just editors", "hacked_account"),
        ("not asking for approval, just flagging that our twitter has been hacked", "hacked_account"),
        ("a mum told me she's going to the papers if her referral isn't sorted", "complaint"),
        ("the nan said she's gonna put it on facebook if we don't sort the referral", "complaint"),
        ("the lady on the phone said she'll go to the press unless we sort her referral", "complaint"),
        ("there's a camera crew outside the Lowestoft office", "crisis"),
        ("a journalist is on the doorstep of the Haverhill centre", "crisis"),
    ],
)
def test_what_is_happening_is_reported(index: PolicyIndex, message: str, category: str) -> None:
    decided = decide(index, message)
    assert decided.route is Route.REPORT
    assert decided.category == category


@pytest.mark.parametrize(
    "message",
    [
        "if the press turn up outside the office, what do we do?",
        "what if a parent says they'll go to the papers?",
        "how do I make a new volunteer an editor on the page?",
    ],
)
def test_asking_what_to_do_is_not_a_report(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is not Route.REPORT


def test_asking_about_someone_who_stopped_a_while_ago_and_is_still_an_admin_is_leaving(
    index: PolicyIndex,
) -> None:
    message = "Is it normal that Sam, who stopped volunteering at Christmas, is still an admin on the group?"
    assert decide(index, message).route is Route.LEAVER


def test_asking_whether_someone_who_stopped_may_stay_on_is_a_question(index: PolicyIndex) -> None:
    message = "Can someone who stopped volunteering stay on the Facebook group?"
    assert decide(index, message).route is Route.ANSWER
