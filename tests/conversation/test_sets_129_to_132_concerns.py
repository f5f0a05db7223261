"""Concerns the rules missed in sets 129 to 132 before they were trained on: how to report a worry
about a family; what to do when a family tells of abuse; someone to speak to about a worry without
putting it in writing; a photo of a child tied to a chair posted as a joke, which laughter no longer
sets aside. Everyday messages in nearly the same words raise no alarm, and neither do
three that did: a little boy who will "kill" the spider in the bath, a page that "filled up
overnight" with comments, and who to call when the website is hacked at the weekend. The wordings
are new, not copied from the sets.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.route import Route, decide
from bot.conversation.word_rules import is_safeguarding, never_set_aside, normalise


@pytest.mark.parametrize(
    "message",
    [
        "how should I report something I'm worried about with one of my families?",
        "how can we report something we're worried about in a family we visit",
        "what's the procedure if a parent tells me something about abuse, do I note it first or phone?",
        "is there anyone I can talk to about a concern? I'd rather not put it in an email",
    ],
)
def test_a_concern_from_this_round_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "how do I report something wrong with the website?",
        "the trainer told us about abuse on the safeguarding course, really useful",
        "is there someone I can talk to about a concern with my mileage claim?",
        "what's the procedure if a parent tells me something about the fun day, do I note it first?",
        "my little one says he's going to kill the big spider in the bath, so brave",
        "our events page filled up overnight with bookings for the fun day, parents love it",
        "if the website gets hacked at the weekend, who do we call?",
    ],
)
def test_the_everyday_message_in_the_same_words_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


def test_a_child_tied_to_a_chair_is_not_set_aside_by_laughter(index: PolicyIndex) -> None:
    message = "someone put a pic in our group of a toddler taped to a chair, 'how to handle bedtime lol'"
    assert never_set_aside(normalise(message))
    assert decide(index, message).route is Route.SAFEGUARDING


@pytest.mark.parametrize(
    "message",
    ["the baby's strapped into the high chair lol, yoghurt everywhere", "we tied the balloons to a chair 😂"],
)
def test_a_chair_in_a_happy_message_is_no_concern(message: str) -> None:
    assert not never_set_aside(normalise(message))
    assert not is_safeguarding(normalise(message))
