"""Concerns half told: an injury left untreated until it looks infected, whoever minds the children
too high to notice them, a child's "daddy put mummy in the bin" laughed off as a game, a grown-up
saying a child is "fit", an adult liking a teenager's bikini photos. Everyday family life in the
same words raises no alarm, nor do a wasted afternoon, funding or groups being cut, screaming at
bedtime or children who "crack me up". Missed leaving one set out over fifty-eight sets:
"suspected abuse" on its own, photos of children at bath time kept on someone's own phone.

The kinds come from the concerns development sets 57 to 60 held before they were trained on and
from those missed leaving one set out, and the false alarms from ordinary messages; the wordings
here are new.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "the little one burnt her hand on the oven weeks ago and they never got it seen to, it's weeping now",
        "baby's cut on his head hasn't been looked at by anyone and it's gone red and swollen",
        "mum's boyfriend was so stoned he didn't notice the baby had rolled off the sofa",
        "dad was completely high when I arrived and he's the only one minding the twins",
        "the 5 year old said 'daddy locked mummy in the shed' and then changed the subject",
        "one of the dads in the parents' chat said our volunteer's 14 year old is well fit",
        "a man from the village keeps liking the bikini photos the 15 year old posts on insta",
        # Missed leaving one set out over fifty-eight sets; the wordings are new.
        "suspected abuse",
        "the childminder keeps photos of the little ones on her own phone, some at bath time",
    ],
)
def test_a_half_told_concern_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the page hasn't been checked since Friday, can someone have a look?",
        "the kids were so high on sugar after the party, mum had them running round the garden",
        "the toddler climbed so high up the climbing frame, dad was so proud",
        "daddy put mummy's birthday cake in the fridge and the kids helped with the candles",
        "mum's been going to a keep fit class while the kids are at nursery, she's so fit now",
        "the 15 year old is off on a beach holiday, packed three bikinis and no coat",
        "a dad rang to say the helpline number was wrong and he wasted his whole afternoon on it",
        "the council says our funding is being cut next year, do we post about it?",
        # Read from the rules' false alarms leaving one set out over fifty-eight sets.
        "the twins screaming at bedtime again, mum's trying a new routine",
        "can't wait for toddler group, the little ones crack me up",
        "the paper's asking about our groups being cut, do we say anything?",
        "can I put pics of my own kids at bath time on my own facebook?",
    ],
)
def test_family_life_in_the_same_words_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))
