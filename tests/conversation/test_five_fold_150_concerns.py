"""Concerns five-fold over one hundred and fifty sets missed, each caught before the new sets joined
by the classifiers alone, in new words: a boy of nine minding the twins on his own while mum works
nights; a teenager's "won't be around much longer anyway"; a baby who nearly went under in the bath
with mum drinking; a child of ten who "runs the house" with mum "not well" most mornings; a man
photographing a toddler in the changing area; a child saying daddy put her hand on the hob "to teach
her"; a stranger offering the children sweets and following them to the car park; a boy in the same
clothes visit after visit, smelling, his hair matted.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "the older one (8) looks after the baby on her own when mum works nights",
        "a girl of 14 commented 'won't be around much longer anyway' under the quiz post",
        "dad's been on the cans all morning and nearly let the toddler slip under in the bath",
        "the ten year old basically runs the house, mum's 'not well' most mornings, cans everywhere",
        "a man took a photo of a little girl by the toilets at soft play, then hid his phone",
        "the little girl said daddy held her hand on the hob to teach her",
        "a man came up to the children at the fun day with sweets, asked their names and followed us out",
        "the girl has had the same t shirt on for four visits now and she smells quite strong",
    ],
)
def test_what_five_fold_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "my eldest (19) minds the twins on her own when I do nights, she's brilliant",
        "I won't be around much longer today, leaving at 4 for the dentist",
        "the baby loves the bath, went under the bubbles and came up giggling",
        "my mum runs the house like a military operation, the kids love it",
        "can we take photos in the changing area for the new poster? it's empty on Mondays",
        "the little girl helped me put the pan on the hob, she loves baking",
        "mum held her hands near the fire to warm them up after the walk",
        "she put her hands in the hot water to wash the pots",
        "a man from the ice cream van gave all the children free sweets at the fun day",
        "same clothes as me at the party, we laughed, her hair is gorgeous",
    ],
)
def test_the_everyday_message_in_those_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
