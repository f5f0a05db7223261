"""Concerns sets 73 to 76 held before they were trained on: a baby eating from the dog's bowl with
no adult in the room, seen on a video call; a child's bloody lip told in Suffolk dialect; a
goodbye to "this world"; a stranger asking the children's names and ages; teenagers offered
"modelling work"; "under 16 pref"; who to ring if something comes up at the weekend; and (missed
leaving one set out) a child who hides at going home because "daddy's home tonight". Everyday
messages in nearly the same words (a hamper of dog food, the writer's own split lip, a leaver's
goodbye, a nursery asking for the children's ages, a modelling course for adults, who to ring about
a jammed printer) raise no alarm. The wordings are new, not copied from the sets.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "on the video call the toddler was eating out of the cat's dish on the floor, mum nowhere to be seen",
        "baby was on the lino for half an hour with no adults in the room while I waited on the call",
        "the mawther at number 4 had a split lip and wouldn't look at me",
        "her youngest came to the door with a bloody lip, dad said nothing",
        "our volunteer's status just says 'finished with this world, sorry x'",
        "some bloke in the comments keeps asking the girls' ages and schools",
        "an account is messaging the teens who follow us about modelling jobs, cash in hand",
        "a profile commented 'looking for new friends, u16 only' under our teen mums post",
        "if anything comes up at the weekend who should I ring? the office is shut",
        # Missed leaving one set out over seventy and seventy-four sets.
        "the 5yo hid behind the sofa when it was time to go home and whispered daddy's home tonight",
    ],
)
def test_a_concern_from_sets_73_to_76_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "won a hamper of dog food at the raffle and we haven't even got a dog",
        "I've got a split lip from the cold, can someone else do the video?",
        "my lip's cut from biting it, no more crunchy crisps for me",
        "my last day is friday, goodbye everyone and thank you",
        "the nursery asked for the children's ages for the register, can I pass them on?",
        "is the modelling course at the college any good for adults returning to work?",
        "the printer at the hub is jammed again, who do I call?",
        "she cried when we left the park cos dad's home now and she wanted to show him her painting",
    ],
)
def test_everyday_messages_in_the_same_words_raise_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))
