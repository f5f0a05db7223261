"""Concerns the rules and classifiers missed in sets 157 to 160 before they were trained on, in new
words: a baby's weigh-ins missed a third time; a volunteer posting that she has nothing left to live
for; a toddler who swallowed something from dad's "stash" and nobody rang anyone; a mum who needs to
"go away for a bit" and asks the volunteer to take the kids permanently; a baby taken into bed after
a few drinks; a man asking for more pictures of the children; a dad posting that his ex is "getting
what's coming".

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "baby was due to be weighed at clinic... oh no wait they didnt go again, thats the 3rd one missed",
        "Sue has been posting on her facebook that she's got nothing left to live for",
        "Toddler swallowed something from dad's stash yesterday, really drowsy, they didn't ring anyone",
        "Mum says she needs to go away for a bit and asked if I could take the kids permanently",
        "mum told me she took him into bed with her and his dad after a few drinks at the party",
        "a man keeps commenting on photos in the local mums group asking for more pics of the kids",
        "A dad in our group keeps posting about his ex getting what's coming and mentions the kids' names",
    ],
)
def test_what_the_new_sets_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the clinic moved the weigh-in to Thursday so we missed the third one, booked again for next week",
        "she said the new puppy gives her something to live for after the move, she's so happy",
        "the toddler swallowed a grape whole and the GP said he's fine",
        "can I swap my Wednesday visits to Thursdays permanently?",
        "mum took him into bed with her for a cuddle after his bath",
        "grandma keeps asking for more pics of the kids, she loves the ones from the party",
        "the villain in the panto got what was coming to him, the kids cheered",
    ],
)
def test_the_everyday_message_in_those_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
