"""Actions sets 129 to 132 held that the rules missed before they were trained on, in new words.

A post put out before anybody signed it off, or found only afterwards to have needed sign-off, a
post made in the charity's name without checking with anyone, and a new channel launched with no
risk assessment are breaches. Photos posted of a child whose family said no to photos are a data
breach; "I'll be waiting for that worker outside" is online abuse; a thread about us getting
traction is a brewing crisis, and a crisis someone asks to have logged is reported even when a
holding statement for sign-off is mentioned. A draft "good to go" asks for sign-off. Someone asking
whether they must hand back a login when they leave, or to stay in a channel once their term ends,
is a leaver. Their look-alikes are not. The wordings are new, not copied from the sets.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation import leavers, sign_off
from bot.conversation.report_cues import report_category
from bot.conversation.route import Route, decide
from bot.conversation.word_rules import normalise


@pytest.mark.parametrize(
    ("message", "category"),
    [
        ("I shared the summer appeal on our facebook before anybody signed it off, whoops", "policy_breach"),
        (
            "posted the new patron news on insta yesterday and only realised this morning "
            "it needed the chair's sign-off",
            "policy_breach",
        ),
        (
            "I put a post up on the village page as Home-Start asking for toy donations, "
            "didn't check with anyone first",
            "policy_breach",
        ),
        (
            "we launched the new tiktok last month and nobody did a risk assessment before we started it",
            "policy_breach",
        ),
        (
            "the fun day pictures went on our page and one little boy in them is from a family "
            "who didn't want photos",
            "data_breach",
        ),
        (
            "someone wrote on our page 'I'll be waiting for that support worker outside the school gates'",
            "online_abuse",
        ),
        (
            "a facebook thread slagging off Home-Start's Felixstowe group is getting loads of traction",
            "crisis",
        ),
    ],
)
def test_a_situation_told_this_round_is_reported_in_its_category(message: str, category: str) -> None:
    assert report_category(normalise(message)) == category


@pytest.mark.parametrize(
    "message",
    [
        "do we need to risk assess a new channel before we launch it?",
        "our fun day post is getting loads of traction, 200 shares!",
        "I'll be waiting for you outside the hall at 10 with the banners",
        "the bus was full so she texted the group: I'll wait for the next one, see you at the hall",
        "we put the fun day photos up, only of families who said yes to photos",
    ],
)
def test_their_everyday_look_alikes_are_not_reports(message: str) -> None:
    assert report_category(normalise(message)) == ""


def test_a_crisis_asked_to_be_logged_is_reported_beside_a_statement_for_sign_off(index: PolicyIndex) -> None:
    decision = decide(
        index,
        "ITV Anglia rang about the data incident and want a comment by 4. Please log this as a crisis, "
        "the holding statement will come to you for approval in a bit",
    )
    assert (decision.route, decision.category) == (Route.REPORT, "crisis")


def test_a_draft_good_to_go_asks_for_sign_off() -> None:
    assert sign_off.wants_sign_off(
        normalise(
            "the new patron announcement is good to go, photos and everything. "
            "who signs it off, can it go out today?"
        )
    )


@pytest.mark.parametrize(
    "message",
    [
        "will I need to hand back my work email login when I leave in the summer?",
        "can I stay on the volunteers' WhatsApp group as a friend after my placement ends?",
    ],
)
def test_someone_going_is_a_leaver(message: str) -> None:
    assert leavers.leaving(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "do families lose their login when they leave the service?",
        "can I stay in the Teams chat after my shift ends to finish my notes?",
        "do trustees lose their sharepoint access when their term ends?",
    ],
)
def test_their_look_alikes_are_not(message: str) -> None:
    assert not leavers.leaving(normalise(message))
