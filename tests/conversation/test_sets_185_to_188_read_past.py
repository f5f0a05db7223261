"""Ordinary messages from sets 185 to 188 that raised the alarm before those sets were trained on:
a black eye off the swings, seen at A&E; a question about everyone's responsibility to protect
children; a rumour that the charity lost a child at the fun day, which it did not; a video of a mum
screaming at staff; a baby photo with a bowl cut; someone abused in the comments on our page; a
hall that was freezing at stay and play (``everyday``).

Each guard beside it keeps the concern in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "he got a black eye off the swings yesterday, his dad took him to a&e and the nurse said he's fine",
        "at training somebody asked if we all have a responsibility to protect children, is that in it?",
        "people are saying online that we lost a child at the picnic. we didn't, he was with his grandad",
        "the video of a dad shouting at our volunteers at the fair has gone round every local group",
        "my sister posted my baby photo with the bowl cut on facebook, mortified",
        "if a mum we support was abused in the comments on our facebook, would the charity back her?",
        "mums moaning on the group that the hall was freezing at baby massage this morning",
    ],
)
def test_the_ordinary_message_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "mum says he got a black eye off the swings again, third one this month",
        "the dad told me he doesn't see why he should protect the children from his temper",
        "we lost a child at the picnic for twenty minutes, she was found by the road",
        "dad was shouting at the kids and they were terrified",
        "the baby has a cut on her head and mum won't say how",
        "the children were abused by their uncle and the family are in the comments defending him",
        "the baby's bedroom was freezing and there was no heating on",
    ],
)
def test_the_concern_in_the_same_words_still_raises_one(message: str) -> None:
    assert is_safeguarding(normalise(message))
