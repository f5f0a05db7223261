"""Concerns leaving one set out over one hundred and two sets missed, once sets 101 to 104 joined:
children who show the volunteer the cupboard they hide in when daddy gets angry; a mother who feels
like throwing the crying baby out of the window; and a trip to family abroad where an aunt wants the
girl to have "the big one done like the rest of us had". The classifiers trained without each set
had caught them before the new sets joined; the rules now name them. Everyday messages in nearly
the same words stay quiet. The wordings are new, not copied from the sets.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "the twins showed me their hidey hole where they go when dad gets angry, bless them",
        "mum said the baby screamed all night and she felt like chucking him out the window",
        "they're off to see family in Somalia this summer and nan wants it done like the rest of us had",
    ],
)
def test_a_concern_one_set_out_missed_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the kids have a hidey hole in the garden for hide and seek",
        "I felt like throwing my laptop out of the window today, it froze again",
        "mum's off back home to Nigeria this summer to get the big one done on the house",
    ],
)
def test_an_everyday_message_in_nearly_the_same_words_stays_quiet(message: str) -> None:
    assert not is_safeguarding(normalise(message))
