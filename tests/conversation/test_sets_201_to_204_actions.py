"""Actions sets 201 to 204 held that the rules missed before they were trained on, in new words.

A cover contract ending with the logins still on a phone, a contract that is up with the account to
lock, someone leaving in a named month who wants to keep a login, someone retiring on a date asking
about her access, and someone leaving next week who wants to keep her email are leavers. A draft
post, or an announcement named at the start of a message, with "who approves it?" is a request
for sign-off.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.route import Route, decide


@pytest.mark.parametrize(
    "message",
    [
        "Priya's maternity cover contract is ending on Friday and she still has the Facebook and Canva login",
        "my contract is up now, thanks for everything, can you lock my account",
        "when Sam leaves in March he wants to keep the LinkedIn login to help out, ok?",
        "as I retire on 30 June, what should I do about my access to SharePoint?",
        "a volunteer finishing next month asked if she can keep her Home-Start email for references",
    ],
)
def test_a_real_person_leaving_is_a_leaver(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is Route.LEAVER


@pytest.mark.parametrize(
    "message",
    [
        "the cleaning contract is ending, do we post about the new cleaners?",
        "when someone leaves in March do they keep the LinkedIn login?",
        "can volunteers keep their Home-Start email after they finish?",
    ],
)
def test_leaving_imagined_or_asked_about_is_not(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is not Route.LEAVER


@pytest.mark.parametrize(
    "message",
    [
        "draft post announcing our new partnership with the food bank, with the logo. who approves it?",
        "Announcement of our new patron, with photo, for Facebook and the website. Who signs it off?",
    ],
)
def test_a_piece_in_hand_with_who_signs_it_is_a_request(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is Route.APPROVAL


@pytest.mark.parametrize(
    "message",
    [
        "who approves a post announcing a new partnership?",
        "does an announcement of a new patron need the board's sign-off?",
    ],
)
def test_asking_how_sign_off_works_is_not(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is not Route.APPROVAL
