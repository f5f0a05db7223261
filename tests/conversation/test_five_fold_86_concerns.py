"""Concerns the rules missed five-fold over eighty-six sets, once sets 85 to 88 joined the training
data: a child who hides when the shouting starts; a child held against the wall; "if I tell he'll
kill her"; children who had no tea; a needle beside a parent asleep on the sofa; a ten-year-old in
charge of the three little ones; a man offering to babysit for mums "with little girls only";
infected sores and rotten teeth; a baby taken off his hospital appointments; a volunteer under
police investigation over children who is still visiting; a "littlun" with marks up her legs; a child
who asks to take food home "for tea"; and a volunteer who posts the children sat on his knee on his
own account.
Everyday messages in nearly the same words raise no alarm. The wordings are new, not copied from
the sets.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "the 7 year old says he hides under his bed when the shouting starts",
        "mum's partner pinned the 4 year old against the wall for spilling his juice",
        "she whispered that if she tells anyone he'll kill her",
        "the boys said they had no tea last night, mum was in bed all day",
        "when I got back he was asleep on the sofa with a needle on the coffee table next to him",
        "got there and the 9 yo was in charge of the 2 little ones, mum had gone out",
        "someone on the village page is offering free childminding for mums with little girls only",
        "the toddler's nappy rash has gone infected and her teeth are all rotten, mum won't take her",
        "mum's stopped taking the baby to his hospital appointments, she says it's too much hassle",
        "a volunteer is being investigated by police over something with children and he's still visiting",
        "the littlun had marks all over her back, mum said she fell off the trampoline",
        "the 5 year old asked me if she could take the leftover sandwiches home for her tea",
        "a volunteer posts photos with the kids on his own tiktok, one of the girls sat on his lap",
    ],
)
def test_a_concern_missed_five_fold_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the dog hides under the bed when the fireworks start",
        "we pinned the kids' paintings against the wall for the open day",
        "we pushed her chair against the wall to make room for the baby gym",
        "she said if I tell anyone about the surprise party she'll kill me",
        "there was no tea left in the office so I brought some in",
        "I'm starving, had no lunch, the toddler group ran over again",
        "mum's teaching the 9 year old to sew, she's ever so good with a needle",
        "the 12 year old was in charge of the 2 little ones for ten minutes while mum hung the washing out",
        "the group is for mums with little ones, dads welcome too",
        "my teeth are rotten after all that halloween chocolate",
        "mum stopped taking him to his physio appointments because he's been discharged",
        "the police came to talk to the children about road safety, they loved it",
        "the littlun had marker pen all over her face from the art table",
        "mum asked if she could take the leftover cake home for the kids' tea after the party",
        "a volunteer posted photos with the kids on his own facebook, with consent, all smiling",
    ],
)
def test_an_everyday_message_in_nearly_the_same_words_stays_quiet(message: str) -> None:
    assert not is_safeguarding(normalise(message))
