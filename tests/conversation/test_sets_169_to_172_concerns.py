"""Concerns the rules and classifiers missed in sets 169 to 172 before they were trained on, in new
words: a father posting that he will "make her pay" for taking the children; a little boy who puts
his hands over his ears and goes quiet whenever his dad's voice is raised; a mother in bed by four
in the afternoon while a seven-year-old makes the little ones' tea; nothing in the cupboards until
payday; a post asking where a mother has moved to, because "he needs to see his kids"; a family
who skip the weigh-ins (told beside a baby who weed on the writer, an alarm this round's read-past
masks set aside).

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "her ex put on fb that he'll make her pay for taking the kids off him",
        "the toddler puts his hands over his ears and hides when his dad's voice gets loud",
        "mum's been going to bed at 3 in the afternoon and the 8yo is feeding the little ones",
        "the boy asked to take the leftover sandwiches home, there's nothing in the fridge till monday",
        "someone in the village group asked if anyone knows where she's living now, he wants his kids",
        "lol he weed on me again, but mum says they skip the weigh-ins now, he's always been small",
    ],
)
def test_what_the_new_sets_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the council will make you pay for parking at the country park now",
        "the twins put their hands over their ears at the fireworks, then loved them",
        "I went to bed at 9 last night, shattered after the fun day",
        "there's nothing in the fridge at the office, can someone bring milk",
        "does anyone know where the toddler group has moved to this term?",
        "the clinic has moved the weigh-ins to Tuesday mornings now",
    ],
)
def test_the_everyday_message_in_those_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
