"""Actions sets 161 to 164 held that the rules missed before they were trained on, in new words.

A post put up "w/o" sign-off, as people type it on a phone, went out unapproved: a breach, not a
request for the form; a journo who rang about us is the press (the crisis cue), as a journalist is.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.report_cues import report_category
from bot.conversation.route import Route, decide
from bot.conversation.word_rules import normalise


@pytest.mark.parametrize(
    "message",
    ["put the raffle post up w/o sign off, sorry", "shared the grant news on fb w/o approval oops"],
)
def test_a_post_put_up_without_sign_off_typed_short_is_a_breach(index: PolicyIndex, message: str) -> None:
    decided = decide(index, message)
    assert decided.route is Route.REPORT
    assert decided.category == "policy_breach"


def test_asking_for_sign_off_typed_short_is_still_the_form(index: PolicyIndex) -> None:
    assert decide(index, "pls sign off the raffle post, ready to go").route is Route.APPROVAL


def test_a_journo_asking_about_us_is_the_press() -> None:
    message = "a journo rang the office asking about the waiting list story"
    assert report_category(normalise(message)) == "crisis"
