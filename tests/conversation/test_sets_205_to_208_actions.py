"""Actions sets 205 to 208 held that the rules missed before they were trained on, in new words.

A question about the rules with "asking because it's happening to me", "that's what's been
happening to me" or "well, someone actually has" tells of something going on: a report. One of our
own accounts sending followers messages asking for gift cards is a hacked account, however the
question after it is put.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.route import Route, decide


@pytest.mark.parametrize(
    "message",
    [
        "what happens if a volunteer gets trolled online? asking because it's happening to me on Instagram",
        "does the policy say anything about abuse from a parent on whatsapp? because that's what's been "
        "happening to me all week",
        "what do we do if someone leaves racist comments on our page? well, someone actually has, an hour "
        "ago",
    ],
)
def test_what_is_going_on_behind_a_question_is_a_report(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is Route.REPORT


def test_our_page_asking_followers_for_gift_cards_is_a_hacked_account(index: PolicyIndex) -> None:
    message = (
        "our facebook page has been sending DMs to followers asking for gift cards, what does the policy say "
        "about that?"
    )
    decision = decide(index, message)
    assert (decision.route, decision.category) == (Route.REPORT, "hacked_account")


@pytest.mark.parametrize(
    "message",
    [
        "what happens if a volunteer gets trolled online? asking because I'm writing the induction pack",
        "does the policy say anything about abuse from a parent on whatsapp? asking because I'm new",
        "what do we do if someone leaves racist comments on our page? well, we had a training session on it",
        "our facebook page has been sending thank you messages to donors, what does the policy say about "
        "that?",
    ],
)
def test_the_question_on_its_own_is_answered(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is Route.ANSWER
