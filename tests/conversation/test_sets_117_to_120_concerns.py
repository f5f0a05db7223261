"""Concerns the rules missed in sets 117 to 120 before they were trained on, many of them one
clause in a thank-you, a birthday or a funny story: a child's note asking for help; a toddler
left all day with a child of twelve; a baby kept from every jab and check while the health visitor
chases; thoughts of ending it, told after a thank-you; an adult adding the families' children
online and messaging them at night; a brother's "games" in his room that a girl does not like;
medicine given every night to knock the children out; plates thrown at a mother; a teenager told
online to "fight back" against immigrants; someone who "shouldn't be anywhere near kids"; letters
left for the children; goodbyes said and someone scared for her; and a child who "hasn't been in
school" for weeks (once a father in prison was read past). Everyday messages in nearly the same
words raise no alarm. The wordings are new, not copied from the sets.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.route import Route, decide
from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "her son slipped me a note at the door that just said help us",
        "the 7 year old whispered please help mummy when I was putting my coat on",
        "she's been leaving the baby all day with her 11 year old cousin while she's at work",
        "the health visitor keeps chasing mum, the baby's had none of his jabs and mum cancels every time",
        "sat in the car last night and thought about ending it, anyway see you at training",
        "a volunteer keeps adding teenagers from our families on snapchat and messaging them late at night",
        "her older brother makes her do games in his room that she hates",
        "mum gives the twins a spoon of calpol every night to knock them out",
        "the boy said when daddy gets cross he throws plates at mummy",
        "the 15 year old says a man on youtube told him to fight back against immigrants, he's in the group",
        "people on the village page say her new fella shouldn't be anywhere near children",
        "a mum posted 'can't take another day, left a note for the kids' in the group an hour ago",
        "our volunteer has said her goodbyes on facebook and isn't answering, I'm scared for her",
        "the little lad hasn't been in school since half term, mum just says he's poorly",
    ],
)
def test_a_concern_from_this_round_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "mum wrote a note to say please help me find the right form for the nursery",
        "the kids wrote a card saying please help us raise money for the new sensory room",
        "the kids made a card saying thank you for helping mummy with the garden",
        "she left him with her 16 year old niece for the afternoon while she went to the dentist",
        "left them with her 12 year old nephew for ten minutes while she nipped to the loo",
        "the baby's had none of his jabs yet because he's been poorly, the GP has rebooked them",
        "we thought about ending it early because of the rain but the fun day carried on",
        "my son added the other boys from football on snapchat and they message till late at night",
        "her brother makes her play football in the garden and she doesn't like it",
        "calpol every four hours to knock the temperature down, the GP said",
        "the baby throws his plate at mummy when he's cross, such a phase",
        "we need to fight back against the cuts to the children's centres",
        "glitter shouldn't be anywhere near the babies at messy play",
        "I left a note for the kids to say sorry I missed them, back next week",
        "Sue said her goodbyes at her leaving do, it was all too much, lots of happy tears",
    ],
)
def test_the_everyday_message_in_the_same_words_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "thanks so much for the course, really useful! honestly I thought about ending it last week",
        "thanks for the cake! oh and a mum wrote 'can't take one more day, left notes for the children'",
    ],
)
def test_giving_up_told_beside_good_news_still_raises_the_card(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is Route.SAFEGUARDING
