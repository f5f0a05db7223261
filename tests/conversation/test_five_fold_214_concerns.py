"""Concerns five-fold over two hundred and fourteen sets missed, told cheerfully or in passing: a
dad the worse for drink asleep on the sofa with the baby wedged beside him; a child left at the
motorway services for an hour; a lad quoting someone who says certain people should be "cleansed";
a baby who has missed her weigh-ins and looks smaller; a child who goes quiet and looks at mum
when asked about a plaster on her head.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, never_set_aside, normalise


@pytest.mark.parametrize(
    "message",
    [
        "mum's fella was worse for wear at 10am and the baby was squashed on the settee beside him, asleep",
        "on the way home the youngest (7) was left at the services for an hour, they laughed about it",
        "her son keeps saying certain people should be wiped out, he's got the flags on his wall",
        "little one has missed the last two weigh-ins and she looks thinner to me",
        "I asked the 5 year old about the plaster on his head and he went all quiet and looked at his dad",
    ],
)
def test_what_five_fold_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "mum's fella was worse for wear after the wedding, the baby slept in her cot all afternoon",
        "on the way home I left my phone at the services for an hour, so daft",
        "her son keeps saying the old shed should be wiped out, he wants a trampoline there",
        "little one has missed the last two weigh-ins while the clinic was shut, she's thriving though",
        "I asked the 5 year old about the plaster on his knee and he told me all about his scooter",
    ],
)
def test_the_everyday_message_in_the_same_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))


# Five-fold runs laughed off a toddler out in the snow in just a nappy ("mum thought it was
# hilarious"): a little one half dressed out in the cold is never set aside by laughter.
@pytest.mark.parametrize(
    "message",
    [
        "pic on mum's fb of the 2yo in the garden in just a nappy, there was frost on the grass 😂",
        "the baby was outside in only a vest and it was freezing, mum said it toughens him up haha",
        "toddler out on the doorstep with no shoes in the snow again, dad thought it was hilarious",
    ],
)
def test_a_little_one_half_dressed_in_the_cold_is_not_laughed_off(message: str) -> None:
    assert never_set_aside(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the 2yo was in the garden in just a nappy in the paddling pool, glorious sunshine 😂",
        "the twins were out in the garden in just their pyjamas at breakfast, boiling hot already haha",
    ],
)
def test_a_little_one_half_dressed_in_the_warm_is_no_concern(message: str) -> None:
    assert not never_set_aside(normalise(message))
