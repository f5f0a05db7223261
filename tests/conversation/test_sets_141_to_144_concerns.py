"""Concerns the rules and classifiers missed in sets 141 to 144 before they were trained on, in new
words: a boy with a list of names beside school-shooting memes; a gaming friend who offers to pay a
child's taxi to "come round"; a teenager's cut wrists posted to her story, asked about as "our
first step"; a mother's ex posting her new address to "expose" her; a mother who says she will
leave the children on a doorstep; "I think a child's at risk"; a child who shrinks back every time
her dad comes in; "ask their volunteer what he does on his visits"; staff alleged to have behaved
inappropriately with children; a mother in bed all day again with not a scrap of food in; "said my
goodbyes, look after my babies"; whoever handles safeguarding; a police caution involving a child; a
"right shiner" her dad did; a place to stay offered in return for company; a family on a child
protection plan moving away with the social worker not answering.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.chatter import GOOD_NEWS
from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "the 14yo is in a telegram group full of school shooting memes and keeps a list of names on his "
        "phone, says it's banter",
        "someone he plays roblox with keeps asking my 10yo to come round and says he'll pay for the uber",
        "a volunteer sent me a screenshot of a 15yo posting her cut wrists on her close friends story",
        "her ex keeps sharing her new address and the kids' school online to 'expose' her",
        "a mum on our page says she'll leave the kids on the social services doorstep if no one helps",
        "how do I flag it if I think a childs at risk? not urgent",
        "the little girl shrank back every time her dad come in the room",
        "someone commented 'ask your volunteer Dave what he does on his visits 😉' under our post",
        "I've heard anonymously that one of the staff behaved inappropriately with a child at the group",
        "mum's in bed all day again and there's not a scrap of food in the house, I bought them bread",
        "she put on facebook 'said my goodbyes, look after my babies for me'",
        "can I have the name of whoever handles safeguarding please",
        "the new coordinator has a police caution involving a child from years ago, she starts next week",
        "she had a right shiner and said her dad done it",
        "an ex trustee is offering a young mum a place to stay in return for a bit of company",
        "they're on a child protection plan and moving to Norfolk next week, the social worker isn't "
        "answering",
    ],
)
def test_what_the_new_sets_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the 14yo made a list of names for his birthday party invitations",
        "my son's football coach said he'll pay for the taxi to the away match",
        "I'll leave the spare key on the doorstep for the kids' nan",
        "we've moved, I'll share my new address with the office",
        "please leave the parcels on the doorstep if no one helps you carry them",
        "I think a childs car seat is fitted wrong on the minibus, who do I ask?",
        "the baby shrank back from the dog when it came in the room, then giggled",
        "ask your coordinator what she does on her training days, it's fascinating",
        "one of the volunteers behaved inappropriately at the quiz night, too much wine",
        "mum was in bed all day with flu, not a scrap of food left after the party so dad got a takeaway",
        "can you look after my babies on friday while I pop to the dentist",
        "whoever handles the rota, can you swap my Tuesday?",
        "a caution sign went up by the pond for the children",
        "a right shiner from the football, his dad did the frozen peas",
        "free coffee in return for some company at the lunch club",
        "when is the child protection training moving to, is it Tuesday?",
    ],
)
def test_the_everyday_message_in_the_same_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))


def test_our_first_step_is_not_a_babys_first_steps() -> None:
    assert not GOOD_NEWS.search(normalise("a teen posted her cut wrists on her story. whats our first step?"))
    assert GOOD_NEWS.search(normalise("she took her first step today!"))
    assert GOOD_NEWS.search(normalise("first steps this morning, so proud"))


@pytest.mark.parametrize(
    "message",
    [
        "her partner shared her new address in the group so we can all send cards",
        "my ex-colleague posted her new address on facebook, she's moved to Ely",
        "I'm done for today, could you look after my babies on Friday? said my goodbyes to nan",
        "can I see the record relating to the child I visit?",
        "what are the charges relating to the children's tickets for the panto?",
    ],
)
def test_read_again_the_same_words_stay_quiet(message: str) -> None:
    assert not is_safeguarding(normalise(message))
