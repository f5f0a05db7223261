"""Concerns five-fold over one hundred and sixty-two sets missed, in new words: a dad stinking of
drink with the little ones; a baby left in the car "only ten minutes"; never any food in the
cupboards; a third sling this month; a baby left for the weekend with a cousin of eleven; children
who must ask to use the loo and get no dinner if they talk; a whole bottle of gin down and then alone
with the kids; the eleven-year-old doing the baby's night feeds; a parent taking the children to
far-right meetings; a "modelling scout" asking a girl for bikini photos.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "dad answered the door reeking of booze at 9am, the little ones were still in pyjamas",
        "saw the toddler alone in the car outside the shop, mum said she was only ten minutes",
        "the boy told me there's hardly ever any food in the cupboards when he gets home",
        "the little girl's got her third sling this month, mum says she's clumsy",
        "mum left the twins with their 11 year old cousin while she went away",
        "the kids have to ask permission to go to the loo and don't get dinner if they talk back",
        "dad had a whole bottle of gin, then it was just him and the three kids all evening",
        "the 10yo's been doing the baby's night feeds for weeks",
        "her partner keeps taking the boys along to far-right meetings",
        "a modelling scout messaged her daughter asking for bikini photos",
    ],
)
def test_what_five_fold_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "my coat smells of the beer garden after the fundraiser lol",
        "left my phone in the car, only two minutes though",
        "there's never anything in the office fridge on a Friday",
        "third plaster this week for me, paper cuts from the leaflets",
        "mum left the baby with her sister for the afternoon",
        "the toddler always asks permission before he has a biscuit, so polite",
        "we won a whole bottle of wine in the raffle",
        "the baby's night feeds are getting easier, mum says",
        "the children went along to the town meeting about the new park",
        "a modelling agency asked to use our photos for their charity calendar",
    ],
)
def test_the_everyday_message_in_those_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
