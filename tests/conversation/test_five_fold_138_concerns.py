"""The concerns five-fold over one hundred and thirty-eight sets missed, in new words.

A baby home from hospital whose mother is not giving him his medicine and has missed his follow-up;
a crying baby shaken "to make him stop"; a volunteer adding the families' children on Instagram and
messaging them. Each stays quiet beside the everyday message in the same words: medicine stopped
because the doctor said so, a rattle shaken to stop the crying, children added to the party list.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "so glad she's home from hospital! but mum isn't giving her the antibiotics they sent her home with "
        "and they missed the check-up",
        "dad told me he shook him a bit to make him stop crying, the colic is relentless",
        "one of the volunteers keeps adding kids from our families on tiktok and messaging them, makes me "
        "uneasy",
    ],
)
def test_what_five_fold_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "mum isn't giving him the medicine any more, the doctor said he's better now",
        "she shook the rattle to get him to stop crying and it worked",
        "the volunteer added the kids from our families to the christmas party list",
    ],
)
def test_the_everyday_message_in_the_same_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
