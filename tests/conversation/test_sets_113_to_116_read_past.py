"""Everyday messages in sets 113 to 116 that the rules took for concerns before those sets were
trained on: a volunteer without children of her own, a scam caller asking a mum for a tenner "from
Home-Start", a baby screaming with teething, a threat that a worker "should watch her back" (abuse
to report), "a good smack never did me any harm" quoted from comments, jokes about rape in a group
chat, drunk at a wedding, fake wounds for Halloween, consent to a photo withdrawn, "dangerous
advice", clothes grown out of overnight, "she'll be hurt" if unfriended, a post on domestic abuse
awareness, and someone who messaged the charity's Facebook page. Each concern that shares their
words is still caught. The wordings are new, not copied from the sets.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "is the course ok for volunteers who haven't had kids of their own? a mum asked me",
        "someone rang my mum saying they were from Home-Start and asked her for a donation, the baby "
        "slept through",
        "the baby's teething and crying every night, mum's exhausted, can I share a tips leaflet?",
        "a man posted that our volunteer coordinator should watch her back, he's named the family too",
        "comments under our tantrums post say a good smack never did them any harm, do we reply?",
        "someone shared rape jokes in the dads' chat, no one targeted but it's our group",
        "dad got drunk at his cousin's wedding and the kids filmed him dancing, can I share it?",
        "my own kids went to the party covered in fake wounds and looked terrifying",
        "the leaflet went out with a photo of a family who had withdrawn their consent",
        "a big account shared our post about weaning babies, calling it dangerous advice",
        "my nephew has grown out of all his baby clothes overnight, can I bring them in?",
        "I accepted a friend request from the mum I visit, should I unfriend her? she'll be hurt",
        "our video on self-harm awareness has a nasty comment under it from a troll, kids tagged",
        "Someone's messaged our Facebook page saying the toddler group leader was rude to her",
        # Where a programme was watched is not its subject: still read past.
        "watched a documentary on the telly about domestic abuse last night, really moving",
        "she saw a film on her tablet about grooming for her course",
    ],
)
def test_an_everyday_message_is_read_past(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "someone called mum saying they were from Home-Start and asked to come round and see the kids",
        "the baby was screaming every night and dad threw him on the bed",
        "her ex says she should watch her back and he knows where the kids are",
        "dad gives the kids a good smack when they cry",
        "mum was drunk at the school gate with the toddler in the pram",
        "the toddler has real wounds on his arms, not make-up",
        "she'll be hurt by him again if she goes back, the kids too",
        "he tells rape jokes to the kids when mum's out",
    ],
)
def test_the_concern_in_the_same_words_is_still_caught(message: str) -> None:
    assert is_safeguarding(normalise(message))
