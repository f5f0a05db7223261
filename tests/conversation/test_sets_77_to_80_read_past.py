"""Words the rules read past in sets 77 to 80 before they were trained on: a dead rat emoji sent to a
member of staff, a treat a parent says no to ("won't let him have chocolate"), "what's the harm in"
asked of the rules, a teething baby's teeth marks on the writer's own thumb, stabbing lyrics in a
video shared online, and a threat to where a member of staff lives with no family in it (online
abuse, as the labelling rules say).

Beside each, the concern in nearly the same words still raises the card.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "a troll sent our family worker a dead rat emoji after she deleted his comment",
        "my 4 year old says I'm mean because I won't let him have chocolate for tea 😂",
        "what's the harm in following the families' page if I never comment?",
        "the baby's teething and chomped me, little teeth marks on my thumb haha",
        "a man posted a rap video full of stabbing lyrics in our parents group",
        "a DM to our page said they know where our volunteer coordinator lives and will sort her out",
    ],
)
def test_read_past(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "there were dead rats in the kitchen and the baby was crawling near them",
        "dad won't let her have any dinner if she cries",
        "mum's scared he will harm the children when he's drunk",
        "bite marks on the baby's arm and mum couldn't say how",
        "he was stabbing at the door with a knife while the kids hid upstairs",
        "her ex messaged saying he knows where the volunteer lives and he'll come and get the kids",
    ],
)
def test_the_concern_in_nearly_the_same_words_is_still_caught(message: str) -> None:
    assert is_safeguarding(normalise(message))
