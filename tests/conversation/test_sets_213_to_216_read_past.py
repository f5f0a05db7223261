"""Ordinary messages from sets 213 to 216 that raised the alarm even after those sets were trained
on: a sari that fell down; a mum who wants ideas instead of smacking; a mum hurt by a remark who
wants a manager; a baby who grabbed the raffle tickets; a conspiracy trope about money under a
post; a legacy gift to announce; a man sending abuse since the baby bank post (``everyday``).

Each guard beside it keeps the concern in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "the kids were in stitches watching me put up the gazebo, it fell down twice",
        "mum says everyone smacks back home but she doesn't want to, can I share some calm-down ideas?",
        "a mum says a volunteer called her lazy for using formula, she's hurt and wants a manager to ring",
        "the toddler grabbed my lanyard and wouldn't let go 😂",
        "someone commented under our appeal asking who really controls the money in these charities",
        "can we thank the family on facebook for the legacy gift from their late father's estate?",
        "since our baby bank post went up a bloke has been DMing me daily calling me a do-gooder",
    ],
)
def test_the_ordinary_message_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the little boy fell down the stairs twice this week and mum didn't take him to be checked",
        "mum says everyone smacks back home and she smacks the kids when they won't listen",
        "mum's partner pushed her, she's hurt and wants me to keep it quiet",
        "dad grabbed the toddler by the arm and dragged him out of the room",
        "the dad controls the money and mum has to ask him for the bus fare",
        "an older man keeps giving the 13 year old gifts from his shop and telling her not to say",
        "a bloke has been messaging the baby's teenage sister on snapchat asking to meet up",
    ],
)
def test_the_concern_in_the_same_words_still_raises_one(message: str) -> None:
    assert is_safeguarding(normalise(message))
