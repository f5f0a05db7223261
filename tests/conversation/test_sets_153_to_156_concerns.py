"""Concerns the rules and classifiers missed in sets 153 to 156 before they were trained on, in new
words: a mother made to give her ex her Facebook password "to prove she's not cheating", who still
logs in to check; someone asking who to talk to when a grandparent tells of something worrying about
the children; a little boy out in the street in just his nappy with no grown-up about.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        'A mum mentioned she had to give her ex her Facebook password "to prove she\'s not cheating" '
        "and he still logs in to check",
        "her husband made her hand over her phone passcode to prove she isn't talking to anyone",
        "who do I talk to if a grandparent tells me something worrying about the children?",
        "who should I speak to if a mum says something worrying about her little one",
        "mornin', that little ole boy were out in the street in just his nappy again, no grown-up about",
        "the toddler was out the front in only a vest, no adult around, for ages",
    ],
)
def test_what_the_new_sets_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "a mum gave her ex her Netflix password years ago and he's still using it, cheeky",
        "I had to give IT my password to prove it was me",
        "she gave her manager her login so she can check the rota while she's away",
        "who do I talk to if a volunteer tells me something worrying about the group chat?",
        "who do I talk to about the children's Christmas party?",
        "the kids were out in the garden in just their pants with the paddling pool, mum watching",
        "no grown-ups about at the soft play this morning, just us volunteers and the toddlers",
    ],
)
def test_the_everyday_message_in_those_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
