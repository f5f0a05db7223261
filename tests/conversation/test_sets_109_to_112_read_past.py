"""Everyday messages in sets 109 to 112 that the rules took for concerns before those sets were
trained on: a child who screamed at a party because she did not want to go home, whether a
volunteer is insured if a child gets hurt, a birth injury photo in a mums' group, a toddler
armed with a foam sword, the deputy safeguarding lead leaving, and a partnership on a domestic
abuse project. Each concern
that shares their words is still caught. The wordings are new, not copied from the sets.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "my nephew sobbed at the end of the panto because he didn't want to go home, the kids loved it",
        "are we insured if a child gets hurt at the toddler group?",
        "a mum posted a birth injury photo in the kids' group without a warning",
        "the 3 year old battered me with his foam sword, I surrendered straight away 😂",
        "our deputy DSL is retiring at Easter, she has admin on the Facebook page",
        "can we share the post about our new domestic abuse project with the police?",
    ],
)
def test_an_everyday_message_is_read_past(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the little one cried when we left because she didn't want to go home to her dad",
        "the 4 year old gets hurt at home a lot and won't say how",
        "the baby has an injury on his head mum won't explain",
        "he hit the toddler with a belt, not a foam sword",
        "need the deputy DSL, a child has told me something",
        "mum told me about the domestic abuse at home last night",
    ],
)
def test_the_concern_in_the_same_words_is_still_caught(message: str) -> None:
    assert is_safeguarding(normalise(message))
