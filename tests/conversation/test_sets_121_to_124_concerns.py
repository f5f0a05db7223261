"""Concerns the rules missed in sets 121 to 124 before they were trained on, some of them one line
in a long message about other things: a volunteer's post that she has her tablets ready and is
sorry to everyone; a plan to end it this weekend, told to the bot; a man hanging about a school's
gates chatting to children; a comment under the children's photo saying a girl is "fit"; a remark
that a child is "well developed for her age"; a child made to stand outside in his pants as a
lesson; and a picture of a mother's wrists captioned "the only thing that helps". Everyday
messages in nearly the same words raise no alarm. The wordings are new, not copied from the sets.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.route import Route, decide
from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "her status: got the pills ready, done with everything x",
        "her status says she's got the pills ready and she's done with everything",
        "I've got a plan to end it on sunday, I can't tell anyone at home",
        "I'm planning to end it tonight, please don't tell anyone",
        "a man who isn't a parent keeps hanging around the school gates chatting to the kids",
        "an account commented under the fun day photo 'the one in the pink is fit, what's her name?'",
        "he made a comment about the girl in our photo being well developed for her age, it unsettled me",
        "dad made the little one stand in the garden in the rain in his pants for ages to teach him a lesson",
        "mum posted a pic of her wrists captioned 'only thing that helps these days'",
        "the teen put a photo of her arms on snapchat captioned 'the only thing that helps'",
    ],
)
def test_a_concern_from_this_round_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "got the tablets ready for grandad's dosette box, done with everything for today",
        "sorry everyone, I've got my hayfever tablets ready for the fun day",
        "we've got a plan to end it with a raffle and a singalong",
        "the committee are planning to end it at 4 so the hall can be cleared",
        "the lollipop lady is at the school gates every morning chatting to the children",
        "the dads hang about the school gates chatting to each other",
        "the new fitness instructor for the mums' group? she's fit alright, ran 10k before class",
        "the one in the pink is fit and well after her op, her mum shared a photo",
        "the health visitor said the baby is really well developed for her age, walking at 9 months",
        "the kids made us stand outside in the rain for the photo, worth it",
        "mum put up a photo of her arm in plaster after she slipped on the ice",
        "mum shared a pic of her arm after the cat scratched her, blood everywhere",
        "she posted a photo of her legs with the scars from her hip operation, healing nicely",
        "my mate posted pics from the hen do, the one in the red dress is fit",
        "we made the kids wait in the garden in the dark for the fireworks",
    ],
)
def test_the_everyday_message_in_the_same_words_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "three things for the board: the accounts look fine, I'll chair again, and a volunteer posted "
        "'done with everything, got the tablets ready, sorry to everyone' at 1am. see you thursday",
    ],
)
def test_a_concern_among_other_business_raises_the_card(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is Route.SAFEGUARDING
