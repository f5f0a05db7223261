"""Actions sets 221 to 224 held that the rules missed before they were trained on, in new words.

A volunteer owning up to something the policy rules out is a report of a breach: "I've been
following my family's teenage son", "I accepted the mum's friend request after our support
finished", a group for the families set up from one's own phone.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.route import Route, decide


@pytest.mark.parametrize(
    "message",
    [
        "I've been following my family's teenage son on instagram, just to see his football clips",
        "I accepted the mum's friend request after our support finished last month, thought that was fine",
        "I set up a whatsapp group for the mums on my patch from my own phone to share event dates",
    ],
)
def test_owning_up_to_a_breach_is_a_report(index: PolicyIndex, message: str) -> None:
    decision = decide(index, message)
    assert (decision.route, decision.category) == (Route.REPORT, "policy_breach")


@pytest.mark.parametrize(
    "message",
    [
        "I've been following my favourite bakery on instagram, just to see the cake pictures",
        "I set up a whatsapp group for my book club from my own phone, so much easier",
        "can I set up a whatsapp group for the mums on my patch from my own phone?",
    ],
)
def test_the_everyday_message_in_the_same_words_is_no_report(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is not Route.REPORT


def test_a_piece_that_needs_the_board_asks_for_sign_off(index: PolicyIndex) -> None:
    message = (
        "Written the post announcing our chair is retiring. She can't approve her own, "
        "so it needs the Board please."
    )
    assert decide(index, message).route is Route.APPROVAL


def test_records_forwarded_to_a_whole_list_are_a_breach(index: PolicyIndex) -> None:
    message = (
        "the coordinator forwarded the referrals spreadsheet to the whole volunteer mailing list, "
        "including people who left last year"
    )
    decision = decide(index, message)
    assert (decision.route, decision.category) == (Route.REPORT, "data_breach")


def test_asking_whose_approval_it_needs_is_answered(index: PolicyIndex) -> None:
    assert decide(index, "does it need the Board's ok or just the CEO's?").route is Route.ANSWER
