"""Concerns five-fold over one hundred and ninety sets missed, in new words.

A man in the comments asking children to message him, or for more pictures of a little girl in a
pink dress; a dad taking the children to the airport without telling their mother; a baby too young
to move about with a torn frenulum; nothing in to feed the children till Friday; someone who sees no
point in themselves; a partner who says the children will pay for it.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "some bloke on our page keeps telling kids to message him on snapchat",
        "an account keeps asking for more photos of the little boy in the blue wellies",
        "her ex is taking the children to the airport on saturday and told me not to tell their mum",
        "the 2 month old has a torn frenulum and mum says he did it with his dummy",
        "there's nothing in to feed the kids till friday and she's skipping meals herself",
        "i genuinely don't see the point of me anymore",
        "her boyfriend said if she talks to us again the kids will pay for it",
    ],
)
def test_what_five_fold_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "we keep telling people to message us on facebook for a place at the group",
        "grandma keeps asking for more photos of the little boy in the blue wellies, so cute",
        "we're taking the children to the airport on saturday for our holiday, can't wait",
        "my toddler tore his frenulum falling off the sofa, the gp says it heals fast",
        "there's nothing in the diary till friday so I can do an extra visit",
        "I don't see the point of the new form",
        "her boyfriend said he will pay for the kids' swimming lessons",
    ],
)
def test_the_everyday_message_in_those_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
