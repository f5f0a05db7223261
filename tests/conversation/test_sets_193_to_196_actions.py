"""Actions sets 193 to 196 held that the rules missed before they were trained on, in new words.

Someone off sick who will now leave formally, and still holds a login, is a leaver: away for a
while no longer.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.route import Route, decide


def test_someone_off_sick_who_will_leave_formally_is_a_leaver(index: PolicyIndex) -> None:
    message = "Dan's been on long-term sick since May and will now leave formally in June, he's an admin"
    assert decide(index, message).route is Route.LEAVER


@pytest.mark.parametrize(
    "message",
    [
        "Dan is on long-term sick till the summer and still an admin on the page, is that ok?",
        "Dan's on long-term sick; what's the formal process if someone on sick leave wants to leave?",
    ],
)
def test_someone_away_for_a_while_is_not(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is not Route.LEAVER
