"""Actions five-fold over one hundred and ninety sets missed, in new words.

A fake job advert in our name is "something else"; asking for the CEO to look at a reply is a
sign-off; keeping a login after leaving ("if I kept the password after I leave") is a leaver.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.route import Route, decide


def test_a_fake_job_advert_in_our_name_is_reported(index: PolicyIndex) -> None:
    message = "there's a fake vacancy on gumtree for a Home-Start family worker, £200 for 'training'"
    decided = decide(index, message)
    assert (decided.route, decided.category) == (Route.REPORT, "other")


def test_asking_for_the_ceo_to_look_at_a_reply_is_a_sign_off(index: PolicyIndex) -> None:
    message = "would you ask the CEO to look at this reply to the angry dad before it goes on our page?"
    assert decide(index, message).route is Route.APPROVAL


def test_keeping_a_login_after_leaving_is_a_leaver(index: PolicyIndex) -> None:
    message = "is it ok if I kept the tiktok password after I leave in March? happy to help out"
    assert decide(index, message).route is Route.LEAVER


@pytest.mark.parametrize(
    "message",
    [
        "how do we spot a fake vacancy when we're recruiting volunteers?",
        "can you tell me what the CEO would look for in a reply to a complaint?",
    ],
)
def test_the_everyday_message_is_not_one(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route not in (Route.REPORT, Route.APPROVAL, Route.LEAVER)
