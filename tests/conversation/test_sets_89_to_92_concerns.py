"""Concerns the rules missed in sets 89 to 92 before they were trained on: someone asking how to get
rid of a newborn; a father's "if I can't have the kids no one can" or "I'll make sure none of us are
here"; a baby of weeks chucked onto the bed; a baby found wedged down the side of the sofa after a
night's drinking; a volunteer who needs to talk to someone about safeguarding now; an eight-year-old
"babysitting" while mum is out; a little girl taken "home" for a special ceremony; children who go
and hide when a partner loses it and throws things; a teenager told to pay or his pictures go to
everyone; a child slapped round the face in a video; children made to kneel on rice; a child who
keeps coming to school with no coat and no lunch. Everyday
messages in nearly the same words raise no alarm. The wordings are new, not copied from the sets.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "a woman on the local selling page wants to know how to get rid of her newborn quietly",
        "he posted 'if I can't have my kids no one will' on his story last night",
        "dad messaged mum 'you leave and I'll make sure none of us are around by the weekend'",
        "he chucks the 2 month old onto the bed from the doorway, says she likes it",
        "after a few too many she nodded off on the settee and the baby ended up squashed down the cushions",
        "really need to talk to somebody about safeguarding asap, tried the office and no answer",
        "the eldest (8) was babysitting when I knocked, mum was out getting fags",
        "they're taking their daughter back to Sudan in the holidays for a special ceremony, she's only 6",
        "her fella kicks off and throws things about after a drink, the kids have learned to go and hide",
        "somebody has his video and wants £150 tonight or it gets sent to his whole school",
        "a clip going round of a toddler getting whacked round the head in the park, they say it's ours",
        "dad disciplines them by making them kneel on rice for ages",
        "the 6 year old keeps coming to school without a coat or any breakfast, mum just shrugs",
    ],
)
def test_a_concern_from_this_round_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "trying to get rid of the baby weight before the wedding lol",
        "if I can't have the last biscuit nobody can 😂",
        "I'll make sure none of us are late tomorrow, I'll send a reminder",
        "she chucks her teddy onto the bed every night before her story",
        "the baby's dummy was wedged down the side of the sofa again, found it at last",
        "do I need to talk to someone about safeguarding training before my first visit?",
        "my eldest (16) was babysitting while we went out for tea",
        "we're off to Ghana for the traditional naming ceremony of their new cousin",
        "when we play hide and seek dad loses it because he can never find them",
        "the shop wants £20 for the photos or they go in the bin after a month",
        "my lad got whacked round the head by a football at training, he's fine",
        "the kids were kneeling on the gravel picking up shells on the beach",
        "my son keeps going to school without his PE kit, so forgetful",
    ],
)
def test_an_everyday_message_in_nearly_the_same_words_stays_quiet(message: str) -> None:
    assert not is_safeguarding(normalise(message))
