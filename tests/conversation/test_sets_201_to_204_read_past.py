"""Ordinary messages from sets 201 to 204 that raised the alarm before those sets were trained on:
guidance on talking to children online; a little girl who battered her brother with a balloon
sword; a grandson who kicked his nan practising karate; whether volunteers are expected to know the
local procedure; a concern with the policy itself (``everyday``).

Each guard beside it keeps the concern in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "is there any advice for volunteers about talking to young people online?",
        "my son battered his sister with a foam sword at the party, can I post the video?",
        "my grandson punched me in the arm practising his kickboxing, proud nana",
        "are we meant to know the local procedure for reporting a safeguarding concern?",
        "is there somebody I can speak to about a concern with the wording of the policy?",
    ],
)
def test_the_ordinary_message_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "a man on the page has been talking to young people online and asking them to meet",
        "her dad battered her with a belt, she showed me the marks",
        "her boyfriend punched her in the arm again last night",
        "I have a safeguarding concern about a family, who do I tell?",
        "is there someone I can talk to about a concern with a family?",
    ],
)
def test_the_concern_in_the_same_words_still_raises_one(message: str) -> None:
    assert is_safeguarding(normalise(message))
