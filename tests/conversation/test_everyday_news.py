"""Everyday news that drew the safeguarding card when sets 22 to 24 were first routed, before
they were trained on: years of service read as a child's age, grandparents who had the
grandchildren overnight, a newsletter sent to the wrong list. Each beside a concern in nearly the
same words that must still raise it. The wordings are written afresh, not copied from the sets.
"""

from __future__ import annotations

import pytest

from bot.conversation.route import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "Dave's stepping down as chair after 12 years on the board",
        "Mark's leaving after 9 years as a volunteer, his last visit is friday",
        "ive volunteered for 3 years and never had to report anything",
        "we had the grandkids overnight so im running on coffee",
        "my mum had the grandchildren overnight, first time ever",
        "a staff member accidentally sent the newsletter to every family with the kids' names in the cc",
        "someone sent the email about the toddler group to the wrong list",
    ],
)
def test_everyday_news_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "boy 11 years has marks on his arms he say he fall",
        "the girl is 9 years and has marks on her neck",
        "kids left on their own overnight while mum was out",
        "an older man keeps sending messages to her 13 year old daughter",
        "someone sent the kids pictures of himself and asked them to keep it secret",
    ],
)
def test_concerns_in_nearly_the_same_words_are_still_caught(message: str) -> None:
    assert is_safeguarding(normalise(message))
