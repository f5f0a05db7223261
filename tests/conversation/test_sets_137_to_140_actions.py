"""Actions sets 137 to 140 held that the rules missed before they were trained on, in new words.

Breaches: a post put up "without anyone signing it off" or "without waiting for the CEO", and a login
given to one's husband to help with the reels. Sign-off: "need urgent sign off" on a warning about a
hack, a statement ready "just waiting on approval", "is the CEO ok with it?" beside the wording, and
a pasted draft that ends "Approve?". Online abuse: "I'll be waiting for her in the car park",
forwarded from the inbox. Their look-alikes are not: asking ahead whether a post can go up without
sign-off, or how long approval usually takes.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation import sign_off
from bot.conversation.report_cues import LOGIN_GIVEN, report_category
from bot.conversation.route import Route, decide
from bot.conversation.word_rules import normalise


@pytest.mark.parametrize(
    "message",
    [
        "I posted the fundraising news on the charity page without anyone signing it off, oops",
        "put the new hub announcement on instagram this morning without waiting for the chair, sorry",
    ],
)
def test_a_post_put_up_without_sign_off_is_a_breach(index: PolicyIndex, message: str) -> None:
    decision = decide(index, message)
    assert (decision.route, decision.category) == (Route.REPORT, "policy_breach")


def test_asking_ahead_is_not(index: PolicyIndex) -> None:
    assert (
        decide(index, "can I post the fundraising news without anyone signing it off?").route
        is not Route.REPORT
    )


def test_a_login_given_to_ones_husband_is_given_away() -> None:
    assert LOGIN_GIVEN.search(normalise("I gave my husband the password for our facebook so he could help"))


def test_the_home_wifi_password_given_to_ones_son_is_not() -> None:
    assert not LOGIN_GIVEN.search(
        normalise("I gave my son the password for the wifi so he could do his homework")
    )


@pytest.mark.parametrize(
    "message",
    [
        "need urgent sign off - our facebook was hacked and we've drafted a warning for the other pages",
        "Ready to go: 'Please ignore any texts asking for bank details...' just waiting on approval",
        "we want to tell people the fake raffle isn't ours, wording below - is the CEO ok with it?",
        "Here's a draft post thanking our outgoing treasurer and welcoming the new one. Approve?",
    ],
)
def test_a_draft_in_hand_asks_for_sign_off(message: str) -> None:
    assert sign_off.wants_sign_off(normalise(message))


@pytest.mark.parametrize(
    "message",
    ["how long does approval usually take?", "I'm ready to start my first visit on monday, is that ok?"],
)
def test_a_question_that_is_no_request_does_not(message: str) -> None:
    assert not sign_off.wants_sign_off(normalise(message))


def test_a_threat_forwarded_from_the_inbox_is_online_abuse() -> None:
    message = 'fwd from the inbox: "tell that volunteer Sam I\'ll be waiting for her in the car park"'
    assert report_category(normalise(message)) == "online_abuse"
