"""Actions sets 217 to 220 held that the rules missed before they were trained on, in new words.

Intimidation written or said to our people ("or else", "will be sorry", "consequences for his
family", "I'm coming for them", "watch your back") is online abuse, whatever else the message
names. An announcement of someone stepping down sent for the Board's approval asks for sign-off,
not the leaver checklist. Someone who finished a placement, or who retires, is leaving, and asking
who takes them off the accounts asks for the checklist.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.route import Route, decide


@pytest.mark.parametrize(
    "message",
    [
        "been getting texts from an unknown number since the raffle: "
        "'stay away from our shop with your tins or else'",
        "an email to the office says unless we remove the volunteers' group photo "
        "'the people in it will be sorry'",
        "our chair has had emails from someone promising to 'expose him' and warning of "
        "'consequences for his family'",
        "think it's a joke but someone wrote 'if Home-Start don't refund my raffle ticket "
        "I'm coming for them 😂🔫'",
        "same bloke messaged me 'watch your back charity girl' again, what's the point reporting it",
    ],
)
def test_intimidation_aimed_at_our_people_is_online_abuse(index: PolicyIndex, message: str) -> None:
    decision = decide(index, message)
    assert (decision.route, decision.category) == (Route.REPORT, "online_abuse")


@pytest.mark.parametrize(
    "message",
    [
        "Approval request: the post announcing our chair is stepping down in March, "
        "the Board needs to sign it off",
        "drafted the announcement that our treasurer is retiring, attached for Board approval "
        "before it goes out",
    ],
)
def test_an_announcement_of_someone_leaving_sent_for_approval_asks_for_sign_off(
    index: PolicyIndex, message: str
) -> None:
    assert decide(index, message).route is Route.APPROVAL


@pytest.mark.parametrize(
    "message",
    [
        "Can you take Sam off the family hub SharePoint? He finished his placement last week",
        "when our treasurer retires in June, who takes him off the social media accounts?",
    ],
)
def test_someone_who_finished_or_retires_is_leaving(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is Route.LEAVER


@pytest.mark.parametrize(
    "message",
    [
        "the kids said they'll regret eating all that birthday cake lol",
        "mum texted to say she'll be sorry to miss group on Tuesday",
        "when the summer fair finishes, who takes the banners off the fence?",
        "does a post announcing our new patron need Board approval?",
    ],
)
def test_the_everyday_message_in_the_same_words_is_no_action(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route not in (Route.REPORT, Route.LEAVER, Route.APPROVAL)
