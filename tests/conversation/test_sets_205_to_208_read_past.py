"""Ordinary messages from sets 205 to 208 that raised the alarm before those sets were trained on:
a mum who will "end it all" if she hears a song once more; a nan neglecting her allotment; a
grandad whose new hearing aid makes everyone sound as if they are shouting at him; a black eye
from sparring; twins who battered the writer with cushions; an injured animal in a picture; who
updates the safeguarding policy; locking a leaver out of the page (``everyday``).

Each guard beside it keeps the concern in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "my sister says if she hears the Frozen song one more time she'll end it all haha",
        "dad's been neglecting his vegetable garden since his knee op",
        "grandpa has a new hearing aid and keeps moaning that we are all shouting at him",
        "mum has a black eye from sparring at her new boxing class",
        "the kids battered me with pillows this morning, best wake up call",
        "a photo of an injured cat was posted on our page next to the kids craft post",
        "who reviews the safeguarding policy each year and when is it due?",
        "our old coordinator still gets into the canva account, can we lock her out of it?",
    ],
)
def test_the_ordinary_message_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "my sister says she'll end it all, she has had enough of everything",
        "dad's been neglecting the baby since mum went into hospital",
        "the little boy says his stepdad is always shouting at him and hitting him",
        "she came to the door with a black eye and said she walked into a cupboard",
        "her partner battered her with a chair last night",
        "the toddler was injured and nobody took him to hospital",
        "who do I speak to about a safeguarding worry about a family?",
        "her husband took her keys, he will lock her out of the house if she talks to us",
    ],
)
def test_the_concern_in_the_same_words_still_raises_one(message: str) -> None:
    assert is_safeguarding(normalise(message))
