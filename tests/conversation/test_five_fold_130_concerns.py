"""The concern five-fold over one hundred and thirty sets missed, in new words: a child's hospital
follow-up missed again, the third time, told after a mileage claim. One appointment missed and
rebooked, or a clinic that cancelled, raises no alarm.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "claimed 22 miles for Tuesday. oh and the little one's hospital check-up got missed again, "
        "that's the fourth one now",
        "mum couldn't get a lift so her son's clinic appointment was missed again, that's the third time",
    ],
)
def test_a_hospital_follow_up_missed_again_and_again_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the little one's hospital check-up got missed because of the snow, mum has rebooked it for friday",
        "the clinic cancelled his appointment again, that's the third time they've done it to mum",
    ],
)
def test_one_missed_and_rebooked_or_cancelled_by_the_clinic_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
