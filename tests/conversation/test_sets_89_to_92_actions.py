"""Actions sets 89 to 92 held that the rules missed before they were trained on, in new words.

An announcement put up before the CEO or the chair signed it off is a breach to report, however
long the sentence between, and "it's been up an hour" says it happened. A dated last day, or
someone who "departs on 1 May", is a leaver even when the message asks how to take their access
away; so is a post being made redundant and a "final week as" the fundraising assistant. Someone
"leaving long comments" on every post is not leaving.
"""

from __future__ import annotations

import pytest

from bot.conversation import leavers, situations
from bot.conversation.report_cues import report_category
from bot.conversation.word_rules import normalise


@pytest.mark.parametrize(
    "message",
    [
        "I shared the press release about the new hub in Lowestoft on fb before the chair signed it off",
        "posted the thank-you to the lottery on the main page today before the CEO had signed it off",
    ],
)
def test_an_announcement_put_up_before_sign_off_is_a_breach(message: str) -> None:
    assert report_category(normalise(message)) == "policy_breach"


def test_a_post_that_has_been_up_an_hour_has_happened() -> None:
    assert situations.happening(
        normalise("the partnership post is on our page, it's been up an hour"), strict=True
    )
    assert not situations.happening(normalise("can I put the partnership post up at 9?"), strict=True)


@pytest.mark.parametrize(
    "message",
    [
        "how do I hand over the page admin before I go? my last day is friday",
        "The treasurer departs on 3 March; please make sure his access to the accounts is moved before then.",
        "my job's being made redundant in the summer, I'm one of the admins on the insta",
        "that's my final week as volunteer coordinator, who takes over the facebook?",
    ],
)
def test_someone_really_leaving_is_a_leaver(message: str) -> None:
    assert leavers.leaving(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "a man is leaving long comments on every post about the parking at the centre",
        "what happens to my logins if my last day is before the review?",
        "if a trustee departs on the 1st, who removes their access?",
        "the family I support moves away on 3 March, should I unfriend the mum?",
    ],
)
def test_the_same_words_with_nobody_leaving_are_not_a_leaver(message: str) -> None:
    assert not leavers.leaving(normalise(message))
