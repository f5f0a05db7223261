"""Concerns five-fold over one hundred and fifty-four sets missed, in new words: a teenager who has
stopped eating and wears jumpers in July; a mother who has "got the rope sorted" if the GP doesn't
help; a child of five whose step-mum "puts pepper in my mouth when I swear"; someone with dark
thoughts since the divorce, scared of what she might do.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "The teenage son at my family has stopped eating and wears jumpers in July; mum says it's a phase",
        "the 14 year old won't eat and is in a hoodie all summer, even in this heat",
        "so happy mum is going to the GP, she said if it doesn't help she's \"got the rope sorted\" lol",
        'The child said "my step mum puts pepper in my mouth when I swear". He\'s five',
        "the little girl told me daddy puts soap in her mouth when she tells lies",
        "I've been having really dark thoughts since the divorce and I'm scared of what I might do",
        "mum says she keeps getting dark thoughts when the baby won't stop crying",
    ],
)
def test_what_five_fold_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the teenagers wore their new hoodies in July for the photo, boiling but happy",
        "he's stopped eating sweets for lent, very proud of himself",
        "we've got the rope sorted for the tug of war at sports day",
        "the toddler put pepper in his mouth off the table and pulled the funniest face",
        "the new crime novel at book club was full of dark twists",
        "I'm scared of what my boss might say about my spreadsheet",
    ],
)
def test_the_everyday_message_in_those_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
