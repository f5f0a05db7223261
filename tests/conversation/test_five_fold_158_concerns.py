"""Concerns five-fold over one hundred and fifty-eight sets missed, in new words: a mum in
sunglasses indoors all week who would not take them off; something from yesterday's visit that has
been on a volunteer's mind; children who "know better than to cry" in that house; a baby of ten
months left in the bath; a husband who takes her wages; a colleague posting about not wanting to
wake up tomorrow; crisps for breakfast, lunch and tea with the cupboards bare; a man out on licence
with a two-year-old on his knee.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "my tuesday mum has worn sunglasses indoors all week and wouldnt take them off",
        "who actually do i phone, ive got something from yesterdays visit thats been on my mind",
        "mum said the kids 'know better than to cry' in that house",
        "She left the 10 month old in the bath while she came down to let me in",
        "My husband takes my wages and I have to ask him for money for petrol",
        "a colleague has been posting on Instagram about not wanting to wake up tomorrow",
        "the kids said they'd had crisps for breakfast lunch and tea all week, the cupboards were bare",
        "dad's mate who's out on licence had the 2yo on his knee again",
    ],
)
def test_what_five_fold_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "we all wore sunglasses indoors for the 80s party at the group, so silly",
        "something from yesterday's visit made me laugh all day, the twins were hilarious",
        "the kids know better than to ask for sweets before tea",
        "she left the baby's bath toys in the bath to dry",
        "my husband takes my car to work on Mondays so I get the bus to visits",
        "the teenagers are not wanting to wake up for school now the clocks have changed",
        "the food bank cupboards were bare after Christmas, we need donations",
        "her brother is out on licence and living in Leeds now, she hasn't seen him in years",
    ],
)
def test_the_everyday_message_in_those_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
