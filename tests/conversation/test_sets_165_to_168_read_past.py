"""Ordinary messages from sets 165 to 168 that raised the alarm before those sets were trained on:
children who battered the writer at snowballs; a house so cold the family lent nan a radiator; a
temperature that came down overnight; a baby who is "a proper little bruiser"; a safeguarding
referral forwarded to the wrong email (a breach to report); a young mum terrified of roundabouts;
and from set 165's long messages, "before I beat myself up", a boy so excited he wet himself, a
toddler walking "like a drunk sailor", a hall freezing when the boiler broke, a volunteer who nearly
passed out in her jumper, a comment that came overnight, a hamster that escaped overnight.

Each guard beside it keeps the concern in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "the grandkids battered me at a water fight, soaked through lol",
        "grandad's flat was freezing so we brought him our spare heater, he's toasty now",
        "the little one's fever went down overnight, back at nursery tomorrow",
        "he's a real bruiser, 10lb already and only 4 weeks",
        "I sent a safeguarding form to the wrong email by mistake, how do I report it?",
        "the young mum I visit is terrified of her driving test next week",
        "before I beat myself up about it, was it ok to share the group photo?",
        "the twins laughed so hard at the puppet show that one of them wet herself lol",
        "he's toddling round like a drunken penguin, so cute",
        "it was freezing in the church hall today, can we move the group?",
        "I almost fainted in that hot flat today, what's the dress code?",
        "we got some lovely reviews overnight after the fun day",
        "the guinea pig got out overnight and the kids found it in the shoe rack",
    ],
)
def test_the_ordinary_message_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "her boyfriend battered her last night",
        "the flat was freezing and the baby had no heating all week",
        "the baby was left on his own overnight",
        "the toddler has a big bruise on his cheek and mum won't say how",
        "I need to send a safeguarding referral about a family I visit",
        "the kids are terrified of their dad",
        "he beat her up in front of the kids",
        "the little boy wet himself when his dad came in, he was terrified",
        "dad was drunk again when I arrived and the baby was crying",
        "the kids were freezing, no heating and no coats",
        "mum passed out on the sofa and the toddler was alone",
        "the children were left alone overnight again",
    ],
)
def test_the_concern_in_the_same_words_still_raises_one(message: str) -> None:
    assert is_safeguarding(normalise(message))
