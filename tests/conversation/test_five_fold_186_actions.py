"""Actions five-fold over one hundred and eighty-six sets missed, in new words.

A mailbox rule that forwards mail somewhere nobody set up is a hacked account, however it is worded
("a rule forwarding all incoming mail", "a rule that forwards everything").
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.route import Route, decide


@pytest.mark.parametrize(
    "message",
    [
        "someone has set up a rule on the office email that forwards everything to an address we don't know",
        "the finance inbox has a rule forwarding all mail to a hotmail account nobody recognises",
    ],
)
def test_a_mailbox_forwarding_everything_is_a_hacked_account(index: PolicyIndex, message: str) -> None:
    decided = decide(index, message)
    assert decided.route is Route.REPORT
    assert decided.category == "hacked_account"


@pytest.mark.parametrize(
    "message",
    [
        "how do I set up a rule that forwards the volunteer inbox to my email while I'm on leave?",
    ],
)
def test_asking_how_is_not_a_report(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is not Route.REPORT
