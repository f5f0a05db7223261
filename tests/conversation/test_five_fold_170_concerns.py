"""Concerns five-fold over one hundred and seventy sets missed, in new words: a boy of ten who walks
his sister of three to nursery across the main road alone; two-year-olds shut in their room every
afternoon while mum lies down; a dog bite never taken to be seen; a mum selling her son's ADHD
medication; a mum gone back to the man with the injunction; children kept from the hospital
because "the doctors are poisoning them".

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "the 9 year old takes his baby brother to nursery every day on his own, mum's in bed",
        "the toddlers get locked in their bedroom all afternoon so she can sleep",
        "the cat scratched the baby's eye last week and they've never taken her to get it looked at",
        "mum's been selling her daughter's ritalin tablets to people at the school gate",
        "the family worker says she's moved back in with the ex with the restraining order",
        "dad won't give the kids their inhalers, says the medicine is poisoning them",
    ],
)
def test_what_five_fold_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "my 9 year old walks to school with his mates now, so grown up",
        "the toddlers are in their room having a nap, so I've got ten minutes for a cuppa",
        "the GP had a look at his rash and took him to get his bloods done",
        "we're selling raffle tickets for the children's Christmas party",
        "she's gone back to work after maternity leave and loving it",
        "the kids joke that my cooking is poisoning them, cheeky monkeys",
    ],
)
def test_the_everyday_message_in_those_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
