"""Actions sets 169 to 172 held that the rules missed before they were trained on, in new words.

Someone who is "done after Christmas" and asks to be taken off "all the stuff", or who tells of home
first and then asks to keep a login once they finish, is leaving.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.leavers import KEEPING_ACCESS, OFF_THE_ACCOUNTS
from bot.conversation.route import Route, decide
from bot.conversation.word_rules import normalise


@pytest.mark.parametrize(
    "message",
    [
        "I'm done after Easter, my mum needs me more and the kids are a handful. Could someone take "
        "me off all the stuff?",
        "I finish next Friday. We're moving nearer my husband's work, the boys start a new school in "
        "January, lots going on. Would it be ok to keep my login for the Instagram?",
    ],
)
def test_someone_going_who_asks_about_their_access_is_leaving(index: PolicyIndex, message: str) -> None:
    text = normalise(message)
    assert OFF_THE_ACCOUNTS.search(text) or KEEPING_ACCESS.search(text)
    assert decide(index, message).route is Route.LEAVER


@pytest.mark.parametrize(
    "message",
    [
        "I'm done after Christmas dinner, can't move! Can someone take the photos off the stuff we printed?",
        "the school term finishes on Friday and the kids are off for a fortnight; can I keep the "
        "group's Instagram going over the holidays?",
    ],
)
def test_the_same_words_with_nobody_leaving_are_not(index: PolicyIndex, message: str) -> None:
    text = normalise(message)
    assert not OFF_THE_ACCOUNTS.search(text)
    assert not KEEPING_ACCESS.search(text)
