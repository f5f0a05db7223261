"""Actions sets 173 to 176 held that the rules missed before they were trained on, in new words.

Someone who has finished, with a check asked for that they are off the accounts, is leaving, not
asking for sign-off ("can you check he's off everything"); asking whether a login is kept when a
trustee's term finishes is leaving too.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation import sign_off
from bot.conversation.leavers import KEEPING_ACCESS, LEAVER, leaving
from bot.conversation.route import Route, decide
from bot.conversation.word_rules import normalise


@pytest.mark.parametrize(
    "message",
    [
        "Priya has finished with us now, could you check she's been taken off the Facebook page?",
        "Tom's last day was Friday. Can someone check he's off Teams and the website?",
    ],
)
def test_a_check_that_someone_gone_is_off_the_accounts_is_a_leaver(index: PolicyIndex, message: str) -> None:
    assert not sign_off.wants_sign_off(normalise(message))
    assert decide(index, message).route is Route.LEAVER


@pytest.mark.parametrize(
    "message",
    [
        "We're announcing our new partnership on Friday. Who signs it off and can we get it done today?",
        "the press want our statement by 3, I wrote it. who has to approve it and how do I send it?",
    ],
)
def test_who_signs_it_asked_with_a_wish_to_go_now_is_a_request(message: str) -> None:
    assert sign_off.wants_sign_off(normalise(message))


def test_who_signs_it_asked_alone_is_still_a_question() -> None:
    assert not sign_off.wants_sign_off(normalise("who has to approve a big announcement, in general?"))


def test_keeping_a_login_when_a_term_finishes_is_leaving() -> None:
    assert KEEPING_ACCESS.search(normalise("when my trustee term ends in March do I keep the sharepoint?"))


@pytest.mark.parametrize(
    "message",
    [
        "Could you check the post before it goes up on Friday? It's the patron announcement",
        "can someone check and ok our reply to the press before 5",
    ],
)
def test_a_check_of_a_post_is_still_a_request_for_sign_off(message: str) -> None:
    assert sign_off.wants_sign_off(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "my last session today, I'll miss you all",
        "last shift tomorrow for me, it's been lovely",
        "this is my last week! moving up north to be near my daughter",
    ],
)
def test_a_last_shift_told_as_news_is_leaving(message: str) -> None:
    assert LEAVER.search(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "my last shift before Christmas is Thursday, see you all in January",
        "my last week off was lovely, back on Monday",
        "what time is the last session at the stay and play?",
    ],
)
def test_a_last_shift_before_a_break_is_not(message: str) -> None:
    assert not LEAVER.search(normalise(message))


def test_the_last_session_of_a_course_is_not_leaving() -> None:
    assert not LEAVER.search(normalise("Last session of baby massage today, the mums were sad it's over"))


@pytest.mark.parametrize(
    "message",
    [
        "Sam's decided to stop volunteering once her last family closes next month",
        "please make sure Dev's access is removed once his secondment starts on Monday",
    ],
)
def test_once_a_dated_event_comes_is_not_if(message: str) -> None:
    assert leaving(normalise(message))


def test_once_said_as_if_still_imagines() -> None:
    assert not leaving(normalise("once someone stops volunteering, what happens to their access?"))
