"""Concerns five-fold over ninety-four sets missed, once sets 93 to 96 joined: someone asking for the
safeguarding number out of hours or in two words, or for the duty person with something about a
child to pass on; a grandad who shows small children clips of people being beheaded; a mother who
will take the children where no one can find them before a court hearing; someone who has taken
everything in the medicine cabinet; and a stranger offering to take mums' children off their hands
for cash, no questions asked. Each was caught only by the classifiers trained on the other folds,
so the rules now name it. Everyday messages in nearly the same words stay quiet. The wordings are
new, not copied from the sets.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "is there a line to call after 5 for safeguarding?",
        "safeguarding no?",
        "is the duty person in today? I've got something about a child to pass on",
        "dad shows the boys clips of people being beheaded, they're 6 and 8",
        "she says she'll take the children where no one can find them before the custody hearing",
        "she's posted that she's taken everything in the medicine cabinet",
        "a man in the local group says he'll take your kids off your hands for a night, cash, no questions",
    ],
)
def test_a_concern_five_fold_missed_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "is there a line to call after 5 for the office? left my keys",
        "safeguarding training booked for tuesday, no?",
        "is there a duty person on reception today? I've got a parcel to pass on",
        "the boys watched clips of people doing skateboard tricks all afternoon",
        "we're taking the children somewhere no one can find us this weekend, a cottage with no wifi",
        "she's taken everything out of the kitchen cabinet to find the birthday candles",
        "nan's taking the kids off our hands for the weekend, bliss",
    ],
)
def test_an_everyday_message_in_nearly_the_same_words_stays_quiet(message: str) -> None:
    assert not is_safeguarding(normalise(message))
