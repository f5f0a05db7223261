"""Concerns five-fold over one hundred and sixty-six sets missed, in new words: a mum who must ask
him first whether she is allowed; a youth worker who took a boy back to his flat; a toddler shouting
"don't touch my bum" at her uncle; a six-year-old who crosses the main road to school on his own; an
inhaler not given for days; thoughts of walking into the river; a post that she's done and won't be
around much longer.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "she can't come to the group till she's asked her husband if she's allowed",
        "the football coach drove the 12 year old back to his flat after training, just the two of them",
        "the little girl kept saying 'stop touching my bum' to her uncle at the visit",
        "the 6yo crosses the main road to school on his own every day",
        "mum says she hasn't given him his inhaler for three days, couldn't find it",
        "she told me she keeps thinking about walking into the river",
        "her status says 'I'm done, won't be around much longer, sorry everyone'",
    ],
)
def test_what_five_fold_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "she'll check with her husband if the car is free and let me know",
        "the coordinator drove the volunteers back to the office after the fun day",
        "the toddler loves touching my bumblebee brooch",
        "the 8 year olds cross the road with the lollipop lady every morning",
        "mum says she hasn't given him his medicine yet, it's due at six",
        "we're walking into town after group",
        "I won't be here tomorrow, I'm on leave, sorry!",
    ],
)
def test_the_everyday_message_in_those_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
