"""Where someone in hiding now lives is a concern however cheerfully it is told: a thank-you post
that names the new flat of a mother who left a refuge puts her in reach of the man she fled.

Missed leaving one set out over the sixty-six sets: the route models laughed off the rules' alarm
on a post told with pride. The wordings here are new.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.route import Route, decide
from bot.conversation.word_rules import never_set_aside, normalise


def test_a_whereabouts_told_with_pride_still_raises_the_card(index: PolicyIndex) -> None:
    message = (
        "volunteer put a thank you on her fb tagging the mum: 'so proud of you getting out of the refuge "
        "and into your new flat on Beach Road' 🥰"
    )
    assert decide(index, message).route is Route.SAFEGUARDING


@pytest.mark.parametrize(
    "message",
    [
        "so happy for her, she's out of the refuge and into her new place 🎉",
        "the dad isn't supposed to know where they live and nan posted it lol",
    ],
)
def test_a_whereabouts_is_never_set_aside(message: str) -> None:
    assert never_set_aside(normalise(message))


def test_good_news_with_no_one_in_hiding_is_not_a_whereabouts() -> None:
    assert not never_set_aside(normalise("so proud of the mum I support, she's moved into her new flat 🎉"))
