"""Concerns the rules missed in sets 105 to 108 before they were trained on: a mother high with
the children unfed all day; a man asking for pictures of the charity's children "for his
collection"; a man who photographs the children at the park fence every week; a trustee taking
pictures of the children on his own phone; someone asking who to take a worry to; a man offering
cash work with "no papers needed" and a place to stay; and an anonymous warning that a volunteer
"isn't safe around kids". Everyday messages in nearly the same words raise no alarm. The wordings
are new, not copied from the sets.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "got there at 3 and no one had fed the baby all day, mum was asleep on the sofa",
        "some bloke keeps messaging the page wanting photos of the little ones for his collection",
        "a man in a van photographs the children outside the school gates most mornings",
        "a man by the side gate of the children's centre photographs the kids every week",
        "one of the trustees has been taking pictures of the girls at the fun day on his own phone",
        "who's the person for worries? need to tell someone about a family",
        "a man at the food bank offering the dads cash work, no papers needed, somewhere to stay thrown in",
        "someone emailed to say one of our volunteers isn't safe around children",
    ],
)
def test_a_concern_from_this_round_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "nobody fed the ducks at the park today, the kids were gutted",
        "a grandad asked for the photos of the kids from the fun day for the family album",
        "the photographer photographs the children at the nativity every year, parents book him",
        "one of the trustees took pictures at the fun day on the charity's camera for the newsletter",
        "who's the person for worries about the website? the contact form seems broken",
        "do we have any volunteering roles for dads that need no experience?",
        "is the soft play safe for children under two?",
    ],
)
def test_an_everyday_message_in_nearly_the_same_words_stays_quiet(message: str) -> None:
    assert not is_safeguarding(normalise(message))
