"""Concerns the rules missed in sets 125 to 128 before they were trained on: a teenager who no
longer sees the point in anything; someone on call for safeguarding at the weekend, and the
out-of-hours number for children's services; a volunteer commenting on the families' teenage
girls' photos; men asking under the children's photos for more pictures of particular children,
and a stranger asking mothers for photos of their babies in nappies; a member of staff messaging
a fourteen-year-old that she is "so grown up now"; a comment that someone knows where the children
live; a father who spat at a mother; and a child's broken arm taken to be seen only weeks after it
happened. Everyday messages in nearly the same words raise no alarm. The wordings are new, not
copied from the sets.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "the eldest messaged me last night, says she doesn't see the point in anything anymore",
        "he said he can't see the point in anything now his mum's gone",
        "anyone on call for safeguarding this weekend? I need to talk something through",
        "is there somebody on duty for safeguarding tonight, something's come up",
        "what's the out of hours number for children's social care?",
        "need the children's services out of hours line please",
        "a volunteer keeps commenting 'stunning' on all the teenage girls' selfies from our families",
        "a bloke keeps commenting on every one of the young girls' photos on the group page with heart eyes",
        "some account is asking for more photos of particular children from the party, and how old they are",
        "a man under our fun day post wants more close up pics of certain kids by name",
        "a woman keeps asking our mums to send her pics for her dolls, she's asked for babies in nappies",
        "a staff member keeps DMing the little sister (13) of one of our mums saying she's so grown up now",
        "someone commented on our nursery photos 'i know where those children live'",
        "the dad from the family spat at his partner while I was there with the kids",
        "her boyfriend spat in mum's face in front of the children",
        "the baby's leg is in a cast, mum said he fell a week ago but only took him to a&e yesterday",
    ],
)
def test_a_concern_from_this_round_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "I don't see the point in anything we post on LinkedIn, nobody reads it",
        "there's no point in anything fancy for the fun day, keep it simple",
        "is the office on call this weekend for the fun day bookings?",
        "who's on call for the minibus on saturday",
        "what's the out of hours number for the office? my login isn't working",
        "the children's services team have asked for our newsletter, out of hours is fine to send",
        "mum keeps commenting 'stunning' on all her daughter's prom photos, bless her",
        "grandma keeps commenting on every one of the girls' photos, she loves them",
        "a parent asked for more photos of her own children from the party",
        "the nursery asked for photos of the children for their learning journals",
        "a mum asked for tips on getting babies in nappies to sleep through",
        "her aunt messaged to say the 15 year old is so grown up now, starting college",
        "the baby spat at me when I tried to give her the carrots 😂",
        "the toddler spat his dinner at his dad, dad just laughed",
        "the toddler got in a strop and he spat at mum, time out on the step",
        "a man messaged our page to say his daughter (15) is so grown up now and wants to volunteer",
        "his arm's in a cast after football a week ago, they took him straight to a&e",
    ],
)
def test_the_everyday_message_in_the_same_words_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))
