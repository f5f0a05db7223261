"""Everyday messages in sets 121 to 124 that the rules took for concerns before those sets were
trained on: a baby who has cut two teeth, a party a mother threw, a boy who will "kill" his sister
at Mario Kart, a dog someone will "strangle" for eating a sock, children arguing about cereal, and
a pile-on saying the charity is "exploiting kids". Each concern that shares their words is still
caught. The wordings are new, not copied from the sets.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "all good with the family, the baby has cut his first tooth and the kids love the new park",
        "mum threw the kids a little party for the end of term, chaos in the best way, pillow fight and all",
        "the 8 year old is going to kill his brother at mario kart, he says, and he usually does",
        "I'll strangle that dog, he's eaten the baby's dummy again 😂",
        "the kids at home were up at six arguing about cereal again, any tips for the holidays post?",
        "comments on our appeal post saying we're exploiting children for donations, should I reply?",
    ],
)
def test_an_everyday_message_is_read_past(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the baby has a cut on his head and a black eye and mum won't say how",
        "dad threw the baby's bottle at mum and they were fighting in front of the kids",
        "he said he's going to kill his sister and he had a knife",
        "her boyfriend tried to strangle her in front of the baby",
        "the kids say mum and her partner are arguing every night and they're scared",
        "her uncle is exploiting the kids, making them sell stuff for him after school",
    ],
)
def test_the_concern_in_the_same_words_is_still_caught(message: str) -> None:
    assert is_safeguarding(normalise(message))
