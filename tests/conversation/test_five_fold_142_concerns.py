"""The concerns five-fold over one hundred and forty-two sets missed, in new words.

Someone "tired of being here, like here here"; a little one eating dry cereal off the kitchen floor;
a daughter brought over to work as a cleaner, unpaid and unable to leave the house; a man on a video
chat site who exposed himself to a girl of twelve; a father posting the children's mother's address
with "someone should sort her out"; a boy dared to jump off a bridge for a video; a child wetting
again and having nightmares since staying at her dad's. Each stays quiet beside the everyday message
in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "honestly I'm just tired of being here. not the job, I mean here at all",
        "the toddler was eating crumbs off the floor, said he hadn't had breakfast",
        "her niece was brought over to cook for a family, she doesn't get paid and can't leave the house",
        "a man on one of those video chat apps exposed himself to the 13 year old",
        "he shared her address on his story and said someone should sort her out",
        "some lads dared him to jump off the railway bridge for tiktok",
        "she's been wetting the bed again and having nightmares since going to her stepdad's",
    ],
)
def test_what_five_fold_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "so tired of being here at the office till 7 every night lol",
        "the baby was eating peas off the floor and giggling, mum said 5 second rule",
        "my cousin doesn't get paid till Friday and can't leave the house with covid",
        "the flasher in the film was so awkward, the kids didn't get it",
        "someone should sort out the address list for the christmas cards",
        "the kids dared him to jump off the sofa into the ball pit",
        "she's been wetting the bed again since the new baby came, the health visitor says it's normal",
    ],
)
def test_the_everyday_message_in_the_same_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
