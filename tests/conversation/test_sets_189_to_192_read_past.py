"""Ordinary messages from sets 189 to 192 that raised the alarm before those sets were trained on:
whether the policy expects everyone to know how to report a worry; a fight video with no children
in it; a scooter "battle wound"; a broken arm off the trampoline; diet-pill spam with before and
after pictures; whether it is only the safeguarding lead's job; our own boiler packed in; self-harm
gifs from a spam account; a stock photo in a rant; a toddler who will "kill" her brother over her
chips (``everyday``).

Each guard beside it keeps the concern in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "are volunteers expected to know how to report a safeguarding concern or is that for staff?",
        "someone shared a clip of a pub brawl in the mums' chat, no children in it, just drunk lads",
        "she fell off her bike and is proudly showing off her battle wound to the whole group",
        "can I post that my lad has a broken arm (football, he's fine, loving the cast) on my page?",
        "spam account keeps posting weight loss tablets with nude before and after photos",
        "is keeping children safe online only the safeguarding lead's job or all of ours?",
        "my boiler's broken so no hot water or heating till thursday, the kids think it's camping",
        "a bot account keeps dropping a video of self harm under charity posts, copy paste spam",
        "a comment ranting about single mums used a stock image of a woman with a black eye",
        "my 4 year old says she's going to kill her sister because she ate her sweets",
    ],
)
def test_the_ordinary_message_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "how do I report a safeguarding concern about a family?",
        "the dad was in a fight with grown men in front of the kids",
        "the baby has a wound on his leg and mum won't take him to the doctor",
        "her son has a broken arm again, the trampoline she says, he's fine",
        "her boyfriend has been sending the 14 year old topless photos",
        "I need the safeguarding lead's number please",
        "their boiler's broken so no heating and the baby is freezing",
        "the 15 year old has been posting pictures of self harm on her account",
        "mum had a black eye again when I visited",
        "he said he is going to kill her if she leaves him",
    ],
)
def test_the_concern_in_the_same_words_still_raises_one(message: str) -> None:
    assert is_safeguarding(normalise(message))
