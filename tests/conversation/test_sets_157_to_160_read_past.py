"""Ordinary messages from sets 157 to 160 that raised the alarm before those sets were trained on: a
mum who is a prison officer; a dad who could strangle the washing machine; a volunteer "arrested"
at cops and robbers; a tantrum "like an exorcism"; a video with 40k views overnight; a baby who
"beats her up" in his sleep; a leaver asking someone to kick her off the page.

Each guard beside it keeps the concern in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "the 5 yo told his teacher \"my mummy's in prison\", she's a prison officer 😂",
        "Dad said he could cheerfully strangle the washing machine, it flooded the kitchen again",
        "the kids' new game is cops and robbers and I got arrested for stealing a raisin",
        'the toddler\'s tantrum this morning was "like an exorcism", then he fell asleep in his porridge',
        'a TikTok claiming a volunteer "stole from a family" has got 40k views overnight',
        "Mum says the baby beats her up every night, he kicks like a donkey in his sleep lol",
        "I think I'm still logged into the Facebook page on my phone, can someone kick me off?",
    ],
)
def test_the_ordinary_message_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the 5 yo told me his daddy is in prison and mum's new boyfriend hits him",
        "dad said he'd strangle her if she left him",
        "dad got arrested last night in front of the kids",
        "the pastor did an exorcism on the little boy to get the devil out",
        "the kids were left on their own overnight again",
        "her partner beats her up when he's been drinking",
        "he kicks me when he's had a drink and the kids see it",
    ],
)
def test_the_concern_in_the_same_words_keeps_the_alarm(message: str) -> None:
    assert is_safeguarding(normalise(message))
