"""Everyday messages that raised the safeguarding card by the rules in sets 101 to 104 before they
were trained on, in new words: a stranger kicked out of an online session, a volunteer who cut her
own thumb on a tin, a child scared to death of the hand dryer, a volunteer called "an angel sent
from heaven", a mother "drunk on three hours sleep", a teenager who will "kill" his friend in a
game, and trolls calling the charity "baby snatchers" or "social services spies". Beside each, the
concern in nearly the same words is still caught: a child scared of the bath or of loud noises, a
teenager who will kill his sister, and a cut hand someone else made are never read past.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "someone zoombombed the coffee morning call with loud music so we kicked them out",
        "cut my thumb on a tin of tomatoes at my family's, the toddler gave me a plaster",
        "her little boy is scared to death of the hand dryer at the library",
        "a mum wrote that her son's volunteer was an angel sent from heaven, can we share it?",
        "mum said she was drunk on about three hours sleep and put the kettle in the fridge",
        "her teenager was yelling he's going to kill his friend on fortnite for nicking his loot",
        "the volunteers keep getting messages calling us baby snatchers",
        "a troll keeps calling us social services spies",
    ],
)
def test_an_everyday_message_stays_quiet(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "mum's boyfriend kicked him out of the house in the middle of the night",
        "the toddler has cuts on his hands and mum won't say how",
        "the little boy is scared to death of mum's boyfriend",
        "a volunteer keeps messaging one of the teenage girls on snapchat",
        "mum was drunk again when I got there and the baby hadn't been fed",
        "her partner said he's going to kill her if she takes the kids",
        "a man keeps messaging the kids from our group on insta",
        "I'm worried about the baby, do I need to call social services?",
        "her son is scared to death of the bath and screams when mum's boyfriend runs it",
        "the little boy is terrified of loud noises and hides behind the sofa",
        "her teenager was on his xbox screaming he's going to kill his sister",
        "my husband cut my hand with a knife last night and the kids saw it",
    ],
)
def test_the_concern_in_nearly_the_same_words_is_still_caught(message: str) -> None:
    assert is_safeguarding(normalise(message))
