"""Concerns the rules and classifiers missed in sets 165 to 168 before they were trained on, in new
words: a grandmother who would "rather be dead" than go into a home and has "sorted it"; children of
four made to stand out in the rain for an hour for spilling juice; "I've had enough, I'm going to
the cliffs" and no answer since; someone claiming to be one of our volunteers who offers mums free
babysitting or help at bath time; a rumour of a volunteer photographing children in the park;
someone who "knows what goes on" in a family's house, where the kids scream every night.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "grandad keeps saying he'd sooner die than go in a care home, and now says he's sorted it",
        "mum makes the boys sit out in the shed for hours for crying, they're only 5 and 6",
        "my co-volunteer messaged 'I've had enough, heading to the bridge', phone's off now",
        "a man pretending to be a home-start volunteer is offering to babysit for mums on the estate",
        "parents are saying one of our volunteers was filming the kids at the playground",
        "a neighbour posted that everyone knows what goes on in that house, the children cry all night",
    ],
)
def test_what_the_new_sets_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "I'd rather die than do the karaoke at the fundraiser, sorted it so Jo does it instead",
        "we made the kids sit outside in the garden for their picnic, lovely sunny afternoon",
        "heading to the bridge club tonight, had enough of the telly",
        "a volunteer offered to help with bath time songs at the baby group, so sweet",
        "one of our volunteers is taking photos of the children at the fun day for the newsletter",
        "I never know what goes on in that house, they're always having parties lol",
    ],
)
def test_the_everyday_message_in_those_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
