"""Ordinary messages from sets 193 to 196 that raised the alarm before those sets were trained on:
people saying our video exploits poor families; missing a trick; a baby who attacked his bottle;
"message me privately, I can get you up the waiting list"; a video of someone screaming at our
stall; a comment that hurt; a meme about suicide; a gif of someone being beaten up; going to kill a
husband for buying another game; locking someone let go out of the accounts; bruised pride; beaten
at cribbage (``everyday``).

Each guard beside it keeps the concern in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "people online are saying our appeal video exploits vulnerable families, should we take it down?",
        "my teenager reckons we're missing a trick not being on snapchat",
        "the baby attacked his milk like a little gannet, mum's thrilled he's gaining",
        "I put 'message me privately, I can help you get a volunteer' on the village page, was that ok?",
        "someone filmed a man screaming at our stand at the fete and it's all over facebook",
        "a commenter called me a scrounger. it really hurt me to be honest",
        "a parent shared a meme about suicide in the group chat and people laughed",
        "someone replied to our post with a clip of a man being beaten up outside a pub",
        "she said she's going to kill her husband for buying another fishing rod",
        "he was dismissed this morning, please lock him out of the accounts",
        "fell over at the fair in front of everyone, bruised my ego",
        "the nan beat me at crib again, she's a shark",
    ],
)
def test_the_ordinary_message_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "her uncle exploits the family's children, he makes them work for him",
        "the 14 year old has been missing since last night",
        "the dog attacked the baby and mum didn't take her to hospital",
        "a man told her daughter to message me privately on snapchat",
        "dad was screaming at the kids in the car park",
        "he hurt me again last night",
        "she keeps joking about suicide and giving her things away",
        "the video shows a child being beaten by her stepdad",
        "he says he is going to kill her if she leaves",
        "her partner locks her out of the house when he's angry",
        "the toddler is bruised all down his back",
        "he beat me and the kids again",
    ],
)
def test_the_concern_in_the_same_words_still_raises_one(message: str) -> None:
    assert is_safeguarding(normalise(message))
