"""The concerns five-fold over one hundred and thirty-four sets missed, in new words.

A child of ten bringing up the little ones while a parent stays in bed all day; a volunteer who
finds everything pointless and is not sure she can keep going "or anything really"; a child who goes
stock still and silent the moment his dad walks in. Each stays quiet beside the everyday message
that shares its words: an eldest who mothers the baby while mum has flu, a nan or a mum on her own
raising the little ones, an eldest of thirty raising her own, a recovery position learnt on a
first-aid course, a form or an app found pointless, a baby spellbound by the birthday candles dad
carries in or gone still while he sings to her.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "her oldest is 9 and pretty much bringing up the baby, dad stays in bed all day and there's no "
        "food in",
        "the big sister (11) is basically parenting the twins, mum is in bed every day till the afternoon",
        "Coordinator here. finding everything a bit pointless at the moment, don't think I can keep going "
        "with this or anything really",
        "I'm finding life pretty pointless lately and I'm not sure I can carry on",
        "the toddler was happy playing till her stepdad came home, then she went dead still and didn't "
        "make a sound",
        "as soon as their dad walked in the boy went completely silent and stayed by the door",
    ],
)
def test_what_five_fold_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "mum's in bed all day with flu so her eldest (10) is basically mothering the baby lol, so sweet",
        "nan is basically raising the little ones while mum is in bed all day after her operation",
        "her eldest learnt how to put her mum in the recovery position on the first aid course at school",
        "her eldest is 8 and she's basically raising the twins on her own since he left",
        "my eldest is 30 and is basically raising her twins while her husband works away",
        "the app keeps logging me out, finding everything a bit pointless on it, is life meant to be "
        "this hard lol",
        "the baby goes completely still when her dad comes in and sings to her, it's adorable",
        "finding everything a bit pointless on the new intranet, I can't find any of the forms",
        "not sure I can keep doing Tuesdays or anything really until the car is fixed",
        "the baby went completely still and silent when her dad walked in with the birthday cake, "
        "mesmerised by the candles",
    ],
)
def test_the_everyday_message_in_the_same_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
