"""Concerns the rules and classifiers missed in sets 185 to 188 before they were trained on, in new
words: a man in a parents' group chat privately messaging the young ones for selfies; a former
volunteer sending private messages to a family's teenage daughter; a crying toddler hauled along by
one arm; a baby fallen from the 50th centile to the 2nd.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "the bloke who set up the mums' whatsapp keeps dm'ing the young ones asking for selfies",
        "a former volunteer keeps commenting on the kids' photos and sending dms to her 14 year old daughter",
        "saw a clip of a crying toddler being yanked down the high street by one arm",
        "hv says the baby has fallen from the 75th to the 2nd centile and mum keeps cancelling",
    ],
)
def test_what_the_new_sets_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "we're messaging the young ones' parents asking for photos from the fun day",
        "mum keeps sending private messages to her teenage daughter at college to check she's ok",
        "the older mums in the group keep sending dms to the teenage son about his gcse results, so proud",
        "the toddler was crying because his teddy was being dragged along by one arm by the dog",
        "hv is delighted, she's gone from the 2nd to the 50th centile since the new formula",
        "she's dropped from the 91st to the 75th centile which the hv says is normal",
    ],
)
def test_the_everyday_message_in_those_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
