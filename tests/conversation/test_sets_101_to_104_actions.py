"""Actions sets 101 to 104 held that the rules missed before they were trained on, in new words.

A post put up "without asking anyone", or before the CEO "had even seen" it, is a breach. A draft
someone is asked to "look over and approve", one about to be sent ("before I hit send, who signs
it off?"), a reply "put together" with "who should approve it?", one it would be "grateful" to
have approved, one run past a named person before it is posted, or one someone is asked to "give
the nod" to, asks for sign-off. Someone who left or retired a while ago and is still on an account
is a leaver, and so is someone whose send-off or farewell comes with logins or an account; a
family's leaving do and leave "left" this year are not. "If you want to sign it" and "grateful if"
are politeness, not a condition. A last day before maternity leave or a sabbatical is no leaver
for the word rules either (as it already was not for the classifiers), unless she is not coming back.
"""

from __future__ import annotations

import pytest

from bot.conversation import leavers, sign_off, situations
from bot.conversation.report_cues import report_category
from bot.conversation.word_rules import normalise


@pytest.mark.parametrize(
    "message",
    [
        "I put the patron post on the official page without asking anyone, should I have got it signed off?",
        "I put the announcement about our lovely new patron on the fb page this morning "
        "without getting it signed off",
        "the hub news went on our insta at 8 before the chair had even seen it",
    ],
)
def test_a_post_that_went_out_unapproved_is_a_breach(message: str) -> None:
    assert report_category(normalise(message)) == "policy_breach"


@pytest.mark.parametrize(
    "message",
    [
        "Would it be possible for someone to look over and approve our statement on the closure?",
        "before I hit send on this statement to the paper, who has to sign it off?",
        "I've put together a short reply to the councillor, can it go out or who should approve it?",
        "I'd be so grateful if the attached post about the merger could be approved by Friday",
        "can we run our reply to the radio station past Sam before it goes up?",
        "would someone mind giving the nod to the new trustee announcement?",
    ],
)
def test_a_draft_in_hand_asks_for_sign_off(message: str) -> None:
    assert sign_off.wants_sign_off(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the old coordinator is still posting in our volunteers' group, she moved on a year ago",
        "the website still lists Pete as an editor and he retired two years ago",
        "Jo's send-off is today, who sorts out her logins?",
        "Farewell drinks for Kev on Friday if you fancy it! he still runs our twitter",
    ],
)
def test_someone_gone_who_is_still_on_an_account_is_a_leaver(message: str) -> None:
    assert leavers.leaving(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "how many days leave have I got left this month?",
        "our family's leaving do was lovely, they've finished with us now and mum's doing great",
        "if Pete retired, would he still have the website login?",
    ],
)
def test_leave_left_a_familys_leaving_do_or_an_imagined_leaver_is_not(message: str) -> None:
    assert not leavers.leaving(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the farewell card for Helen is in the office if you want to sign it, she's off on Friday",
        "I'd be grateful if the attached reply could be approved, it needs to go out today",
        "a former volunteer is still posting in our group as if she works here",
    ],
)
def test_politeness_is_no_condition(message: str) -> None:
    assert situations.happening(normalise(message))


def test_make_believe_is_still_a_condition() -> None:
    text = normalise("write a reply to this complaint as if you were the manager and sign it")
    assert not situations.happening(text)


@pytest.mark.parametrize(
    "message",
    [
        "my last day is Friday, then I'm on maternity leave till next spring",
        "Sue's last day is Friday before her sabbatical, she has the insta login",
        "I'm leaving on Friday for maternity leave, who should have the facebook password?",
    ],
)
def test_a_last_day_before_leave_is_no_leaver_for_the_word_rules(message: str) -> None:
    assert not leavers.leaving(normalise(message))


def test_a_last_day_with_no_coming_back_is_still_a_leaver() -> None:
    text = normalise("Sue's last day is Friday, she's not coming back after her maternity leave")
    assert leavers.leaving(text)
