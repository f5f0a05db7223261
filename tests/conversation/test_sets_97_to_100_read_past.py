"""Everyday messages that raised the safeguarding card by the rules in sets 97 to 100 before they
were trained on, in new words: the charity called "a front for social services", a gift from a
family to a volunteer, spam posted in a group chat overnight, "while kids go hungry" said of a gala,
a mother upset that her benefits are being cut, "I don't see the harm", a baby who bashes the
volunteer with his teddy, and whether to leave comments alone. Beside each, the concern in nearly
the same words is still caught.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "a troll called us a front for social services under the appeal post",
        "a family gave me a candle to say thanks, is a gift from a family ok to keep?",
        "a new member posted spam links in the mums chat overnight",
        "the comments under our gala post say 'cakes for the posh while kids go hungry'",
        "a video of a mum upset about her benefits being cut is going round and people keep tagging us",
        "I don't see the harm in liking a mum's post, am I wrong?",
        "the baby battered me round the head with his teddy and giggled",
        "someone left a moan under the toddler group post, do we leave comments alone or reply?",
    ],
)
def test_an_everyday_message_stays_quiet(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "I'm worried about the little boy, should I ring social services?",
        "her daughter keeps getting gifts from an older man she met online",
        "the kids were left with a stranger overnight",
        "her kids often go hungry, there's never any food in",
        "mum is scared her daughter is being cut when they go abroad this summer",
        "he told me he wants to harm the baby",
        "she said her partner battered her round the head last night",
        "mum went out and left the toddler alone in the flat",
    ],
)
def test_the_concern_in_nearly_the_same_words_is_still_caught(message: str) -> None:
    assert is_safeguarding(normalise(message))
