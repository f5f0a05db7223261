"""Concerns five-fold over one hundred and ten sets missed, in new words: a birth parent who has
worked out from a photo where a fostered child is; someone who has "had enough" and "made a
plan"; men coming and going from the flat at all hours and drug paraphernalia in sight; a father
who wants to "go to heaven" and take the children with him; a little girl who keeps saying her
bits are sore; someone who asks to be rung about a family rather than write it down. Everyday
messages in nearly the same words raise no alarm.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "a girl in one of our photos is fostered and her birth mum has worked out where she is from it",
        "she said she's had enough and she's made a plan, then told me to forget it",
        "the housing officer says lads are coming and going from the flat at all hours",
        "there was drug paraphernalia on the side in the kitchen where the baby plays",
        "dad keeps saying he'd like to go to heaven and take the kids with him",
        "the 4 year old keeps saying her bits are sore and she cries on the toilet",
        "could someone phone me about a family? i'd rather not put it in writing",
    ],
)
def test_a_concern_five_fold_missed_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "her birth mum worked out where the party is from the invite, so she's coming too",
        "we've had enough of the rain so we've made a plan for an indoor picnic",
        "people were coming and going from the hall all day for the jumble sale",
        "the training covered drug paraphernalia and what to look for",
        "she's taking the kids with her to her mum's for christmas",
        "her bits are sore from the nappy rash, the cream is helping",
        "could someone phone me about a family's referral form? the link doesn't work",
    ],
)
def test_an_everyday_message_in_nearly_the_same_words_stays_quiet(message: str) -> None:
    assert not is_safeguarding(normalise(message))
