"""Concerns the rules missed in sets 85 to 88 before they were trained on, and five-fold over
eighty-two sets once rare word pairs were dropped: an older boy online always asking a girl for
selfies; a partner who interprets for a deaf mother and hides what she says; an ex threatening to
come for the children and their mother; a baby offered for cash; someone wanting the home addresses
of families with little ones; a "goodbye everyone" and then no reply; a man offering to pay young
mothers' bills if they meet him; a baby left with a propped-up bottle; a child said to need a
wheelchair seen running; a child made to sleep in the garage as a punishment; a toddler "blue wi'
cold" outside in a vest; a ten-year-old who minds the little ones every evening while mum works; and
a baby left screaming for hours with nobody going to her. Everyday messages in nearly the same words
raise no alarm. The wordings are new, not copied from the sets.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "the 13 year old's online mate says he's 15 and keeps asking her for pics, she thinks it's funny",
        "her partner translates for her at the GP and she says he never passes on what she tells them",
        "her ex keeps posting that he's going to come for the kids, threatening to come and get them and her",
        "someone on marketplace is offering a newborn for cash, no questions asked",
        "a new volunteer wants the home addresses of all the families with little ones to drop off sweets",
        "one of our volunteers put 'goodbye everyone' on her story last night and her phone's been off since",
        "a man keeps DMing our young mums offering to cover their bills if they meet him",
        "the baby had her bottle propped up with a cushion and mum was asleep on the sofa",
        "mum insists her daughter needs a wheelchair but I saw her running up and down the field",
        "the 7 year old told me mum's boyfriend makes him sleep in the garage when he's naughty",
        "toddler out on the drive in just a vest, blue wi cold, nobody about",
        "the 10 year old looks after the twins every evening till 9 while mum works at the pub",
        "baby was screaming in the cot for hours and nobody went to her",
    ],
)
def test_a_concern_from_this_round_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "my 12 year old keeps asking her nan for selfies with the dog",
        "mum's deaf and her sister interprets for her at the school, it works really well",
        "dad's going to come and get the kids at 5 after football",
        "selling baby clothes for cash, all 0-3 months, message me",
        "can I have the address of the family I'm visiting tomorrow? I've lost the referral",
        "goodbye everyone, that's me done for the week, see you Monday!",
        "the council will pay her rent if she meets the criteria, how does she apply?",
        "the health visitor told mum never to prop the bottle, she was glad to know",
        "mum says he's in a wheelchair since the op but his sister was running around the garden",
        "we made them sleep in the garden in a tent for his birthday, they loved it",
        "my fingers went blue wi cold at the bus stop this morning",
        "my 12 year old is looking after the baby while I nip to the shop next door",
        "the baby was screaming for hours with colic last night, we took turns walking her",
    ],
)
def test_an_everyday_message_in_nearly_the_same_words_stays_quiet(message: str) -> None:
    assert not is_safeguarding(normalise(message))
