"""Concerns five-fold over one hundred and seventy-four sets missed, in new words: a boy at school in
flip-flops in the snow; a colleague who shows "funny" pictures of the families' children on his
phone; who to tell of a worry, in Suffolk dialect; an old man who sleeps in his car because his son
won't let him back in the house; children locked in their room for the night with a bucket;
children not at school for weeks; a mother who says the baby deserves a better mum; a grandad with
dementia shouted at and his wallet taken; an old man left sitting in his own mess.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "the little girl came to group in sandals through the snow again, no socks",
        "a volunteer keeps showing people weird photos of the children from his families",
        "hoo do ye tell if ye got a worry bout a family",
        "nan's been sleeping in her car since her grandson moved his mates in and won't let her in the house",
        "she posted that the twins are locked in their bedroom all night with a potty",
        "the boys haven't been in school for months and the house is a tip",
        "mum keeps saying the kids would be better off with a different mum, she knows how",
        "grandad has dementia and her boyfriend shouts at him and took his bank card off him",
        "the old lady was left lying in her own wee when I arrived, nobody had been in",
    ],
)
def test_what_five_fold_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "we played in the snow in our wellies, the kids loved it",
        "the dad sent me pics of the kids on the beach in Cornwall, so sweet",
        "who do you tell if you want to swap your visit day?",
        "we slept in the car on the way back from Devon, long drive",
        "the twins share a bedroom now and love it",
        "she's been to school every day this term, mum's so proud",
        "mum says the baby deserves a better pram than the one she's got",
        "grandad took his wallet to the shop and bought the kids ice creams",
        "the toddler sat in his own little chair at group today",
    ],
)
def test_the_everyday_message_in_those_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
