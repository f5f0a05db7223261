"""Concerns five-fold over two hundred and thirty-four sets missed: a coach who tells a boy he is
"special" and gives him free one-to-one sessions when the gym is shut; a mother who smelt of drink
at nine in the morning; a volunteer asking for the address of "that pretty girl, 15"; an ex who
comments "tick tock" under the children's photo; a man very hands-on with the toddlers at a fun day;
a bereaved mother saying her late mum is "calling her home"; a baby whose weight keeps dropping while
the follow-ups are missed.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "the karate instructor keeps telling the 11 year old he's special and gives him free one to one "
        "lessons after everyone's gone home",
        "dad was drinking more since he lost his job and smelt of vodka on the school run",
        "can anyone give me the address of that gorgeous girl from the Hadleigh family, 16, asking for a "
        "mate",
        "her ex put 'tick tock' under the photo of the kids on their first day",
        "a bloke at the summer fair was really hands-on with the little ones, picking them up without asking",
        "she keeps saying her late husband is calling her home and she'll join him soon",
        "the baby's weight has dropped again and mum cancelled the last two clinic appointments",
    ],
)
def test_what_five_fold_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the swimming club gives the under 10s free one to one lessons in the holidays, brilliant",
        "the school gives free one to one tuition to the kids with special needs",
        "the kitchen smelt of it at 9am, she'd been bleaching the kids' bathroom",
        "the volunteer smelt of wine at the christmas do, bit merry but lovely",
        "can someone send me the address of the cute cafe we used for the coffee morning",
        "tick tock, only two days left to sign the kids up for holiday club",
        "our new volunteer is very hands-on with the craft table, the kids loved it",
        "mum says her sister is calling her home for christmas, she's going to join her soon",
        "baby's weight dropped a bit in the first week but the hv says that's normal",
    ],
)
def test_the_everyday_message_in_the_same_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
