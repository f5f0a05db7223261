"""Concerns five-fold over two hundred and twenty-six sets missed: a mother with a bag packed who
says to call the police if she hasn't messaged by Friday; a baby soaked through and cold in last
week's clothes; a father who takes the mother's money and phone and won't let her out, told in
Spanish; a partner's friends driving slowly past the house after threats from prison; a partner
who smashed her phone; a six-year-old walking the toddler across a slip road on his own.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "she said if I don't text you by monday, ring the police. her bag's by the back door",
        "lo soaked thru n cold again, same vest as monday",
        "la mamá me dijo que él le quita el teléfono y no la deja salir de casa",
        "ever since the threats his mates keep driving past her house slowly at night",
        "mum says her boyfriend stamped on her phone when she tried to ring her sister",
        "the 5 year old takes the 2yo to the shop on his own, over the main road",
    ],
)
def test_what_five_fold_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "if I don't text you by monday, ring the venue and cancel the hall booking",
        "toddler soaked through after the paddling pool, giggling her head off",
        "la mamá dice que el bebé le quita el sueño, pobrecita",
        "the ice cream van keeps driving past the house slowly playing greensleeves",
        "her boyfriend dropped her phone in the bath by accident, she's gutted",
        "my 12 year old takes the 2yo to the park on his own now, so proud of him",
    ],
)
def test_the_everyday_message_in_the_same_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
