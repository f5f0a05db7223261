"""Actions sets 141 to 144 held that the rules missed before they were trained on, in new words.

A hacked account: a colleague's Teams sending everyone "urgent invoice" links the morning after his
leaving do (the leaving is not what to act on first). Its look-alike is not: a newsletter sent to
everyone with the booking links.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.route import Route, decide


@pytest.mark.parametrize(
    "message",
    [
        "Sam left on Friday and now his Teams is sending everybody 'overdue payment' links, joke?",
        "her email account started sending all her contacts links to a 'shared document' this morning",
    ],
)
def test_an_account_sending_everyone_links_is_hacked(index: PolicyIndex, message: str) -> None:
    decision = decide(index, message)
    assert (decision.route, decision.category) == (Route.REPORT, "hacked_account")


@pytest.mark.parametrize(
    "message",
    [
        "I'm sending everyone the newsletter with the booking links this afternoon",
        "can our whatsapp be sending people links to the fun day sign-up?",
    ],
)
def test_our_own_links_are_not(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is not Route.REPORT
