"""Actions sets 189 to 192 held that the rules missed before they were trained on, in new words.

Something vile posted from a colleague's account when she swears it was not her is a hacked
account. Our scheduled posts still going out cheerfully into a storm of bad news is a crisis. A
picture of a knife with "see you there" is abuse aimed at us, not harmful content in general.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.route import Route, decide


@pytest.mark.parametrize(
    ("message", "category"),
    [
        ("a vile meme went out from Jo's account in our chat, she swears it wasn't her", "hacked_account"),
        ("the closure is all over the news and our scheduled posts are still going out about cake", "crisis"),
        ("someone put a picture of a knife under our coffee morning post: 'see you there'", "online_abuse"),
    ],
)
def test_what_is_happening_is_reported(index: PolicyIndex, message: str, category: str) -> None:
    decided = decide(index, message)
    assert (decided.route, decided.category) == (Route.REPORT, category)


@pytest.mark.parametrize(
    "message",
    [
        "can we schedule posts so they still go out while I'm on leave?",
        "what should we do with scheduled posts if there's ever bad news about us?",
        "is a picture of a knife in a cooking video ok to share on our page?",
    ],
)
def test_asking_how_is_not_a_report(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is not Route.REPORT
