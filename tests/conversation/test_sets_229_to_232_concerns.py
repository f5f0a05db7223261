"""Concerns the rules and classifiers missed in sets 229 to 232 before they were trained on, in new
words: a broken bone left for days before anyone took the child in; a toddler by the pond on his
own while dad drinks; a toddler eating scraps off the floor with the cupboards bare; "dm me
sweetie" under a child's photo; a new volunteer asking who to tell about something seen on a
visit; a little one out in the frost in nowt but a nappy.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "her arm turned out to be broken for three days before they took her in, she'd been screaming",
        "his collarbone was broken for 4 days before anyone noticed",
        "dad was drinking all afternoon and the little one was wandering round the pond edge by himself",
        "little one was paddling at the river edge on her own, mum was on her fourth can",
        "the toddler was eating crusts off the floor and the cupboard had one tin of beans",
        "the little one was picking scraps off the carpet, mum said payday is next week",
        "random bloke commenting 'inbox me princess' on the pic of one of our kids",
        "a profile with no picture wrote 'add me sexy' under the photo of one of our girls from the fun day",
        "worried about something I saw at my home visit today, who do I actually tell",
        "new volunteer, if I'm worried about something I see on a visit who do I tell and how fast",
        "little un were on the step in nothing but a nappy and it was icy",
        "toddler in the yard in nowt but his vest, no grown up about",
    ],
)
def test_what_the_new_sets_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "my wrist was broken for two days before I went to a&e, stubborn me",
        "the dishwasher was broken for 3 days before they took it away",
        "the toddler was splashing in the paddling pool on his own while dad held the hose lol",
        "the baby loved feeding the ducks at the pond, dad had a pint at the pub after",
        "the toddler was eating crisps off the floor at the party lol, five second rule",
        "my nan always texts 'message me gorgeous' when she's bored 😂",
        "if I'm worried about something in a post I'm about to put up, who do I ask?",
        "I'm worried about something at the coffee morning, who should I tell that we're out of milk",
        "he's in nothing but a nappy in this heat, bless him, paddling pool's out",
    ],
)
def test_the_everyday_message_in_the_same_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
