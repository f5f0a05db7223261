"""Messages about the charity's own people, not about a child at risk: owning up to a slip ("did I
do something wrong?") and name-calling ("called me a paedo") are reports or questions, and the
word rules read past them; a sign beside them is still read.

The false alarms come from reports in the development sets, leaving one set out of 62; the
wordings here are new.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "did I do something wrong? I sent the photo of the mums at group to my sister",
        "a dad asked for the page password and I gave it him, did I do something wrong",
        "did we do something wrong by leaving the kids' first names on the old page?",
    ],
)
def test_owning_up_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "did I do something wrong by not ringing? something was off with the baby, really floppy",
        "something is wrong in that house, the 4yo goes quiet when dad walks in",
    ],
)
def test_a_sign_beside_it_is_still_caught(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "someone on the village page called me a paedo for volunteering with families",
        "a bloke keeps calling our volunteer Dan a pedo in the comments under our posts",
        "a few accounts are calling gay dads paedos under our pride post",
    ],
)
def test_name_calling_raises_no_alarm(message: str) -> None:
    """Name-calling aimed at the charity's people or anyone else is abuse to report, not a risk."""
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the mum's new fella is a known paedo and he's babysitting tonight",
        "a pedo has been messaging the 11yo on roblox",
        "someone called me a paedo, but the real worry is a man who keeps messaging the 12yo for pics",
    ],
)
def test_the_word_about_a_real_person_is_still_caught(message: str) -> None:
    assert is_safeguarding(normalise(message))
