"""Concerns five-fold over one hundred and six sets missed, in new words: a little girl who goes
silent and still whenever she hears her dad come home; a mother living on coffee and cigarettes so
the children can eat; an adult seen striking a child across the head; someone who feels like a
burden to everyone; a volunteer who follows the families' children online and sends them private
messages and gifts. Everyday messages in nearly the same words raise no alarm.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "whenever she hears her dad's key in the door the little girl goes totally silent and still",
        "mum is living on coffee and cigarettes so the kids can eat, she looks awful",
        "I saw a grandad strike the little boy hard across the face at the park",
        "been feeling like a burden to everyone lately, not sure why I'm saying this",
        "one of the volunteers follows the teenagers from her families on instagram and sends them gifts and "
        "private messages",
    ],
)
def test_a_concern_five_fold_missed_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the toddler goes totally silent when she hears the ice cream van, then shrieks",
        "honestly I'm living on coffee this week with the new puppy",
        "the kids' favourite bit of bowling is when someone gets a strike",
        "the new expenses paperwork feels like a burden for volunteers",
        "the volunteers follow the kids' football club page and send them good luck messages before matches",
    ],
)
def test_an_everyday_message_in_nearly_the_same_words_stays_quiet(message: str) -> None:
    assert not is_safeguarding(normalise(message))
