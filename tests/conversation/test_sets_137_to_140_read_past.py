"""False alarms the word rules raised in sets 137 to 140 before they were trained on, read past in new
words: logins handed back by a leaver, a child's water fight, toast cut the wrong way, a typo that
said the charity "supports neglectful families", and a mum worried sick about her son starting
nursery. The concern told in the same words still raises the alarm.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "when I finish volunteering will someone take the passwords off me or shall I hand them in?",
        "water fight at the family's house today, I got battered by the 4yo with a water pistol",
        "the toddler screamed blue murder because his toast was cut the wrong way",
        "our post went out with a typo saying we support neglectful families, it's been screenshotted",
        "mum's worried sick about the 4yo starting nursery next week, he's going to love it",
    ],
)
def test_the_everyday_message_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "he says he'll take the kids off me if I leave him",
        "her boyfriend's mates take her phone off her so she can't ring anyone",
        "the 6yo said her stepdad battered her with a belt",
        "there's a cut on the toddler's head that mum won't explain",
        "the baby looks neglected, same nappy on all day",
        "I'm really worried about the 4yo, she's gone very quiet and flinches when dad moves",
    ],
)
def test_the_concern_in_the_same_words_still_does(message: str) -> None:
    assert is_safeguarding(normalise(message))
