"""Concerns the rules and classifiers missed in sets 201 to 204 before they were trained on, in new
words, many inside a complaint or an angry thread: money for "modelling" pictures of young children;
a volunteer sharing photos of children into a group of men; a man asking for single mums' addresses;
an organiser messaging teenage girls for photos first; a grown-up liking every selfie of the
families' teenage girls; a mum saying she will take the baby and jump, or is only still here for her
kids; a father who will finish his wife off if she leaves; an ex "coming for her" or already
commenting where she hides; a child used to run drugs; a child told she will be put in care if she
tells; a child of five let walk home alone; a child taken to a volunteer's own home; a man who knows
which group his wife goes to and when; a baby crying for hours with nobody coming; and the worrying
bit of a complaint, asked where to take.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "a post in the mums group offers cash for 'modelling' photos of children under 8",
        "a volunteer has been posting pictures of kids from her visits into a facebook group of men",
        "a man keeps asking our volunteer for the addresses of the single mums so he can 'help them out'",
        "the retreat organiser DMs every girl asking for pics first",
        "a volunteer likes every selfie the teenage girls from our families post",
        "mum posted that she'll 'take the kids and jump' tonight",
        "a mum in the thread wrote 'I'm only still here for my kids' and nobody has checked on her",
        "the dad said he'd finish her off if she ever left him, the kids were in the room",
        "someone posted where a mum we support lives and says her ex is coming for her",
        "the mum says her ex, who she's hiding from, has already commented on our post that tagged her",
        "her fella deals from the flat and uses her lad to run it",
        "a child commented that if she tells anyone what happens at home she'll be put in care",
        "a review says our volunteer let a 4 yr old walk home from the park by himself",
        "the nursery says our volunteer collected a child without mum's say-so, took him to her own house",
        "a man shouted in the shop that we keep his wife from him, he knew which group she goes to and when",
        "neighbours say the baby in the flat cries for hours every night and nobody ever comes",
        "who do I tell about a worrying bit in a complaint? not the complaint, the other part",
    ],
)
def test_what_the_new_sets_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "a post in the mums group offers cash for modelling in the charity fashion show",
        "a volunteer has been posting pictures of the cake sale into our volunteers facebook group",
        "a man keeps asking our volunteer for the address of the office so he can drop off donations",
        "the organiser messages each volunteer privately and asks for photos of the stall before the fair",
        "a volunteer follows our page on insta and likes every one of our posts",
        "mum posted that she'll take the kids to the pool and jump in",
        "a mum in the thread wrote 'I'm only still here for the cake' and everyone laughed",
        "the dad said he'd finish the painting off if she ever left him the brushes",
        "someone posted where our new office is and says the mayor is coming for the opening",
        "the mum says her ex has already commented on our post about the fun day, he's a good dad",
        "someone in the comments says her sister's boyfriend runs the little boy's football team",
        "a child commented that if she tells anyone the surprise her mum will be cross",
        "a review says our volunteer let a 4 yr old walk to the ice cream van holding her hand",
        "the nursery says our volunteer collected the donations and took them to the office",
        "a man shouted in the shop that the prices are too high, he knew which day the sale ends",
        "neighbours say the baby in the flat is lovely and hardly cries at all",
        "who do I tell about a complaint? it's about the car park",
    ],
)
def test_the_everyday_message_in_those_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
