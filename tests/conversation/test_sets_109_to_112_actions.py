"""Actions sets 109 to 112 held that the rules missed before they were trained on, in new words.

"Can I get sign-off for…" and "needs the CEO's ok before it goes out" ask for sign-off; a
resignation letter attached or handed over, and someone who "goes on the 14th", are leavers; an
admin user on the website nobody recognises is a hacked account. Their look-alikes are not. The
wordings are new, not copied from the sets.
"""

from __future__ import annotations

import pytest

from bot.conversation import leavers, sign_off
from bot.conversation.report_cues import report_category
from bot.conversation.word_rules import normalise


@pytest.mark.parametrize(
    "message",
    [
        "can I get sign-off for the post thanking the rotary club? it's going on every page",
        "could we get approval for the easter appeal graphics please",
        "new leaflet text for the drop-in, needs the CEO's ok before it goes out",
        "the funder's quote for the press release needs Alex's approval before it goes anywhere",
    ],
)
def test_asking_for_sign_off_in_busy_words_is_a_request(message: str) -> None:
    assert sign_off.wants_sign_off(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "can I get sign-off training? I've never done it",
        "does a post about the bake sale need the CEO's ok before it goes out?",
    ],
)
def test_asking_how_sign_off_works_is_not(message: str) -> None:
    assert not sign_off.wants_sign_off(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "please find attached my resignation, my final day is 31 March",
        "Tom's resignation letter came in today, he's still an admin on the facebook page",
        "can you take Sam off the instagram? she goes on the 14th",
    ],
)
def test_someone_going_is_a_leaver(message: str) -> None:
    assert leavers.leaving(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "please find attached the resignation policy you asked for",
        "she goes on the swings every time we go to the park",
        "the new group goes on the 14th, can you post it on instagram?",
        "he goes on 3 visits a week with his volunteer, he loves it",
    ],
)
def test_their_look_alikes_are_not(message: str) -> None:
    assert not leavers.leaving(normalise(message))


def test_an_admin_nobody_recognises_on_the_website_is_a_hacked_account() -> None:
    taken = "the website login won't work for me and there's a new admin user on it called support_99"
    assert report_category(normalise(taken)) == "hacked_account"
    asked = "how do I add a new admin user to the website for Jo?"
    assert report_category(normalise(asked)) != "hacked_account"
