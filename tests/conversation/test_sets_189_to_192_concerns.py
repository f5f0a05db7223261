"""Concerns the rules and classifiers missed in sets 189 to 192 before they were trained on, in new
words: a man in our comments asking a twelve-year-old to message him; a coordinator said to be
meeting a family's teenage daughter outside visits; a stranger calling herself our outreach worker
and offering free home visits; a mother's new address posted near the refuge; toddlers shut in the
garden shed to "cry it out"; a family someone is concerned for, and who to speak to.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "some man under our instagram post keeps telling an 11 year old girl to message him privately",
        "a bloke in the comments asked a young lad to dm him for free game codes",
        "we've been told a volunteer has been seeing the family's 14 year old daughter outside of visits",
        "one of the coordinators meets a teenage boy from a family she supports on his own at weekends",
        "a woman on the village page claims she's from home-start, offers free home visits, nobody knows her",
        "someone has shared the mum's new address on facebook, she only just left the refuge",
        "dad shuts the toddler in the garage when he won't stop crying, mum says it works",
        "they put the kids in the shed to cry it out for an hour, she laughed about it",
        "there is a family I am worried for, who can I talk to please",
    ],
)
def test_what_the_new_sets_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "can we ask the young mums to dm us for the group details?",
        "the coordinator is meeting the family's teenage daughter's school about a volunteer placement",
        "one of the coordinators meets the teenage mums group on its own at weekends now",
        "our new outreach worker starts monday and will be offering home visits in the north",
        "someone has shared the mum's new address in the volunteers chat so we can send a card",
        "we're doing a collection near the refuge for christmas",
        "dad put the bikes in the shed and the kids in the bath",
        "we put the buggies in the garage to keep them dry, the kids loved the rain",
        "is there a family fun day I can bring my own kids to?",
    ],
)
def test_the_everyday_message_in_those_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
