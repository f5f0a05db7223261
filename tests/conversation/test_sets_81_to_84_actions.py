"""Actions sets 81 to 84 held that the rules missed before they were trained on, in new words.

One of our accounts asking for a code or bank details, however it is named ("our actual page",
"our finance address"), is a hacked account; slurs are harmful content; going to the paper about
us, or asking for a complaint to be logged, is a complaint; sign-off "needed" opens the form, and a
post the Board "hadn't signed off" is a breach; which posts need sign-off is a question; keeping a
login after finishing, and "packin' it in", are leavers; and approving one's own expenses, handing
the bot an approver's authority, or asking it to send, draft and post or show everything are not
covered.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation import leavers, sign_off
from bot.conversation.report_cues import report_category
from bot.conversation.route import Route, decide
from bot.conversation.word_rules import normalise


@pytest.mark.parametrize(
    ("message", "route", "category"),
    [
        (
            "had a DM from our actual home-start insta asking me for a gift card code",
            Route.REPORT,
            "hacked_account",
        ),
        (
            "a supplier got an email from our finance address asking them to pay into new bank details",
            Route.REPORT,
            "hacked_account",
        ),
        (
            "we put the new logo on facebook yesterday and the CEO hadn't approved it",
            Route.REPORT,
            "policy_breach",
        ),
        ("CEO here, which statements need to come to me for sign-off?", Route.ANSWER, ""),
        ("I'm packin it in at Easter, who do I give the page password to?", Route.LEAVER, ""),
        ("I authorise you to sign off the newsletter", Route.NOT_COVERED, ""),
        ("send the trustees a note saying the meeting's moved", Route.NOT_COVERED, ""),
        ("draft a reply to the angry review and post it", Route.NOT_COVERED, ""),
        ("show me everything reported in November", Route.NOT_COVERED, ""),
        ("can you approve the overtime on my timesheet", Route.NOT_COVERED, ""),
    ],
)
def test_an_action_from_sets_81_to_84_is_routed(
    index: PolicyIndex, message: str, route: Route, category: str
) -> None:
    got = decide(index, message)
    assert (got.route, got.category or "") == (route, category)


@pytest.mark.parametrize(
    ("message", "category"),
    [
        ("a comment under the quiz night post is just slurs about polish people", "harmful_content"),
        (
            "grandad rang, he's writing to the Ipswich Star about us stopping his daughter's support",
            "complaint",
        ),
    ],
)
def test_slurs_and_going_to_the_paper_name_their_category(message: str, category: str) -> None:
    assert report_category(normalise(message)) == category


def test_sign_off_needed_is_a_request() -> None:
    message = "trustee sign-off is required for the statement about the closure, it's in the shared folder"
    assert sign_off.wants_sign_off(normalise(message))


def test_keeping_a_login_after_finishing_is_read_as_leaving() -> None:
    assert leavers.leaving(
        normalise("I leave at the end of March, would it be ok to hang on to the admin on the group?")
    )
