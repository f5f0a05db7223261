"""Words the rules read past in sets 81 to 84 before they were trained on: co-sleeping asked about
by a mother who doesn't drink, job cuts posted on someone's own page, people saying "we exploit
poor families for likes", a fake account calling the writer "a drunk", a volunteer asking for
donations, and staff "who never meet" families.

Beside each, the concern in nearly the same words still raises the card, and a parent asleep with
the baby after a night out, or at the pub, now raises it.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "a mum asked about bed sharing, she doesn't drink and wants to do it safely",
        "the regional manager posted about the job cuts on her own facebook",
        "a tiktok says we exploit struggling families for likes",
        "a fake profile is telling people I'm a drunk who shouldn't be near children",
        "a volunteer is asking for donations for the kids' christmas party in the group chat",
        "should office staff who never meet the children do the safeguarding course?",
    ],
)
def test_read_past(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "she co-slept with the baby after drinking most of a bottle of wine",
        "dad came home drunk and the kids were on their own",
        "her new fella exploits her kids, makes them shoplift for him",
        "a man from the gym keeps messaging her 13 year old and wants to meet",
        "mum fell asleep on the sofa with the baby after her night out",
        "dad was asleep with the newborn when I got there, he'd come back from the pub at 4",
    ],
)
def test_the_concern_in_nearly_the_same_words_is_still_caught(message: str) -> None:
    assert is_safeguarding(normalise(message))
