"""Actions sets 209 to 212 held that the rules missed before they were trained on, in new words.

"We need to log that…" asks for a report in so many words, unless it is a request for sign-off or
a suggestion for the review. "Leaver checklist" typed on its own asks for the checklist, and "need
to offboard our outgoing treasurer" tells of a real person going; writing the offboarding checklist
asks how leavers are handled.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.route import Route, decide


@pytest.mark.parametrize(
    "message",
    [
        "we need to log that the website was down all weekend, no idea why",
        "can we log that our newsletter email bounced for everyone yesterday",
    ],
)
def test_asking_to_log_what_happened_is_a_report(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is Route.REPORT


@pytest.mark.parametrize(
    "message",
    [
        "please log this for board approval: the statement on the treasurer retiring, out on Monday",
        "can we log this as a suggestion for the annual review: mention WhatsApp groups",
    ],
)
def test_logging_a_request_or_a_suggestion_is_not(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is not Route.REPORT


@pytest.mark.parametrize(
    "message",
    [
        "leaver checklist",
        "leavers form please",
        "Need to offboard our outgoing treasurer once the AGM is over",
    ],
)
def test_the_checklist_asked_for_or_someone_to_offboard_is_a_leaver(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is Route.LEAVER


def test_writing_the_offboarding_checklist_is_not(index: PolicyIndex) -> None:
    message = "I'm writing our offboarding checklist, what does the policy say happens when someone leaves?"
    assert decide(index, message).route is Route.ANSWER
