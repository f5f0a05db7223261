"""Family life sets 133 to 136 told in alarming words, read past before they were trained on, in new
words: a tantrum thrown in a shop, a baby screaming all night with her teeth, a teenager who nearly
"did herself an injury" rolling her eyes, and whether every volunteer must know the safeguarding
reporting procedure. The concerns in nearly the same words are still caught.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "the twins threw a massive tantrum in Tesco, screaming the place down, mum handled it brilliantly",
        "baby's been screaming all night with her back teeth coming through, mum's exhausted but smiling",
        "my 14 year old rolled her eyes so hard she nearly did herself an injury 🙄",
        "does every volunteer need to know the local safeguarding reporting procedure or just staff?",
    ],
)
def test_everyday_family_life_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "dad threw a plate and was screaming at mum in front of the kids",
        "the neighbours hear screaming all night and the children look terrified",
        "the teenager has an injury on her arm she won't explain",
        "who do I send a safeguarding concern to?",
    ],
)
def test_the_concerns_in_nearly_the_same_words_are_still_caught(message: str) -> None:
    assert is_safeguarding(normalise(message))
