"""Ordinary messages from sets 141 to 144 that raised the alarm before those sets were trained on:
a baby who threw her bottle at the volunteer's head; a video of animal cruelty; a daughter kicked
out of the family WhatsApp; a joke picture of a naked woman; the older boy teaching the volunteer
new words; children battering each other on the Switch; a volunteer's own fat lip from a baby's
headbutt; a toddler more upset about his biscuit than his split lip, seen at minor injuries.

Each guard beside it keeps the concern in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.alarm import cheerful
from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "the toddler threw her bottle at my head and thought it was hilarious",
        "someone posted an animal cruelty video in the family group, awful",
        "my son got kicked out of the class whatsapp for sending too many memes",
        "a dad shared a 'funny' picture of a naked man in the group chat, deleted now",
        "the older boys been teaching me tiktok dances, I'm hopeless",
        "the kids were battering each other on the xbox all afternoon",
        "the baby headbutted me and I've got a fat lip now",
    ],
)
def test_the_ordinary_message_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "dad threw a bottle at her when the kids were in the room",
        "the little boy is being shown cruelty by his stepdad",
        "she got kicked by her dad when she wouldn't stop crying",
        "he took pictures of the girls naked in the bath",
        "his brother's mate showed him pictures of naked women on his phone",
        "she's hanging around with older boys and coming home late",
        "her partner keeps battering her and the kids hear it",
        "the toddler has a fat lip and mum won't say how",
    ],
)
def test_the_concern_in_the_same_words_still_does(message: str) -> None:
    assert is_safeguarding(normalise(message))


def test_more_upset_about_his_biscuit_is_care_not_a_turn() -> None:
    assert cheerful(
        normalise(
            "the toddler fell off the sofa and split his lip, mum had him at minor injuries in twenty "
            "minutes and he was more upset about dropping his biscuit"
        )
    )
    assert not cheerful(
        normalise("the toddler fell off the sofa, mum took him to minor injuries but he was upset all day")
    )
