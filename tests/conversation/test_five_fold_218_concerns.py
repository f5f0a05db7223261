"""Concerns five-fold over two hundred and eighteen sets missed: a little one off nursery for weeks
whom dad has taken nobody knows where; a grandmother on oxygen left with the children while mum
has been gone for days and does not answer; a boy of fifteen a "soldier" for a group online and
talking about bombs; photos of one of our families' children on a volunteer's own account, with
comments from men; a girl of fifteen "engaged" to a man in his thirties.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "the toddler's not been at nursery for a fortnight and mum doesn't know where his dad has taken him",
        "grandad's been left with the kids and he's bedbound, mum's been gone since Friday, not answering",
        "the 14yo told me he's a 'soldier' for a group he found online, keeps talking about making bombs",
        "a helper keeps posting photos of the girls she visits on her own tiktok, with comments from men",
        "the eldest (14) is 'engaged' to a bloke in his thirties off snapchat, mum's over the moon haha",
    ],
)
def test_what_five_fold_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "mum doesn't know where dad took the boys for the day, she'll find out at teatime",
        "mum's been gone since Friday on the school trip to France, grandad has the kids and loves it",
        "the 14yo did his history project on the blitz, kept talking about bombs and spitfires all visit",
        "loads of comments from men on the post about our dads' darts night, brilliant turnout",
        "their 14 year old is going out to the cinema with her cousin who's in his 20s",
    ],
)
def test_the_everyday_message_in_the_same_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
