"""Concerns five-fold over one hundred and two sets missed, once sets 101 to 104 joined: a father
who smokes in bed with the baby beside him and no smoke alarm; a family of five in one room at a B&B
living on crisps; a volunteer sending a fourteen-year-old money; a birth father who has found the
mother online and threatens to take the baby; and someone asking who is on duty for safeguarding
today. Each was caught only by the classifiers trained on the other folds, so the rules now name
it. Everyday messages in nearly the same words stay quiet. The wordings are new, not copied from the
sets.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "mum's partner smokes in bed with the baby in with them",
        "there's no smoke alarm in the flat and the toddler's room has a heater with no guard",
        "they're in one room at a b&b, mum and three kids living on crisps and noodles",
        "a helper from the other branch added one of our mums and keeps sending her 14yo daughter money",
        "the birth dad found mum on fb, he's messaging that he knows where they live and will take the baby",
        "who's on duty for safeguarding this afternoon? need to talk to someone",
    ],
)
def test_a_concern_five_fold_missed_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the hall needs a new smoke alarm before the toddler group on monday",
        "mum says she's trying to give up smoking and the baby's doing great",
        "we were living on crisps on the coach trip with the kids lol",
        "mum sends her daughter money for the school trip on the app",
        "he said he'll take the baby to the clinic on tuesday so mum can rest",
        "who's on duty in the office this afternoon? need to drop off the raffle prizes",
    ],
)
def test_an_everyday_message_in_nearly_the_same_words_stays_quiet(message: str) -> None:
    assert not is_safeguarding(normalise(message))
