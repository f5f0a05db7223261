"""Words the rules read past in sets 85 to 88 before they were trained on: shouting at the football
on the telly, a toddler who "attacked" his dinner, a child "battered" by a cold, a baby up all
night with his teeth, being kicked out of a group chat, a grant being cut, "nobody is in danger",
and a little one who beat the writer at cards.

Beside each, the concern in nearly the same words still raises the card.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "dad was yelling at the football on the telly and the kids joined in",
        "the toddler attacked his spaghetti with both hands, sauce up the walls",
        "the little one's been battered by a cold all week, poor thing",
        "mum's exhausted, the baby was screaming all night with his teeth coming through",
        "they kicked me out of the parents' whatsapp group by mistake",
        "our grant's being cut next year, will we tell the families on facebook?",
        "a post in the mums' group is nasty about the council, no one is in danger but it's rude",
        "her 5 year old beat me at uno three times, I'm a broken woman",
    ],
)
def test_read_past(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "dad was yelling at the kids every night and they flinch when he comes in",
        "mum says dad attacked her in front of the children last night",
        "the little one was battered by her stepdad, she's got marks on her arms",
        "baby screaming all night and mum just left him to it",
        "dad kicked them out of the house last night and they slept in the car",
        "the 13 year old has been cutting herself again",
        "the 14 year old says he's in danger if he goes home",
        "her stepdad beat her with a belt at the weekend",
    ],
)
def test_the_concern_in_nearly_the_same_words_is_still_caught(message: str) -> None:
    assert is_safeguarding(normalise(message))
