"""Actions sets 185 to 188 held that the rules missed before they were trained on, in new words.

Our page renamed to a giveaway and offering free phones, or a stranger on the admin list after a
link was followed, is a hacked account. Volunteers who dropped out after the course but are still
on SharePoint are leavers. Asking the trustees to approve the announcement that the chair is
stepping down is a sign-off, not a leaver. A hack in words the route model may not overrule is
filed as a hack whatever the category model says.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.route import Route, decide


@pytest.mark.parametrize(
    ("message", "category"),
    [
        ("our insta has been renamed 'Win Big Suffolk' and it's posting about free ipads", "hacked_account"),
        ("has someone changed the name of our facebook page? it's now a giveaway page", "hacked_account"),
        ("I clicked a link and logged in, now a person I don't know is on the admin list", "hacked_account"),
        ("there's someone we don't recognise on the page's admin list since yesterday", "hacked_account"),
    ],
)
def test_what_is_happening_is_reported(index: PolicyIndex, message: str, category: str) -> None:
    decided = decide(index, message)
    assert decided.route is Route.REPORT
    assert decided.category == category


@pytest.mark.parametrize(
    "message",
    [
        "three volunteers dropped out after the training but they're still on the whatsapp and sharepoint",
        "a volunteer dropped out last month and still has access to the facebook page",
    ],
)
def test_someone_who_dropped_out_and_kept_access_is_leaving(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is Route.LEAVER


def test_one_who_dropped_out_still_holding_a_familys_details_is_not_a_leaver(index: PolicyIndex) -> None:
    message = "the new volunteer was sent the family's notes, then dropped out, and she still has them all"
    assert decide(index, message).route is not Route.LEAVER


def test_asking_for_sign_off_on_an_announcement_of_someone_leaving_is_a_sign_off(index: PolicyIndex) -> None:
    message = "Could the board approve the post announcing that our treasurer is stepping down next month?"
    assert decide(index, message).route is Route.APPROVAL


@pytest.mark.parametrize(
    "message",
    [
        "how do I change the name of our facebook page?",
        "who should be on the admin list for the page?",
        "what happens if a volunteer drops out before they start?",
    ],
)
def test_asking_how_is_not_a_report_nor_a_leaver(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route not in (Route.REPORT, Route.LEAVER)
