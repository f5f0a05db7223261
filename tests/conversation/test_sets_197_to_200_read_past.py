"""Ordinary messages from sets 197 to 200 that raised the alarm before those sets were trained on:
a spam advert selling knives under our post; a trustee threatened with being "exposed" unless she
resigns from the board; twins screaming blue murder at bath time; whether a volunteer must know the
steps for worries about children; a nephew battered and bruised from rugby (``everyday``).

Each guard beside it keeps the concern in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "a spam ad selling hunting knives popped up under our toddler group post, can we hide it?",
        "an anonymous email is threatening to expose our treasurer unless she resigns from the board",
        "the boys were screaming blue murder at bedtime when I went, mum laughed and said it's every night",
        "as a volunteer do I have to know the procedure for worries about children, or is that staff?",
        "my son came back from football training battered and bruised, he loves it",
    ],
)
def test_the_ordinary_message_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "a man in the group was selling knives to the kids after school",
        "a man online is threatening to expose her unless she sends more photos",
        "the twins were screaming again when dad got home, mum says it happens every night",
        "I have worries about children at one of my families, who do I tell?",
        "her son came back from his dad's battered and bruised again",
    ],
)
def test_the_concern_in_the_same_words_still_raises_one(message: str) -> None:
    assert is_safeguarding(normalise(message))
