"""Actions sets 197 to 200 held that the rules missed before they were trained on, in new words.

The leaver checklist asked for a named person, someone asking to keep Teams after she leaves, and
someone who "comes off the board on the 1st" and wants to keep an account are leavers. A page
posting strange things that nobody can get into is a hacked account; the press outside the office
is a crisis.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.route import Route, decide


@pytest.mark.parametrize(
    "message",
    [
        "leavers checklist for maria please",
        "can ellie keep teams after she leaves? she wants the photos",
        "can the outgoing chair keep his SharePoint access till the AGM? he comes off the board on the 1st",
    ],
)
def test_a_real_person_leaving_is_a_leaver(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is Route.LEAVER


@pytest.mark.parametrize(
    "message",
    [
        "What's the process when a volunteer leaves? Asking for the handbook.",
        "is there a leavers checklist for volunteers?",
        "what's the leavers checklist for social media? nobody's going, just curious",
        "can volunteers keep teams after they leave?",
        "if the chair comes off the board on the 1st, who signs off posts?",
        "our treasurer quit smoking, she's doing brilliantly",
    ],
)
def test_leaving_imagined_or_asked_about_is_not(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is not Route.LEAVER


@pytest.mark.parametrize(
    ("message", "category"),
    [
        ("our fb page is making strange posts and I cannot enter, password not working", "hacked_account"),
        ("press outside the office", "crisis"),
    ],
)
def test_what_is_happening_is_reported(index: PolicyIndex, message: str, category: str) -> None:
    decided = decide(index, message)
    assert (decided.route, decided.category) == (Route.REPORT, category)


@pytest.mark.parametrize(
    "message",
    [
        "my password is not working for the expenses portal, who do I ask?",
        "the press release is outside my remit, who writes it?",
        "is social media outside the policy when I'm off duty?",
    ],
)
def test_asking_how_is_not_a_report(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is not Route.REPORT
