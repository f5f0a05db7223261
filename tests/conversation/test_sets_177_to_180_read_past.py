"""Ordinary messages from sets 177 to 180 that raised the alarm before those sets were trained on:
a dad "battered" at five-a-side; photos of the dads' assault course day; a mum over the moon and
a bit terrified at baby number four; "my kids would starve without your recipe posts"; children
"starving" before tea, acting as if they had not eaten for a week; a new volunteer so nervous she
was shaking; a toddler who smacked his head on the coffee table; a volunteer asking whether they
"take my account off me" when her volunteering ends (topics, and the guard in ``warning_signs``).

Each guard beside it keeps the concern in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "my fella got battered at five-a-side again, limping round the kitchen",
        "lovely pics from the mums' assault course morning, can I share them?",
        "mum's expecting again, over the moon and a bit terrified",
        "a grandad commented 'we would starve without your recipe posts'",
        "the kids are always starving before tea, even after a big lunch",
        "they were acting like they hadn't eaten for a week, after two sandwiches each",
        "I was so nervous I was shaking at my first visit, but mum made me a cuppa",
        "he smacked his head on the table leg, little bump, all fine after a cuddle",
        "when I stop volunteering do they take my account off me?",
    ],
)
def test_the_ordinary_message_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "mum got battered by her partner again, she's limping",
        "someone sexually assaulted the teenager at the party",
        "mum is terrified of her ex turning up",
        "the children are starving, there's no food in the house",
        "the kids hadn't eaten for two days when I got there",
        "the little girl was shaking when her dad came in",
        "dad smacked his head against the wall when he was angry",
        "can you take these kids off me, I can't cope anymore",
    ],
)
def test_the_concern_in_the_same_words_still_raises_one(message: str) -> None:
    assert is_safeguarding(normalise(message))
