"""Actions sets 97 to 100 held that the rules missed before they were trained on, in new words.

A post that went out before someone at the top "had seen" it, or that the CEO "wanted to check
first" and the writer forgot, is a breach. A draft the CEO is asked to "put her name to", put "in
front of" or passed to the Board, one the writer is "hoping for the nod" on, asked to confirm is
"good to go", or "happy for it to go if you are", asks for sign-off. Someone who finishes, retires
or moves on a given day is a leaver, asked about as a question or not, and so is someone who
"finished volunteering last week"; a course or a group that finishes on a day is not, and neither is
a leaving imagined with "if"; nor is maternity leave, a sabbatical, long-term sick leave, or a
new role or a placement's end with the person "still with us". Abuse that is "every day now" is
happening, even after an "if".
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation import leavers, sign_off, situations
from bot.conversation.report_cues import report_category
from bot.conversation.route import Route, decide
from bot.conversation.word_rules import normalise


@pytest.mark.parametrize(
    "message",
    [
        "put the new patron announcement on facebook first thing, before Jo had seen the wording",
        "shared the funding news on our page at 8, the chair wanted to check it first and I totally forgot",
    ],
)
def test_a_post_that_went_out_before_the_top_saw_it_is_a_breach(message: str) -> None:
    assert report_category(normalise(message)) == "policy_breach"


@pytest.mark.parametrize(
    "message",
    [
        "Need the chair to put his name to our statement about the closures",
        "could you get this in front of the Board before the weekend? it's the new patron post",
        "can you pass the draft to the CEO for a quick look before lunch",
        "the reply to the radio is below, can you confirm it's good to go?",
        "statement for the Lowestoft closure attached, hoping for the nod by 3",
        "Our reply to the councillor is below. Happy for it to go out if you are.",
    ],
)
def test_a_draft_in_hand_asks_for_sign_off(message: str) -> None:
    assert sign_off.wants_sign_off(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "who removes people from the insta when they go? Tom finishes on the 30th",
        "When Bev retires next month can she stay on the volunteers' WhatsApp?",
        "please turn off Jan's access to sharepoint, she finished volunteering last week",
    ],
)
def test_someone_going_on_a_given_day_is_a_leaver(message: str) -> None:
    assert leavers.leaving(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the parenting course finishes next Thursday, can we post photos from it?",
        "the baby group finishes on the 12th for the summer",
        "if Tom finishes next week, who takes him off the page?",
    ],
)
def test_a_course_that_finishes_or_a_leaving_imagined_is_not_a_leaver(message: str) -> None:
    assert not leavers.leaving(normalise(message))


def test_abuse_that_is_every_day_now_is_happening() -> None:
    text = normalise("what do i do if someone keeps calling me names on fb, its every day now")
    assert situations.happening(text)


@pytest.mark.parametrize(
    "message",
    [
        "Nina goes on maternity leave in June and she runs our facebook, what happens to her login?",
        "Rob's off on long term sick from Monday, who covers the insta?",
        "I'm taking a sabbatical from January, should I hand over the LinkedIn admin?",
        "moving from volunteer to a staff job in spring, still with Home-Start, who sorts my access?",
        "my placement ends in June but I'm staying on as a volunteer, does my login change?",
    ],
)
def test_someone_away_for_a_while_or_staying_on_is_no_leaver(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is not Route.LEAVER


@pytest.mark.parametrize(
    "message",
    [
        "Jen's told us she won't come back after her maternity leave, she still has the insta login",
        "Mo has been off long-term sick and has now resigned, he's still an admin on the page",
        "on maternity leave in a fortnight and honestly don't think I'm coming back, I've got the fb login",
    ],
)
def test_someone_gone_after_all_is_still_a_leaver(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is Route.LEAVER
