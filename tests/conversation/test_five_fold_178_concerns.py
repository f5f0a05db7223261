"""Concerns five-fold over one hundred and seventy-eight sets missed, in new words: little ones in
nappies nobody has changed, told in Suffolk dialect; a big new dog that snaps at the baby's face,
laughed off; no nappy in the house and the baby in a tea towel; a woman with a wasting illness
whose husband has stopped helping her eat or wash.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "the babby's nappy hent been changed all day, bor",
        "the toddler's nappies weren't changed from the morning till I left at four",
        "their new staffy went for the baby's face twice while I was there, dad just laughed",
        "she's got no nappies in the house so the little one's wrapped in a tea towel",
        "her husband has stopped helping her wash since she got ill, she can't do it herself",
    ],
)
def test_what_five_fold_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the nappy bin hasn't been changed, it's a bit whiffy in the office",
        "the dog went for the postman's ankles again, mum's mortified",
        "we used the tea towels for the messy play table",
        "he's stopped helping with the washing up since he started his new job",
    ],
)
def test_the_everyday_message_in_those_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
