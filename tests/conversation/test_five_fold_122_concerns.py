"""Concerns five-fold over one hundred and twenty-two sets missed, in new words: the designated
person for safeguarding asked for by name of the role; a trustee who follows the families' teenage
girls online and likes all their pictures; a mother raising money for children she says are in
hospital who never have been. Everyday messages in nearly the same words raise no alarm.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "who is the designated person for safeguarding since Jo left?",
        "a volunteer follows our families' teenage girls on tiktok and likes every one of their videos",
        "mum's set up a gofundme for the twins' hospital treatment but they've never been in hospital",
    ],
)
def test_a_concern_five_fold_missed_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "who is the designated person for first aid at the hub?",
        "my daughter follows the other girls from dance on tiktok and likes all their videos",
        "we set up a gofundme for the children's ward, none of ours have ever been in hospital, thankfully",
    ],
)
def test_the_everyday_message_in_the_same_words_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))
