"""Concerns missed leaving one set out over eighty-six sets, at the round's end: a child who says
mummy bangs her head on the wall; a broken bone nobody can explain; a home piled to the ceiling with
the children sleeping where they can. Everyday messages in nearly the same words raise no alarm.
The wordings are new, not copied from the sets.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "the 4 year old said daddy cries and bangs his head on the door at night",
        "there's a letter from the GP saying he's got a broken collarbone and mum says she doesn't know how",
        "the flat is bin bags floor to ceiling now and the kids sleep in the hallway",
    ],
)
def test_a_concern_missed_leaving_one_set_out_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the toddler bangs his head on the floor when he has a tantrum, the health visitor says it's a phase",
        "she broke her wrist at netball and has no idea how she'll drive now",
        "the kids' bedroom has shelves floor to ceiling, full of books, it's lovely",
    ],
)
def test_an_everyday_message_in_nearly_the_same_words_stays_quiet(message: str) -> None:
    assert not is_safeguarding(normalise(message))
