"""Actions sets 125 to 128 held that the rules missed before they were trained on, in new words.

A phone sending everyone an "is this you in this video?" link is a hacked account, and a post naming
a mother along with her house number is a data breach. Someone whose access should be removed
because she has moved to another scheme, someone taken off the volunteer Teams because her cover
contract has ended, and someone leaving who wants to keep the Instagram on her phone, however long
the sentence between, are leavers. Their look-alikes are not: how access is removed in general, a
photo taken off the page, a contract for the hall that ended, someone keeping the Instagram on her
phone while she stays, a group chat that sent everyone the link to the tickets, and a mother named
in a thank-you post. The wordings are new, not copied from the sets.
"""

from __future__ import annotations

import pytest

from bot.conversation import leavers
from bot.conversation.report_cues import report_category
from bot.conversation.word_rules import normalise


@pytest.mark.parametrize(
    ("message", "category"),
    [
        ("my work whatsapp is messaging all my families 'is this you in this video?' help", "hacked_account"),
        ("my phone is sending all my contacts weird links since this morning", "hacked_account"),
        ("someone commented under our post 'she lives at no 9 the green' and named the mum", "data_breach"),
    ],
)
def test_a_situation_told_this_round_is_reported_in_its_category(message: str, category: str) -> None:
    assert report_category(normalise(message)) == category


@pytest.mark.parametrize(
    "message",
    [
        "the group chat messaged everyone the link to the fun day tickets",
        "the mum commented on our thank-you post and named the volunteer who helped her, so sweet",
        "mum posted a lovely review and named the family support worker who helped her",
    ],
)
def test_their_everyday_look_alikes_are_not_reports(message: str) -> None:
    assert report_category(normalise(message)) == ""


@pytest.mark.parametrize(
    "message",
    [
        "please make sure Tom's access is removed, he's moved over to the Ipswich scheme",
        "can Jo's logins be revoked? she went to work for the council last month",
        "could you get Amy taken off the volunteer Teams, her fixed-term contract ended on Friday",
        "I'm leaving Home-Start at Easter but I'll still be friends with everyone in comms, ok if I keep "
        "the insta on my phone?",
    ],
)
def test_someone_going_is_a_leaver(message: str) -> None:
    assert leavers.leaving(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "how is someone's access removed when they leave?",
        "can that photo be taken off the page, mum's asked",
        "our contract for the hall ended so the group has moved, can you update the page?",
        "I'm staying on as a volunteer, is it ok if I keep the insta on my phone?",
        "can the mums taken off the whatsapp group when their support finished be added back?",
    ],
)
def test_their_look_alikes_are_not(message: str) -> None:
    assert not leavers.leaving(normalise(message))
