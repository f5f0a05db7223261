"""A report told as a question ("is it normal our page has an admin none of us know?") names no
sign that anything happened, so the rules read it as a question about the rules; when the route
regression is sure it is a report (``Thresholds.unhappened``), the form is offered all the same.
Questions about the rules stay answers.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.route import Route, decide


@pytest.mark.parametrize(
    ("message", "category"),
    [
        (
            "is it normal that our facebook page has an admin called Meta Help that none of us know?",
            "hacked_account",
        ),
        ("is it normal that our instagram name is Crypto Mums UK now?", "hacked_account"),
        # A family followed or friended, in the present tense or "already" (leaving one set out
        # over sixty-six sets).
        ("I follow the mum from my family on tiktok and like her kids videos, is that bad?", "policy_breach"),
        ("I already accepted the dad I support on facebook, he asked me to. what now?", "policy_breach"),
        (
            "Is it a problem that the volunteer contact list is on a public link in our facebook group?",
            "data_breach",
        ),
    ],
)
def test_a_report_told_as_a_question_offers_the_form(index: PolicyIndex, message: str, category: str) -> None:
    decision = decide(index, message)
    assert (decision.route, decision.category) == (Route.REPORT, category)


@pytest.mark.parametrize(
    "message",
    [
        "does a press release need the CEO's sign-off?",
        "is it a problem if I follow our own charity page from my personal instagram?",
        "is it ok to share the summer fair poster on my facebook?",
        "can I follow the mum I support on tiktok?",
    ],
)
def test_a_question_about_the_rules_is_still_answered(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is Route.ANSWER
