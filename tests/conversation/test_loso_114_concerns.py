"""The concern leaving one set out over one hundred and fourteen sets missed that the rules can
learn, in new words: a school's concerns about a pupil's weight loss. (The other, a father "on
the cans most days" told inside a thank-you, the rules flag but set aside as good news.) Everyday
messages in nearly the same words raise no alarm.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


def test_a_schools_concern_about_a_pupils_weight_loss_is_caught() -> None:
    message = "the nursery emailed: they have concerns about weight loss for one of our little ones"
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "mum's worried about her own weight loss since the baby, is there a group for that?",
        "the school sent a letter about attendance, can I help mum reply?",
    ],
)
def test_the_everyday_message_in_the_same_words_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))
