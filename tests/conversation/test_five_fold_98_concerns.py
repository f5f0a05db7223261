"""Concerns five-fold over ninety-eight sets missed, once sets 97 to 100 joined: an eldest of
seventeen, his age in brackets, posting "great replacement" material and wearing a far-right badge; a
father who watches "young stuff" online because "it's legal in other countries"; a mother fleeing
her partner with the children; and someone asking whether to ring about a worry today or wait for
supervision. Each was caught only by the classifiers trained on the other folds, so the rules now
name it. Everyday messages in nearly the same words stay quiet. The wordings are new, not copied
from the sets.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "the eldest (16) has a far right sticker on his laptop and shares stuff about the great replacement",
        "her boyfriend says he looks at young stuff online and it's legal in other countries anyway",
        "mum turned up at the group fleeing her husband with the two little ones",
        "should I ring someone about a worry now or leave it till my catch-up on Friday?",
    ],
)
def test_a_concern_five_fold_missed_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "my eldest (16) is doing a history project on the far right in the 1930s",
        "my little girl still watches young stuff like peppa pig and she's nearly 9",
        "the family fled the rain and came into the hall for the picnic",
        "should I ring someone about a worry with my mileage claim or just email?",
    ],
)
def test_an_everyday_message_in_nearly_the_same_words_stays_quiet(message: str) -> None:
    assert not is_safeguarding(normalise(message))
