"""Actions sets 121 to 124 held that the rules missed before they were trained on, in new words.

A post put up on the page "without running it past the CEO", however long the sentence before it,
is a breach to report. Someone who "leaves us on" a date with accounts on her own email, a temp who
finished on Friday with a login still open, someone "dismissed" who still has the page on his
phone, "I leave in three weeks" and a colleague who wants to keep a login "when she goes on
Thursday" are leavers. Asking for the Board's approval of an announcement, even one about the CEO
retiring, or how to get the Board to sign a finished statement off while the CEO is on leave, is a
request for sign-off. Their look-alikes are not: asking before posting, a case dismissed in court,
a holiday, a statement finished, the end of nursery, and a question about how sign-off works. The
wordings are new, not copied from the sets.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation import leavers, sign_off, situations
from bot.conversation.route import Route, decide
from bot.conversation.word_rules import normalise


def test_a_long_told_post_that_went_out_without_sign_off_is_a_breach(index: PolicyIndex) -> None:
    message = (
        "I shared the news about our new family hub with the library service on the Instagram grid last "
        "night without running it past the chair. Should it have gone to her?"
    )
    assert situations.WENT_OUT_UNAPPROVED.search(normalise(message))
    decided = decide(index, message)
    assert (decided.route, decided.category) == (Route.REPORT, "policy_breach")


@pytest.mark.parametrize(
    "message",
    [
        "for the file: Priya (events officer) leaves us on 14 March, she made the TikTok on her own email",
        "the summer temp finished on friday and she still has a login to the website",
        "Jordan was sacked on Monday and he's still got the Instagram on his phone",
        "I leave in three weeks, who should take over as admin on the page?",
        "when Sam goes on Thursday can she keep her login for the newsletter?",
    ],
)
def test_someone_going_is_a_leaver(message: str) -> None:
    assert leavers.leaving(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the case against the troll was dismissed on Monday, he's still got the page up",
        "I leave in three weeks for Spain, can someone cover the Tuesday group?",
        "the summer fair finished on friday and we still have a login for the card reader",
        "when Sam goes on holiday can she keep her login on her phone?",
        "I've finished our statement on the closure, it's in the shared folder",
        "when nursery finishes on friday can mum keep access to the tapestry app",
    ],
)
def test_their_look_alikes_are_not(message: str) -> None:
    assert not leavers.leaving(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "could you get Board approval for the post announcing that Jan is retiring? it goes out next week",
        "our reply to the councillor is finished. how do I get the trustees to sign it off? CEO's on leave",
    ],
)
def test_asking_for_the_boards_sign_off_is_a_request(index: PolicyIndex, message: str) -> None:
    assert sign_off.wants_sign_off(normalise(message))
    assert decide(index, message).route is Route.APPROVAL


@pytest.mark.parametrize(
    "message",
    [
        "does a post about someone retiring need Board approval?",
        "how do I get the trustees to sign things off in general?",
    ],
)
def test_how_sign_off_works_is_a_question(message: str) -> None:
    assert not sign_off.wants_sign_off(normalise(message))
