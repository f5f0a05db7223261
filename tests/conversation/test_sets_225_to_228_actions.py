"""Actions sets 225 to 228 held that the rules missed before they were trained on, in new words.

A volunteer owning up in few words, with no "I", to following or messaging a parent they support is
a report of a breach ("followed a dad I support on tiktok, should I unfollow"); someone written to
that they will be waited for after a group, or that a manager's car will be keyed, is online abuse.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.route import Route, decide


@pytest.mark.parametrize(
    "message",
    [
        "followed the mum I support on tiktok last night, should I undo it",
        "been texting the mum I support from my own whatsapp, is that ok?",
    ],
)
def test_owning_up_in_few_words_is_a_report(index: PolicyIndex, message: str) -> None:
    decision = decide(index, message)
    assert (decision.route, decision.category) == (Route.REPORT, "policy_breach")


@pytest.mark.parametrize(
    "message",
    [
        "someone commented they'll be waiting for our volunteer after the stay and play",
        "an email to the office: hope your staff's tyres get slashed",
    ],
)
def test_intimidation_written_to_our_people_is_online_abuse(index: PolicyIndex, message: str) -> None:
    decision = decide(index, message)
    assert (decision.route, decision.category) == (Route.REPORT, "online_abuse")


@pytest.mark.parametrize(
    "message",
    [
        "can I add a mum I support on insta if she asks first?",
        "whatsapping a mum I visit from my own phone, is that allowed?",
        "nan texted saying she'll be waiting for me outside the bakery with the birthday cake",
        "hope your car gets sorted soon, the garage said Friday",
    ],
)
def test_the_everyday_message_in_the_same_words_is_neither(index: PolicyIndex, message: str) -> None:
    decision = decide(index, message)
    acted = {(Route.REPORT, "policy_breach"), (Route.REPORT, "online_abuse")}
    assert (decision.route, decision.category) not in acted
