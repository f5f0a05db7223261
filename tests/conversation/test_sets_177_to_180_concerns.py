"""Concerns the rules and classifiers missed in sets 177 to 180 before they were trained on, in new
words: a father posting that he will "do away with" himself and the children; a small child's
black, decayed teeth hurting her for months; a dad reeking of drink in the morning with the twins
on his own all day.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "one of our dads has put on facebook that he'll do away with himself and the kids",
        "screenshot from a mum's status: going to do away with myself tonight",
        "the 3 year old's front teeth are black, shes crying with the pain, nobody took her to a dentist",
        "her little boy has really bad tooth decay, been in pain for weeks",
        "dad reeked of drink at breakfast and the twins are with him on his own till mum's back",
    ],
)
def test_what_the_new_sets_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "we did away with the old rota, the new one is on Teams",
        "the toddler drew black teeth on his pumpkin lol",
        "a leaflet about tooth decay for the waiting room, can we share it?",
        "the pub quiz team smelt of beer by the end, great night",
        "the twins are with their dad all day, he's taken them to the zoo",
    ],
)
def test_the_everyday_message_in_those_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
