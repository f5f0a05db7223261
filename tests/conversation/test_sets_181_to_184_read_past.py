"""Ordinary messages from sets 181 to 184 that raised the alarm before those sets were trained on:
a little boy who asked the volunteer whether she is a hundred; "I'm missing them already"; a
scavenger hunt; a girl's "I'm going to kill you" when she plays dinosaurs; a sister who battered
her brother back with a cushion; commenters saying "all dads are dangerous"; a mum who nearly
passed out at the scan, over the moon (and terrified); a granddaughter who fell off about a hundred
times learning to ride without stabilisers; "do I just crack on"; a Pride post called "grooming
propaganda" (topics; ``stab`` and ``crack`` in ``safeguarding`` and ``warning_signs`` no longer
match "stabilisers" or "crack on").

Each guard beside it keeps the concern in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "volunteer news: the little boy asked me if I'm a hundred, cheeky thing",
        "the family are away in Wales, I'm missing the kids already",
        "we did a scavenger hunt with the children at group, so much fun",
        "the toddler shouts I'm going to kill you when he plays monsters with his mum",
        "her little brother hit her with a balloon so she battered him back with a pillow",
        "people are commenting that all dads are dangerous under our dads' group post",
        "mum nearly fainted at the scan when they said twins, she's over the moon (and scared)",
        "she fell off about a hundred times but she can ride her bike now, no stabilisers",
        "the kids are on the rota for the fun day, shall I just crack on with the post?",
        "someone called our post about the children's Pride picnic grooming propaganda",
        "the baby is much more stable now his reflux meds are sorted",
    ],
)
def test_the_ordinary_message_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the kid asked me if I could take her home because she's scared of her stepdad",
        "the children have been missing since yesterday and mum hasn't called anyone",
        "the kids are scavenging in the bins for food",
        "dad screamed I'm going to kill you at the kids last night",
        "dad screamed I'm going to kill you at mum while the kids were playing",
        "her dad battered her with a belt",
        "the kids' dad is dangerous, mum says he has a knife",
        "mum keeps passing out and the baby is left on his own",
        "the toddler fell off the kitchen worktop and nobody took him to the doctor",
        "dad was selling crack from the flat with the kids there",
        "a man online is grooming the 13 year old, he sends her gifts",
        "her boyfriend stabbed the wall with a knife in front of the children",
    ],
)
def test_the_concern_in_the_same_words_still_raises_one(message: str) -> None:
    assert is_safeguarding(normalise(message))
