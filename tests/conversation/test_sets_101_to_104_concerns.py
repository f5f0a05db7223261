"""Concerns the rules missed in sets 101 to 104 before they were trained on: children in a video
doing a "challenge" where they choke each other till they pass out; a member of staff said to be
photographing children at sessions on his personal phone; and a nursery's note of a little girl in
the same clothes for days, smelling strongly of urine and taking food from other children's
lunchboxes. Everyday messages in nearly the same words raise no alarm. The wordings are new, not
copied from the sets.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "her kids are doing that challenge in a video where they choke each other until they pass out",
        "apparently a member of staff has been photographing children at our sessions on his personal phone",
        "the nursery says the little boy turns up smelling strongly of wee most days",
        "her little girl's come in four days running in the same clothes, the nursery noticed",
        "the school says he keeps taking food from other children's lunchboxes",
    ],
)
def test_a_concern_from_this_round_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the kids are doing a dance challenge on tiktok and mum joined in",
        "the staff member photographed the children at the sessions on the work ipad for the newsletter",
        "the new candle smells strongly of roses, the kids loved it",
        "the twins wanted to wear the same clothes as each other for the photo",
        "the kids shared food from their lunchboxes at the picnic, so sweet",
    ],
)
def test_an_everyday_message_in_nearly_the_same_words_stays_quiet(message: str) -> None:
    assert not is_safeguarding(normalise(message))
