"""Ordinary messages from sets 233 to 236 that raised the alarm before those sets were trained on:
late marks at school; a complaint that came in overnight and a group renamed overnight; a teenager
screaming at the Xbox; a sandcastle attacked, and a sister attacked with a water pistol; a black
eye from VR boxing; a visit slap bang in the middle of pick-up; a power cut; a link to a site full
of self-harm images aimed at nobody (``everyday_later``).

Each guard beside it keeps the concern in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "the kids got late marks twice because the volunteer didn't turn up for the school run",
        "the complaint came in overnight from a dad whose kids were in the nursery photos",
        "our parents group had its name changed overnight to a crypto scam and I can't get in",
        "my 14 year old is screaming at the xbox again because his mate left the game",
        "the little one attacked his sister's sandcastle with a spade, carnage 😂",
        "my son attacked his sister with a water pistol and she got him back, soaked kids everywhere",
        "my teenager gave himself a black eye doing vr boxing, mum took him to get checked, he's fine",
        "the visit fell slap bang in the middle of the kids' nursery pick up",
        "we had a power cut all evening so the kids did their homework by candlelight",
        "someone's left a comment linking to a website full of self-harm images, nobody in particular",
    ],
)
def test_the_ordinary_message_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the kids have late marks and marks on their arms nobody can explain",
        "the kids have been coming in hungry since their name changed overnight on the register, "
        "mum's new partner moved in",
        "dad was screaming at the baby the whole visit",
        "the 10 year old attacked his little sister with a knife",
        "mum attacked her son with a belt",
        "he's got a black eye and says his dad punched him",
        "dad gave her a slap across the face in front of me",
        "the 12 year old has cuts all over her arms, not from the power cut",
        "she's been looking at self-harm images and cutting herself",
    ],
)
def test_the_concern_in_the_same_words_still_raises_one(message: str) -> None:
    assert is_safeguarding(normalise(message))
