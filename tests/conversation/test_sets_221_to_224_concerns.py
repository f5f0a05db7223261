"""Concerns the rules and classifiers missed in sets 221 to 224 before they were trained on, in new
words: a mother who will take the tablets and take the children with her; "if anything happens to
me or the kids you know who it was"; a stranger telling a girl of thirteen to message him for free
things; a man asking for more photos of a naked toddler; one of ours investigated over a partner's
behaviour with children; a "modelling agency" asking which families have girls; a father who says
she'll regret leaving him; a parent very drunk on a live video with the baby left crying; a child's
illness made up for a fundraiser; a father "only just out" for what he did to the girl.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "mum texted 'if they take him off me I'll take all my tablets and take the kids with me'",
        "my family's mum posted 'if anything happens to me or my boys you all know who it was'",
        "a man in our comments told a girl who says she's 12 to 'inbox me hun, I'll get you free makeup'",
        "a mum's page has her boy in the bath with nothing on, a man has commented 'lovely 😍 more pls'",
        "heard one of our volunteers was investigated for her husband's behaviour with kids at a school",
        "new account: 'do your families have girls 11-14? I run a modelling agency, pay well, discreet'",
        "dad put on facebook that she'll regret leaving him and he knows where the kids go to school",
        "dad did a facebook live absolutely hammered, kids in the background, baby crying for ages",
        "mum's fundraiser says her daughter has leukaemia but she's fine, mum shaved her head for the photos",
        "a comment under our picnic photo says the little girl's dad is only just out for what he did to her",
    ],
)
def test_what_the_new_sets_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "mum texted 'I'll take my tablets after tea and take the kids with me to the park tomorrow'",
        "if anything happens to me at the fun run you all know who to ring, it's Sue on the first aid tent",
        "a lady in our comments told a mum to 'inbox me hun, I'll get you free tickets for the panto'",
        "a mum's page has her boy in the bath with a bubble beard, nan has commented 'lovely 😍 more pls'",
        "one of our volunteers was investigated for a parking ticket, she's fuming",
        "a modelling agency emailed asking if our page would share their casting for adult extras, pay well",
        "dad put on facebook that she'll regret leaving him in charge of the barbecue 😂",
        "dad did a facebook live absolutely hammered at darts last night, the kids were at nan's",
        "mum's fundraiser for her daughter's leukaemia treatment has raised £3,000, amazing",
        "the little girl's dad is only just out of hospital after his knee op",
    ],
)
def test_the_everyday_message_in_the_same_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
