"""Everyday messages that raised the safeguarding card by the rules in sets 89 to 92 before they were
trained on, in new words: a parent terrified of a speech at her daughter's wedding, twins who scream
at once to get their way, a grandson who battered the writer at chess, a volunteer battered by a
storm, "have I done something wrong", someone asking where the spare toner lives, and a safeguarding
referral sent to the wrong place (a data breach to report). Beside each, the concern in nearly the
same words is still caught.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "I'm absolutely terrified of public speaking and my daughter wants me to do a toast at her wedding",
        "the twins scream at once whenever they want the ipad, little monkeys",
        "my grandson battered me at chess again, he's 8 and loving it",
        "got caught in that storm walking to the visit, absolutely battered, soaked through",
        "have I done something wrong posting a photo of the kids' drawings with no names on?",
        "anyone know where the spare toner lives? need to print the kids' certificates before I post them",
        "I emailed a family's safeguarding referral to my own gmail to print it at home, is that a problem?",
    ],
)
def test_an_everyday_message_stays_quiet(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the little girl is terrified of her stepdad, she went rigid when he came in",
        "mum's boyfriend screams at the kids the minute she goes out",
        "he battered her in front of the kids last night",
        "something is wrong with the baby, she won't wake properly and she's floppy",
        "someone messaged the page asking where the little girl in the photo lives",
        "how do I make a safeguarding referral? the dad hit the toddler in front of me",
    ],
)
def test_the_concern_in_nearly_the_same_words_is_still_caught(message: str) -> None:
    assert is_safeguarding(normalise(message))
