"""Ordinary messages from sets 153 to 156 that raised the alarm before those sets were trained on:
a mum who "smelt a rat" at a scam call; a little boy who helped a neighbour weed the garden, a baby
"growing like a weed"; a mum who "ran away" from a spider; a baby who gave gran a black eye with a
wooden brick; a baby crying all night with his teeth again; what support a volunteer gets if she
is abused online.

Each guard beside it keeps the concern in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "a family I support had a scam call about a grant, mum smelt a rat and put the phone down",
        "the neighbour says the little boy helped her weed the whole front garden",
        "grandad said the baby drinks her bottle like a pint, growing like a weed",
        "the 6 year old told me her mum ran away from a spider in the bath",
        "grandma told me the baby gave her a black eye with a wooden brick",
        "the neighbour said the baby was crying all night — teeth again, poor mite",
        "If a volunteer is being abused online, what support do we give them?",
    ],
)
def test_the_ordinary_message_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the house reeked of weed and the baby was on the floor with a dirty nappy",
        "dad smokes weed every night and the kids put themselves to bed",
        "the 6 year old told me her mum ran away from her dad and left the kids with him",
        "he gave her a black eye in front of the children",
        "the baby was crying all night and nobody went to him",
        "I think my fellow volunteer is being abused by her husband",
        "my daughter is being abused online by a man she met in a game",
    ],
)
def test_the_concern_in_the_same_words_keeps_the_alarm(message: str) -> None:
    assert is_safeguarding(normalise(message))
