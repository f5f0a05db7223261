"""Ordinary messages from sets 165 to 168 that raised the alarm before those sets were trained on:
children who battered the writer at snowballs; a house so cold the family lent nan a radiator; a
temperature that came down overnight; a baby who is "a proper little bruiser"; a safeguarding
referral forwarded to the wrong email (a breach to report); a young mum terrified of roundabouts.

Each guard beside it keeps the concern in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "the grandkids battered me at a water fight, soaked through lol",
        "grandad's flat was freezing so we brought him our spare heater, he's toasty now",
        "the little one's fever went down overnight, back at nursery tomorrow",
        "he's a real bruiser, 10lb already and only 4 weeks",
        "I sent a safeguarding form to the wrong email by mistake, how do I report it?",
        "the young mum I visit is terrified of her driving test next week",
    ],
)
def test_the_ordinary_message_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "her boyfriend battered her last night",
        "the flat was freezing and the baby had no heating all week",
        "the baby was left on his own overnight",
        "the toddler has a big bruise on his cheek and mum won't say how",
        "I need to send a safeguarding referral about a family I visit",
        "the kids are terrified of their dad",
    ],
)
def test_the_concern_in_the_same_words_still_raises_one(message: str) -> None:
    assert is_safeguarding(normalise(message))
