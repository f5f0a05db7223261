"""Actions sets 93 to 96 held that the rules missed before they were trained on, in new words.

A car or an office broken into is "something else" to log, not a hacked account; a threat to burn
the office down is abuse aimed at the charity; security codes nobody asked for, and adverts on the
grid nobody put there, say an account is in someone else's hands, as does our own page messaging
people for vouchers. A press release put on the website before anyone at the top had seen it is a
breach. Case files left out by the bins, a school's name readable in a reel and a child's nursery
put in a caption are data breaches. A draft that is done, however long its name, and a post that
needs "a thumbs up from the top" ask for sign-off. Someone who left and was never taken off the
website is a leaver; "what's the notice period for trustees?" and a child leaving playgroup for big
school are not, nor is a fundraising week or a course that finishes on Friday (a trustee's term that
finishes still is); and a grandparent who could not get in with the pram has no account to be hacked.
"""

from __future__ import annotations

import pytest

from bot.conversation import leavers, sign_off
from bot.conversation.report_cues import OUR_ACCOUNT_ASKING, report_category
from bot.conversation.word_rules import normalise


@pytest.mark.parametrize(
    ("message", "category"),
    [
        ("someone broke into my car overnight and the work laptop has gone", "other"),
        ("the centre was broken into at the weekend and the petty cash tin has gone", "other"),
        ("reply says someone should torch the Home-Start centre with everyone inside", "online_abuse"),
        ("security codes keep coming through for the charity insta, nobody asked", "hacked_account"),
        ("there are two crypto videos on our tiktok that we never put up", "hacked_account"),
        ("the statement went on the website today and nobody at the top had seen it", "policy_breach"),
        ("a bag of old referral forms was left out by the bins at the hall", "data_breach"),
        ("in the video you can read the name of the school on her book bag", "data_breach"),
        ("I put the twins' first names and their nursery in my post about the sports day", "data_breach"),
    ],
)
def test_a_situation_this_round_missed_gets_its_category(message: str, category: str) -> None:
    assert report_category(normalise(message)) == category


def test_our_own_page_asking_for_vouchers_is_in_someone_elses_hands() -> None:
    text = normalise("is it right for our insta to message parents asking for gift cards?")
    assert OUR_ACCOUNT_ASKING.search(text)


@pytest.mark.parametrize(
    "message",
    [
        "Draft reply to the councillor about the closures is done, who signs this off? need it out today",
        "just need a thumbs up from the top on the statement about the new partnership",
    ],
)
def test_a_draft_in_hand_asks_for_sign_off(message: str) -> None:
    assert sign_off.wants_sign_off(normalise(message))


def test_someone_who_left_and_was_never_taken_off_the_website_is_a_leaver() -> None:
    assert leavers.leaving(normalise("Priya left in March and nobody took her off the website admin"))


@pytest.mark.parametrize(
    ("message", "category"),
    [
        ("someone hacked our facebook and changed the password", "hacked_account"),
        ("the baby broke into a smile when she saw me", ""),
        ("I never put my name on the rota, can someone add me?", ""),
        ("can you see the name of the school in this photo before I post it?", ""),
    ],
)
def test_the_same_words_keep_their_meaning(message: str, category: str) -> None:
    assert report_category(normalise(message)) == category


def test_a_break_in_that_took_family_notes_is_a_data_breach() -> None:
    text = normalise("my car was broken into and the folder with my visit notes has gone")
    assert report_category(text) == "data_breach"


@pytest.mark.parametrize(
    "message",
    [
        "what's the notice period for trustees",
        "her little boy is leaving playgroup for big school after summer",
    ],
)
def test_a_notice_period_asked_about_or_a_child_moving_school_is_not_a_leaver(message: str) -> None:
    assert not leavers.leaving(normalise(message))


def test_someone_really_serving_notice_is_still_a_leaver() -> None:
    assert leavers.leaving(normalise("Kim is working her notice period until the 20th"))


def test_a_grandparent_who_could_not_get_in_with_a_buggy_is_no_hacked_account() -> None:
    text = normalise("a nan rang in a state because she couldn't get in with the pram, the hall has steps")
    assert report_category(text) != "hacked_account"


@pytest.mark.parametrize(
    "message",
    [
        "the fundraising week finishes on friday, can we post the total on saturday?",
        "the parenting course finishes next tuesday, then the summer timetable starts",
    ],
)
def test_an_event_that_finishes_is_no_leaver(message: str) -> None:
    assert not leavers.leaving(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "Tom finishes on friday and he's still an admin on the facebook",
        "the treasurer's term finishes on 30 april and she has the bank app login",
    ],
)
def test_a_person_or_a_trustees_term_that_finishes_is_still_a_leaver(message: str) -> None:
    assert leavers.leaving(normalise(message))
