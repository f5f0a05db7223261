"""Ordinary messages from sets 209 to 212 that raised the alarm before those sets were trained on:
a partnership with a domestic abuse service to announce; a toddler who blamed the dog for the
scribbles; a cushion jail for naughty dragons; a grown-up's fall, shaken and bruised; insurance if
a child gets hurt at an event; whether a volunteer must know how local reporting works; a child's
black eye from his bike, seen by the GP; the rule on volunteers messaging young people
(``everyday``).

Each guard beside it keeps the concern in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "we need the CEO to approve the post about our partnership with the council's domestic abuse service",
        "my daughter scribbled on the sofa in felt tip and told me the dog did it. We don't have a dog.",
        "the kids built a castle from cushions, said it was a jail for naughty dragons and locked me in it",
        "my mum had a fall in the garden, nothing broken, just shaken up and bruised",
        "what's the insurance cover if a child gets hurt on the bouncy castle at the fun day?",
        "is it my job as a volunteer to know how the local safeguarding reporting works?",
        "my little one came off his bike on Sunday, black eye, the GP said he's fine",
        "is there a rule about volunteers messaging young people online or is that elsewhere?",
    ],
)
def test_the_ordinary_message_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "mum told me there's domestic abuse at home and the kids see it",
        "the little boy had bruises on his neck and told me the dog did it. They don't have a dog.",
        "the boy said his stepdad locked him in the shed all afternoon",
        "the baby had a fall, mum says, but she's bruised on both cheeks and nobody took her to the doctor",
        "the child gets hurt every time dad drinks, she told me",
        "I need to know how safeguarding reporting works, I'm worried about a child at my family",
        "the little girl has a black eye and says her mum's boyfriend did it",
        "a volunteer is messaging teenagers from the group late at night on snapchat",
    ],
)
def test_the_concern_in_the_same_words_still_raises_one(message: str) -> None:
    assert is_safeguarding(normalise(message))
